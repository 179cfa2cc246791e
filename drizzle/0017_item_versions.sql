-- Every answered item (an innovation's SID answer, the region's SPD answer) carries a version for optimistic concurrency:
-- saves and verifier decisions send the version they saw and a newer one is refused. Rows written before start at 1.
ALTER TABLE "entry_answers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "region_answers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;