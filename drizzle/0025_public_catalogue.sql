CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "api_token_uses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"token_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"scopes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"last_used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_entries" (
	"innovation_id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"opd_name" text NOT NULL,
	"tahapan" text,
	"jenis" text,
	"bentuk" text,
	"urusan_utama" text,
	"urusan_lain" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"inisiator" text,
	"waktu_uji_coba" date,
	"waktu_penerapan" date,
	"rancang_bangun" text,
	"tujuan" text,
	"manfaat" text,
	"hasil" text,
	"lokasi" text,
	"contact" text,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_entries_tahapan_check" CHECK ("catalogue_entries"."tahapan" in ('inisiatif', 'uji_coba', 'penerapan')),
	CONSTRAINT "catalogue_entries_jenis_check" CHECK ("catalogue_entries"."jenis" in ('digital', 'non_digital')),
	CONSTRAINT "catalogue_entries_bentuk_check" CHECK ("catalogue_entries"."bentuk" in ('tata_kelola', 'pelayanan_publik', 'lainnya_sesuai_urusan'))
);
--> statement-breakpoint
CREATE TABLE "citizen_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"innovation_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"comment" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"sender_hash" text NOT NULL,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizen_feedback_status_check" CHECK ("citizen_feedback"."status" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "cooperation_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"partner_region_id" uuid,
	"partner_name" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"signed_on" date NOT NULL,
	"valid_until" date,
	"notes" text,
	"file_sha256" text,
	"file_name" text,
	"mime" text,
	"size" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_agreements_kind_check" CHECK ("cooperation_agreements"."kind" in ('pks', 'mou', 'surat', 'lainnya'))
);
--> statement-breakpoint
CREATE TABLE "cooperation_innovations" (
	"agreement_id" uuid NOT NULL,
	"innovation_id" uuid NOT NULL,
	CONSTRAINT "cooperation_innovations_agreement_id_innovation_id_pk" PRIMARY KEY("agreement_id","innovation_id")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"done_rows" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_status_check" CHECK ("import_jobs"."status" in ('invalid', 'ready', 'importing', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "replications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"innovation_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"replicating_region_id" uuid,
	"replicating_opd_id" uuid,
	"replicating_name" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_position" text,
	"requester_email" text,
	"requester_phone" text,
	"message" text,
	"requested_by" uuid,
	"sender_hash" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"answer_note" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"agreement_kind" text,
	"agreement_number" text,
	"agreement_date" date,
	"agreement_file_sha256" text,
	"agreement_file_name" text,
	"agreement_mime" text,
	"agreement_size" bigint,
	"implemented_on" date,
	"evidence_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replications_status_check" CHECK ("replications"."status" in ('requested', 'agreed', 'implemented', 'declined')),
	CONSTRAINT "replications_agreement_kind_check" CHECK ("replications"."agreement_kind" in ('pks', 'mou', 'surat', 'lainnya'))
);
--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "api_token_uses" ADD CONSTRAINT "api_token_uses_token_id_api_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."api_tokens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_entry_id_innovation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."innovation_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_feedback" ADD CONSTRAINT "citizen_feedback_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_feedback" ADD CONSTRAINT "citizen_feedback_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_feedback" ADD CONSTRAINT "citizen_feedback_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_feedback" ADD CONSTRAINT "citizen_feedback_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_agreements" ADD CONSTRAINT "cooperation_agreements_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_agreements" ADD CONSTRAINT "cooperation_agreements_partner_region_id_regions_id_fk" FOREIGN KEY ("partner_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_agreements" ADD CONSTRAINT "cooperation_agreements_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_agreements" ADD CONSTRAINT "cooperation_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_innovations" ADD CONSTRAINT "cooperation_innovations_agreement_id_cooperation_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."cooperation_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_innovations" ADD CONSTRAINT "cooperation_innovations_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_period_id_assessment_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."assessment_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_replicating_region_id_regions_id_fk" FOREIGN KEY ("replicating_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_replicating_opd_id_opds_id_fk" FOREIGN KEY ("replicating_opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_agreement_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("agreement_file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replications" ADD CONSTRAINT "replications_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_token_uses_token_idx" ON "api_token_uses" USING btree ("token_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_uq" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_region_idx" ON "api_tokens" USING btree ("region_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_slug_uq" ON "catalogue_entries" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "catalogue_entries_region_idx" ON "catalogue_entries" USING btree ("region_id","name");--> statement-breakpoint
CREATE INDEX "catalogue_entries_name_idx" ON "catalogue_entries" USING btree ("name","innovation_id");--> statement-breakpoint
CREATE INDEX "catalogue_entries_search_idx" ON "catalogue_entries" USING gin (to_tsvector('indonesian', coalesce(name, '') || ' ' || coalesce(opd_name, '') || ' ' || coalesce(tujuan, '') || ' ' || coalesce(manfaat, '') || ' ' || coalesce(hasil, '') || ' ' || coalesce(rancang_bangun, '')));--> statement-breakpoint
CREATE INDEX "catalogue_entries_name_trgm_idx" ON "catalogue_entries" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "citizen_feedback_innovation_idx" ON "citizen_feedback" USING btree ("innovation_id","status");--> statement-breakpoint
CREATE INDEX "citizen_feedback_region_status_idx" ON "citizen_feedback" USING btree ("region_id","status","created_at");--> statement-breakpoint
CREATE INDEX "citizen_feedback_sender_idx" ON "citizen_feedback" USING btree ("sender_hash","created_at");--> statement-breakpoint
CREATE INDEX "replications_sender_idx" ON "replications" USING btree ("sender_hash","created_at");--> statement-breakpoint
CREATE INDEX "cooperation_agreements_region_idx" ON "cooperation_agreements" USING btree ("region_id","signed_on");--> statement-breakpoint
CREATE INDEX "cooperation_innovations_innovation_idx" ON "cooperation_innovations" USING btree ("innovation_id");--> statement-breakpoint
CREATE INDEX "import_jobs_region_idx" ON "import_jobs" USING btree ("region_id","created_at");--> statement-breakpoint
CREATE INDEX "replications_innovation_idx" ON "replications" USING btree ("innovation_id");--> statement-breakpoint
CREATE INDEX "replications_region_status_idx" ON "replications" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "replications_replicating_region_idx" ON "replications" USING btree ("replicating_region_id");--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check";--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('returned', 'missing_evidence', 'deadline', 'item_returned', 'entry_submitted', 'entry_returned', 'judging_pending', 'replication_requested'));
