ALTER TABLE "innovation_entries" ADD COLUMN "maturity_claimed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD COLUMN "maturity_verified" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD COLUMN "review_summary" jsonb DEFAULT '{"menunggu":0,"diterima":0,"dikembalikan":0,"missingEvidence":0}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD COLUMN "scores_stale" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Entries that existed before the stored scores: recomputed by the app at start.
UPDATE "innovation_entries" SET "scores_stale" = true;
