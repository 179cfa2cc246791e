CREATE TABLE "entry_answers" (
	"entry_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"value" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entry_answers_entry_id_indicator_code_pk" PRIMARY KEY("entry_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "innovation_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"innovation_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"unit_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"sent" boolean DEFAULT false NOT NULL,
	"name" text NOT NULL,
	"tahapan" text,
	"inisiator_type" text,
	"inisiator_name" text,
	"jenis" text,
	"bentuk" text,
	"tematik" text,
	"urusan_utama" text,
	"urusan_lain" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"waktu_uji_coba" date,
	"waktu_penerapan" date,
	"rancang_bangun" text,
	"tujuan" text,
	"manfaat" text,
	"hasil" text,
	"lokasi" text,
	"haki" text,
	"penghargaan" text,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innovations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"unit_id" uuid,
	"created_by" uuid,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"framework_id" text NOT NULL,
	"framework" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"penjaringan_opens_on" date NOT NULL,
	"penjaringan_closes_on" date NOT NULL,
	"internal_deadline" date,
	"maturity_threshold" double precision,
	"closed_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entry_answers" ADD CONSTRAINT "entry_answers_entry_id_innovation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."innovation_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD CONSTRAINT "innovation_entries_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD CONSTRAINT "innovation_entries_period_id_assessment_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."assessment_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_periods" ADD CONSTRAINT "assessment_periods_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "entries_innovation_period_uq" ON "innovation_entries" USING btree ("innovation_id","period_id");--> statement-breakpoint
CREATE INDEX "entries_period_opd_idx" ON "innovation_entries" USING btree ("period_id","opd_id");--> statement-breakpoint
CREATE INDEX "entries_region_idx" ON "innovation_entries" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "innovations_region_idx" ON "innovations" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "innovations_opd_idx" ON "innovations" USING btree ("opd_id");--> statement-breakpoint
CREATE UNIQUE INDEX "periods_region_year_uq" ON "assessment_periods" USING btree ("region_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "periods_one_open_uq" ON "assessment_periods" USING btree ("region_id") WHERE "assessment_periods"."status" = 'open';