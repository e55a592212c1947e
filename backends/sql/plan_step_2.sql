-- The plan's Step 2 ("Check for Missing Idempotency Keys"),
-- verbatim from remediation-plan.md. It runs unchanged on MariaDB 10.11 (backends/plan_sql.cpp);
-- NOW() is the simulation's virtual clock there, through SET timestamp.

-- Find duplicate dispatch events by payload hash
SELECT 
    request_id,
    driver_id,
    COUNT(*) as dispatch_count,
    GROUP_CONCAT(sent_at ORDER BY sent_at) as all_sent_times
FROM dispatch_log
WHERE created_at > DATE_SUB(NOW(), INTERVAL 1 HOUR)
GROUP BY request_id, driver_id
HAVING COUNT(*) > 1
ORDER BY dispatch_count DESC;
