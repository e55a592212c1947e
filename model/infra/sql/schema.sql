-- The dispatch system's schema after the plan's migration (remediation-plan.md, "Database
-- Schema", Fix 1, Fix 3, "Database Migration"), ported from MySQL to SQLite:
--   * TIMESTAMP columns hold 'YYYY-MM-DD HH:MM:SS' text with MySQL TIMESTAMP's default one-second
--     precision; sim_now() is the database server's NOW() on the simulation's virtual clock.
--   * VARCHAR(n) becomes TEXT; INT/BIGINT become INTEGER; AUTO_INCREMENT ids become INTEGER
--     PRIMARY KEY.
--   * Row locks (SELECT ... FOR UPDATE) become BEGIN IMMEDIATE transactions: SQLite locks the
--     whole database (see README, "Fidelity").
-- Columns and tables the plan does not name but its queries and code read (rider_id,
-- dispatch_queue.driver_id, ...) are marked "world:".

CREATE TABLE ride_requests (
  id                  INTEGER PRIMARY KEY,
  rider_id            INTEGER NOT NULL,                       -- world:
  status              TEXT    NOT NULL DEFAULT 'PENDING'
                      CHECK (status IN ('PENDING', 'SEARCHING', 'DECLINED', 'ACCEPTED', 'CANCELLED')),
  version             INTEGER NOT NULL DEFAULT 0,             -- Fix 1 (0 until backfilled)
  declined_by         INTEGER,
  decline_reason      TEXT,
  accepted_by         INTEGER,                                -- world:
  pickup_lat          REAL,
  pickup_lng          REAL,
  pickup_address      TEXT,
  location_sequence   INTEGER NOT NULL DEFAULT 0,             -- Fix 3
  location_updated_at TEXT,                                   -- Fix 3
  created_at          TEXT    NOT NULL DEFAULT (sim_now()),
  updated_at          TEXT    NOT NULL DEFAULT (sim_now())
);
CREATE INDEX idx_status_version ON ride_requests (status, version);
CREATE INDEX idx_location_seq ON ride_requests (id, location_sequence);

CREATE TABLE dispatch_log (
  id              INTEGER PRIMARY KEY,
  request_id      INTEGER NOT NULL,
  driver_id       INTEGER NOT NULL,
  sent_at         TEXT    NOT NULL,
  idempotency_key TEXT UNIQUE,                                -- Fix 1 (NULL for legacy rows)
  created_at      TEXT    NOT NULL DEFAULT (sim_now())
);
CREATE INDEX idx_dispatch_log_request_driver ON dispatch_log (request_id, driver_id);
CREATE INDEX idx_dispatch_log_sent_at ON dispatch_log (sent_at);

-- world: the matcher's outbox. A row is PENDING until the relay (process_dispatch_queue)
-- publishes its dispatch event, then PUBLISHED. Declines delete PENDING rows (Fix 1, Step 4).
CREATE TABLE dispatch_queue (
  id              INTEGER PRIMARY KEY,
  request_id      INTEGER NOT NULL,
  driver_id       INTEGER NOT NULL,
  sequence_number INTEGER NOT NULL,
  version         INTEGER NOT NULL,
  status          TEXT    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PUBLISHED')),
  attempts        INTEGER NOT NULL DEFAULT 0,   -- world: the matcher re-publishes unanswered offers
  created_at      TEXT    NOT NULL DEFAULT (sim_now()),
  published_at    TEXT
);
CREATE INDEX idx_dispatch_queue_request_status ON dispatch_queue (request_id, status);
CREATE INDEX idx_dispatch_queue_status ON dispatch_queue (status, id);

CREATE TABLE driver_notifications (
  id              INTEGER PRIMARY KEY,
  driver_id       INTEGER NOT NULL,
  request_id      INTEGER NOT NULL,
  notification_id TEXT    NOT NULL,
  version         INTEGER NOT NULL,
  status          TEXT    NOT NULL DEFAULT 'PENDING'
                  CHECK (status IN ('PENDING', 'SENT', 'CLAIMED', 'DISPLAYED', 'CANCELLED')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_us INTEGER NOT NULL DEFAULT 0,   -- hardened: when the outbox may resend
  sent_at         TEXT,
  created_at      TEXT    NOT NULL DEFAULT (sim_now()),
  UNIQUE (request_id, driver_id)
);
CREATE INDEX idx_driver_notifications_status ON driver_notifications (status, id);

CREATE TABLE request_state_audit (
  id          INTEGER PRIMARY KEY,
  request_id  INTEGER NOT NULL,
  old_status  TEXT,
  new_status  TEXT    NOT NULL,
  old_version INTEGER,
  new_version INTEGER NOT NULL,
  changed_at  TEXT    NOT NULL DEFAULT (sim_now())
);
CREATE INDEX idx_request_state_audit_request ON request_state_audit (request_id, id);

-- The audit is written by the database itself, whatever code changed the status.
CREATE TRIGGER audit_request_created AFTER INSERT ON ride_requests
BEGIN
  INSERT INTO request_state_audit (request_id, old_status, new_status, old_version, new_version)
  VALUES (NEW.id, NULL, NEW.status, NULL, NEW.version);
END;
CREATE TRIGGER audit_request_status AFTER UPDATE OF status ON ride_requests
WHEN OLD.status IS NOT NEW.status
BEGIN
  INSERT INTO request_state_audit (request_id, old_status, new_status, old_version, new_version)
  VALUES (NEW.id, OLD.status, NEW.status, OLD.version, NEW.version);
END;

CREATE TABLE request_location_log (
  id         INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL,
  lat        REAL    NOT NULL,
  lng        REAL    NOT NULL,
  address    TEXT,
  sequence   INTEGER NOT NULL,
  updated_at TEXT    NOT NULL
);
CREATE INDEX idx_request_location_log_request ON request_location_log (request_id, sequence);

-- Step 6: events with sequence numbers and the time they were processed.
CREATE TABLE event_log (
  id              INTEGER PRIMARY KEY,
  request_id      INTEGER NOT NULL,
  event_type      TEXT    NOT NULL,
  sequence_number INTEGER NOT NULL,
  created_at      TEXT    NOT NULL,
  processed_at    TEXT    NOT NULL DEFAULT (sim_now())
);
CREATE INDEX idx_event_log_request ON event_log (request_id, sequence_number);
