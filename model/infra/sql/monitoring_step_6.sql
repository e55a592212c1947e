-- The plan's Step 6 ("Check Event Ordering"), ported from MySQL to SQLite as a monitoring oracle
-- (model/observe/monitoring_oracles.cpp). It fires when it returns rows.
-- Changed, and why: the plan lists ONE request's events by sequence number for a human to read
-- ("Gaps or out-of-order processing = ordering issue"):
--     SELECT request_id, event_type, sequence_number, created_at, processed_at
--     FROM event_log WHERE request_id = '<specific_request_id>' ORDER BY sequence_number;
-- An oracle must decide by itself and cannot know which request to look at, so this query reads
-- every request and returns, with the plan's columns plus `problem`, the events that show
--   'gap'          the sequence jumps by more than one from the previous event of the same
--                  request and type (the first event should be #1), and
--   'out-of-order' the event was processed strictly later than an event of the same request and
--                  type with a higher sequence number.
-- Kept: processed_at is a TIMESTAMP with one-second precision, as in the plan's schema, so two
-- events processed out of order within the same second compare equal and are not reported. A
-- correctly dropped stale update (Fix 3) leaves a gap, which this reports as well.
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
