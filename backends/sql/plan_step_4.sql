-- The plan's Step 4 ("Verify Transaction Isolation"),
-- verbatim from remediation-plan.md. It runs unchanged on MariaDB 10.11 (backends/plan_sql.cpp);
-- NOW() is the simulation's virtual clock there, through SET timestamp.

-- Check if status updates and dispatch cancellations are atomic
SELECT 
    r.id,
    r.status,
    r.version,
    COUNT(dq.id) as pending_dispatches
FROM ride_requests r
LEFT JOIN dispatch_queue dq ON dq.request_id = r.id AND dq.status = 'PENDING'
WHERE r.status IN ('DECLINED', 'CANCELLED')
GROUP BY r.id
HAVING pending_dispatches > 0;
