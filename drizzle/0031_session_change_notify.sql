-- Each instance keeps the sessions it has looked up (plugins/session-cache.ts), so that a signed-in request
-- needs no session query. Whatever the lookup reads — the session, its user, the user's region and OPD — tells
-- every instance when it changes, on the channel inovda_sessions, at commit (NOTIFY is transactional): the
-- session's id when only that session changed (its sliding expiry, a sign-out), '*' for anything wider.
-- A user's update notifies only when a column the lookup reads changed (not the time of the last sign-in).
CREATE OR REPLACE FUNCTION inovda_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'ROW' AND TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('inovda_sessions', OLD.id);
  ELSE
    PERFORM pg_notify('inovda_sessions', '*');
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER sessions_changed_notify AFTER UPDATE OR DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER users_changed_notify AFTER UPDATE ON "users" FOR EACH ROW
  WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.region_id IS DISTINCT FROM NEW.region_id OR OLD.opd_id IS DISTINCT FROM NEW.opd_id
    OR OLD.username IS DISTINCT FROM NEW.username OR OLD.full_name IS DISTINCT FROM NEW.full_name OR OLD.email IS DISTINCT FROM NEW.email
    OR OLD.locale IS DISTINCT FROM NEW.locale OR OLD.must_change_password IS DISTINCT FROM NEW.must_change_password
    OR OLD.totp_enabled IS DISTINCT FROM NEW.totp_enabled OR OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER users_deleted_notify AFTER DELETE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER regions_changed_notify AFTER UPDATE ON "regions" FOR EACH ROW
  WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.name IS DISTINCT FROM NEW.name OR OLD.type IS DISTINCT FROM NEW.type)
  EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER regions_deleted_notify AFTER DELETE ON "regions" FOR EACH STATEMENT EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER opds_changed_notify AFTER UPDATE ON "opds" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name)
  EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER opds_deleted_notify AFTER DELETE ON "opds" FOR EACH STATEMENT EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER sessions_truncated_notify AFTER TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER users_truncated_notify AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER regions_truncated_notify AFTER TRUNCATE ON "regions" FOR EACH STATEMENT EXECUTE FUNCTION inovda_session_changed();--> statement-breakpoint
CREATE TRIGGER opds_truncated_notify AFTER TRUNCATE ON "opds" FOR EACH STATEMENT EXECUTE FUNCTION inovda_session_changed();
