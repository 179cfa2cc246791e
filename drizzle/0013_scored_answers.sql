ALTER TABLE "innovation_entries" ADD COLUMN "scored_answers" jsonb DEFAULT '{"claimed":{},"verified":{}}'::jsonb NOT NULL;--> statement-breakpoint
-- Entries that existed before: their scored answers are filled in by the app at start.
UPDATE "innovation_entries" SET "scores_stale" = true;
