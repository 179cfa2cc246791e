CREATE TABLE "official_results" (
	"region_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"iid" double precision NOT NULL,
	"predicate" text,
	"national_rank" integer,
	"cluster" text,
	"awards" text,
	"source" text NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "official_results_region_id_year_pk" PRIMARY KEY("region_id","year")
);
--> statement-breakpoint
ALTER TABLE "assessment_periods" ADD COLUMN "opd_target" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "official_results" ADD CONSTRAINT "official_results_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;