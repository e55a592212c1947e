-- The remediation plan's "Database Rollback" (section 6, Rollback Plan), ported from MySQL to
-- SQLite. Run by the [rollback] step of a scenario (model/actors/database_rollback.cpp), statement by
-- statement through a connection of its own, after the feature flag went off. The plan's text:
--
--     -- If needed, remove new columns (non-blocking)
--     ALTER TABLE ride_requests
--     DROP COLUMN version,
--     DROP COLUMN location_sequence,
--     DROP COLUMN location_updated_at;
--
--     ALTER TABLE dispatch_log
--     DROP COLUMN idempotency_key;
--
-- What differs from MySQL, and why:
--   * MySQL drops a column together with its part in every index (idx_status_version (status,
--     version) becomes (status); idx_location_seq (id, location_sequence) becomes (id); the
--     UNIQUE index on idempotency_key disappears). SQLite's ALTER TABLE DROP COLUMN refuses a
--     column that is indexed, UNIQUE, or named by a trigger: the indexes are dropped first and
--     recreated as MySQL leaves them, and dispatch_log, whose idempotency_key is UNIQUE, is
--     rebuilt the way SQLite documents (https://www.sqlite.org/lang_altertable.html, "Making
--     Other Kinds Of Table Schema Changes": create, copy, drop, rename, indexes).
--   * world: the audit triggers (schema.sql) copy OLD/NEW.version into request_state_audit. SQLite
--     refuses to drop a column a trigger names, so they are recreated without it (versions 0).
--     MySQL would have dropped the column and kept the triggers, and every later status UPDATE
--     would then fail with "Unknown column 'version' in 'NEW'": a hazard of the plan's rollback
--     for any trigger or view that names the new columns.
--   * Each MySQL ALTER TABLE commits on its own (DDL is not transactional there); here each is one
--     BEGIN IMMEDIATE ... COMMIT, so no process sees half of one, and processes run between the
--     two, as they would between the two MySQL statements.
--   * "non-blocking": MySQL's ALTER waits for a metadata lock (open transactions on the table
--     finish first, and new queries queue behind the waiting ALTER). SQLite locks the whole
--     database: the rollback waits for open write transactions like any other writer (lock wait
--     timeout and all), and while it runs every other statement waits for it.
-- What the code sees afterwards: statements naming a dropped column fail ("no such column:
-- version", "table dispatch_log has no column named idempotency_key", an ON CONFLICT target that
-- no longer exists); statements that never named them keep working.

BEGIN IMMEDIATE;
DROP TRIGGER audit_request_created;
DROP TRIGGER audit_request_status;
DROP INDEX idx_status_version;
DROP INDEX idx_location_seq;
ALTER TABLE ride_requests DROP COLUMN version;
ALTER TABLE ride_requests DROP COLUMN location_sequence;
ALTER TABLE ride_requests DROP COLUMN location_updated_at;
CREATE INDEX idx_status_version ON ride_requests (status);
CREATE INDEX idx_location_seq ON ride_requests (id);
CREATE TRIGGER audit_request_created AFTER INSERT ON ride_requests
BEGIN
  INSERT INTO request_state_audit (request_id, old_status, new_status, old_version, new_version)
  VALUES (NEW.id, NULL, NEW.status, NULL, 0);
END;
CREATE TRIGGER audit_request_status AFTER UPDATE OF status ON ride_requests
WHEN OLD.status IS NOT NEW.status
BEGIN
  INSERT INTO request_state_audit (request_id, old_status, new_status, old_version, new_version)
  VALUES (NEW.id, OLD.status, NEW.status, 0, 0);
END;
COMMIT;

BEGIN IMMEDIATE;
CREATE TABLE dispatch_log_without_idempotency_key (
  id              INTEGER PRIMARY KEY,
  request_id      INTEGER NOT NULL,
  driver_id       INTEGER NOT NULL,
  sent_at         TEXT    NOT NULL,
  created_at      TEXT    NOT NULL DEFAULT (sim_now())
);
INSERT INTO dispatch_log_without_idempotency_key (id, request_id, driver_id, sent_at, created_at)
SELECT id, request_id, driver_id, sent_at, created_at FROM dispatch_log;
DROP TABLE dispatch_log;
ALTER TABLE dispatch_log_without_idempotency_key RENAME TO dispatch_log;
CREATE INDEX idx_dispatch_log_request_driver ON dispatch_log (request_id, driver_id);
CREATE INDEX idx_dispatch_log_sent_at ON dispatch_log (sent_at);
COMMIT;
