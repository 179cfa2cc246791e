-- Sign-in throttling moves from one row per failure (counted after the fact, keyed on the typed name) to one
-- counter per (account, network) and per network, counted atomically before each password check.
-- The old failure rows only ever served the old lock: they are dropped, not converted.
CREATE TABLE "login_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"attempts" integer NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "login_throttles" ADD CONSTRAINT "login_throttles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_throttles_user_idx" ON "login_throttles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "login_throttles_last_idx" ON "login_throttles" USING btree ("last_at");--> statement-breakpoint
DROP TABLE "login_failures" CASCADE;