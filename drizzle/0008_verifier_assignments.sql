CREATE TABLE "verifier_assignments" (
	"user_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	CONSTRAINT "verifier_assignments_user_id_opd_id_pk" PRIMARY KEY("user_id","opd_id")
);
--> statement-breakpoint
ALTER TABLE "verifier_assignments" ADD CONSTRAINT "verifier_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifier_assignments" ADD CONSTRAINT "verifier_assignments_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verifier_assignments_region_idx" ON "verifier_assignments" USING btree ("region_id");