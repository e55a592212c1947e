-- The plan's Metric 2 ("Declined Requests Re-Dispatched"),
-- verbatim from remediation-plan.md. It runs unchanged on MariaDB 10.11 (backends/plan_sql.cpp);
-- NOW() is the simulation's virtual clock there, through SET timestamp.

SELECT COUNT(*) as bad_dispatches
FROM ride_requests r
JOIN dispatch_log d ON d.request_id = r.id
WHERE r.status = 'DECLINED'
  AND d.sent_at > r.updated_at
  AND d.sent_at > DATE_SUB(NOW(), INTERVAL 5 MINUTE);
