-- world: the audit triggers of model/infra/sql/schema.sql in MySQL's dialect (the database writes
-- request_state_audit whatever code changed the status). Run after plan_migration.sql: they name
-- the version column it adds. Not loaded when a finished run's rows are copied in (the copied
-- audit rows are already there). `<=>` is MySQL's NULL-safe equality (SQLite's IS).

CREATE TRIGGER audit_request_created AFTER INSERT ON ride_requests
FOR EACH ROW
  INSERT INTO request_state_audit (request_id, old_status, new_status, old_version, new_version)
  VALUES (NEW.id, NULL, NEW.status, NULL, NEW.version);

CREATE TRIGGER audit_request_status AFTER UPDATE ON ride_requests
FOR EACH ROW
BEGIN
  IF NOT (OLD.status <=> NEW.status) THEN
    INSERT INTO request_state_audit (request_id, old_status, new_status, old_version, new_version)
    VALUES (NEW.id, OLD.status, NEW.status, OLD.version, NEW.version);
  END IF;
END;
