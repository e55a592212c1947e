-- The plan's Step 1 ("Identify Duplicate Dispatches"), ported from MySQL to SQLite as a
-- monitoring oracle (model/observe/monitoring_oracles.cpp). It fires when it returns rows: "If rows
-- returned > 0, confirms duplicate dispatch bug".
-- Changed, and why:
--   TIMESTAMPDIFF(SECOND, a, b)      -> CAST(round((julianday(b) - julianday(a)) * 86400) AS INTEGER)
--                                       SQLite has no TIMESTAMPDIFF; both sides are whole seconds,
--                                       so rounding the day fraction gives the exact difference.
--   DATE_ADD(x, INTERVAL 10 SECOND)  -> datetime(x, '+10 seconds')
-- Kept as the plan wrote it, limitations included:
--   * timestamps are MySQL TIMESTAMP text, 'YYYY-MM-DD HH:MM:SS', one-second precision: a dispatch
--     in the same second as the decline compares equal and `d.sent_at > r.updated_at` misses it;
--   * r.updated_at stands for the decline time, so any later write to the row that touches
--     updated_at (a pickup update, in some variants) moves it past the bad dispatch;
--   * only dispatches within 10 seconds after the decline count; LIMIT 100.
SELECT
    r.id AS request_id,
    r.status,
    r.updated_at AS declined_at,
    d.sent_at AS dispatch_sent_at,
    d.driver_id,
    CAST(round((julianday(d.sent_at) - julianday(r.updated_at)) * 86400) AS INTEGER)
        AS seconds_after_decline
FROM ride_requests r
JOIN dispatch_log d ON d.request_id = r.id
WHERE r.status = 'DECLINED'
  AND d.sent_at > r.updated_at
  AND d.sent_at < datetime(r.updated_at, '+10 seconds')
ORDER BY r.updated_at DESC
LIMIT 100;
