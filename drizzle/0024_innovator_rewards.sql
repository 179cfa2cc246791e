CREATE TABLE "innovator_rewards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"innovation_id" uuid NOT NULL,
	"source" text NOT NULL,
	"competition_id" uuid,
	"national_result_id" uuid,
	"award" text NOT NULL,
	"year" integer NOT NULL,
	"recipient" text NOT NULL,
	"certificate" boolean DEFAULT true NOT NULL,
	"incentive" text,
	"incentive_amount" bigint,
	"given_on" date,
	"decree" text,
	"evidence_url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovator_rewards_source_check" CHECK ("innovator_rewards"."source" in ('competition', 'national', 'other'))
);
--> statement-breakpoint
ALTER TABLE "innovator_rewards" ADD CONSTRAINT "innovator_rewards_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovator_rewards" ADD CONSTRAINT "innovator_rewards_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovator_rewards" ADD CONSTRAINT "innovator_rewards_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovator_rewards" ADD CONSTRAINT "innovator_rewards_national_result_id_national_results_id_fk" FOREIGN KEY ("national_result_id") REFERENCES "public"."national_results"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovator_rewards" ADD CONSTRAINT "innovator_rewards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "innovator_rewards_region_year_idx" ON "innovator_rewards" USING btree ("region_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "innovator_rewards_competition_uq" ON "innovator_rewards" USING btree ("competition_id","innovation_id") WHERE "innovator_rewards"."competition_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "innovator_rewards_national_uq" ON "innovator_rewards" USING btree ("national_result_id") WHERE "innovator_rewards"."national_result_id" is not null;