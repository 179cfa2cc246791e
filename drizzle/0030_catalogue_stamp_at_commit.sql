-- The catalogue stamp is written once per transaction, at its commit, instead of at each statement. Taken at the
-- statement, the stamp row's lock was held to the end of the transaction: every change a catalogue page shows
-- waited for any other such change to commit, and two transactions taking the stamp and an entry in opposite
-- orders (publishing an innovation; adding public evidence to it) could deadlock. Deferred (constraint) triggers
-- run at commit, after every other lock the transaction takes, so the stamp row is the last lock and is held
-- only for the commit; a transaction-local setting makes the rest of the transaction's rows skip the write.
-- TRUNCATE (a restore) cannot have a row trigger and keeps its statement trigger.
CREATE OR REPLACE FUNCTION inovda_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('inovda.catalogue_stamped', true), '') = '1' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('inovda.catalogue_stamped', '1', true);
  INSERT INTO "app_meta" ("key", "value", "updated_at") VALUES ('catalogue_stamp', to_jsonb(gen_random_uuid()::text), now())
    ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updated_at" = excluded."updated_at";
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER catalogue_entries_changed ON "catalogue_entries";--> statement-breakpoint
DROP TRIGGER regions_catalogue_changed ON "regions";--> statement-breakpoint
DROP TRIGGER national_results_catalogue_changed ON "national_results";--> statement-breakpoint
DROP TRIGGER competitions_catalogue_changed ON "competitions";--> statement-breakpoint
DROP TRIGGER competition_results_catalogue_changed ON "competition_results";--> statement-breakpoint
DROP TRIGGER replications_catalogue_changed ON "replications";--> statement-breakpoint
DROP TRIGGER evidence_public_added ON "evidence";--> statement-breakpoint
DROP TRIGGER evidence_public_changed ON "evidence";--> statement-breakpoint
DROP TRIGGER evidence_public_removed ON "evidence";--> statement-breakpoint
DROP TRIGGER citizen_feedback_approved_added ON "citizen_feedback";--> statement-breakpoint
DROP TRIGGER citizen_feedback_approved_changed ON "citizen_feedback";--> statement-breakpoint
DROP TRIGGER citizen_feedback_approved_removed ON "citizen_feedback";--> statement-breakpoint
CREATE CONSTRAINT TRIGGER catalogue_entries_changed AFTER INSERT OR UPDATE OR DELETE ON "catalogue_entries"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER regions_catalogue_changed AFTER INSERT OR UPDATE OR DELETE ON "regions"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER national_results_catalogue_changed AFTER INSERT OR UPDATE OR DELETE ON "national_results"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER competitions_catalogue_changed AFTER INSERT OR UPDATE OR DELETE ON "competitions"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER competition_results_catalogue_changed AFTER INSERT OR UPDATE OR DELETE ON "competition_results"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER replications_catalogue_changed AFTER INSERT OR UPDATE OR DELETE ON "replications"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evidence_public_added AFTER INSERT ON "evidence"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.public) EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evidence_public_changed AFTER UPDATE ON "evidence"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.public OR NEW.public) EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evidence_public_removed AFTER DELETE ON "evidence"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.public) EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER citizen_feedback_approved_added AFTER INSERT ON "citizen_feedback"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'approved') EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER citizen_feedback_approved_changed AFTER UPDATE ON "citizen_feedback"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status = 'approved' OR NEW.status = 'approved') EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER citizen_feedback_approved_removed AFTER DELETE ON "citizen_feedback"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status = 'approved') EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER catalogue_entries_truncated AFTER TRUNCATE ON "catalogue_entries" FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER regions_truncated AFTER TRUNCATE ON "regions" FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER national_results_truncated AFTER TRUNCATE ON "national_results" FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER competitions_truncated AFTER TRUNCATE ON "competitions" FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER competition_results_truncated AFTER TRUNCATE ON "competition_results" FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();--> statement-breakpoint
CREATE TRIGGER replications_truncated AFTER TRUNCATE ON "replications" FOR EACH STATEMENT EXECUTE FUNCTION inovda_catalogue_changed();
