ALTER TABLE "innovation_entries" ADD COLUMN "rancang_bangun_words" integer;--> statement-breakpoint
CREATE INDEX "entries_period_name_idx" ON "innovation_entries" USING btree ("period_id","name","id");--> statement-breakpoint
-- An OPD or unit renamed changes what its entries show in a list page: their revisions follow, so every page
-- kept per period stamp (shared/periods/period-memo.ts) is renewed.
CREATE FUNCTION inovda_opd_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "innovation_entries" SET revision = 0 WHERE opd_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER opds_renamed AFTER UPDATE OF name, short_name ON "opds" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name) EXECUTE FUNCTION inovda_opd_renamed();--> statement-breakpoint
CREATE FUNCTION inovda_unit_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "innovation_entries" SET revision = 0 WHERE unit_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER units_renamed AFTER UPDATE OF name ON "units" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION inovda_unit_renamed();
