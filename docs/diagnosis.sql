-- The remediation plan's diagnosis queries (Steps 1, 2, 4, 5, 6) and alert queries (Metrics 1,
-- 2), ported from MySQL to SQLite, for a person with the sqlite3 shell and a run's final
-- database:
--
--     dispatchsim run -s redelivery-storm -v legacy --seed 1 --save-db run.db
--     sqlite3 run.db '.parameter set @request_id 3' '.read docs/diagnosis.sql'
--
-- They are the queries the harness runs as monitoring oracles (model/infra/sql/monitoring_*.sql; the
-- header of each says what was changed from the plan and why). One difference: the shell has no
-- sim_now(), so the plan's NOW() is the latest timestamp in the database (the end of the run),
-- from the temporary view sim_clock below. @request_id picks the request for the plan's own
-- Step 6 listing.
--
-- Read the answers with the plan's limits in mind: timestamps are MySQL TIMESTAMP text with
-- one-second precision, so a dispatch in the same second as the decline is invisible to Step 1
-- and Metric 2; Step 5 lists every earlier position of every pickup that moved twice; Step 2 and
-- Metric 1 only see dispatch_log rows, not what the drivers were shown.

.headers on
.mode column

CREATE TEMP VIEW IF NOT EXISTS sim_clock AS
SELECT max(t) AS now FROM (
    SELECT max(updated_at) AS t FROM ride_requests
    UNION ALL SELECT max(sent_at) FROM dispatch_log
    UNION ALL SELECT max(processed_at) FROM event_log
    UNION ALL SELECT max(changed_at) FROM request_state_audit
);

.print
.print '== Step 1: requests declined but dispatched within 10 seconds after the decline'
SELECT
    r.id AS request_id,
    r.status,
    r.updated_at AS declined_at,
    d.sent_at AS dispatch_sent_at,
    d.driver_id,
    CAST(round((julianday(d.sent_at) - julianday(r.updated_at)) * 86400) AS INTEGER)
        AS seconds_after_decline
FROM ride_requests r
JOIN dispatch_log d ON d.request_id = r.id
WHERE r.status = 'DECLINED'
  AND d.sent_at > r.updated_at
  AND d.sent_at < datetime(r.updated_at, '+10 seconds')
ORDER BY r.updated_at DESC
LIMIT 100;

.print
.print '== Step 2: duplicate dispatches (same request and driver) in the last hour'
SELECT
    request_id,
    driver_id,
    COUNT(*) AS dispatch_count,
    (SELECT group_concat(sent_at)
       FROM (SELECT s.sent_at FROM dispatch_log s
              WHERE s.request_id = d.request_id AND s.driver_id = d.driver_id
                AND s.created_at > datetime((SELECT now FROM sim_clock), '-1 hour')
              ORDER BY s.sent_at)) AS all_sent_times
FROM dispatch_log d
WHERE created_at > datetime((SELECT now FROM sim_clock), '-1 hour')
GROUP BY request_id, driver_id
HAVING COUNT(*) > 1
ORDER BY dispatch_count DESC;

.print
.print '== Step 4: declined or cancelled requests that still have PENDING dispatches'
SELECT
    r.id,
    r.status,
    r.version,
    COUNT(dq.id) AS pending_dispatches
FROM ride_requests r
LEFT JOIN dispatch_queue dq ON dq.request_id = r.id AND dq.status = 'PENDING'
WHERE r.status IN ('DECLINED', 'CANCELLED')
GROUP BY r.id
HAVING pending_dispatches > 0;

.print
.print '== Step 5: pickup coordinates that differ from the location log (~11 m)'
SELECT
    r.id,
    r.pickup_lat,
    r.pickup_lng,
    r.pickup_address,
    rl.lat AS log_lat,
    rl.lng AS log_lng,
    rl.updated_at AS log_time,
    r.updated_at AS request_time
FROM ride_requests r
JOIN request_location_log rl ON rl.request_id = r.id
WHERE ABS(r.pickup_lat - rl.lat) > 0.0001
   OR ABS(r.pickup_lng - rl.lng) > 0.0001
ORDER BY r.created_at DESC
LIMIT 50;

.print
.print '== Step 6: gaps and out-of-order processing in event_log, every request'
WITH ordered AS (
    SELECT request_id, event_type, sequence_number, created_at, processed_at,
           LAG(sequence_number, 1, 0) OVER (
               PARTITION BY request_id, event_type ORDER BY sequence_number) AS previous_sequence
    FROM event_log
)
SELECT request_id, event_type, sequence_number, created_at, processed_at, 'gap' AS problem
FROM ordered
WHERE sequence_number > previous_sequence + 1
UNION ALL
SELECT e.request_id, e.event_type, e.sequence_number, e.created_at, e.processed_at, 'out-of-order'
FROM event_log e
WHERE EXISTS (SELECT 1 FROM event_log later
               WHERE later.request_id = e.request_id AND later.event_type = e.event_type
                 AND later.sequence_number > e.sequence_number
                 AND later.processed_at < e.processed_at)
ORDER BY request_id, sequence_number;

.print
.print '== Step 6, as the plan wrote it: the events of request @request_id by sequence number'
SELECT
    request_id,
    event_type,
    sequence_number,
    created_at,
    processed_at
FROM event_log
WHERE request_id = @request_id
ORDER BY sequence_number;

.print
.print '== Metric 1: duplicate dispatches in the last 5 minutes (page if > 0)'
SELECT
    COUNT(*) AS duplicate_dispatches
FROM (
    SELECT request_id, driver_id, COUNT(*) AS cnt
    FROM dispatch_log
    WHERE sent_at > datetime((SELECT now FROM sim_clock), '-5 minutes')
    GROUP BY request_id, driver_id
    HAVING cnt > 1
) duplicates;

.print
.print '== Metric 2: declined requests re-dispatched in the last 5 minutes (page if > 0)'
SELECT COUNT(*) AS bad_dispatches
FROM ride_requests r
JOIN dispatch_log d ON d.request_id = r.id
WHERE r.status = 'DECLINED'
  AND d.sent_at > r.updated_at
  AND d.sent_at > datetime((SELECT now FROM sim_clock), '-5 minutes');
