-- The plan's Step 4 ("Verify Transaction Isolation"), ported from MySQL to SQLite as a
-- monitoring oracle (model/observe/monitoring_oracles.cpp). It fires when it returns rows: "Any rows =
-- dispatch queue not cleaned up atomically".
-- Changed: nothing. SQLite accepts the bare r.status and r.version next to GROUP BY r.id (as
-- MySQL does without ONLY_FULL_GROUP_BY) and the alias in HAVING.
-- Kept as the plan wrote it: it sees the final state only; a PENDING row published after the
-- decline and then marked PUBLISHED no longer shows here.
SELECT
    r.id,
    r.status,
    r.version,
    COUNT(dq.id) AS pending_dispatches
FROM ride_requests r
LEFT JOIN dispatch_queue dq ON dq.request_id = r.id AND dq.status = 'PENDING'
WHERE r.status IN ('DECLINED', 'CANCELLED')
GROUP BY r.id
HAVING pending_dispatches > 0;
