CREATE TABLE "evidence_checks" (
	"evidence_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"source" text,
	"text" text DEFAULT '' NOT NULL,
	"pages" integer DEFAULT 0 NOT NULL,
	"video_seconds" double precision,
	"unreadable" text,
	"error" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_at" timestamp with time zone,
	"checked_at" timestamp with time zone,
	"search_document" "tsvector" GENERATED ALWAYS AS (to_tsvector('indonesian', left(text, 300000))) STORED NOT NULL,
	CONSTRAINT "evidence_checks_status_check" CHECK ("evidence_checks"."status" in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "evidence_checks" ADD CONSTRAINT "evidence_checks_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_checks_status_idx" ON "evidence_checks" USING btree ("status","queued_at");--> statement-breakpoint
CREATE INDEX "evidence_checks_search_idx" ON "evidence_checks" USING gin ("search_document");