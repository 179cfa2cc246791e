CREATE TABLE "region_answers" (
	"period_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"value" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_answers_period_id_indicator_code_pk" PRIMARY KEY("period_id","indicator_code")
);
--> statement-breakpoint
ALTER TABLE "region_answers" ADD CONSTRAINT "region_answers_period_id_assessment_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."assessment_periods"("id") ON DELETE no action ON UPDATE no action;