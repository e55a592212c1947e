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
INSERT INTO runs VALUES(1,'decline-race','legacy',1,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'a9afdaec1ce07026',699,1962,18,10000000,12079,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(2,'decline-race','plan',1,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'b0a2d4461f38d9ff',1006,2198,18,10000000,3148,0.0,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(3,'decline-race','hardened',1,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'c9580cc0e51cbf22',1199,4833,20,10000000,5455,0.0,8,24,24,24,16,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(4,'push-chaos','legacy',1,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'26c14492875a2209',1513,2524,18,51000000,3331,0.0,8,16,18,18,12,5,3,0,0,18,0,0,0);
INSERT INTO runs VALUES(5,'push-chaos','plan',1,'random',NULL,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'db99ec3f91a2daeb',6024,11306,18,270000000,11313,0.0,8,16,16,16,9,5,2,0,1,20,0,0,0);
INSERT INTO runs VALUES(6,'push-chaos','hardened',1,'random',NULL,NULL,NULL,'pass','',0,'push-drop:11,push-duplicate:4,push-delay:4,app-restart:3',NULL,'c93bb107202d5218',1634,2409,20,30000000,5931,0.0,8,16,16,30,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(7,'worker-crash-restart','legacy',1,'random',NULL,NULL,NULL,'violation','legal-transitions',2,'process-crash:8',NULL,'2829594cf0a58428',810,1179,18,30000000,3684,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(8,'worker-crash-restart','plan',1,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:8',NULL,'8e31fc477df16925',895,990,18,30000000,4747,0.0,8,16,16,16,16,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(9,'worker-crash-restart','hardened',1,'random',NULL,NULL,NULL,'pass','',0,'process-crash:11',NULL,'6380bad5cacae488',1524,2311,20,40000000,10113,0.0,8,16,14,15,12,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(10,'decline-race','legacy',2,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'0d59921584fd9119',705,1936,18,10000000,1860,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(11,'decline-race','plan',2,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'dd6d44b40e6b8016',1002,2167,18,10000000,1758,0.0,8,24,24,24,24,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(12,'decline-race','hardened',2,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'54e70ad80ee33a83',1153,4691,20,10000000,4179,0.0,8,24,24,24,11,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(13,'push-chaos','legacy',2,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',5,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'d4efa9f2a2d1d9fb',1583,2673,18,53000000,3042,0.0,8,16,18,18,15,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(14,'push-chaos','plan',2,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'144e9c92e3172efd',1180,1572,18,30000000,1994,0.0,8,16,16,16,12,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(15,'push-chaos','hardened',2,'random',NULL,NULL,NULL,'pass','',0,'push-drop:4,push-duplicate:3,push-delay:3,app-restart:3',NULL,'df3ce3a1b2d2014b',1673,2629,20,30000000,3749,0.0,8,16,16,28,11,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(16,'worker-crash-restart','legacy',2,'random',NULL,NULL,NULL,'violation','legal-transitions',4,'process-crash:9',NULL,'f60d6560f26db984',921,1368,18,41000000,2372,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(17,'worker-crash-restart','plan',2,'random',NULL,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness,no-message-lost',6,'process-crash:11',NULL,'97d3e73212802127',5743,10779,18,270000000,12070,0.0,8,16,14,13,13,3,4,0,1,20,0,0,1);
INSERT INTO runs VALUES(18,'worker-crash-restart','hardened',2,'random',NULL,NULL,NULL,'pass','',0,'process-crash:15',NULL,'9e7ab8c1f98017cd',1135,1661,20,31000000,3472,0.0,8,15,15,12,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(19,'decline-race','legacy',3,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'a4ee07055d02e2b6',697,2047,18,10000000,1981,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(20,'decline-race','plan',3,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'1fa358c5f725ee63',1002,2183,18,10000000,1616,0.0,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(21,'decline-race','hardened',3,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'31acf60a49492586',1181,4798,20,10000000,3532,0.0,8,24,24,24,15,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(22,'push-chaos','legacy',3,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',6,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'c5927253d75a2718',1054,1670,18,30000000,2046,0.0,8,16,16,16,17,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(23,'push-chaos','plan',3,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'f1c4d6edf858c1f0',1201,1695,18,30000000,2297,0.0,8,16,16,16,15,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(24,'push-chaos','hardened',3,'random',NULL,NULL,NULL,'pass','',0,'push-drop:3,push-duplicate:5,push-delay:7,app-restart:4',NULL,'6ded875a079e27e7',1816,3003,20,30000000,4728,0.0,8,16,16,32,12,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(25,'worker-crash-restart','legacy',3,'random',NULL,NULL,NULL,'violation','legal-transitions',3,'process-crash:5',NULL,'b293a18515c0cef6',853,1320,18,30000000,1799,0.0,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(26,'worker-crash-restart','plan',3,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:6',NULL,'3882b3f941d3ab16',1044,1371,18,30000000,1878,0.0,8,16,16,16,16,3,5,0,0,16,0,0,0);
INSERT INTO runs VALUES(27,'worker-crash-restart','hardened',3,'random',NULL,NULL,NULL,'pass','',0,'process-crash:11',NULL,'8fbc91026cecc80e',1361,2103,20,34000000,3389,0.0,8,16,15,18,14,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(28,'decline-race','legacy',4,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'e783b2ced5bf8c79',700,1982,18,10000000,1681,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(29,'decline-race','plan',4,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'c38d98847eadd4a1',1006,2168,18,10000000,1684,0.0,8,24,24,24,24,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(30,'decline-race','hardened',4,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'9f2b57940549b1b0',1086,4234,20,10000000,3153,0.0,8,24,24,24,13,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(31,'push-chaos','legacy',4,'random',NULL,NULL,NULL,'violation','legal-transitions',3,'push-drop:4,push-delay:2,app-restart:2',NULL,'ff56daf4ad3cb82a',1639,2723,18,55000000,3044,0.0,8,16,20,20,14,7,1,0,0,20,0,0,0);
INSERT INTO runs VALUES(32,'push-chaos','plan',4,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:4,push-delay:2,app-restart:2',NULL,'dcebeb7eed3878fa',1192,1523,18,30000000,2872,0.0,8,16,16,16,11,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(33,'push-chaos','hardened',4,'random',NULL,NULL,NULL,'pass','',0,'push-drop:6,push-delay:3,app-restart:2',NULL,'f76c57b0f02eec06',1614,2523,20,30000000,4241,0.0,8,16,16,27,13,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(34,'worker-crash-restart','legacy',4,'random',NULL,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',3,'process-crash:7',NULL,'b75f593dc18887b8',995,1619,18,40000000,1881,0.0,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(35,'worker-crash-restart','plan',4,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:6',NULL,'effb85d9af4f2db7',1236,1702,18,44000000,1861,0.0,8,16,15,15,15,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(36,'worker-crash-restart','hardened',4,'random',NULL,NULL,NULL,'pass','',0,'process-crash:14',NULL,'c55624a495ba1f4f',2099,3696,20,51000000,4558,0.0,8,16,14,20,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(37,'decline-race','legacy',5,'random',NULL,NULL,NULL,'violation','no-dispatch-after-decline',2,'',NULL,'96101031a6e6ef6f',706,1929,18,10000000,1683,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(38,'decline-race','plan',5,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'b9508caa87a5f872',1013,2199,18,10000000,1840,0.0,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(39,'decline-race','hardened',5,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'1a024a7615710815',1180,4856,20,10000000,3151,0.0,8,24,24,24,14,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(40,'push-chaos','legacy',5,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',8,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'f11fdfb827f0d85d',1571,2654,18,52000000,2891,0.0,8,16,18,18,18,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(41,'push-chaos','plan',5,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'5c2d5302119be9ad',1215,1595,18,30000000,1970,0.0,8,16,16,16,13,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(42,'push-chaos','hardened',5,'random',NULL,NULL,NULL,'pass','',0,'push-drop:4,push-duplicate:7,push-delay:3,app-restart:3',NULL,'4b3c05c8205bf1e2',1661,2594,20,30000000,3972,0.0,8,16,16,26,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(43,'worker-crash-restart','legacy',5,'random',NULL,NULL,NULL,'violation','legal-transitions',1,'process-crash:6',NULL,'5c27957b480244de',861,1204,18,30000000,1746,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(44,'worker-crash-restart','plan',5,'random',NULL,'1,2,3,4,5',100,'violation','no-message-lost',1,'process-crash:6',NULL,'2ec8c563dc03d640',1209,1650,18,39000000,2005,0.0,8,16,15,15,15,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(45,'worker-crash-restart','hardened',5,'random',NULL,NULL,NULL,'pass','',0,'process-crash:9',NULL,'e542cf1c83f2efab',1738,2878,20,44000000,3945,0.0,8,16,16,18,15,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(46,'decline-race','legacy',6,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'775d717fddc8bf77',702,1960,18,10000000,1609,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(47,'decline-race','plan',6,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'594e2d36584a8bbb',1018,2194,18,10000000,1686,0.0,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(48,'decline-race','hardened',6,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'3f25b541d287ca9b',1213,4845,20,10000000,3088,0.0,8,24,24,24,18,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(49,'push-chaos','legacy',6,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',3,'push-drop:6,push-duplicate:1,push-delay:3',NULL,'65eb4c8f15bfb203',1551,2554,18,52000000,2969,0.0,8,16,18,18,13,8,0,0,0,18,0,0,0);
INSERT INTO runs VALUES(50,'push-chaos','plan',6,'random',NULL,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:6,push-duplicate:1,push-delay:3',NULL,'bc15351f7c5ac55f',6046,11371,18,270000000,10899,0.0,8,16,16,16,10,6,1,0,1,20,0,0,0);
INSERT INTO runs VALUES(51,'push-chaos','hardened',6,'random',NULL,NULL,NULL,'pass','',0,'push-drop:9,push-duplicate:1,push-delay:4,app-restart:1',NULL,'93aa0b73fccf78b2',1582,2398,20,30000000,3607,0.0,8,16,16,25,10,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(52,'worker-crash-restart','legacy',6,'random',NULL,NULL,NULL,'violation','legal-transitions',1,'process-crash:3',NULL,'c220f23c88a32a44',954,1547,18,30000000,1822,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(53,'worker-crash-restart','plan',6,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:4',NULL,'ac10f16fc0127eab',1135,1558,18,31000000,1727,0.0,8,16,15,15,15,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(54,'worker-crash-restart','hardened',6,'random',NULL,NULL,NULL,'pass','',0,'process-crash:8',NULL,'b7e21357ff7e0782',1334,2028,20,31000000,3074,0.0,8,16,16,16,12,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(55,'decline-race','legacy',7,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'76bc69a825578832',702,1952,18,10000000,1567,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(56,'decline-race','plan',7,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'b30036e9e8a3664b',1019,2169,18,10000000,1643,0.0,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(57,'decline-race','hardened',7,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'b08374340842b7e5',1132,4329,20,10000000,2878,0.0,8,24,24,24,18,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(58,'push-chaos','legacy',7,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:4,push-duplicate:1,push-delay:3,app-restart:3',NULL,'68c4b37c4cc872b4',1549,2556,18,50000000,2647,0.0,8,16,20,20,16,8,0,0,0,20,0,0,0);
INSERT INTO runs VALUES(59,'push-chaos','plan',7,'random',NULL,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',9,'push-drop:4,push-duplicate:1,push-delay:3,app-restart:3',NULL,'b9034234be96c661',6101,11396,18,270000000,10356,0.0,8,16,16,16,9,4,1,0,3,28,0,0,0);
INSERT INTO runs VALUES(60,'push-chaos','hardened',7,'random',NULL,NULL,NULL,'pass','',0,'push-drop:10,push-duplicate:7,push-delay:7,app-restart:4',NULL,'8e23d5dafc1a25b1',1789,2718,20,30000000,4736,0.0,8,16,16,39,10,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(61,'worker-crash-restart','legacy',7,'random',NULL,NULL,NULL,'pass','',0,'process-crash:6',NULL,'dd4344b189d44d68',1133,1743,18,42000000,2142,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(62,'worker-crash-restart','plan',7,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:8',NULL,'5ef3e4d18f4b0697',1172,1505,18,42000000,1978,0.0,8,16,15,15,15,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(63,'worker-crash-restart','hardened',7,'random',NULL,NULL,NULL,'pass','',0,'process-crash:13',NULL,'d92c29f4ea913c53',1189,1736,20,36000000,2621,0.0,8,16,15,15,11,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(64,'decline-race','legacy',8,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'4b8ba451b691cbb5',707,1954,18,10000000,1577,0.0,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(65,'decline-race','plan',8,'random',NULL,'1,2,3,4,5',100,'pass','',0,'',NULL,'9fbf31ce381e2d5e',1008,2229,18,10000000,2208,0.0,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(66,'decline-race','hardened',8,'random',NULL,NULL,NULL,'pass','',0,'',NULL,'155fb59c854a6851',1176,4801,20,10000000,2930,0.0,8,24,24,24,14,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(67,'push-chaos','legacy',8,'random',NULL,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions',4,'push-drop:5,push-duplicate:2,push-delay:1,app-restart:2',NULL,'c520603e7a48cf57',1533,2567,18,51000000,2845,0.0,8,16,18,18,14,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(68,'push-chaos','plan',8,'random',NULL,'1,2,3,4,5',100,'pass','',0,'push-drop:5,push-duplicate:2,push-delay:1,app-restart:1',NULL,'1d4b484e9c3a576e',1181,1554,18,30000000,1815,0.0,8,16,16,16,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(69,'push-chaos','hardened',8,'random',NULL,NULL,NULL,'pass','',0,'push-drop:5,push-duplicate:2,push-delay:3,app-restart:2',NULL,'16c686225b5990ed',1567,2405,20,30000000,3427,0.0,8,16,16,23,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(70,'worker-crash-restart','legacy',8,'random',NULL,NULL,NULL,'violation','legal-transitions',1,'process-crash:4',NULL,'68c82269f5cfec7b',1162,1833,18,41000000,2703,0.0,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(71,'worker-crash-restart','plan',8,'random',NULL,'1,2,3,4,5',100,'pass','',0,'process-crash:5',NULL,'ebc37e203cad45fd',1270,1792,18,40000000,1934,0.0,8,16,15,14,14,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(72,'worker-crash-restart','hardened',8,'random',NULL,NULL,NULL,'pass','',0,'process-crash:8',NULL,'fa3d6a4162180789',1583,2559,20,33000000,3323,0.0,8,16,15,21,13,5,3,0,0,16,0,0,0);
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
INSERT INTO sweeps VALUES(1,'ffd7401a5bbbac5f','{"scenarios":[{"name":"decline-race","content_hash":"ae45d716d9e6cfcd"},{"name":"push-chaos","content_hash":"0ada1c5c40713ae5"},{"name":"worker-crash-restart","content_hash":"7b48b7a1b64ef790"}],"variants":["legacy","plan","hardened"],"seed_first":1,"seed_last":8,"strategy":"random","pct_depth":null,"fixes":null,"flag_percent":null}','decline-race,push-chaos,worker-crash-restart','legacy,plan,hardened',1,8,'random',NULL,NULL,NULL,'all','2026-12-06T00:27:15Z');
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
INSERT INTO run_violations VALUES(4,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(4,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(5,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(5,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(7,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(13,'exactly-once-dispatch',2,2,0,0);
INSERT INTO run_violations VALUES(13,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(13,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(16,'legal-transitions',4,0,4,0);
INSERT INTO run_violations VALUES(17,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(17,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(17,'no-message-lost',3,0,0,3);
INSERT INTO run_violations VALUES(22,'exactly-once-dispatch',2,0,2,0);
INSERT INTO run_violations VALUES(22,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(22,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(25,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(31,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(34,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(34,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(37,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(40,'exactly-once-dispatch',3,3,0,0);
INSERT INTO run_violations VALUES(40,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(40,'no-dispatch-after-decline',3,0,3,0);
INSERT INTO run_violations VALUES(43,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(44,'no-message-lost',1,0,0,1);
INSERT INTO run_violations VALUES(49,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(49,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(49,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(50,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(50,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(52,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(58,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(58,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(59,'exactly-once-dispatch',6,0,0,6);
INSERT INTO run_violations VALUES(59,'liveness',3,0,0,3);
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
INSERT INTO run_oracles VALUES(4,'metric-1',2,0);
INSERT INTO run_oracles VALUES(4,'step-2',2,0);
INSERT INTO run_oracles VALUES(13,'metric-1',2,0);
INSERT INTO run_oracles VALUES(13,'step-2',2,0);
INSERT INTO run_oracles VALUES(31,'metric-1',4,1);
INSERT INTO run_oracles VALUES(31,'step-2',4,1);
INSERT INTO run_oracles VALUES(40,'metric-1',2,0);
INSERT INTO run_oracles VALUES(40,'step-2',2,0);
INSERT INTO run_oracles VALUES(49,'metric-1',2,0);
INSERT INTO run_oracles VALUES(49,'step-2',2,0);
INSERT INTO run_oracles VALUES(58,'metric-1',4,0);
INSERT INTO run_oracles VALUES(58,'step-2',4,0);
INSERT INTO run_oracles VALUES(67,'metric-1',2,0);
INSERT INTO run_oracles VALUES(67,'step-2',2,0);
CREATE TABLE run_probes (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  probe TEXT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (run_id, probe)
) WITHOUT ROWID;
INSERT INTO run_probes VALUES(2,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(3,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(5,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(5,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(6,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(6,'push-delivered-after-decline',6);
INSERT INTO run_probes VALUES(8,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(9,'offer-suppressed-by-app',3);
INSERT INTO run_probes VALUES(11,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(12,'offer-suppressed-by-app',13);
INSERT INTO run_probes VALUES(13,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(14,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(14,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(15,'offer-suppressed-by-app',14);
INSERT INTO run_probes VALUES(15,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(17,'stale-receipt-handle',19);
INSERT INTO run_probes VALUES(18,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(20,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(21,'offer-suppressed-by-app',9);
INSERT INTO run_probes VALUES(22,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(23,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(23,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(23,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(24,'offer-suppressed-by-app',19);
INSERT INTO run_probes VALUES(24,'push-delivered-after-decline',5);
INSERT INTO run_probes VALUES(26,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(27,'offer-suppressed-by-app',4);
INSERT INTO run_probes VALUES(29,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(30,'offer-suppressed-by-app',11);
INSERT INTO run_probes VALUES(31,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(32,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(32,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(33,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(34,'decline-between-check-and-dispatch',1);
INSERT INTO run_probes VALUES(34,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(35,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(36,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(37,'dispatch-from-stale-read',1);
INSERT INTO run_probes VALUES(37,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(38,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(39,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(41,'offer-suppressed-by-app',3);
INSERT INTO run_probes VALUES(41,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(42,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(42,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(44,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(45,'offer-suppressed-by-app',3);
INSERT INTO run_probes VALUES(47,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(48,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(49,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(50,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(50,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(50,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(51,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(51,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(53,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(54,'offer-suppressed-by-app',4);
INSERT INTO run_probes VALUES(56,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(57,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(58,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(59,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(59,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(59,'stale-receipt-handle',28);
INSERT INTO run_probes VALUES(60,'offer-suppressed-by-app',23);
INSERT INTO run_probes VALUES(60,'push-delivered-after-decline',7);
INSERT INTO run_probes VALUES(62,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(63,'offer-suppressed-by-app',4);
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
INSERT INTO run_violation_examples VALUES(4,0,'no-dispatch-after-decline',8,1,2816114,'driver 1 declined request 8 at t=2.807237s and was shown it again at t=2.816114s');
INSERT INTO run_violation_examples VALUES(4,1,'exactly-once-dispatch',8,1,2816114,'request 8 was shown to driver 1 2 times (first at t=1.207501s, again at t=2.816114s)');
INSERT INTO run_violation_examples VALUES(5,0,'exactly-once-dispatch',6,2,2600000,'the offer of request 6 to driver 2 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(5,1,'exactly-once-dispatch',6,4,2600000,'the offer of request 6 to driver 4 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(5,2,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(7,0,'legal-transitions',1,2,4761421,'request 1 went from ACCEPTED to DECLINED at t=4.761421s');
INSERT INTO run_violation_examples VALUES(7,1,'legal-transitions',2,1,11644070,'request 2 went from ACCEPTED to DECLINED at t=11.644070s');
INSERT INTO run_violation_examples VALUES(13,0,'no-dispatch-after-decline',4,2,10813513,'driver 2 declined request 4 at t=10.770565s and was shown it again at t=10.813513s');
INSERT INTO run_violation_examples VALUES(13,1,'exactly-once-dispatch',3,3,6197739,'request 3 was shown to driver 3 2 times (first at t=4.196077s, again at t=6.197739s)');
INSERT INTO run_violation_examples VALUES(13,2,'exactly-once-dispatch',4,2,10813513,'request 4 was shown to driver 2 2 times (first at t=8.952453s, again at t=10.813513s)');
INSERT INTO run_violation_examples VALUES(13,3,'legal-transitions',3,2,6928102,'request 3 went from ACCEPTED to DECLINED at t=6.928102s');
INSERT INTO run_violation_examples VALUES(13,4,'legal-transitions',6,1,52090819,'request 6 went from ACCEPTED to DECLINED at t=52.090819s');
INSERT INTO run_violation_examples VALUES(16,0,'legal-transitions',5,1,4853505,'request 5 went from ACCEPTED to DECLINED at t=4.853505s');
INSERT INTO run_violation_examples VALUES(16,1,'legal-transitions',8,2,12959357,'request 8 went from ACCEPTED to DECLINED at t=12.959357s');
INSERT INTO run_violation_examples VALUES(16,2,'legal-transitions',2,1,14839028,'request 2 went from ACCEPTED to DECLINED at t=14.839028s');
INSERT INTO run_violation_examples VALUES(16,3,'legal-transitions',6,3,40742145,'request 6 went from ACCEPTED to DECLINED at t=40.742145s');
INSERT INTO run_violation_examples VALUES(17,0,'exactly-once-dispatch',5,1,400000,'the offer of request 5 to driver 1 (made at t=0.400000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(17,1,'exactly-once-dispatch',5,2,400000,'the offer of request 5 to driver 2 (made at t=0.400000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(17,2,'no-message-lost',5,2,5500000,'dispatch message 2 (sent at t=0.500000s, received 1 times): a consumer deleted it at t=5.500000s while request 5 was open, and the offer to driver 2 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(17,3,'no-message-lost',5,2,44300000,'dispatch message 18 (sent at t=44.300000s, received 1 times): a consumer deleted it at t=44.300000s while request 5 was open, and the offer to driver 2 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(17,4,'no-message-lost',5,2,89100000,'dispatch message 20 (sent at t=89.100000s, received 1 times): a consumer deleted it at t=89.100000s while request 5 was open, and the offer to driver 2 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(17,5,'liveness',5,0,270000000,'request 5 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(22,0,'no-dispatch-after-decline',4,3,5216553,'driver 3 declined request 4 at t=5.163123s and was shown it again at t=5.216553s');
INSERT INTO run_violation_examples VALUES(22,1,'exactly-once-dispatch',4,3,5216553,'request 4 was shown to driver 3 2 times (first at t=4.067779s, again at t=5.216553s)');
INSERT INTO run_violation_examples VALUES(22,2,'exactly-once-dispatch',6,2,9586810,'request 6 was shown to driver 2 2 times (first at t=7.008140s, again at t=9.586810s)');
INSERT INTO run_violation_examples VALUES(22,3,'legal-transitions',7,1,3465493,'request 7 went from ACCEPTED to DECLINED at t=3.465493s');
INSERT INTO run_violation_examples VALUES(22,4,'legal-transitions',1,2,5819576,'request 1 went from ACCEPTED to DECLINED at t=5.819576s');
INSERT INTO run_violation_examples VALUES(25,0,'legal-transitions',7,1,4086188,'request 7 went from ACCEPTED to DECLINED at t=4.086188s');
INSERT INTO run_violation_examples VALUES(25,1,'legal-transitions',6,2,9684068,'request 6 went from ACCEPTED to DECLINED at t=9.684068s');
INSERT INTO run_violation_examples VALUES(25,2,'legal-transitions',2,2,13105497,'request 2 went from ACCEPTED to DECLINED at t=13.105497s');
INSERT INTO run_violation_examples VALUES(31,0,'legal-transitions',2,4,6600927,'request 2 went from ACCEPTED to DECLINED at t=6.600927s');
INSERT INTO run_violation_examples VALUES(31,1,'legal-transitions',1,2,51888650,'request 1 went from ACCEPTED to DECLINED at t=51.888650s');
INSERT INTO run_violation_examples VALUES(31,2,'legal-transitions',8,2,54030456,'request 8 went from ACCEPTED to DECLINED at t=54.030456s');
INSERT INTO run_violation_examples VALUES(34,0,'no-dispatch-after-decline',5,2,37000000,'request 5 was declined by driver 4 at t=10.458492s, then a dispatch_log row committed for driver 2 at t=37.000000s (+26541508 us)');
INSERT INTO run_violation_examples VALUES(34,1,'no-dispatch-after-decline',5,2,37000000,'request 5 was declined by driver 4 at t=10.458492s, then a push was sent for driver 2 at t=37.000000s (+26541508 us)');
INSERT INTO run_violation_examples VALUES(34,2,'legal-transitions',7,3,15173565,'request 7 went from ACCEPTED to DECLINED at t=15.173565s');
INSERT INTO run_violation_examples VALUES(37,0,'no-dispatch-after-decline',2,2,1229100,'request 2 was declined by driver 3 at t=1.180717s, then a dispatch_log row committed for driver 2 at t=1.229100s (+48383 us)');
INSERT INTO run_violation_examples VALUES(37,1,'no-dispatch-after-decline',2,2,1229100,'request 2 was declined by driver 3 at t=1.180717s, then a push was sent for driver 2 at t=1.229100s (+48383 us)');
INSERT INTO run_violation_examples VALUES(40,0,'no-dispatch-after-decline',6,3,4891397,'driver 3 declined request 6 at t=4.866149s and was shown it again at t=4.891397s');
INSERT INTO run_violation_examples VALUES(40,1,'no-dispatch-after-decline',8,3,8613049,'driver 3 declined request 8 at t=8.585627s and was shown it again at t=8.613049s');
INSERT INTO run_violation_examples VALUES(40,2,'no-dispatch-after-decline',5,2,9799355,'driver 2 declined request 5 at t=9.773433s and was shown it again at t=9.799355s');
INSERT INTO run_violation_examples VALUES(40,3,'exactly-once-dispatch',5,2,9799355,'request 5 was shown to driver 2 2 times (first at t=8.086471s, again at t=9.799355s)');
INSERT INTO run_violation_examples VALUES(40,4,'exactly-once-dispatch',6,3,4891397,'request 6 was shown to driver 3 2 times (first at t=3.047811s, again at t=4.891397s)');
INSERT INTO run_violation_examples VALUES(40,5,'legal-transitions',8,3,8593331,'request 8 went from ACCEPTED to DECLINED at t=8.593331s');
INSERT INTO run_violation_examples VALUES(43,0,'legal-transitions',4,4,11659492,'request 4 went from ACCEPTED to DECLINED at t=11.659492s');
INSERT INTO run_violation_examples VALUES(44,0,'no-message-lost',8,2,36900000,'dispatch message 15 (sent at t=6.900000s, received 2 times): a consumer deleted it at t=36.900000s while request 8 was open, and the offer to driver 2 was never made before the request closed at t=38.380252s (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(49,0,'no-dispatch-after-decline',6,4,17159650,'driver 4 declined request 6 at t=7.581501s and was shown it again at t=17.159650s');
INSERT INTO run_violation_examples VALUES(49,1,'exactly-once-dispatch',6,4,17159650,'request 6 was shown to driver 4 2 times (first at t=5.271225s, again at t=17.159650s)');
INSERT INTO run_violation_examples VALUES(49,2,'legal-transitions',4,2,7377229,'request 4 went from ACCEPTED to DECLINED at t=7.377229s');
INSERT INTO run_violation_examples VALUES(50,0,'exactly-once-dispatch',3,1,4000000,'the offer of request 3 to driver 1 (made at t=4.000000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(50,1,'exactly-once-dispatch',3,4,4000000,'the offer of request 3 to driver 4 (made at t=4.000000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(50,2,'liveness',3,0,270000000,'request 3 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(52,0,'legal-transitions',4,3,10632040,'request 4 went from ACCEPTED to DECLINED at t=10.632040s');
INSERT INTO run_violation_examples VALUES(58,0,'no-dispatch-after-decline',5,4,5787026,'driver 4 declined request 5 at t=5.753987s and was shown it again at t=5.787026s');
INSERT INTO run_violation_examples VALUES(58,1,'exactly-once-dispatch',5,4,5787026,'request 5 was shown to driver 4 2 times (first at t=4.014506s, again at t=5.787026s)');
INSERT INTO run_violation_examples VALUES(59,0,'exactly-once-dispatch',2,1,3200000,'the offer of request 2 to driver 1 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,1,'exactly-once-dispatch',2,4,3200000,'the offer of request 2 to driver 4 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,2,'exactly-once-dispatch',6,1,800000,'the offer of request 6 to driver 1 (made at t=0.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,3,'exactly-once-dispatch',6,4,800000,'the offer of request 6 to driver 4 (made at t=0.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,4,'exactly-once-dispatch',7,1,2600000,'the offer of request 7 to driver 1 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,5,'liveness',2,0,270000000,'request 2 is still SEARCHING at the end of the heal window (t=270.000000s)');
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
INSERT INTO run_faults VALUES(4,'push-delay',1);
INSERT INTO run_faults VALUES(4,'push-drop',7);
INSERT INTO run_faults VALUES(4,'push-duplicate',1);
INSERT INTO run_faults VALUES(5,'push-delay',1);
INSERT INTO run_faults VALUES(5,'push-drop',7);
INSERT INTO run_faults VALUES(5,'push-duplicate',1);
INSERT INTO run_faults VALUES(6,'app-restart',3);
INSERT INTO run_faults VALUES(6,'push-delay',4);
INSERT INTO run_faults VALUES(6,'push-drop',11);
INSERT INTO run_faults VALUES(6,'push-duplicate',4);
INSERT INTO run_faults VALUES(7,'process-crash',8);
INSERT INTO run_faults VALUES(8,'process-crash',8);
INSERT INTO run_faults VALUES(9,'process-crash',11);
INSERT INTO run_faults VALUES(13,'app-restart',2);
INSERT INTO run_faults VALUES(13,'push-delay',2);
INSERT INTO run_faults VALUES(13,'push-drop',3);
INSERT INTO run_faults VALUES(13,'push-duplicate',2);
INSERT INTO run_faults VALUES(14,'app-restart',2);
INSERT INTO run_faults VALUES(14,'push-delay',2);
INSERT INTO run_faults VALUES(14,'push-drop',3);
INSERT INTO run_faults VALUES(14,'push-duplicate',2);
INSERT INTO run_faults VALUES(15,'app-restart',3);
INSERT INTO run_faults VALUES(15,'push-delay',3);
INSERT INTO run_faults VALUES(15,'push-drop',4);
INSERT INTO run_faults VALUES(15,'push-duplicate',3);
INSERT INTO run_faults VALUES(16,'process-crash',9);
INSERT INTO run_faults VALUES(17,'process-crash',11);
INSERT INTO run_faults VALUES(18,'process-crash',15);
INSERT INTO run_faults VALUES(22,'push-delay',4);
INSERT INTO run_faults VALUES(22,'push-drop',1);
INSERT INTO run_faults VALUES(22,'push-duplicate',2);
INSERT INTO run_faults VALUES(23,'push-delay',4);
INSERT INTO run_faults VALUES(23,'push-drop',1);
INSERT INTO run_faults VALUES(23,'push-duplicate',2);
INSERT INTO run_faults VALUES(24,'app-restart',4);
INSERT INTO run_faults VALUES(24,'push-delay',7);
INSERT INTO run_faults VALUES(24,'push-drop',3);
INSERT INTO run_faults VALUES(24,'push-duplicate',5);
INSERT INTO run_faults VALUES(25,'process-crash',5);
INSERT INTO run_faults VALUES(26,'process-crash',6);
INSERT INTO run_faults VALUES(27,'process-crash',11);
INSERT INTO run_faults VALUES(31,'app-restart',2);
INSERT INTO run_faults VALUES(31,'push-delay',2);
INSERT INTO run_faults VALUES(31,'push-drop',4);
INSERT INTO run_faults VALUES(32,'app-restart',2);
INSERT INTO run_faults VALUES(32,'push-delay',2);
INSERT INTO run_faults VALUES(32,'push-drop',4);
INSERT INTO run_faults VALUES(33,'app-restart',2);
INSERT INTO run_faults VALUES(33,'push-delay',3);
INSERT INTO run_faults VALUES(33,'push-drop',6);
INSERT INTO run_faults VALUES(34,'process-crash',7);
INSERT INTO run_faults VALUES(35,'process-crash',6);
INSERT INTO run_faults VALUES(36,'process-crash',14);
INSERT INTO run_faults VALUES(40,'push-delay',2);
INSERT INTO run_faults VALUES(40,'push-drop',3);
INSERT INTO run_faults VALUES(40,'push-duplicate',3);
INSERT INTO run_faults VALUES(41,'push-delay',2);
INSERT INTO run_faults VALUES(41,'push-drop',3);
INSERT INTO run_faults VALUES(41,'push-duplicate',3);
INSERT INTO run_faults VALUES(42,'app-restart',3);
INSERT INTO run_faults VALUES(42,'push-delay',3);
INSERT INTO run_faults VALUES(42,'push-drop',4);
INSERT INTO run_faults VALUES(42,'push-duplicate',7);
INSERT INTO run_faults VALUES(43,'process-crash',6);
INSERT INTO run_faults VALUES(44,'process-crash',6);
INSERT INTO run_faults VALUES(45,'process-crash',9);
INSERT INTO run_faults VALUES(49,'push-delay',3);
INSERT INTO run_faults VALUES(49,'push-drop',6);
INSERT INTO run_faults VALUES(49,'push-duplicate',1);
INSERT INTO run_faults VALUES(50,'push-delay',3);
INSERT INTO run_faults VALUES(50,'push-drop',6);
INSERT INTO run_faults VALUES(50,'push-duplicate',1);
INSERT INTO run_faults VALUES(51,'app-restart',1);
INSERT INTO run_faults VALUES(51,'push-delay',4);
INSERT INTO run_faults VALUES(51,'push-drop',9);
INSERT INTO run_faults VALUES(51,'push-duplicate',1);
INSERT INTO run_faults VALUES(52,'process-crash',3);
INSERT INTO run_faults VALUES(53,'process-crash',4);
INSERT INTO run_faults VALUES(54,'process-crash',8);
INSERT INTO run_faults VALUES(58,'app-restart',3);
INSERT INTO run_faults VALUES(58,'push-delay',3);
INSERT INTO run_faults VALUES(58,'push-drop',4);
INSERT INTO run_faults VALUES(58,'push-duplicate',1);
INSERT INTO run_faults VALUES(59,'app-restart',3);
INSERT INTO run_faults VALUES(59,'push-delay',3);
INSERT INTO run_faults VALUES(59,'push-drop',4);
INSERT INTO run_faults VALUES(59,'push-duplicate',1);
INSERT INTO run_faults VALUES(60,'app-restart',4);
INSERT INTO run_faults VALUES(60,'push-delay',7);
INSERT INTO run_faults VALUES(60,'push-drop',10);
INSERT INTO run_faults VALUES(60,'push-duplicate',7);
INSERT INTO run_faults VALUES(61,'process-crash',6);
INSERT INTO run_faults VALUES(62,'process-crash',8);
INSERT INTO run_faults VALUES(63,'process-crash',13);
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
INSERT INTO run_fault_plan VALUES(4,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(4,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(4,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(4,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(5,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(5,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(5,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(5,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(6,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(6,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(6,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(6,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(7,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(8,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(9,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(13,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(13,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(13,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(13,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(14,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(14,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(14,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(14,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(15,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(15,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(15,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(15,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(16,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(17,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(18,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(22,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(22,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(22,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(22,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(23,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(23,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(23,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(23,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(24,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(24,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(24,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(24,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(25,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(26,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(27,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(31,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(31,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(31,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(31,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(32,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(32,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(32,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(32,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(33,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(33,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(33,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(33,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(34,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(35,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(36,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(40,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(40,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(40,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(40,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(41,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(41,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(41,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(41,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(42,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(42,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(42,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(42,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(43,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(44,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(45,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(49,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(49,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(49,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(49,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(50,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(50,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(50,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(50,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(51,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(51,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(51,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(51,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(52,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(53,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(54,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(58,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(58,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(58,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(58,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(59,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(59,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(59,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(59,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(60,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(60,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(60,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(60,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(61,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(62,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(63,'process-crash',0.010000000000000000208,0,0);
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
INSERT INTO run_signatures VALUES(4,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(4,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(5,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(5,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(7,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(13,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(13,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(13,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(13,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(16,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(16,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(17,'34b18d5a72189a63','key-set-before-work','exactly-once-dispatch','none','queue-row-added',1);
INSERT INTO run_signatures VALUES(17,'4a8d3f21118fcf4e','key-set-before-work','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(17,'7a1aef1fcc742f68','nack-then-delete','exactly-once-dispatch','none','queue-row-added',1);
INSERT INTO run_signatures VALUES(17,'f75c0b66fc47ef16','nack-then-delete','no-message-lost','none','final-state',3);
INSERT INTO run_signatures VALUES(22,'10fbfa769f5c4408','race-in-state-transitions','legal-transitions','push-drop','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(22,'562a23ba09b3a75d','race-in-state-transitions','legal-transitions','push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(22,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(22,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',2);
INSERT INTO run_signatures VALUES(25,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(31,'72bb8c62dedb0392','race-in-state-transitions','legal-transitions','push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(31,'f8667b061a6dc1b1','race-in-state-transitions','legal-transitions','push-drop+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(34,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(34,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(34,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(37,'0641f5ef348eb833','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(37,'f75ff5b68badf4e9','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(40,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(40,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(40,'9298571c2cb4ca66','race-in-state-transitions','no-dispatch-after-decline','push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(40,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(40,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(40,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(40,'d18d38c04e19b4c5','missing-idempotency-checks','exactly-once-dispatch','push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(43,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(44,'9a040d9a91f8d875','key-set-before-work','no-message-lost','none','final-state',1);
INSERT INTO run_signatures VALUES(49,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(49,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(49,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(50,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(50,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(52,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(58,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(58,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(59,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',6);
INSERT INTO run_signatures VALUES(59,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',3);
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
INSERT INTO sweep_completions VALUES('all',72,'2026-12-06T00:27:15Z');
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
