-- The plan's Step 1 ("Identify Duplicate Dispatches"),
-- verbatim from remediation-plan.md. It runs unchanged on MariaDB 10.11 (backends/plan_sql.cpp);
-- NOW() is the simulation's virtual clock there, through SET timestamp.

-- Find requests declined but dispatched within 5 seconds after decline
SELECT 
    r.id AS request_id,
    r.status,
    r.updated_at AS declined_at,
    d.sent_at AS dispatch_sent_at,
    d.driver_id,
    TIMESTAMPDIFF(SECOND, r.updated_at, d.sent_at) AS seconds_after_decline
FROM ride_requests r
JOIN dispatch_log d ON d.request_id = r.id
WHERE r.status = 'DECLINED'
  AND d.sent_at > r.updated_at
  AND d.sent_at < DATE_ADD(r.updated_at, INTERVAL 10 SECOND)
ORDER BY r.updated_at DESC
LIMIT 100;
