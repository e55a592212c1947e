-- The plan's Step 5 ("Location Data Consistency Check"), ported from MySQL to SQLite as a
-- monitoring oracle (model/observe/monitoring_oracles.cpp). It fires when it returns rows: "Rows
-- indicate stale cache or out-of-order updates".
-- Changed: nothing (ABS, OR, ORDER BY ... DESC and LIMIT mean the same in SQLite).
-- Kept as the plan wrote it, limitations included: it compares the current pickup with EVERY
-- row of request_location_log, so any request whose pickup moved twice returns its earlier
-- positions — it fires without anything being stale (a false positive by construction), and it
-- never looks at the cache, which is where the stale pickup of the incident was served from.
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
