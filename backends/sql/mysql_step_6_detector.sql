-- The monitoring oracle's Step 6 detector (model/infra/sql/monitoring_step_6.sql, which says what it
-- reports and why) in MariaDB's dialect, to compare the two engines on a copied run. The one
-- change: MariaDB 10.11's LAG takes no default value (LAG(x, 1, 0) is a syntax error there; MySQL
-- 8 accepts it), so the first event's missing predecessor becomes 0 through COALESCE.
WITH ordered AS (
    SELECT request_id, event_type, sequence_number, created_at, processed_at,
           COALESCE(LAG(sequence_number, 1) OVER (
               PARTITION BY request_id, event_type ORDER BY sequence_number), 0) AS previous_sequence
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
