-- The plan's "Database Migration" (section 6, Deployment Checklist), verbatim. MySQL commits
-- each ALTER TABLE by itself (DDL is not transactional), so BEGIN ... COMMIT protects nothing
-- here; the backfill touches at most 10,000 rows per run, as the plan says ("run in batches").
-- Run after mysql_schema.sql.

-- Run during low-traffic window
BEGIN;

-- Add columns (non-blocking in MySQL 5.7+)
ALTER TABLE ride_requests 
ADD COLUMN version INT NOT NULL DEFAULT 0,
ADD COLUMN location_sequence BIGINT NOT NULL DEFAULT 0,
ADD COLUMN location_updated_at TIMESTAMP NULL;

-- Add indexes (may lock table briefly)
ALTER TABLE ride_requests
ADD INDEX idx_status_version (status, version),
ADD INDEX idx_location_seq (id, location_sequence);

ALTER TABLE dispatch_log
ADD COLUMN idempotency_key VARCHAR(64),
ADD UNIQUE INDEX idx_idempotency (idempotency_key);

COMMIT;

-- Backfill version numbers (run in batches)
UPDATE ride_requests SET version = 1 WHERE version = 0 LIMIT 10000;
