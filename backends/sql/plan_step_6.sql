-- The plan's Step 6 ("Check Event Ordering"),
-- verbatim from remediation-plan.md. It runs unchanged on MariaDB 10.11 (backends/plan_sql.cpp);
-- NOW() is the simulation's virtual clock there, through SET timestamp.
-- The one substitution: the placeholder for a specific request id below becomes the request
-- asked about (backends/plan_sql.cpp, plan_query_sql).

-- Verify events have sequence numbers and are processed in order
SELECT 
    request_id,
    event_type,
    sequence_number,
    created_at,
    processed_at
FROM event_log
WHERE request_id = '<specific_request_id>'
ORDER BY sequence_number;
