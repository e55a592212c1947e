-- The plan's Metric 2 ("Declined Requests Re-Dispatched"), ported from MySQL to SQLite as a
-- monitoring oracle (model/observe/monitoring_oracles.cpp). The plan pages on-call when
-- bad_dispatches > 0.
-- Changed, and why:
--   DATE_SUB(NOW(), INTERVAL 5 MINUTE) -> datetime(sim_now(), '-5 minutes')
--                                         sim_now() is NOW() on the virtual clock; the oracle
--                                         runs once, at the end of the run.
-- Kept as the plan wrote it: one-second TIMESTAMP text, so a dispatch in the same second as the
-- decline compares equal to r.updated_at and is not counted; r.updated_at stands for the
-- decline time.
SELECT COUNT(*) AS bad_dispatches
FROM ride_requests r
JOIN dispatch_log d ON d.request_id = r.id
WHERE r.status = 'DECLINED'
  AND d.sent_at > r.updated_at
  AND d.sent_at > datetime(sim_now(), '-5 minutes');
