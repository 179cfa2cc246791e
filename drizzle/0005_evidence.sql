CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"entry_id" uuid,
	"indicator_code" text NOT NULL,
	"kind" text NOT NULL,
	"file_sha256" text,
	"file_name" text,
	"mime" text,
	"size" bigint,
	"url" text,
	"title" text,
	"needs_renewal" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"mime" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entry_answers" ADD COLUMN "review_status" text DEFAULT 'menunggu' NOT NULL;--> statement-breakpoint
ALTER TABLE "entry_answers" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "entry_answers" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "entry_answers" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "innovation_messages" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "region_answers" ADD COLUMN "review_status" text DEFAULT 'menunggu' NOT NULL;--> statement-breakpoint
ALTER TABLE "region_answers" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "region_answers" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "region_answers" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_period_id_assessment_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."assessment_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_entry_id_innovation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."innovation_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_entry_idx" ON "evidence" USING btree ("entry_id","indicator_code");--> statement-breakpoint
CREATE INDEX "evidence_period_idx" ON "evidence" USING btree ("period_id","indicator_code");--> statement-breakpoint
CREATE INDEX "evidence_file_idx" ON "evidence" USING btree ("file_sha256");--> statement-breakpoint
CREATE INDEX "entry_answers_review_idx" ON "entry_answers" USING btree ("review_status");