CREATE TABLE "national_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"innovation_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"year" integer NOT NULL,
	"result" text NOT NULL,
	"title" text,
	"evidence_url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "national_results_programme_check" CHECK ("national_results"."programme" in ('kipp', 'iga', 'inotek', 'kovablik', 'other')),
	CONSTRAINT "national_results_result_check" CHECK ("national_results"."result" in ('submitted', 'top99', 'top45', 'replikasi', 'outstanding', 'nominee', 'winner', 'other'))
);
--> statement-breakpoint
ALTER TABLE "national_results" ADD CONSTRAINT "national_results_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_results" ADD CONSTRAINT "national_results_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_results" ADD CONSTRAINT "national_results_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "national_results_innovation_idx" ON "national_results" USING btree ("innovation_id");