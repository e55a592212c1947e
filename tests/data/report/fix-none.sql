PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  scenario TEXT NOT NULL,
  variant TEXT NOT NULL,
  seed INTEGER NOT NULL,
  strategy TEXT NOT NULL,
  pct_depth INTEGER,
  fixes TEXT,
  flag_percent INTEGER,
  outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'violation', 'error')),
  violated_properties TEXT NOT NULL,
  violation_count INTEGER NOT NULL,
  faults_fired TEXT NOT NULL,
  error TEXT,
  trace_hash TEXT NOT NULL,
  events INTEGER NOT NULL,
  scheduling_steps INTEGER NOT NULL,
  processes INTEGER NOT NULL,
  virtual_end_us INTEGER NOT NULL,
  wall_time_us INTEGER NOT NULL,
  pct_bound REAL NOT NULL,
  requests INTEGER NOT NULL,
  offers INTEGER NOT NULL,
  dispatch_log_rows INTEGER NOT NULL,
  pushes_sent INTEGER NOT NULL,
  shown INTEGER NOT NULL,
  declines INTEGER NOT NULL,
  accepted INTEGER NOT NULL,
  cancelled INTEGER NOT NULL,
  still_open INTEGER NOT NULL,
  messages_sent INTEGER NOT NULL,
  dead_letters INTEGER NOT NULL,
  api_errors INTEGER NOT NULL,
  lock_timeouts INTEGER NOT NULL,
  UNIQUE (scenario, variant, seed)
);
INSERT INTO runs VALUES(1,'decline-race','plan',1,'random',NULL,'none',100,'pass','',0,'',NULL,'a9afdaec1ce07026',699,1962,18,10000000,42028,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(2,'push-chaos','plan',1,'random',NULL,'none',100,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'26c14492875a2209',1513,2524,18,51000000,7960,0.0,8,16,18,18,12,5,3,0,0,18,0,0,0);
INSERT INTO runs VALUES(3,'worker-crash-restart','plan',1,'random',NULL,'none',100,'violation','legal-transitions',2,'process-crash:8',NULL,'2829594cf0a58428',810,1179,18,30000000,2494,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(4,'decline-race','plan',2,'random',NULL,'none',100,'pass','',0,'',NULL,'0d59921584fd9119',705,1936,18,10000000,7282,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(5,'push-chaos','plan',2,'random',NULL,'none',100,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',5,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'d4efa9f2a2d1d9fb',1583,2673,18,53000000,4159,0.0,8,16,18,18,15,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(6,'worker-crash-restart','plan',2,'random',NULL,'none',100,'violation','legal-transitions',4,'process-crash:9',NULL,'f60d6560f26db984',921,1368,18,41000000,6199,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(7,'decline-race','plan',3,'random',NULL,'none',100,'pass','',0,'',NULL,'a4ee07055d02e2b6',697,2047,18,10000000,2170,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(8,'push-chaos','plan',3,'random',NULL,'none',100,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',6,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'c5927253d75a2718',1054,1670,18,30000000,6614,0.0,8,16,16,16,17,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(9,'worker-crash-restart','plan',3,'random',NULL,'none',100,'violation','legal-transitions',3,'process-crash:5',NULL,'b293a18515c0cef6',853,1320,18,30000000,1706,0.0,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(10,'decline-race','plan',4,'random',NULL,'none',100,'pass','',0,'',NULL,'e783b2ced5bf8c79',700,1982,18,10000000,1679,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(11,'push-chaos','plan',4,'random',NULL,'none',100,'violation','legal-transitions',3,'push-drop:4,push-delay:2,app-restart:2',NULL,'ff56daf4ad3cb82a',1639,2723,18,55000000,8552,0.0,8,16,20,20,14,7,1,0,0,20,0,0,0);
INSERT INTO runs VALUES(12,'worker-crash-restart','plan',4,'random',NULL,'none',100,'violation','legal-transitions,no-dispatch-after-decline',3,'process-crash:7',NULL,'b75f593dc18887b8',995,1619,18,40000000,2270,0.0,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(13,'decline-race','plan',5,'random',NULL,'none',100,'violation','no-dispatch-after-decline',2,'',NULL,'96101031a6e6ef6f',706,1929,18,10000000,1740,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(14,'push-chaos','plan',5,'random',NULL,'none',100,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',8,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'f11fdfb827f0d85d',1571,2654,18,52000000,8659,0.0,8,16,18,18,18,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(15,'worker-crash-restart','plan',5,'random',NULL,'none',100,'violation','legal-transitions',1,'process-crash:6',NULL,'5c27957b480244de',861,1204,18,30000000,1736,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
CREATE TABLE sweeps (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  definition_id TEXT NOT NULL,
  definition TEXT NOT NULL,
  scenarios TEXT NOT NULL,
  variants TEXT NOT NULL,
  seed_first INTEGER NOT NULL,
  seed_last INTEGER NOT NULL,
  strategy TEXT NOT NULL,
  pct_depth INTEGER,
  fixes TEXT,
  flag_percent INTEGER,
  shards TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO sweeps VALUES(1,'c369ddfed277d801','{"scenarios":[{"name":"decline-race","content_hash":"ae45d716d9e6cfcd"},{"name":"push-chaos","content_hash":"0ada1c5c40713ae5"},{"name":"worker-crash-restart","content_hash":"7b48b7a1b64ef790"}],"variants":["plan"],"seed_first":1,"seed_last":5,"strategy":"random","pct_depth":null,"fixes":"none","flag_percent":null}','decline-race,push-chaos,worker-crash-restart','plan',1,5,'random',NULL,'none',NULL,'all','2026-12-06T00:27:16Z');
CREATE TABLE sweep_scenarios (
  ordinal INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  argument TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
INSERT INTO sweep_scenarios VALUES(0,'decline-race','decline-race','ae45d716d9e6cfcd');
INSERT INTO sweep_scenarios VALUES(1,'push-chaos','push-chaos','0ada1c5c40713ae5');
INSERT INTO sweep_scenarios VALUES(2,'worker-crash-restart','worker-crash-restart','7b48b7a1b64ef790');
CREATE TABLE run_violations (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  property TEXT NOT NULL,
  count INTEGER NOT NULL,
  caught INTEGER NOT NULL,
  missed INTEGER NOT NULL,
  uncovered INTEGER NOT NULL,
  PRIMARY KEY (run_id, property)
) WITHOUT ROWID;
INSERT INTO run_violations VALUES(2,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(2,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(3,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(5,'exactly-once-dispatch',2,2,0,0);
INSERT INTO run_violations VALUES(5,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(5,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(6,'legal-transitions',4,0,4,0);
INSERT INTO run_violations VALUES(8,'exactly-once-dispatch',2,0,2,0);
INSERT INTO run_violations VALUES(8,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(8,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(9,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(11,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(12,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(12,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(13,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(14,'exactly-once-dispatch',3,3,0,0);
INSERT INTO run_violations VALUES(14,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(14,'no-dispatch-after-decline',3,0,3,0);
INSERT INTO run_violations VALUES(15,'legal-transitions',1,0,1,0);
CREATE TABLE run_oracles (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  oracle TEXT NOT NULL,
  rows INTEGER NOT NULL,
  false_positive INTEGER NOT NULL,
  PRIMARY KEY (run_id, oracle)
) WITHOUT ROWID;
INSERT INTO run_oracles VALUES(2,'metric-1',2,0);
INSERT INTO run_oracles VALUES(2,'step-2',2,0);
INSERT INTO run_oracles VALUES(5,'metric-1',2,0);
INSERT INTO run_oracles VALUES(5,'step-2',2,0);
INSERT INTO run_oracles VALUES(11,'metric-1',4,1);
INSERT INTO run_oracles VALUES(11,'step-2',4,1);
INSERT INTO run_oracles VALUES(14,'metric-1',2,0);
INSERT INTO run_oracles VALUES(14,'step-2',2,0);
CREATE TABLE run_probes (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  probe TEXT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (run_id, probe)
) WITHOUT ROWID;
INSERT INTO run_probes VALUES(5,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(8,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(11,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(12,'decline-between-check-and-dispatch',1);
INSERT INTO run_probes VALUES(12,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(13,'dispatch-from-stale-read',1);
INSERT INTO run_probes VALUES(13,'push-delivered-after-decline',1);
CREATE TABLE run_violation_examples (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  property TEXT NOT NULL,
  request_id INTEGER NOT NULL,
  driver_id INTEGER NOT NULL,
  time_us INTEGER NOT NULL,
  description TEXT NOT NULL,
  PRIMARY KEY (run_id, ordinal)
) WITHOUT ROWID;
INSERT INTO run_violation_examples VALUES(2,0,'no-dispatch-after-decline',8,1,2816114,'driver 1 declined request 8 at t=2.807237s and was shown it again at t=2.816114s');
INSERT INTO run_violation_examples VALUES(2,1,'exactly-once-dispatch',8,1,2816114,'request 8 was shown to driver 1 2 times (first at t=1.207501s, again at t=2.816114s)');
INSERT INTO run_violation_examples VALUES(3,0,'legal-transitions',1,2,4761421,'request 1 went from ACCEPTED to DECLINED at t=4.761421s');
INSERT INTO run_violation_examples VALUES(3,1,'legal-transitions',2,1,11644070,'request 2 went from ACCEPTED to DECLINED at t=11.644070s');
INSERT INTO run_violation_examples VALUES(5,0,'no-dispatch-after-decline',4,2,10813513,'driver 2 declined request 4 at t=10.770565s and was shown it again at t=10.813513s');
INSERT INTO run_violation_examples VALUES(5,1,'exactly-once-dispatch',3,3,6197739,'request 3 was shown to driver 3 2 times (first at t=4.196077s, again at t=6.197739s)');
INSERT INTO run_violation_examples VALUES(5,2,'exactly-once-dispatch',4,2,10813513,'request 4 was shown to driver 2 2 times (first at t=8.952453s, again at t=10.813513s)');
INSERT INTO run_violation_examples VALUES(5,3,'legal-transitions',3,2,6928102,'request 3 went from ACCEPTED to DECLINED at t=6.928102s');
INSERT INTO run_violation_examples VALUES(5,4,'legal-transitions',6,1,52090819,'request 6 went from ACCEPTED to DECLINED at t=52.090819s');
INSERT INTO run_violation_examples VALUES(6,0,'legal-transitions',5,1,4853505,'request 5 went from ACCEPTED to DECLINED at t=4.853505s');
INSERT INTO run_violation_examples VALUES(6,1,'legal-transitions',8,2,12959357,'request 8 went from ACCEPTED to DECLINED at t=12.959357s');
INSERT INTO run_violation_examples VALUES(6,2,'legal-transitions',2,1,14839028,'request 2 went from ACCEPTED to DECLINED at t=14.839028s');
INSERT INTO run_violation_examples VALUES(6,3,'legal-transitions',6,3,40742145,'request 6 went from ACCEPTED to DECLINED at t=40.742145s');
INSERT INTO run_violation_examples VALUES(8,0,'no-dispatch-after-decline',4,3,5216553,'driver 3 declined request 4 at t=5.163123s and was shown it again at t=5.216553s');
INSERT INTO run_violation_examples VALUES(8,1,'exactly-once-dispatch',4,3,5216553,'request 4 was shown to driver 3 2 times (first at t=4.067779s, again at t=5.216553s)');
INSERT INTO run_violation_examples VALUES(8,2,'exactly-once-dispatch',6,2,9586810,'request 6 was shown to driver 2 2 times (first at t=7.008140s, again at t=9.586810s)');
INSERT INTO run_violation_examples VALUES(8,3,'legal-transitions',7,1,3465493,'request 7 went from ACCEPTED to DECLINED at t=3.465493s');
INSERT INTO run_violation_examples VALUES(8,4,'legal-transitions',1,2,5819576,'request 1 went from ACCEPTED to DECLINED at t=5.819576s');
INSERT INTO run_violation_examples VALUES(9,0,'legal-transitions',7,1,4086188,'request 7 went from ACCEPTED to DECLINED at t=4.086188s');
INSERT INTO run_violation_examples VALUES(9,1,'legal-transitions',6,2,9684068,'request 6 went from ACCEPTED to DECLINED at t=9.684068s');
INSERT INTO run_violation_examples VALUES(9,2,'legal-transitions',2,2,13105497,'request 2 went from ACCEPTED to DECLINED at t=13.105497s');
INSERT INTO run_violation_examples VALUES(11,0,'legal-transitions',2,4,6600927,'request 2 went from ACCEPTED to DECLINED at t=6.600927s');
INSERT INTO run_violation_examples VALUES(11,1,'legal-transitions',1,2,51888650,'request 1 went from ACCEPTED to DECLINED at t=51.888650s');
INSERT INTO run_violation_examples VALUES(11,2,'legal-transitions',8,2,54030456,'request 8 went from ACCEPTED to DECLINED at t=54.030456s');
INSERT INTO run_violation_examples VALUES(12,0,'no-dispatch-after-decline',5,2,37000000,'request 5 was declined by driver 4 at t=10.458492s, then a dispatch_log row committed for driver 2 at t=37.000000s (+26541508 us)');
INSERT INTO run_violation_examples VALUES(12,1,'no-dispatch-after-decline',5,2,37000000,'request 5 was declined by driver 4 at t=10.458492s, then a push was sent for driver 2 at t=37.000000s (+26541508 us)');
INSERT INTO run_violation_examples VALUES(12,2,'legal-transitions',7,3,15173565,'request 7 went from ACCEPTED to DECLINED at t=15.173565s');
INSERT INTO run_violation_examples VALUES(13,0,'no-dispatch-after-decline',2,2,1229100,'request 2 was declined by driver 3 at t=1.180717s, then a dispatch_log row committed for driver 2 at t=1.229100s (+48383 us)');
INSERT INTO run_violation_examples VALUES(13,1,'no-dispatch-after-decline',2,2,1229100,'request 2 was declined by driver 3 at t=1.180717s, then a push was sent for driver 2 at t=1.229100s (+48383 us)');
INSERT INTO run_violation_examples VALUES(14,0,'no-dispatch-after-decline',6,3,4891397,'driver 3 declined request 6 at t=4.866149s and was shown it again at t=4.891397s');
INSERT INTO run_violation_examples VALUES(14,1,'no-dispatch-after-decline',8,3,8613049,'driver 3 declined request 8 at t=8.585627s and was shown it again at t=8.613049s');
INSERT INTO run_violation_examples VALUES(14,2,'no-dispatch-after-decline',5,2,9799355,'driver 2 declined request 5 at t=9.773433s and was shown it again at t=9.799355s');
INSERT INTO run_violation_examples VALUES(14,3,'exactly-once-dispatch',5,2,9799355,'request 5 was shown to driver 2 2 times (first at t=8.086471s, again at t=9.799355s)');
INSERT INTO run_violation_examples VALUES(14,4,'exactly-once-dispatch',6,3,4891397,'request 6 was shown to driver 3 2 times (first at t=3.047811s, again at t=4.891397s)');
INSERT INTO run_violation_examples VALUES(14,5,'legal-transitions',8,3,8593331,'request 8 went from ACCEPTED to DECLINED at t=8.593331s');
INSERT INTO run_violation_examples VALUES(15,0,'legal-transitions',4,4,11659492,'request 4 went from ACCEPTED to DECLINED at t=11.659492s');
CREATE TABLE run_faults (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  fault TEXT NOT NULL,
  fired INTEGER NOT NULL,
  PRIMARY KEY (run_id, fault)
) WITHOUT ROWID;
INSERT INTO run_faults VALUES(2,'push-delay',1);
INSERT INTO run_faults VALUES(2,'push-drop',7);
INSERT INTO run_faults VALUES(2,'push-duplicate',1);
INSERT INTO run_faults VALUES(3,'process-crash',8);
INSERT INTO run_faults VALUES(5,'app-restart',2);
INSERT INTO run_faults VALUES(5,'push-delay',2);
INSERT INTO run_faults VALUES(5,'push-drop',3);
INSERT INTO run_faults VALUES(5,'push-duplicate',2);
INSERT INTO run_faults VALUES(6,'process-crash',9);
INSERT INTO run_faults VALUES(8,'push-delay',4);
INSERT INTO run_faults VALUES(8,'push-drop',1);
INSERT INTO run_faults VALUES(8,'push-duplicate',2);
INSERT INTO run_faults VALUES(9,'process-crash',5);
INSERT INTO run_faults VALUES(11,'app-restart',2);
INSERT INTO run_faults VALUES(11,'push-delay',2);
INSERT INTO run_faults VALUES(11,'push-drop',4);
INSERT INTO run_faults VALUES(12,'process-crash',7);
INSERT INTO run_faults VALUES(14,'push-delay',2);
INSERT INTO run_faults VALUES(14,'push-drop',3);
INSERT INTO run_faults VALUES(14,'push-duplicate',3);
INSERT INTO run_faults VALUES(15,'process-crash',6);
CREATE TABLE run_fault_plan (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  fault TEXT NOT NULL,
  rate REAL NOT NULL,
  magnitude_min_us INTEGER NOT NULL,
  magnitude_max_us INTEGER NOT NULL,
  PRIMARY KEY (run_id, fault)
) WITHOUT ROWID;
INSERT INTO run_fault_plan VALUES(2,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(2,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(2,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(2,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(3,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(5,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(5,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(5,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(5,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(6,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(8,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(8,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(8,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(8,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(9,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(11,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(11,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(11,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(11,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(12,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(14,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(14,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(14,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(14,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(15,'process-crash',0.010000000000000000208,0,0);
CREATE TABLE run_signatures (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  signature TEXT NOT NULL,
  root_cause TEXT NOT NULL,
  property TEXT NOT NULL,
  faults TEXT NOT NULL,
  event_kinds TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (run_id, signature)
) WITHOUT ROWID;
INSERT INTO run_signatures VALUES(2,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(2,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(3,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(5,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(5,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(5,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(5,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(6,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(6,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(8,'10fbfa769f5c4408','race-in-state-transitions','legal-transitions','push-drop','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(8,'562a23ba09b3a75d','race-in-state-transitions','legal-transitions','push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(8,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(8,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',2);
INSERT INTO run_signatures VALUES(9,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(11,'72bb8c62dedb0392','race-in-state-transitions','legal-transitions','push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(11,'f8667b061a6dc1b1','race-in-state-transitions','legal-transitions','push-drop+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(12,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(12,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(12,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(13,'0641f5ef348eb833','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(13,'f75ff5b68badf4e9','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(14,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(14,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(14,'9298571c2cb4ca66','race-in-state-transitions','no-dispatch-after-decline','push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(14,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(14,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(14,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(14,'d18d38c04e19b4c5','missing-idempotency-checks','exactly-once-dispatch','push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(15,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
CREATE TABLE sweep_completions (
  shard TEXT PRIMARY KEY,
  expected_runs INTEGER NOT NULL,
  completed_at TEXT NOT NULL
);
INSERT INTO sweep_completions VALUES('all',15,'2026-12-06T00:27:16Z');
CREATE TABLE run_tapes (
  run_id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  mutation TEXT NOT NULL,
  tape BLOB NOT NULL,
  options BLOB NOT NULL,
  features BLOB NOT NULL,
  positions BLOB NOT NULL,
  keys BLOB NOT NULL
);
CREATE TABLE shrunk_cases (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  property TEXT NOT NULL,
  budget INTEGER NOT NULL,
  source_trace_hash TEXT NOT NULL,
  scenario_toml TEXT NOT NULL,
  variant TEXT NOT NULL,
  seed INTEGER NOT NULL,
  size_before TEXT NOT NULL,
  size_after TEXT NOT NULL,
  runs_spent INTEGER NOT NULL,
  budget_exhausted INTEGER NOT NULL,
  PRIMARY KEY (run_id, property, budget)
) WITHOUT ROWID;
CREATE TABLE run_confirmations (
  run_id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  services TEXT NOT NULL,
  reproduced TEXT NOT NULL,
  not_reproduced TEXT NOT NULL,
  real_only TEXT NOT NULL,
  real_error TEXT NOT NULL,
  real_violations INTEGER NOT NULL,
  statements INTEGER NOT NULL,
  lock_waits INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  wall_time_us INTEGER NOT NULL,
  first_difference TEXT NOT NULL
);
CREATE INDEX runs_by_outcome ON runs (outcome, scenario, variant, seed);
CREATE INDEX run_signatures_by_signature ON run_signatures (signature, run_id);
COMMIT;
PRAGMA user_version=9;
