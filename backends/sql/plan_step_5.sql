-- The plan's Step 5 ("Location Data Consistency Check"),
-- verbatim from remediation-plan.md. It runs unchanged on MariaDB 10.11 (backends/plan_sql.cpp);
-- NOW() is the simulation's virtual clock there, through SET timestamp.

-- Find requests with mismatched pickup coordinates
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
WHERE ABS(r.pickup_lat - rl.lat) > 0.0001  -- ~11m difference
   OR ABS(r.pickup_lng - rl.lng) > 0.0001
ORDER BY r.created_at DESC
LIMIT 50;
