-- The plan's Step 2 ("Check for Missing Idempotency Keys"), ported from MySQL to SQLite as a
-- monitoring oracle (model/observe/monitoring_oracles.cpp). It fires when it returns rows: "Multiple
-- dispatches for same request+driver = missing dedup".
-- Changed, and why:
--   DATE_SUB(NOW(), INTERVAL 1 HOUR)       -> datetime(sim_now(), '-1 hour')
--                                             sim_now() is the database's NOW() on the
--                                             simulation's virtual clock (the end of the run).
--   GROUP_CONCAT(sent_at ORDER BY sent_at) -> a correlated group_concat over the group's rows
--                                             taken in sent_at order: SQLite before 3.44 has no
--                                             ORDER BY inside an aggregate.
-- Kept as the plan wrote it: it only sees dispatch_log rows. A duplicate made after the row was
-- written (push transport, app restart, redelivery past an idempotency key) leaves one row.
SELECT
    request_id,
    driver_id,
    COUNT(*) AS dispatch_count,
    (SELECT group_concat(sent_at)
       FROM (SELECT s.sent_at FROM dispatch_log s
              WHERE s.request_id = d.request_id AND s.driver_id = d.driver_id
                AND s.created_at > datetime(sim_now(), '-1 hour')
              ORDER BY s.sent_at)) AS all_sent_times
FROM dispatch_log d
WHERE created_at > datetime(sim_now(), '-1 hour')
GROUP BY request_id, driver_id
HAVING COUNT(*) > 1
ORDER BY dispatch_count DESC;
