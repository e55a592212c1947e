-- The plan's Metric 1 ("Duplicate Dispatch Rate", run every 5 minutes), ported from MySQL to
-- SQLite as a monitoring oracle (model/observe/monitoring_oracles.cpp). The plan pages on-call when
-- duplicate_dispatches > 0.
-- Changed, and why:
--   DATE_SUB(NOW(), INTERVAL 5 MINUTE) -> datetime(sim_now(), '-5 minutes')
--                                         sim_now() is NOW() on the virtual clock; the oracle
--                                         runs once, at the end of the run.
-- Kept as the plan wrote it: like Step 2 it only counts dispatch_log rows.
SELECT
    COUNT(*) AS duplicate_dispatches
FROM (
    SELECT request_id, driver_id, COUNT(*) AS cnt
    FROM dispatch_log
    WHERE sent_at > datetime(sim_now(), '-5 minutes')
    GROUP BY request_id, driver_id
    HAVING cnt > 1
) duplicates;
