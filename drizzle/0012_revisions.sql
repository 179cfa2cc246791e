CREATE SEQUENCE "public"."inovda_revision" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "innovation_entries" ADD COLUMN "revision" bigint DEFAULT nextval('inovda_revision') NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_periods" ADD COLUMN "revision" bigint DEFAULT nextval('inovda_revision') NOT NULL;--> statement-breakpoint
ALTER TABLE "region_answers" ADD COLUMN "revision" bigint DEFAULT nextval('inovda_revision') NOT NULL;--> statement-breakpoint
-- Every update takes a new revision, so Σ revision of a period's rows changes whenever any of them does.
CREATE FUNCTION inovda_take_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := nextval('inovda_revision');
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER innovation_entries_revision BEFORE UPDATE ON "innovation_entries" FOR EACH ROW EXECUTE FUNCTION inovda_take_revision();--> statement-breakpoint
CREATE TRIGGER assessment_periods_revision BEFORE UPDATE ON "assessment_periods" FOR EACH ROW EXECUTE FUNCTION inovda_take_revision();--> statement-breakpoint
CREATE TRIGGER region_answers_revision BEFORE UPDATE ON "region_answers" FOR EACH ROW EXECUTE FUNCTION inovda_take_revision();--> statement-breakpoint
-- Deleting or restoring an innovation changes which entries count: their revisions follow.
CREATE FUNCTION inovda_innovation_liveness() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "innovation_entries" SET revision = 0 WHERE innovation_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER innovations_liveness AFTER UPDATE OF deleted_at ON "innovations" FOR EACH ROW WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at) EXECUTE FUNCTION inovda_innovation_liveness();
