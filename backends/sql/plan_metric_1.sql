-- The plan's Metric 1 ("Duplicate Dispatch Rate"),
-- verbatim from remediation-plan.md. It runs unchanged on MariaDB 10.11 (backends/plan_sql.cpp);
-- NOW() is the simulation's virtual clock there, through SET timestamp.

-- Run every 5 minutes
SELECT 
    COUNT(*) as duplicate_dispatches
FROM (
    SELECT request_id, driver_id, COUNT(*) as cnt
    FROM dispatch_log
    WHERE sent_at > DATE_SUB(NOW(), INTERVAL 5 MINUTE)
    GROUP BY request_id, driver_id
    HAVING cnt > 1
) duplicates;
