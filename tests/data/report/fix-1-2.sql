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
INSERT INTO runs VALUES(1,'decline-race','plan',1,'random',NULL,'1,2',100,'pass','',0,'',NULL,'66d2b1d1ae97600a',936,2174,18,10000000,22734,0.0,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(2,'push-chaos','plan',1,'random',NULL,'1,2',100,'violation','exactly-once-dispatch,liveness,no-dispatch-after-decline',5,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'4aba29e2f0a385f7',6476,12303,18,270000000,28580,0.0,8,16,16,16,10,4,3,0,1,20,0,0,0);
INSERT INTO runs VALUES(3,'worker-crash-restart','plan',1,'random',NULL,'1,2',100,'pass','',0,'process-crash:8',NULL,'1307954f177cc0eb',1201,1630,18,40000000,2390,0.0,8,16,14,14,14,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(4,'decline-race','plan',2,'random',NULL,'1,2',100,'pass','',0,'',NULL,'d24f1e4ae35cab2b',954,2189,18,10000000,2251,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(5,'push-chaos','plan',2,'random',NULL,'1,2',100,'violation','exactly-once-dispatch,liveness,no-dispatch-after-decline',6,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'c9040630d3610520',6510,12324,18,270000000,25584,0.0,8,16,16,16,13,5,2,0,1,20,0,0,0);
INSERT INTO runs VALUES(6,'worker-crash-restart','plan',2,'random',NULL,'1,2',100,'pass','',0,'process-crash:10',NULL,'65b13bd16861a71e',1046,1396,18,40000000,2306,0.0,8,16,15,15,15,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(7,'decline-race','plan',3,'random',NULL,'1,2',100,'pass','',0,'',NULL,'2252e297b1b950a9',947,2155,18,10000000,1863,0.0,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(8,'push-chaos','plan',3,'random',NULL,'1,2',100,'violation','exactly-once-dispatch,no-dispatch-after-decline',3,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'28b88a1cba40c9de',1202,1670,18,30000000,5119,0.0,8,16,16,16,17,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(9,'worker-crash-restart','plan',3,'random',NULL,'1,2',100,'pass','',0,'process-crash:5',NULL,'58a5b239f036a6d2',1196,1636,18,37000000,1953,0.0,8,16,15,15,15,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(10,'decline-race','plan',4,'random',NULL,'1,2',100,'pass','',0,'',NULL,'ec020a03840e342e',931,2113,18,10000000,1924,0.0,8,24,24,24,24,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(11,'push-chaos','plan',4,'random',NULL,'1,2',100,'violation','exactly-once-dispatch,liveness',6,'push-drop:4,push-delay:2,app-restart:2',NULL,'e20488cc5e4676ed',6515,12336,18,270000000,15748,0.0,8,16,16,16,10,4,2,0,2,24,0,0,0);
INSERT INTO runs VALUES(12,'worker-crash-restart','plan',4,'random',NULL,'1,2',100,'pass','',0,'process-crash:8',NULL,'c348cf1f19c07275',1108,1566,18,38000000,3277,0.0,8,16,16,16,16,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(13,'decline-race','plan',5,'random',NULL,'1,2',100,'pass','',0,'',NULL,'918247f944d77346',931,2123,18,10000000,1710,0.0,8,24,23,23,23,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(14,'push-chaos','plan',5,'random',NULL,'1,2',100,'violation','exactly-once-dispatch,liveness,no-dispatch-after-decline',9,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'61059001e239a91b',6526,12350,18,270000000,18816,0.0,8,16,16,16,16,5,2,0,1,20,0,0,0);
INSERT INTO runs VALUES(15,'worker-crash-restart','plan',5,'random',NULL,'1,2',100,'pass','',0,'process-crash:6',NULL,'1c03b1ee0349e933',1267,1678,18,41000000,3719,0.0,8,16,16,15,15,7,1,0,0,16,0,0,0);
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
INSERT INTO sweeps VALUES(1,'2c70f916056711fc','{"scenarios":[{"name":"decline-race","content_hash":"ae45d716d9e6cfcd"},{"name":"push-chaos","content_hash":"0ada1c5c40713ae5"},{"name":"worker-crash-restart","content_hash":"7b48b7a1b64ef790"}],"variants":["plan"],"seed_first":1,"seed_last":5,"strategy":"random","pct_depth":null,"fixes":"1,2","flag_percent":null}','decline-race,push-chaos,worker-crash-restart','plan',1,5,'random',NULL,'1,2',NULL,'all','2026-12-06T00:27:16Z');
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
INSERT INTO run_violations VALUES(2,'exactly-once-dispatch',3,0,1,2);
INSERT INTO run_violations VALUES(2,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(2,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(5,'exactly-once-dispatch',4,0,2,2);
INSERT INTO run_violations VALUES(5,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(5,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(8,'exactly-once-dispatch',2,0,2,0);
INSERT INTO run_violations VALUES(8,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(11,'exactly-once-dispatch',4,0,0,4);
INSERT INTO run_violations VALUES(11,'liveness',2,0,0,2);
INSERT INTO run_violations VALUES(14,'exactly-once-dispatch',5,0,3,2);
INSERT INTO run_violations VALUES(14,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(14,'no-dispatch-after-decline',3,0,3,0);
CREATE TABLE run_oracles (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  oracle TEXT NOT NULL,
  rows INTEGER NOT NULL,
  false_positive INTEGER NOT NULL,
  PRIMARY KEY (run_id, oracle)
) WITHOUT ROWID;
CREATE TABLE run_probes (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  probe TEXT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (run_id, probe)
) WITHOUT ROWID;
INSERT INTO run_probes VALUES(1,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(2,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(3,'stale-receipt-handle',15);
INSERT INTO run_probes VALUES(4,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(5,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(5,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(6,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(7,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(8,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(8,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(9,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(10,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(11,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(11,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(12,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(13,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(13,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(14,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(15,'stale-receipt-handle',16);
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
INSERT INTO run_violation_examples VALUES(2,2,'exactly-once-dispatch',6,2,2600000,'the offer of request 6 to driver 2 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(2,3,'exactly-once-dispatch',6,4,2600000,'the offer of request 6 to driver 4 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(2,4,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(5,0,'no-dispatch-after-decline',4,2,10813513,'driver 2 declined request 4 at t=10.770565s and was shown it again at t=10.813513s');
INSERT INTO run_violation_examples VALUES(5,1,'exactly-once-dispatch',3,3,6197739,'request 3 was shown to driver 3 2 times (first at t=4.196077s, again at t=6.197739s)');
INSERT INTO run_violation_examples VALUES(5,2,'exactly-once-dispatch',4,2,10813513,'request 4 was shown to driver 2 2 times (first at t=8.952453s, again at t=10.813513s)');
INSERT INTO run_violation_examples VALUES(5,3,'exactly-once-dispatch',6,1,3400000,'the offer of request 6 to driver 1 (made at t=3.400000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(5,4,'exactly-once-dispatch',6,2,3400000,'the offer of request 6 to driver 2 (made at t=3.400000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(5,5,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(8,0,'no-dispatch-after-decline',4,3,5216553,'driver 3 declined request 4 at t=5.163123s and was shown it again at t=5.216553s');
INSERT INTO run_violation_examples VALUES(8,1,'exactly-once-dispatch',4,3,5216553,'request 4 was shown to driver 3 2 times (first at t=4.067779s, again at t=5.216553s)');
INSERT INTO run_violation_examples VALUES(8,2,'exactly-once-dispatch',6,2,9586810,'request 6 was shown to driver 2 2 times (first at t=7.008140s, again at t=9.586810s)');
INSERT INTO run_violation_examples VALUES(11,0,'exactly-once-dispatch',1,2,4800000,'the offer of request 1 to driver 2 (made at t=4.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(11,1,'exactly-once-dispatch',1,3,4800000,'the offer of request 1 to driver 3 (made at t=4.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(11,2,'exactly-once-dispatch',8,2,4200000,'the offer of request 8 to driver 2 (made at t=4.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(11,3,'exactly-once-dispatch',8,4,4200000,'the offer of request 8 to driver 4 (made at t=4.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(11,4,'liveness',1,0,270000000,'request 1 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(14,0,'no-dispatch-after-decline',6,3,4891397,'driver 3 declined request 6 at t=4.866149s and was shown it again at t=4.891397s');
INSERT INTO run_violation_examples VALUES(14,1,'no-dispatch-after-decline',8,3,8613049,'driver 3 declined request 8 at t=8.585627s and was shown it again at t=8.613049s');
INSERT INTO run_violation_examples VALUES(14,2,'no-dispatch-after-decline',5,2,9799355,'driver 2 declined request 5 at t=9.773433s and was shown it again at t=9.799355s');
INSERT INTO run_violation_examples VALUES(14,3,'exactly-once-dispatch',5,2,9799355,'request 5 was shown to driver 2 2 times (first at t=8.086471s, again at t=9.799355s)');
INSERT INTO run_violation_examples VALUES(14,4,'exactly-once-dispatch',6,3,4891397,'request 6 was shown to driver 3 2 times (first at t=3.047811s, again at t=4.891397s)');
INSERT INTO run_violation_examples VALUES(14,5,'liveness',4,0,270000000,'request 4 is still SEARCHING at the end of the heal window (t=270.000000s)');
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
INSERT INTO run_faults VALUES(6,'process-crash',10);
INSERT INTO run_faults VALUES(8,'push-delay',4);
INSERT INTO run_faults VALUES(8,'push-drop',1);
INSERT INTO run_faults VALUES(8,'push-duplicate',2);
INSERT INTO run_faults VALUES(9,'process-crash',5);
INSERT INTO run_faults VALUES(11,'app-restart',2);
INSERT INTO run_faults VALUES(11,'push-delay',2);
INSERT INTO run_faults VALUES(11,'push-drop',4);
INSERT INTO run_faults VALUES(12,'process-crash',8);
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
INSERT INTO run_signatures VALUES(2,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(2,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(2,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(5,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(5,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(5,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(5,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(5,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(8,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(8,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',2);
INSERT INTO run_signatures VALUES(11,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',4);
INSERT INTO run_signatures VALUES(11,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',2);
INSERT INTO run_signatures VALUES(14,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(14,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(14,'9298571c2cb4ca66','race-in-state-transitions','no-dispatch-after-decline','push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(14,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(14,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(14,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(14,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(14,'d18d38c04e19b4c5','missing-idempotency-checks','exactly-once-dispatch','push-duplicate','shown',1);
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
