-- Uploads in flight claim their file (the sweep of unused stored files leaves a claimed file alone), and klinik
-- attachments are found by content hash through an index when the sweep asks whether a file is still attached.
CREATE TABLE "file_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "file_claims_sha256_idx" ON "file_claims" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "innovation_messages_attachments_idx" ON "innovation_messages" USING gin ("attachments" jsonb_path_ops);