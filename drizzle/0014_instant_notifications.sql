DROP INDEX "notifications_once_a_day_uq";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "subject" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_a_day_uq" ON "notifications" USING btree ("user_id","kind","day","subject");