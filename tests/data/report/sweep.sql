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
INSERT INTO runs VALUES(1,'decline-race','legacy',1,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'ba69b950ed2defe2',699,1978,18,10000000,37077,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(2,'decline-race','plan',1,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'18d2fa69983ddb86',1006,2216,18,10000000,14626,0.0,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(3,'push-chaos','plan',1,'random',NULL,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'eb8916c61c23d640',6024,11306,18,270000000,58067,0.0,8,16,16,16,9,5,2,0,1,20,0,0,0);
INSERT INTO runs VALUES(4,'push-chaos','hardened',1,'random',NULL,NULL,NULL,'pass','',0,'push-drop:11,push-duplicate:4,push-delay:4,app-restart:3',NULL,'aee5575d66f2c239',1634,2409,20,30000000,32161,0.0,8,16,16,30,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(5,'worker-crash-restart','legacy',1,'random',NULL,NULL,NULL,'violation','legal-transitions',2,'process-crash:8',NULL,'cc695e9be90628f7',810,1179,18,30000000,9207,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(6,'worker-crash-restart','plan',1,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:8',NULL,'721d12ddf3255b35',895,1002,18,30000000,8691,0.0,8,16,16,16,16,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(7,'worker-crash-restart','hardened',1,'random',NULL,NULL,NULL,'pass','',0,'process-crash:11',NULL,'5380a6d0ee62a085',1524,2315,20,40000000,40452,0.0,8,16,14,15,12,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(8,'decline-race','hardened',1,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'75b563506e4baadf',1199,4849,20,10000000,131906,0.0,8,24,24,24,16,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(9,'decline-race','legacy',2,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'e4638cf150155093',705,1952,18,10000000,16521,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(10,'decline-race','plan',2,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'3754742e0844beb7',1002,2185,18,10000000,8241,0.0,8,24,24,24,24,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(11,'push-chaos','legacy',2,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',5,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'45bf1349fba54562',1583,2673,18,53000000,13759,0.0,8,16,18,18,15,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(12,'push-chaos','plan',2,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'b58572ea2f79785b',1180,1572,18,30000000,16723,0.0,8,16,16,16,12,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(13,'push-chaos','legacy',1,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'284ff1fce366703c',1513,2524,18,51000000,66399,0.0,8,16,18,18,12,5,3,0,0,18,0,0,0);
INSERT INTO runs VALUES(14,'push-chaos','hardened',2,'random',NULL,NULL,NULL,'pass','',0,'push-drop:4,push-duplicate:3,push-delay:3,app-restart:3',NULL,'9256f85e974255ec',1673,2629,20,30000000,23984,0.0,8,16,16,28,11,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(15,'worker-crash-restart','legacy',2,'random',NULL,NULL,NULL,'violation','legal-transitions',4,'process-crash:9',NULL,'0cbbb5d267c872e8',921,1368,18,41000000,14967,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(16,'decline-race','hardened',2,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'b15184c7a12c0431',1153,4707,20,10000000,42820,0.0,8,24,24,24,11,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(17,'worker-crash-restart','hardened',2,'random',NULL,NULL,NULL,'pass','',0,'process-crash:15',NULL,'443507dfd6f657f2',1135,1665,20,31000000,48120,0.0,8,15,15,12,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(18,'decline-race','legacy',3,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'e66b305fd6797bd7',697,2063,18,10000000,16723,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(19,'decline-race','hardened',3,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'c0817c9089a433e3',1181,4814,20,10000000,23447,0.0,8,24,24,24,15,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(20,'push-chaos','legacy',3,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',6,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'fb73ade71cfc8d5d',1054,1670,18,30000000,16941,0.0,8,16,16,16,17,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(21,'push-chaos','plan',3,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'05c95b52fb3d3bce',1201,1695,18,30000000,8928,0.0,8,16,16,16,15,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(22,'push-chaos','hardened',3,'random',NULL,NULL,NULL,'pass','',0,'push-drop:3,push-duplicate:5,push-delay:7,app-restart:4',NULL,'aff667538c789510',1816,3003,20,30000000,36309,0.0,8,16,16,32,12,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(23,'worker-crash-restart','plan',2,'random',NULL,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness,no-message-lost',6,'process-crash:11',NULL,'efdd5297a6f68be6',5743,10797,18,270000000,165335,0.0,8,16,14,13,13,3,4,0,1,20,0,0,1);
INSERT INTO runs VALUES(24,'worker-crash-restart','legacy',3,'random',NULL,NULL,NULL,'violation','legal-transitions',3,'process-crash:5',NULL,'868ce2a4354c792c',853,1320,18,30000000,10875,0.0,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(25,'worker-crash-restart','plan',3,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:6',NULL,'db76aa1f590dcf0c',1044,1371,18,30000000,17461,0.0,8,16,16,16,16,3,5,0,0,16,0,0,0);
INSERT INTO runs VALUES(26,'decline-race','legacy',4,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'4944d77a5a65d3a6',700,1998,18,10000000,8148,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(27,'decline-race','plan',3,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'65b34d7e881bb416',1002,2201,18,10000000,54529,0.0,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(28,'decline-race','plan',4,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'ba8646e136824dbc',1006,2186,18,10000000,15593,0.0,8,24,24,24,24,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(29,'decline-race','hardened',4,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'e64bb2813d5a3153',1086,4250,20,10000000,20711,0.0,8,24,24,24,13,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(30,'push-chaos','plan',4,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:4,push-delay:2,app-restart:2',NULL,'05112e7ea2bb435c',1192,1523,18,30000000,17047,0.0,8,16,16,16,11,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(31,'worker-crash-restart','hardened',3,'random',NULL,NULL,NULL,'pass','',0,'process-crash:11',NULL,'bd41b4fa51bced33',1361,2103,20,34000000,62522,0.0,8,16,15,18,14,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(32,'push-chaos','hardened',4,'random',NULL,NULL,NULL,'pass','',0,'push-drop:6,push-delay:3,app-restart:2',NULL,'3318b00a8217eb6f',1614,2523,20,30000000,21848,0.0,8,16,16,27,13,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(33,'worker-crash-restart','legacy',4,'random',NULL,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',3,'process-crash:7',NULL,'9c98233464f5e8d7',995,1619,18,40000000,16102,0.0,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(34,'push-chaos','legacy',4,'random',NULL,NULL,NULL,'violation','legal-transitions',3,'push-drop:4,push-delay:2,app-restart:2',NULL,'238f2a825ff22963',1639,2723,18,55000000,68759,0.0,8,16,20,20,14,7,1,0,0,20,0,0,0);
INSERT INTO runs VALUES(35,'worker-crash-restart','hardened',4,'random',NULL,NULL,NULL,'pass','',0,'process-crash:14',NULL,'164b9003ca14f9de',2099,3696,20,51000000,31027,0.0,8,16,14,20,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(36,'decline-race','legacy',5,'random',NULL,NULL,NULL,'violation','no-dispatch-after-decline',2,'',NULL,'9f71d613f1bc6253',706,1945,18,10000000,11864,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(37,'worker-crash-restart','plan',4,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:6',NULL,'02ec55830b6007bc',1236,1716,18,44000000,59584,0.0,8,16,15,15,15,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(38,'decline-race','hardened',5,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'9676869d6ceaf6e7',1180,4872,20,10000000,11330,0.0,8,24,24,24,14,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(39,'push-chaos','legacy',5,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',8,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'9504631fbe6a2e2c',1571,2654,18,52000000,25058,0.0,8,16,18,18,18,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(40,'decline-race','plan',5,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'34d511d6c8a7ce4b',1013,2217,18,10000000,22959,0.0,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(41,'push-chaos','hardened',5,'random',NULL,NULL,NULL,'pass','',0,'push-drop:4,push-duplicate:7,push-delay:3,app-restart:3',NULL,'474d853aab0eda49',1661,2594,20,30000000,26167,0.0,8,16,16,26,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(42,'worker-crash-restart','legacy',5,'random',NULL,NULL,NULL,'violation','legal-transitions',1,'process-crash:6',NULL,'54040b4caf531fcd',861,1204,18,30000000,7636,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(43,'push-chaos','plan',5,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'c0496b80a38b8f9b',1215,1595,18,30000000,42017,0.0,8,16,16,16,13,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(44,'worker-crash-restart','hardened',5,'random',NULL,NULL,NULL,'pass','',0,'process-crash:9',NULL,'5d174b005fc9f942',1738,2882,20,44000000,30129,0.0,8,16,16,18,15,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(45,'decline-race','legacy',6,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'cecdd13949d566ea',702,1976,18,10000000,12418,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(46,'worker-crash-restart','plan',5,'random',NULL,'1,2,3,4,5',100,'violation','no-message-lost',1,'process-crash:6',NULL,'f0ea8fde5e24ff3b',1209,1658,18,39000000,41684,0.0,8,16,15,15,15,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(47,'decline-race','hardened',6,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'4a6c279d2bd8c8b7',1213,4861,20,10000000,28410,0.0,8,24,24,24,18,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(48,'decline-race','plan',6,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'c06f281aeaf5e5e9',1018,2212,18,10000000,31677,0.0,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(49,'push-chaos','legacy',6,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',3,'push-drop:6,push-duplicate:1,push-delay:3',NULL,'0c560b1f5089cc86',1551,2554,18,52000000,29869,0.0,8,16,18,18,13,8,0,0,0,18,0,0,0);
INSERT INTO runs VALUES(50,'push-chaos','hardened',6,'random',NULL,NULL,NULL,'pass','',0,'push-drop:9,push-duplicate:1,push-delay:4,app-restart:1',NULL,'09f91b2add1e961d',1582,2398,20,30000000,10310,0.0,8,16,16,25,10,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(51,'worker-crash-restart','plan',6,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:4',NULL,'3198401c70785114',1135,1558,18,31000000,19596,0.0,8,16,15,15,15,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(52,'worker-crash-restart','hardened',6,'random',NULL,NULL,NULL,'pass','',0,'process-crash:8',NULL,'780e8b1eab04757e',1334,2028,20,31000000,19805,0.0,8,16,16,16,12,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(53,'decline-race','legacy',7,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'c59fc5ba84dda22a',702,1968,18,10000000,8150,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(54,'decline-race','plan',7,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'8158fe01da804272',1019,2185,18,10000000,3850,0.0,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(55,'decline-race','hardened',7,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'b55b3fc0a2fe9dd8',1132,4345,20,10000000,14201,0.0,8,24,24,24,18,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(56,'push-chaos','legacy',7,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:4,push-duplicate:1,push-delay:3,app-restart:3',NULL,'ebd66a506c4695f0',1549,2556,18,50000000,10092,0.0,8,16,20,20,16,8,0,0,0,20,0,0,0);
INSERT INTO runs VALUES(57,'push-chaos','plan',6,'random',NULL,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:6,push-duplicate:1,push-delay:3',NULL,'3202a02f3259dec2',6046,11371,18,270000000,157551,0.0,8,16,16,16,10,6,1,0,1,20,0,0,0);
INSERT INTO runs VALUES(58,'worker-crash-restart','legacy',6,'random',NULL,NULL,NULL,'violation','legal-transitions',1,'process-crash:3',NULL,'661b938ffc920aa3',954,1547,18,30000000,10067,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(59,'worker-crash-restart','legacy',7,'random',NULL,NULL,NULL,'pass','',0,'process-crash:6',NULL,'5ec2e1155ca0f391',1133,1743,18,42000000,17468,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(60,'worker-crash-restart','plan',7,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:8',NULL,'eb7ecc237eabefe5',1172,1515,18,42000000,21970,0.0,8,16,15,15,15,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(61,'push-chaos','plan',7,'random',NULL,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',9,'push-drop:4,push-duplicate:1,push-delay:3,app-restart:3',NULL,'678196588aae48e0',6101,11396,18,270000000,81314,0.0,8,16,16,16,9,4,1,0,3,28,0,0,0);
INSERT INTO runs VALUES(62,'worker-crash-restart','hardened',7,'random',NULL,NULL,NULL,'pass','',0,'process-crash:13',NULL,'7e1f58111db77857',1189,1742,20,36000000,19844,0.0,8,16,15,15,11,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(63,'push-chaos','hardened',7,'random',NULL,NULL,NULL,'pass','',0,'push-drop:10,push-duplicate:7,push-delay:7,app-restart:4',NULL,'400621dccb238d08',1789,2718,20,30000000,19640,0.0,8,16,16,39,10,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(64,'decline-race','legacy',8,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'e2a90a21fed52967',707,1970,18,10000000,12447,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(65,'decline-race','plan',8,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'2be4db139a981c75',1008,2247,18,10000000,20622,0.0,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(66,'decline-race','hardened',8,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'4e28a2a4a3d4cf66',1176,4817,20,10000000,29001,0.0,8,24,24,24,14,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(67,'push-chaos','legacy',8,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions',4,'push-drop:5,push-duplicate:2,push-delay:1,app-restart:2',NULL,'9b577005023a3144',1533,2567,18,51000000,21850,0.0,8,16,18,18,14,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(68,'push-chaos','plan',8,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:5,push-duplicate:2,push-delay:1,app-restart:1',NULL,'ef12e73cee2ac7a1',1181,1554,18,30000000,20878,0.0,8,16,16,16,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(69,'push-chaos','hardened',8,'random',NULL,NULL,NULL,'pass','',0,'push-drop:5,push-duplicate:2,push-delay:3,app-restart:2',NULL,'c41cb1b5c6b5bfee',1567,2405,20,30000000,22609,0.0,8,16,16,23,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(70,'worker-crash-restart','legacy',8,'random',NULL,NULL,NULL,'violation','legal-transitions',1,'process-crash:4',NULL,'ef181995918c46d9',1162,1833,18,41000000,19895,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(71,'worker-crash-restart','plan',8,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:5',NULL,'918cbef7fead75d8',1270,1792,18,40000000,17803,0.0,8,16,15,14,14,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(72,'worker-crash-restart','hardened',8,'random',NULL,NULL,NULL,'pass','',0,'process-crash:8',NULL,'0d3863b0095e3f7c',1583,2559,20,33000000,28984,0.0,8,16,15,21,13,5,3,0,0,16,0,0,0);
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
INSERT INTO sweeps VALUES(1,'ffd7401a5bbbac5f','{"scenarios":[{"name":"decline-race","content_hash":"ae45d716d9e6cfcd"},{"name":"push-chaos","content_hash":"0ada1c5c40713ae5"},{"name":"worker-crash-restart","content_hash":"7b48b7a1b64ef790"}],"variants":["legacy","plan","hardened"],"seed_first":1,"seed_last":8,"strategy":"random","pct_depth":null,"fixes":null,"flag_percent":null}','decline-race,push-chaos,worker-crash-restart','legacy,plan,hardened',1,8,'random',NULL,NULL,NULL,'all','2026-12-05T21:33:54Z');
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
INSERT INTO run_violations VALUES(3,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(3,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(5,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(11,'exactly-once-dispatch',2,2,0,0);
INSERT INTO run_violations VALUES(11,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(11,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(13,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(13,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(15,'legal-transitions',4,0,4,0);
INSERT INTO run_violations VALUES(20,'exactly-once-dispatch',2,0,2,0);
INSERT INTO run_violations VALUES(20,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(20,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(23,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(23,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(23,'no-message-lost',3,0,0,3);
INSERT INTO run_violations VALUES(24,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(33,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(33,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(34,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(36,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(39,'exactly-once-dispatch',3,3,0,0);
INSERT INTO run_violations VALUES(39,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(39,'no-dispatch-after-decline',3,0,3,0);
INSERT INTO run_violations VALUES(42,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(46,'no-message-lost',1,0,0,1);
INSERT INTO run_violations VALUES(49,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(49,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(49,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(56,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(56,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(57,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(57,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(58,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(61,'exactly-once-dispatch',6,0,0,6);
INSERT INTO run_violations VALUES(61,'liveness',3,0,0,3);
INSERT INTO run_violations VALUES(67,'exactly-once-dispatch',2,2,0,0);
INSERT INTO run_violations VALUES(67,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(70,'legal-transitions',1,0,1,0);
CREATE TABLE run_oracles (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  oracle TEXT NOT NULL,
  rows INTEGER NOT NULL,
  false_positive INTEGER NOT NULL,
  PRIMARY KEY (run_id, oracle)
) WITHOUT ROWID;
INSERT INTO run_oracles VALUES(11,'metric-1',2,0);
INSERT INTO run_oracles VALUES(11,'step-2',2,0);
INSERT INTO run_oracles VALUES(13,'metric-1',2,0);
INSERT INTO run_oracles VALUES(13,'step-2',2,0);
INSERT INTO run_oracles VALUES(34,'metric-1',4,1);
INSERT INTO run_oracles VALUES(34,'step-2',4,1);
INSERT INTO run_oracles VALUES(39,'metric-1',2,0);
INSERT INTO run_oracles VALUES(39,'step-2',2,0);
INSERT INTO run_oracles VALUES(49,'metric-1',2,0);
INSERT INTO run_oracles VALUES(49,'step-2',2,0);
INSERT INTO run_oracles VALUES(56,'metric-1',4,0);
INSERT INTO run_oracles VALUES(56,'step-2',4,0);
INSERT INTO run_oracles VALUES(67,'metric-1',2,0);
INSERT INTO run_oracles VALUES(67,'step-2',2,0);
CREATE TABLE run_probes (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  probe TEXT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (run_id, probe)
) WITHOUT ROWID;
INSERT INTO run_probes VALUES(2,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(3,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(3,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(4,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(4,'push-delivered-after-decline',6);
INSERT INTO run_probes VALUES(6,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(7,'offer-suppressed-by-app',3);
INSERT INTO run_probes VALUES(8,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(10,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(11,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(12,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(12,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(14,'offer-suppressed-by-app',14);
INSERT INTO run_probes VALUES(14,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(16,'offer-suppressed-by-app',13);
INSERT INTO run_probes VALUES(17,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(19,'offer-suppressed-by-app',9);
INSERT INTO run_probes VALUES(20,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(21,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(21,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(21,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(22,'offer-suppressed-by-app',19);
INSERT INTO run_probes VALUES(22,'push-delivered-after-decline',5);
INSERT INTO run_probes VALUES(23,'stale-receipt-handle',19);
INSERT INTO run_probes VALUES(25,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(27,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(28,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(29,'offer-suppressed-by-app',11);
INSERT INTO run_probes VALUES(30,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(30,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(31,'offer-suppressed-by-app',4);
INSERT INTO run_probes VALUES(32,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(33,'decline-between-check-and-dispatch',1);
INSERT INTO run_probes VALUES(33,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(34,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(35,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(36,'dispatch-from-stale-read',1);
INSERT INTO run_probes VALUES(36,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(37,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(38,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(40,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(41,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(41,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(43,'offer-suppressed-by-app',3);
INSERT INTO run_probes VALUES(43,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(44,'offer-suppressed-by-app',3);
INSERT INTO run_probes VALUES(46,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(47,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(48,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(49,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(50,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(50,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(51,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(52,'offer-suppressed-by-app',4);
INSERT INTO run_probes VALUES(54,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(55,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(56,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(57,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(57,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(57,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(60,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(61,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(61,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(61,'stale-receipt-handle',28);
INSERT INTO run_probes VALUES(62,'offer-suppressed-by-app',4);
INSERT INTO run_probes VALUES(63,'offer-suppressed-by-app',23);
INSERT INTO run_probes VALUES(63,'push-delivered-after-decline',7);
INSERT INTO run_probes VALUES(65,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(66,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(67,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(68,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(68,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(68,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(69,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(69,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(71,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(72,'offer-suppressed-by-app',8);
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
INSERT INTO run_violation_examples VALUES(3,0,'exactly-once-dispatch',6,2,2600000,'the offer of request 6 to driver 2 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(3,1,'exactly-once-dispatch',6,4,2600000,'the offer of request 6 to driver 4 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(3,2,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(5,0,'legal-transitions',1,2,4761421,'request 1 went from ACCEPTED to DECLINED at t=4.761421s');
INSERT INTO run_violation_examples VALUES(5,1,'legal-transitions',2,1,11644070,'request 2 went from ACCEPTED to DECLINED at t=11.644070s');
INSERT INTO run_violation_examples VALUES(11,0,'no-dispatch-after-decline',4,2,10813513,'driver 2 declined request 4 at t=10.770565s and was shown it again at t=10.813513s');
INSERT INTO run_violation_examples VALUES(11,1,'exactly-once-dispatch',3,3,6197739,'request 3 was shown to driver 3 2 times (first at t=4.196077s, again at t=6.197739s)');
INSERT INTO run_violation_examples VALUES(11,2,'exactly-once-dispatch',4,2,10813513,'request 4 was shown to driver 2 2 times (first at t=8.952453s, again at t=10.813513s)');
INSERT INTO run_violation_examples VALUES(11,3,'legal-transitions',3,2,6928102,'request 3 went from ACCEPTED to DECLINED at t=6.928102s');
INSERT INTO run_violation_examples VALUES(11,4,'legal-transitions',6,1,52090819,'request 6 went from ACCEPTED to DECLINED at t=52.090819s');
INSERT INTO run_violation_examples VALUES(13,0,'no-dispatch-after-decline',8,1,2816114,'driver 1 declined request 8 at t=2.807237s and was shown it again at t=2.816114s');
INSERT INTO run_violation_examples VALUES(13,1,'exactly-once-dispatch',8,1,2816114,'request 8 was shown to driver 1 2 times (first at t=1.207501s, again at t=2.816114s)');
INSERT INTO run_violation_examples VALUES(15,0,'legal-transitions',5,1,4853505,'request 5 went from ACCEPTED to DECLINED at t=4.853505s');
INSERT INTO run_violation_examples VALUES(15,1,'legal-transitions',8,2,12959357,'request 8 went from ACCEPTED to DECLINED at t=12.959357s');
INSERT INTO run_violation_examples VALUES(15,2,'legal-transitions',2,1,14839028,'request 2 went from ACCEPTED to DECLINED at t=14.839028s');
INSERT INTO run_violation_examples VALUES(15,3,'legal-transitions',6,3,40742145,'request 6 went from ACCEPTED to DECLINED at t=40.742145s');
INSERT INTO run_violation_examples VALUES(20,0,'no-dispatch-after-decline',4,3,5216553,'driver 3 declined request 4 at t=5.163123s and was shown it again at t=5.216553s');
INSERT INTO run_violation_examples VALUES(20,1,'exactly-once-dispatch',4,3,5216553,'request 4 was shown to driver 3 2 times (first at t=4.067779s, again at t=5.216553s)');
INSERT INTO run_violation_examples VALUES(20,2,'exactly-once-dispatch',6,2,9586810,'request 6 was shown to driver 2 2 times (first at t=7.008140s, again at t=9.586810s)');
INSERT INTO run_violation_examples VALUES(20,3,'legal-transitions',7,1,3465493,'request 7 went from ACCEPTED to DECLINED at t=3.465493s');
INSERT INTO run_violation_examples VALUES(20,4,'legal-transitions',1,2,5819576,'request 1 went from ACCEPTED to DECLINED at t=5.819576s');
INSERT INTO run_violation_examples VALUES(23,0,'exactly-once-dispatch',5,1,400000,'the offer of request 5 to driver 1 (made at t=0.400000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(23,1,'exactly-once-dispatch',5,2,400000,'the offer of request 5 to driver 2 (made at t=0.400000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(23,2,'no-message-lost',5,2,5500000,'dispatch message 2 (sent at t=0.500000s, received 1 times): a consumer deleted it at t=5.500000s while request 5 was open, and the offer to driver 2 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(23,3,'no-message-lost',5,2,44300000,'dispatch message 18 (sent at t=44.300000s, received 1 times): a consumer deleted it at t=44.300000s while request 5 was open, and the offer to driver 2 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(23,4,'no-message-lost',5,2,89100000,'dispatch message 20 (sent at t=89.100000s, received 1 times): a consumer deleted it at t=89.100000s while request 5 was open, and the offer to driver 2 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(23,5,'liveness',5,0,270000000,'request 5 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(24,0,'legal-transitions',7,1,4086188,'request 7 went from ACCEPTED to DECLINED at t=4.086188s');
INSERT INTO run_violation_examples VALUES(24,1,'legal-transitions',6,2,9684068,'request 6 went from ACCEPTED to DECLINED at t=9.684068s');
INSERT INTO run_violation_examples VALUES(24,2,'legal-transitions',2,2,13105497,'request 2 went from ACCEPTED to DECLINED at t=13.105497s');
INSERT INTO run_violation_examples VALUES(33,0,'no-dispatch-after-decline',5,2,37000000,'request 5 was declined by driver 4 at t=10.458492s, then a dispatch_log row committed for driver 2 at t=37.000000s (+26541508 us)');
INSERT INTO run_violation_examples VALUES(33,1,'no-dispatch-after-decline',5,2,37000000,'request 5 was declined by driver 4 at t=10.458492s, then a push was sent for driver 2 at t=37.000000s (+26541508 us)');
INSERT INTO run_violation_examples VALUES(33,2,'legal-transitions',7,3,15173565,'request 7 went from ACCEPTED to DECLINED at t=15.173565s');
INSERT INTO run_violation_examples VALUES(34,0,'legal-transitions',2,4,6600927,'request 2 went from ACCEPTED to DECLINED at t=6.600927s');
INSERT INTO run_violation_examples VALUES(34,1,'legal-transitions',1,2,51888650,'request 1 went from ACCEPTED to DECLINED at t=51.888650s');
INSERT INTO run_violation_examples VALUES(34,2,'legal-transitions',8,2,54030456,'request 8 went from ACCEPTED to DECLINED at t=54.030456s');
INSERT INTO run_violation_examples VALUES(36,0,'no-dispatch-after-decline',2,2,1229100,'request 2 was declined by driver 3 at t=1.180717s, then a dispatch_log row committed for driver 2 at t=1.229100s (+48383 us)');
INSERT INTO run_violation_examples VALUES(36,1,'no-dispatch-after-decline',2,2,1229100,'request 2 was declined by driver 3 at t=1.180717s, then a push was sent for driver 2 at t=1.229100s (+48383 us)');
INSERT INTO run_violation_examples VALUES(39,0,'no-dispatch-after-decline',6,3,4891397,'driver 3 declined request 6 at t=4.866149s and was shown it again at t=4.891397s');
INSERT INTO run_violation_examples VALUES(39,1,'no-dispatch-after-decline',8,3,8613049,'driver 3 declined request 8 at t=8.585627s and was shown it again at t=8.613049s');
INSERT INTO run_violation_examples VALUES(39,2,'no-dispatch-after-decline',5,2,9799355,'driver 2 declined request 5 at t=9.773433s and was shown it again at t=9.799355s');
INSERT INTO run_violation_examples VALUES(39,3,'exactly-once-dispatch',5,2,9799355,'request 5 was shown to driver 2 2 times (first at t=8.086471s, again at t=9.799355s)');
INSERT INTO run_violation_examples VALUES(39,4,'exactly-once-dispatch',6,3,4891397,'request 6 was shown to driver 3 2 times (first at t=3.047811s, again at t=4.891397s)');
INSERT INTO run_violation_examples VALUES(39,5,'legal-transitions',8,3,8593331,'request 8 went from ACCEPTED to DECLINED at t=8.593331s');
INSERT INTO run_violation_examples VALUES(42,0,'legal-transitions',4,4,11659492,'request 4 went from ACCEPTED to DECLINED at t=11.659492s');
INSERT INTO run_violation_examples VALUES(46,0,'no-message-lost',8,2,36900000,'dispatch message 15 (sent at t=6.900000s, received 2 times): a consumer deleted it at t=36.900000s while request 8 was open, and the offer to driver 2 was never made before the request closed at t=38.380252s (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(49,0,'no-dispatch-after-decline',6,4,17159650,'driver 4 declined request 6 at t=7.581501s and was shown it again at t=17.159650s');
INSERT INTO run_violation_examples VALUES(49,1,'exactly-once-dispatch',6,4,17159650,'request 6 was shown to driver 4 2 times (first at t=5.271225s, again at t=17.159650s)');
INSERT INTO run_violation_examples VALUES(49,2,'legal-transitions',4,2,7377229,'request 4 went from ACCEPTED to DECLINED at t=7.377229s');
INSERT INTO run_violation_examples VALUES(56,0,'no-dispatch-after-decline',5,4,5787026,'driver 4 declined request 5 at t=5.753987s and was shown it again at t=5.787026s');
INSERT INTO run_violation_examples VALUES(56,1,'exactly-once-dispatch',5,4,5787026,'request 5 was shown to driver 4 2 times (first at t=4.014506s, again at t=5.787026s)');
INSERT INTO run_violation_examples VALUES(57,0,'exactly-once-dispatch',3,1,4000000,'the offer of request 3 to driver 1 (made at t=4.000000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(57,1,'exactly-once-dispatch',3,4,4000000,'the offer of request 3 to driver 4 (made at t=4.000000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(57,2,'liveness',3,0,270000000,'request 3 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(58,0,'legal-transitions',4,3,10632040,'request 4 went from ACCEPTED to DECLINED at t=10.632040s');
INSERT INTO run_violation_examples VALUES(61,0,'exactly-once-dispatch',2,1,3200000,'the offer of request 2 to driver 1 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(61,1,'exactly-once-dispatch',2,4,3200000,'the offer of request 2 to driver 4 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(61,2,'exactly-once-dispatch',6,1,800000,'the offer of request 6 to driver 1 (made at t=0.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(61,3,'exactly-once-dispatch',6,4,800000,'the offer of request 6 to driver 4 (made at t=0.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(61,4,'exactly-once-dispatch',7,1,2600000,'the offer of request 7 to driver 1 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(61,5,'liveness',2,0,270000000,'request 2 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(67,0,'exactly-once-dispatch',4,3,4622803,'request 4 was shown to driver 3 2 times (first at t=3.104592s, again at t=4.622803s)');
INSERT INTO run_violation_examples VALUES(67,1,'exactly-once-dispatch',6,4,5528393,'request 6 was shown to driver 4 2 times (first at t=4.763637s, again at t=5.528393s)');
INSERT INTO run_violation_examples VALUES(67,2,'legal-transitions',6,4,7156170,'request 6 went from ACCEPTED to DECLINED at t=7.156170s');
INSERT INTO run_violation_examples VALUES(67,3,'legal-transitions',2,4,50877393,'request 2 went from ACCEPTED to DECLINED at t=50.877393s');
INSERT INTO run_violation_examples VALUES(70,0,'legal-transitions',6,1,4872225,'request 6 went from ACCEPTED to DECLINED at t=4.872225s');
CREATE TABLE run_faults (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  fault TEXT NOT NULL,
  fired INTEGER NOT NULL,
  PRIMARY KEY (run_id, fault)
) WITHOUT ROWID;
INSERT INTO run_faults VALUES(3,'push-delay',1);
INSERT INTO run_faults VALUES(3,'push-drop',7);
INSERT INTO run_faults VALUES(3,'push-duplicate',1);
INSERT INTO run_faults VALUES(4,'app-restart',3);
INSERT INTO run_faults VALUES(4,'push-delay',4);
INSERT INTO run_faults VALUES(4,'push-drop',11);
INSERT INTO run_faults VALUES(4,'push-duplicate',4);
INSERT INTO run_faults VALUES(5,'process-crash',8);
INSERT INTO run_faults VALUES(6,'process-crash',8);
INSERT INTO run_faults VALUES(7,'process-crash',11);
INSERT INTO run_faults VALUES(11,'app-restart',2);
INSERT INTO run_faults VALUES(11,'push-delay',2);
INSERT INTO run_faults VALUES(11,'push-drop',3);
INSERT INTO run_faults VALUES(11,'push-duplicate',2);
INSERT INTO run_faults VALUES(12,'app-restart',2);
INSERT INTO run_faults VALUES(12,'push-delay',2);
INSERT INTO run_faults VALUES(12,'push-drop',3);
INSERT INTO run_faults VALUES(12,'push-duplicate',2);
INSERT INTO run_faults VALUES(13,'push-delay',1);
INSERT INTO run_faults VALUES(13,'push-drop',7);
INSERT INTO run_faults VALUES(13,'push-duplicate',1);
INSERT INTO run_faults VALUES(14,'app-restart',3);
INSERT INTO run_faults VALUES(14,'push-delay',3);
INSERT INTO run_faults VALUES(14,'push-drop',4);
INSERT INTO run_faults VALUES(14,'push-duplicate',3);
INSERT INTO run_faults VALUES(15,'process-crash',9);
INSERT INTO run_faults VALUES(17,'process-crash',15);
INSERT INTO run_faults VALUES(20,'push-delay',4);
INSERT INTO run_faults VALUES(20,'push-drop',1);
INSERT INTO run_faults VALUES(20,'push-duplicate',2);
INSERT INTO run_faults VALUES(21,'push-delay',4);
INSERT INTO run_faults VALUES(21,'push-drop',1);
INSERT INTO run_faults VALUES(21,'push-duplicate',2);
INSERT INTO run_faults VALUES(22,'app-restart',4);
INSERT INTO run_faults VALUES(22,'push-delay',7);
INSERT INTO run_faults VALUES(22,'push-drop',3);
INSERT INTO run_faults VALUES(22,'push-duplicate',5);
INSERT INTO run_faults VALUES(23,'process-crash',11);
INSERT INTO run_faults VALUES(24,'process-crash',5);
INSERT INTO run_faults VALUES(25,'process-crash',6);
INSERT INTO run_faults VALUES(30,'app-restart',2);
INSERT INTO run_faults VALUES(30,'push-delay',2);
INSERT INTO run_faults VALUES(30,'push-drop',4);
INSERT INTO run_faults VALUES(31,'process-crash',11);
INSERT INTO run_faults VALUES(32,'app-restart',2);
INSERT INTO run_faults VALUES(32,'push-delay',3);
INSERT INTO run_faults VALUES(32,'push-drop',6);
INSERT INTO run_faults VALUES(33,'process-crash',7);
INSERT INTO run_faults VALUES(34,'app-restart',2);
INSERT INTO run_faults VALUES(34,'push-delay',2);
INSERT INTO run_faults VALUES(34,'push-drop',4);
INSERT INTO run_faults VALUES(35,'process-crash',14);
INSERT INTO run_faults VALUES(37,'process-crash',6);
INSERT INTO run_faults VALUES(39,'push-delay',2);
INSERT INTO run_faults VALUES(39,'push-drop',3);
INSERT INTO run_faults VALUES(39,'push-duplicate',3);
INSERT INTO run_faults VALUES(41,'app-restart',3);
INSERT INTO run_faults VALUES(41,'push-delay',3);
INSERT INTO run_faults VALUES(41,'push-drop',4);
INSERT INTO run_faults VALUES(41,'push-duplicate',7);
INSERT INTO run_faults VALUES(42,'process-crash',6);
INSERT INTO run_faults VALUES(43,'push-delay',2);
INSERT INTO run_faults VALUES(43,'push-drop',3);
INSERT INTO run_faults VALUES(43,'push-duplicate',3);
INSERT INTO run_faults VALUES(44,'process-crash',9);
INSERT INTO run_faults VALUES(46,'process-crash',6);
INSERT INTO run_faults VALUES(49,'push-delay',3);
INSERT INTO run_faults VALUES(49,'push-drop',6);
INSERT INTO run_faults VALUES(49,'push-duplicate',1);
INSERT INTO run_faults VALUES(50,'app-restart',1);
INSERT INTO run_faults VALUES(50,'push-delay',4);
INSERT INTO run_faults VALUES(50,'push-drop',9);
INSERT INTO run_faults VALUES(50,'push-duplicate',1);
INSERT INTO run_faults VALUES(51,'process-crash',4);
INSERT INTO run_faults VALUES(52,'process-crash',8);
INSERT INTO run_faults VALUES(56,'app-restart',3);
INSERT INTO run_faults VALUES(56,'push-delay',3);
INSERT INTO run_faults VALUES(56,'push-drop',4);
INSERT INTO run_faults VALUES(56,'push-duplicate',1);
INSERT INTO run_faults VALUES(57,'push-delay',3);
INSERT INTO run_faults VALUES(57,'push-drop',6);
INSERT INTO run_faults VALUES(57,'push-duplicate',1);
INSERT INTO run_faults VALUES(58,'process-crash',3);
INSERT INTO run_faults VALUES(59,'process-crash',6);
INSERT INTO run_faults VALUES(60,'process-crash',8);
INSERT INTO run_faults VALUES(61,'app-restart',3);
INSERT INTO run_faults VALUES(61,'push-delay',3);
INSERT INTO run_faults VALUES(61,'push-drop',4);
INSERT INTO run_faults VALUES(61,'push-duplicate',1);
INSERT INTO run_faults VALUES(62,'process-crash',13);
INSERT INTO run_faults VALUES(63,'app-restart',4);
INSERT INTO run_faults VALUES(63,'push-delay',7);
INSERT INTO run_faults VALUES(63,'push-drop',10);
INSERT INTO run_faults VALUES(63,'push-duplicate',7);
INSERT INTO run_faults VALUES(67,'app-restart',2);
INSERT INTO run_faults VALUES(67,'push-delay',1);
INSERT INTO run_faults VALUES(67,'push-drop',5);
INSERT INTO run_faults VALUES(67,'push-duplicate',2);
INSERT INTO run_faults VALUES(68,'app-restart',1);
INSERT INTO run_faults VALUES(68,'push-delay',1);
INSERT INTO run_faults VALUES(68,'push-drop',5);
INSERT INTO run_faults VALUES(68,'push-duplicate',2);
INSERT INTO run_faults VALUES(69,'app-restart',2);
INSERT INTO run_faults VALUES(69,'push-delay',3);
INSERT INTO run_faults VALUES(69,'push-drop',5);
INSERT INTO run_faults VALUES(69,'push-duplicate',2);
INSERT INTO run_faults VALUES(70,'process-crash',4);
INSERT INTO run_faults VALUES(71,'process-crash',5);
INSERT INTO run_faults VALUES(72,'process-crash',8);
CREATE TABLE run_fault_plan (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  fault TEXT NOT NULL,
  rate REAL NOT NULL,
  magnitude_min_us INTEGER NOT NULL,
  magnitude_max_us INTEGER NOT NULL,
  PRIMARY KEY (run_id, fault)
) WITHOUT ROWID;
INSERT INTO run_fault_plan VALUES(3,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(3,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(3,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(3,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(4,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(4,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(4,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(4,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(5,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(6,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(7,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(11,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(11,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(11,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(11,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(12,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(12,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(12,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(12,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(13,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(13,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(13,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(13,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(14,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(14,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(14,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(14,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(15,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(17,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(20,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(20,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(20,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(20,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(21,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(21,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(21,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(21,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(22,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(22,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(22,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(22,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(23,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(24,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(25,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(30,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(30,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(30,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(30,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(31,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(32,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(32,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(32,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(32,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(33,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(34,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(34,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(34,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(34,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(35,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(37,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(39,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(39,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(39,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(39,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(41,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(41,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(41,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(41,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(42,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(43,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(43,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(43,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(43,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(44,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(46,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(49,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(49,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(49,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(49,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(50,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(50,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(50,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(50,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(51,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(52,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(56,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(56,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(56,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(56,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(57,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(57,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(57,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(57,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(58,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(59,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(60,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(61,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(61,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(61,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(61,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(62,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(63,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(63,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(63,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(63,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(67,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(67,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(67,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(67,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(68,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(68,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(68,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(68,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(69,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(69,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(69,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(69,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(70,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(71,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(72,'process-crash',0.010000000000000000208,0,0);
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
INSERT INTO run_signatures VALUES(3,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(3,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(5,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(11,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(11,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(11,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(11,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(13,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(13,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(15,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(15,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(20,'10fbfa769f5c4408','race-in-state-transitions','legal-transitions','push-drop','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(20,'562a23ba09b3a75d','race-in-state-transitions','legal-transitions','push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(20,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(20,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',2);
INSERT INTO run_signatures VALUES(23,'34b18d5a72189a63','key-set-before-work','exactly-once-dispatch','none','queue-row-added',1);
INSERT INTO run_signatures VALUES(23,'4a8d3f21118fcf4e','key-set-before-work','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(23,'7a1aef1fcc742f68','nack-then-delete','exactly-once-dispatch','none','queue-row-added',1);
INSERT INTO run_signatures VALUES(23,'f75c0b66fc47ef16','nack-then-delete','no-message-lost','none','final-state',3);
INSERT INTO run_signatures VALUES(24,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(33,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(33,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(33,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(34,'72bb8c62dedb0392','race-in-state-transitions','legal-transitions','push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(34,'f8667b061a6dc1b1','race-in-state-transitions','legal-transitions','push-drop+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(36,'0641f5ef348eb833','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(36,'f75ff5b68badf4e9','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(39,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(39,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(39,'9298571c2cb4ca66','race-in-state-transitions','no-dispatch-after-decline','push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(39,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(39,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(39,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(39,'d18d38c04e19b4c5','missing-idempotency-checks','exactly-once-dispatch','push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(42,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(46,'9a040d9a91f8d875','key-set-before-work','no-message-lost','none','final-state',1);
INSERT INTO run_signatures VALUES(49,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(49,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(49,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(56,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(56,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(57,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(57,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(58,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(61,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',6);
INSERT INTO run_signatures VALUES(61,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',3);
INSERT INTO run_signatures VALUES(67,'10fbfa769f5c4408','race-in-state-transitions','legal-transitions','push-drop','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(67,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(67,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(67,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(70,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
CREATE TABLE sweep_completions (
  shard TEXT PRIMARY KEY,
  expected_runs INTEGER NOT NULL,
  completed_at TEXT NOT NULL
);
INSERT INTO sweep_completions VALUES('all',72,'2026-12-05T21:33:55Z');
CREATE TABLE run_tapes (
  run_id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  mutation TEXT NOT NULL,
  tape BLOB NOT NULL,
  options BLOB NOT NULL,
  features BLOB NOT NULL,
  positions BLOB NOT NULL
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
CREATE INDEX runs_by_outcome ON runs (outcome, scenario, variant, seed);
CREATE INDEX run_signatures_by_signature ON run_signatures (signature, run_id);
COMMIT;
PRAGMA user_version=6;
