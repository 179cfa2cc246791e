DROP INDEX "catalogue_entries_search_idx";--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD COLUMN "search_document" "tsvector" GENERATED ALWAYS AS (to_tsvector('indonesian', coalesce(name, '') || ' ' || coalesce(opd_name, '') || ' ' || coalesce(tujuan, '') || ' ' || coalesce(manfaat, '') || ' ' || coalesce(hasil, '') || ' ' || coalesce(rancang_bangun, ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD COLUMN "rank_document" "tsvector" GENERATED ALWAYS AS (to_tsvector('indonesian', coalesce(name, '') || ' ' || coalesce(tujuan, ''))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "catalogue_entries_search_idx" ON "catalogue_entries" USING gin ("search_document");--> statement-breakpoint
-- The published catalogue's stamp: a fresh random value whenever anything a public catalogue page shows changes
-- (published profiles, regions, awards, agreed replications, public evidence, approved feedback), so every instance
-- keeps its rendered pages while the stamp holds and reads one row to know (catalogue/page-cache.ts). Not on
-- competition_entries: a proposal's autosave writes there on every pause, and published awards change only with
-- competitions and competition_results.
CREATE FUNCTION inovda_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "app_meta" ("key", "value", "updated_at") VALUES ('catalogue_stamp', to_jsonb(gen_random_uuid()::text), now())
    ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updated_at" = excluded."updated_at";
  RETURN NULL;
END $$;--> statement-breakpoint
INSERT INTO "app_meta" ("key", "value") VALUES ('catalogue_stamp', to_jsonb(gen_random_uuid()::text)) ON CONFLICT ("key") DO NOTHING;--> statement-breakpoint
CREATE TRIGGER catalogue_entries_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalogue_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER regions_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "regions"
  FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER national_results_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "national_results"
  FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER competitions_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "competitions"
  FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER competition_results_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "competition_results"
  FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER replications_catalogue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "replications"
  FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER evidence_public_added AFTER INSERT ON "evidence" FOR EACH ROW
  WHEN (NEW.public) EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER evidence_public_changed AFTER UPDATE ON "evidence" FOR EACH ROW
  WHEN (OLD.public OR NEW.public) EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER evidence_public_removed AFTER DELETE ON "evidence" FOR EACH ROW
  WHEN (OLD.public) EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER citizen_feedback_approved_added AFTER INSERT ON "citizen_feedback" FOR EACH ROW
  WHEN (NEW.status = 'approved') EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER citizen_feedback_approved_changed AFTER UPDATE ON "citizen_feedback" FOR EACH ROW
  WHEN (OLD.status = 'approved' OR NEW.status = 'approved') EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER citizen_feedback_approved_removed AFTER DELETE ON "citizen_feedback" FOR EACH ROW
  WHEN (OLD.status = 'approved') EXECUTE FUNCTION inovda_catalogue_changed();
