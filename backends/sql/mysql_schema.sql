-- The dispatch system's tables in MySQL DDL as they stood BEFORE the plan's migration (InnoDB,
-- MariaDB 10.11 / MySQL 5.7+), the MySQL original of model/infra/sql/schema.sql. The plan asks for
-- `SHOW CREATE TABLE` of its tables without printing them, so the columns are those its queries
-- and code name; columns and tables it does not name but the world needs are marked "world:"
-- exactly as in model/infra/sql/schema.sql. plan_migration.sql (the plan's text, verbatim) then adds
-- version, location_sequence, location_updated_at and dispatch_log.idempotency_key.
-- Choices the plan leaves open, taken to match the simulator: TIMESTAMP columns (one-second
-- precision, MySQL's default), coordinates as DOUBLE (SQLite REAL), ids as BIGINT.

CREATE TABLE ride_requests (
  id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  rider_id            BIGINT      NOT NULL,                        -- world:
  status              VARCHAR(16) NOT NULL DEFAULT 'PENDING'
                      CHECK (status IN ('PENDING', 'SEARCHING', 'DECLINED', 'ACCEPTED', 'CANCELLED')),
  declined_by         BIGINT      NULL,
  decline_reason      VARCHAR(255) NULL,
  accepted_by         BIGINT      NULL,                            -- world:
  pickup_lat          DOUBLE      NULL,
  pickup_lng          DOUBLE      NULL,
  pickup_address      VARCHAR(255) NULL,
  created_at          TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at          TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;

CREATE TABLE dispatch_log (
  id              BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id      BIGINT    NOT NULL,
  driver_id       BIGINT    NOT NULL,
  sent_at         TIMESTAMP NOT NULL,
  created_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  INDEX idx_dispatch_log_request_driver (request_id, driver_id),
  INDEX idx_dispatch_log_sent_at (sent_at)
) ENGINE=InnoDB;

-- world: the matcher's outbox (see model/infra/sql/schema.sql).
CREATE TABLE dispatch_queue (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id      BIGINT      NOT NULL,
  driver_id       BIGINT      NOT NULL,
  sequence_number BIGINT      NOT NULL,
  version         INT         NOT NULL,
  status          VARCHAR(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PUBLISHED')),
  attempts        INT         NOT NULL DEFAULT 0,
  created_at      TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  published_at    TIMESTAMP   NULL,
  INDEX idx_dispatch_queue_request_status (request_id, status),
  INDEX idx_dispatch_queue_status (status, id)
) ENGINE=InnoDB;

CREATE TABLE driver_notifications (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  driver_id       BIGINT       NOT NULL,
  request_id      BIGINT       NOT NULL,
  notification_id VARCHAR(128) NOT NULL,
  version         INT          NOT NULL,
  status          VARCHAR(16)  NOT NULL DEFAULT 'PENDING'
                  CHECK (status IN ('PENDING', 'SENT', 'CLAIMED', 'DISPLAYED', 'CANCELLED')),
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_us BIGINT       NOT NULL DEFAULT 0,
  sent_at         TIMESTAMP    NULL,
  created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_driver_notifications_request_driver (request_id, driver_id),
  INDEX idx_driver_notifications_status (status, id)
) ENGINE=InnoDB;

CREATE TABLE request_state_audit (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id  BIGINT      NOT NULL,
  old_status  VARCHAR(16) NULL,
  new_status  VARCHAR(16) NOT NULL,
  old_version INT         NULL,
  new_version INT         NOT NULL,
  changed_at  TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  INDEX idx_request_state_audit_request (request_id, id)
) ENGINE=InnoDB;

CREATE TABLE request_location_log (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT       NOT NULL,
  lat        DOUBLE       NOT NULL,
  lng        DOUBLE       NOT NULL,
  address    VARCHAR(255) NULL,
  sequence   BIGINT       NOT NULL,
  updated_at TIMESTAMP    NOT NULL,
  INDEX idx_request_location_log_request (request_id, sequence)
) ENGINE=InnoDB;

-- Step 6: events with sequence numbers and the time they were processed.
CREATE TABLE event_log (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id      BIGINT      NOT NULL,
  event_type      VARCHAR(32) NOT NULL,
  sequence_number BIGINT      NOT NULL,
  created_at      TIMESTAMP   NOT NULL,
  processed_at    TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  INDEX idx_event_log_request (request_id, sequence_number)
) ENGINE=InnoDB;
