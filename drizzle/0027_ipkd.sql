CREATE TABLE "ipkd_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"value_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"file_sha256" text,
	"file_name" text,
	"mime" text,
	"size" bigint,
	"url" text,
	"title" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ipkd_frameworks" (
	"id" text PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"based_on" text,
	"measurement_year" integer NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ipkd_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"value_number" double precision,
	"value_choice" text,
	"document_date" date,
	"note" text,
	"review_status" text DEFAULT 'draft' NOT NULL,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ipkd_values_review_status_check" CHECK ("ipkd_values"."review_status" in ('draft', 'menunggu', 'diterima', 'dikembalikan'))
);
--> statement-breakpoint
CREATE TABLE "ipkd_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"measurement_year" integer NOT NULL,
	"framework_id" text NOT NULL,
	"framework" jsonb NOT NULL,
	"fiscal_capacity" text,
	"official_ipkd" double precision,
	"official_predicate" text,
	"official_rank" integer,
	"official_source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ipkd_years_fiscal_capacity_check" CHECK ("ipkd_years"."fiscal_capacity" in ('tinggi', 'sedang', 'rendah')),
	CONSTRAINT "ipkd_years_official_predicate_check" CHECK ("ipkd_years"."official_predicate" in ('A', 'B', 'C'))
);
--> statement-breakpoint
ALTER TABLE "ipkd_documents" ADD CONSTRAINT "ipkd_documents_value_id_ipkd_values_id_fk" FOREIGN KEY ("value_id") REFERENCES "public"."ipkd_values"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_documents" ADD CONSTRAINT "ipkd_documents_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_documents" ADD CONSTRAINT "ipkd_documents_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_documents" ADD CONSTRAINT "ipkd_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_frameworks" ADD CONSTRAINT "ipkd_frameworks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_values" ADD CONSTRAINT "ipkd_values_year_id_ipkd_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."ipkd_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_values" ADD CONSTRAINT "ipkd_values_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_values" ADD CONSTRAINT "ipkd_values_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_years" ADD CONSTRAINT "ipkd_years_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipkd_years" ADD CONSTRAINT "ipkd_years_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ipkd_documents_value_idx" ON "ipkd_documents" USING btree ("value_id");--> statement-breakpoint
CREATE INDEX "ipkd_frameworks_region_idx" ON "ipkd_frameworks" USING btree ("region_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ipkd_values_year_indicator_uq" ON "ipkd_values" USING btree ("year_id","indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ipkd_years_region_year_uq" ON "ipkd_years" USING btree ("region_id","measurement_year");