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
INSERT INTO runs VALUES(1,'decline-race','legacy',1,'pct',3,NULL,NULL,'pass','',0,'',NULL,'2c44186d238512e3',706,1935,18,10000000,14225,1.3563368055555554802e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(2,'decline-race','plan',1,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'4068dde4f1e148ec',1015,2177,18,10000000,2667,2.7167859335691503233e-06,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(3,'decline-race','hardened',1,'pct',3,NULL,NULL,'pass','',0,'',NULL,'ca36655e664e90ed',1118,4211,20,10000000,5648,2.0160965145723457356e-07,8,24,24,24,16,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(4,'push-chaos','legacy',1,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'32c49769896b0a1a',1491,2090,18,50000000,3736,4.6165148802739183362e-08,8,16,18,18,12,5,3,0,0,18,0,0,0);
INSERT INTO runs VALUES(5,'push-chaos','plan',1,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'038fec3540e3d5ca',6023,9836,18,270000000,13445,5.8792207690199495945e-09,8,16,16,16,9,5,2,0,1,20,0,0,0);
INSERT INTO runs VALUES(6,'push-chaos','hardened',1,'pct',3,NULL,NULL,'pass','',0,'push-drop:9,push-duplicate:4,push-delay:3,app-restart:3',NULL,'abf2a0cc6ee0b1d5',1614,1886,20,30000000,5022,2.7639197910476638268e-08,8,16,16,27,11,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(7,'worker-crash-restart','legacy',1,'pct',3,NULL,NULL,'violation','legal-transitions',3,'process-crash:6',NULL,'52b6fdc8f4b35ef5',762,1049,18,30000000,1784,6.2559744556051032804e-07,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(8,'worker-crash-restart','plan',1,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:9',NULL,'ca7d8cff8c032999',1203,1477,18,44000000,2657,2.5149640360142851494e-07,8,16,15,15,15,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(9,'worker-crash-restart','hardened',1,'pct',3,NULL,NULL,'pass','',0,'process-crash:14',NULL,'7240906cbd8d8b4e',1510,2050,20,38000000,4860,5.7193514255483427254e-08,8,16,15,18,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(10,'decline-race','legacy',2,'pct',3,NULL,NULL,'pass','',0,'',NULL,'decc23031773d465',703,1942,18,10000000,1821,2.1359306249733007814e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(11,'decline-race','plan',2,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'ad37f08b54a21ac6',1007,2130,18,10000000,1715,5.0390526581002774392e-06,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(12,'decline-race','hardened',2,'pct',3,NULL,NULL,'pass','',0,'',NULL,'8169ba2938c77627',1174,4588,20,10000000,7707,1.8071679509606906109e-07,8,24,24,24,14,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(13,'push-chaos','legacy',2,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',5,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'325e7cfa43ca02a9',1583,2267,18,53000000,3886,4.5171488587558920558e-08,8,16,18,18,15,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(14,'push-chaos','plan',2,'pct',3,'1,2,3,4,5',100,'pass','',0,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'b383a30649a09606',1190,1337,18,30000000,1961,1.2193263222069805996e-07,8,16,16,16,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(15,'push-chaos','hardened',2,'pct',3,NULL,NULL,'pass','',0,'push-drop:4,push-duplicate:3,push-delay:3,app-restart:3',NULL,'cf834aea9377bc86',1673,2080,20,30000000,4227,3.1097931116838658785e-08,8,16,16,28,11,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(16,'worker-crash-restart','legacy',2,'pct',3,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',6,'process-crash:10',NULL,'b416de8cf1d5bad8',894,1216,18,40000000,1769,3.6713711616732348183e-07,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(17,'worker-crash-restart','plan',2,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness,no-message-lost',6,'process-crash:11',NULL,'f13ea5e2e1adb3f3',5672,9354,18,270000000,18743,3.7228717777213838227e-09,8,14,14,13,13,4,3,0,1,20,0,0,0);
INSERT INTO runs VALUES(18,'worker-crash-restart','hardened',2,'pct',3,NULL,NULL,'pass','',0,'process-crash:15',NULL,'6ba12788f78d6431',1663,2329,20,46000000,10406,4.9503725155317936231e-08,8,15,16,20,13,6,2,0,0,17,0,0,0);
INSERT INTO runs VALUES(19,'decline-race','legacy',3,'pct',3,NULL,NULL,'pass','',0,'',NULL,'e9857fea7473b94a',696,1988,18,10000000,2033,1.5959653994701395412e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(20,'decline-race','plan',3,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'26f2fc303912057c',998,2160,18,10000000,1811,3.3908420138888887007e-06,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(21,'decline-race','hardened',3,'pct',3,NULL,NULL,'pass','',0,'',NULL,'2a170957f052246b',1109,4246,20,10000000,4351,1.5070408950617283643e-07,8,24,24,24,15,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(22,'push-chaos','legacy',3,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',6,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'c72400fb10741b47',1054,1433,18,30000000,2080,1.703943846189759969e-07,8,16,16,16,17,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(23,'push-chaos','plan',3,'pct',3,'1,2,3,4,5',100,'pass','',0,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'5d51dcc163d6aa18',1188,1409,18,30000000,2021,1.8298871069448242444e-07,8,16,16,16,15,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(24,'push-chaos','hardened',3,'pct',3,NULL,NULL,'pass','',0,'push-drop:3,push-duplicate:5,push-delay:7,app-restart:3',NULL,'3f590732952db126',1713,2127,20,30000000,8059,2.5804267406526620323e-08,8,16,16,31,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(25,'worker-crash-restart','legacy',3,'pct',3,NULL,NULL,'violation','legal-transitions',3,'process-crash:5',NULL,'a517eea829084eeb',854,1237,18,30000000,1705,3.9930967343656287066e-07,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(26,'worker-crash-restart','plan',3,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:5',NULL,'558be66a671bc6f3',1003,1128,18,30000000,9199,4.6675535018320147262e-07,8,16,16,16,16,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(27,'worker-crash-restart','hardened',3,'pct',3,NULL,NULL,'pass','',0,'process-crash:11',NULL,'0cdd62756cfa9e76',1417,1876,20,35000000,3829,1.0204081632653060681e-07,8,16,15,18,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(28,'decline-race','legacy',4,'pct',3,NULL,NULL,'pass','',0,'',NULL,'28d1195266a825a4',703,1965,18,10000000,1722,2.0545693622616700564e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(29,'decline-race','plan',4,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'ca7dd2cc730eff92',1029,2222,18,10000000,2309,2.4045860264696828905e-06,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(30,'decline-race','hardened',4,'pct',3,NULL,NULL,'pass','',0,'',NULL,'9bdc6e81f99b6194',1101,4189,20,10000000,6532,1.8999198233834531141e-07,8,24,24,24,14,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(31,'push-chaos','legacy',4,'pct',3,NULL,NULL,'violation','legal-transitions',3,'push-drop:4,push-delay:2,app-restart:2',NULL,'d6f58be056a223d7',1639,2298,18,55000000,7805,4.8163599030717201415e-08,8,16,20,20,14,7,1,0,0,20,0,0,0);
INSERT INTO runs VALUES(32,'push-chaos','plan',4,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:4,push-delay:2,app-restart:2',NULL,'e2fc71a3ffb61195',6029,9819,18,270000000,16142,5.7959628197794972859e-09,8,16,16,16,11,5,2,0,1,20,0,0,0);
INSERT INTO runs VALUES(33,'push-chaos','hardened',4,'pct',3,NULL,NULL,'pass','',0,'push-drop:6,push-delay:3,app-restart:2',NULL,'ed8f68069494b2ec',1628,1933,20,30000000,3691,2.5257002630264255543e-08,8,16,16,30,13,3,5,0,0,16,0,0,0);
INSERT INTO runs VALUES(34,'worker-crash-restart','legacy',4,'pct',3,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',5,'process-crash:8',NULL,'589b7fba9b7a1ae4',993,1436,18,40000000,1953,2.843694619047293921e-07,8,16,17,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(35,'worker-crash-restart','plan',4,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:8',NULL,'013382ab9d630c7b',1079,1230,18,40000000,1828,4.6406124123388315053e-07,8,16,16,15,15,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(36,'worker-crash-restart','hardened',4,'pct',3,NULL,NULL,'pass','',0,'process-crash:13',NULL,'b67a40aea9be2d1c',1308,1914,20,36000000,5108,1.194432035622740905e-07,8,16,16,15,13,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(37,'decline-race','legacy',5,'pct',3,NULL,NULL,'violation','no-dispatch-after-decline',2,'',NULL,'cc0b75de9669f747',702,1922,18,10000000,1631,1.7099278410451079085e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(38,'decline-race','plan',5,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'115c83e750997e18',1016,2126,18,10000000,5783,3.4993421236807482216e-06,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(39,'decline-race','hardened',5,'pct',3,NULL,NULL,'pass','',0,'',NULL,'8ec5d2872d3a467f',1290,5272,20,10000000,3610,1.2759138094703426201e-07,8,24,24,24,17,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(40,'push-chaos','legacy',5,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',8,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'0df605bb6461a5be',1571,2242,18,52000000,4712,5.0776659472629554034e-08,8,16,18,18,18,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(41,'push-chaos','plan',5,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'c19030d49cccc3de',6061,9876,18,270000000,17761,2.8449817955020370748e-09,8,16,16,16,13,6,1,0,1,20,0,0,0);
INSERT INTO runs VALUES(42,'push-chaos','hardened',5,'pct',3,NULL,NULL,'pass','',0,'push-drop:4,push-duplicate:7,push-delay:3,app-restart:3',NULL,'221eb5035daf09c2',1711,2201,20,30000000,9122,2.4588438712824738016e-08,8,16,16,26,12,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(43,'worker-crash-restart','legacy',5,'pct',3,NULL,NULL,'violation','legal-transitions',1,'process-crash:6',NULL,'8e8b75d8f85d61a4',860,1138,18,30000000,1708,2.6953538568357406908e-07,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(44,'worker-crash-restart','plan',5,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:6',NULL,'cd08682860132593',1181,1352,18,37000000,4982,1.8499772082807941051e-07,8,16,16,15,15,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(45,'worker-crash-restart','hardened',5,'pct',3,NULL,NULL,'pass','',0,'process-crash:10',NULL,'d85e1b6bbee3eef0',1387,1906,20,32000000,9909,7.9912926874877135627e-08,8,16,16,17,12,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(46,'decline-race','legacy',6,'pct',3,NULL,NULL,'pass','',0,'',NULL,'e4f073025b491fd0',704,1947,18,10000000,1780,1.3563368055555554802e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(47,'decline-race','plan',6,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'8233758eba6049f5',1018,2159,18,10000000,1843,2.9599635332492705681e-06,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(48,'decline-race','hardened',6,'pct',3,NULL,NULL,'pass','',0,'',NULL,'3e02434ebb8bc196',1204,4687,20,10000000,4022,2.1256244021681367597e-07,8,24,24,24,16,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(49,'push-chaos','legacy',6,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',3,'push-drop:6,push-duplicate:1,push-delay:3',NULL,'b2f2375261410add',1529,2127,18,51000000,8395,6.9822884478316916598e-08,8,16,18,18,13,8,0,0,0,18,0,0,0);
INSERT INTO runs VALUES(50,'push-chaos','plan',6,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:6,push-duplicate:1,push-delay:3',NULL,'fa73aa704d30f299',6043,9843,18,270000000,20001,5.995676589559387387e-09,8,16,16,16,10,6,1,0,1,20,0,0,0);
INSERT INTO runs VALUES(51,'push-chaos','hardened',6,'pct',3,NULL,NULL,'pass','',0,'push-drop:9,push-duplicate:1,push-delay:4,app-restart:1',NULL,'48d5fd185aa30934',1581,1832,20,30000000,11714,2.8054819116553745867e-08,8,16,16,25,10,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(52,'worker-crash-restart','legacy',6,'pct',3,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',4,'process-crash:3',NULL,'e56d31775c072fa4',1204,1713,18,39000000,7783,1.5483667981849426218e-07,8,16,17,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(53,'worker-crash-restart','plan',6,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:4',NULL,'7103cefdc8083838',1145,1391,18,31000000,2570,2.755718253161221999e-07,8,16,15,15,15,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(54,'worker-crash-restart','hardened',6,'pct',3,NULL,NULL,'pass','',0,'process-crash:8',NULL,'0b610ea9b69a170b',1487,1999,20,31000000,7915,6.6363694281042275723e-08,8,16,15,23,14,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(55,'decline-race','legacy',7,'pct',3,NULL,NULL,'pass','',0,'',NULL,'250d82778ace9ccb',699,1941,18,10000000,6915,1.5959653994701395412e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(56,'decline-race','plan',7,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'b91aa89d96bee1d3',1021,2157,18,10000000,4945,3.4993421236807482216e-06,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(57,'decline-race','hardened',7,'pct',3,NULL,NULL,'pass','',0,'',NULL,'ad617d67fd666909',1124,4161,20,10000000,3029,2.8616560976168128264e-07,8,24,24,24,17,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(58,'push-chaos','legacy',7,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:4,push-duplicate:1,push-delay:3,app-restart:3',NULL,'7c151a5699e1d636',1549,2165,18,50000000,2810,5.0486645827798731583e-08,8,16,20,20,16,8,0,0,0,20,0,0,0);
INSERT INTO runs VALUES(59,'push-chaos','plan',7,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',6,'push-drop:4,push-duplicate:1,push-delay:3,app-restart:3',NULL,'3fd43174fd4240ea',6086,9894,18,270000000,19130,3.0728473278667132865e-09,8,16,16,16,10,6,0,0,2,24,0,0,0);
INSERT INTO runs VALUES(60,'push-chaos','hardened',7,'pct',3,NULL,NULL,'pass','',0,'push-drop:10,push-duplicate:7,push-delay:7,app-restart:4',NULL,'fad948e258924f64',1735,2017,20,30000000,11136,2.7887452932951312719e-08,8,16,16,39,11,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(61,'worker-crash-restart','legacy',7,'pct',3,NULL,NULL,'violation','legal-transitions',2,'process-crash:6',NULL,'d7c8e03ccfad07bc',1155,1733,18,45000000,2178,1.1534759767865267276e-07,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(62,'worker-crash-restart','plan',7,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness,no-message-lost',6,'process-crash:8',NULL,'2ebf1e9415ca79d8',5851,9487,18,270000000,20442,3.5195761394164928675e-09,8,16,15,14,14,4,3,0,1,20,0,0,1);
INSERT INTO runs VALUES(63,'worker-crash-restart','hardened',7,'pct',3,NULL,NULL,'pass','',0,'process-crash:16',NULL,'3d23886de96dfc29',1206,1578,20,31000000,7099,1.9223375624759708854e-07,8,16,15,24,11,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(64,'decline-race','legacy',8,'pct',3,NULL,NULL,'pass','',0,'',NULL,'9d1190b78ad82dab',704,1939,18,10000000,1723,1.9051973784484073039e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(65,'decline-race','plan',8,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'8769a16ea3c719db',1006,2170,18,10000000,1597,3.9231378826040223275e-06,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(66,'decline-race','hardened',8,'pct',3,NULL,NULL,'pass','',0,'',NULL,'2b1fee01f4e257f0',1187,4706,20,10000000,3131,1.3437248051599031751e-07,8,24,24,24,15,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(67,'push-chaos','legacy',8,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions',4,'push-drop:5,push-duplicate:2,push-delay:1,app-restart:2',NULL,'098563c0c9e150d3',1510,2127,18,50000000,2924,6.6356780501723620444e-08,8,16,18,18,14,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(68,'push-chaos','plan',8,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:5,push-duplicate:2,push-delay:1,app-restart:1',NULL,'00032737d03df4ed',6027,9834,18,270000000,18051,5.9525776000338107944e-09,8,16,16,16,10,4,3,0,1,20,0,0,0);
INSERT INTO runs VALUES(69,'push-chaos','hardened',8,'pct',3,NULL,NULL,'pass','',0,'push-drop:5,push-duplicate:2,push-delay:3,app-restart:2',NULL,'dcf88da7a86a03fa',1656,2104,20,30000000,8029,3.1745527848764305708e-08,8,16,16,23,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(70,'worker-crash-restart','legacy',8,'pct',3,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',4,'process-crash:4',NULL,'7a30ffa40f7540f5',1169,1629,18,42000000,2512,1.856747476030318541e-07,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(71,'worker-crash-restart','plan',8,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:5',NULL,'8f7457006309cbf7',1123,1371,18,33000000,6025,4.9503725155317937554e-07,8,16,15,15,15,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(72,'worker-crash-restart','hardened',8,'pct',3,NULL,NULL,'pass','',0,'process-crash:6',NULL,'b7e2c2391b4c9673',1428,1844,20,33000000,4408,5.448023674931681565e-08,8,16,15,15,13,6,2,0,0,16,0,0,0);
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
INSERT INTO sweeps VALUES(1,'1c5e8338cd802bb7','{"scenarios":[{"name":"decline-race","content_hash":"ae45d716d9e6cfcd"},{"name":"push-chaos","content_hash":"0ada1c5c40713ae5"},{"name":"worker-crash-restart","content_hash":"7b48b7a1b64ef790"}],"variants":["legacy","plan","hardened"],"seed_first":1,"seed_last":8,"strategy":"pct","pct_depth":3,"fixes":null,"flag_percent":null}','decline-race,push-chaos,worker-crash-restart','legacy,plan,hardened',1,8,'pct',3,NULL,NULL,'all','2026-12-06T00:27:15Z');
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
INSERT INTO run_violations VALUES(7,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(13,'exactly-once-dispatch',2,2,0,0);
INSERT INTO run_violations VALUES(13,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(13,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(16,'legal-transitions',4,0,4,0);
INSERT INTO run_violations VALUES(16,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(17,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(17,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(17,'no-message-lost',3,0,0,3);
INSERT INTO run_violations VALUES(22,'exactly-once-dispatch',2,0,2,0);
INSERT INTO run_violations VALUES(22,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(22,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(25,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(31,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(32,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(32,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(34,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(34,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(37,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(40,'exactly-once-dispatch',3,3,0,0);
INSERT INTO run_violations VALUES(40,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(40,'no-dispatch-after-decline',3,0,3,0);
INSERT INTO run_violations VALUES(41,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(41,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(43,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(49,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(49,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(49,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(50,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(50,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(52,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(52,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(58,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(58,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(59,'exactly-once-dispatch',4,0,0,4);
INSERT INTO run_violations VALUES(59,'liveness',2,0,0,2);
INSERT INTO run_violations VALUES(61,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(62,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(62,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(62,'no-message-lost',3,0,0,3);
INSERT INTO run_violations VALUES(67,'exactly-once-dispatch',2,2,0,0);
INSERT INTO run_violations VALUES(67,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(68,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(68,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(70,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(70,'no-dispatch-after-decline',2,0,2,0);
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
INSERT INTO run_oracles VALUES(34,'metric-1',1,1);
INSERT INTO run_oracles VALUES(34,'step-2',1,1);
INSERT INTO run_oracles VALUES(40,'metric-1',2,0);
INSERT INTO run_oracles VALUES(40,'step-2',2,0);
INSERT INTO run_oracles VALUES(49,'metric-1',2,0);
INSERT INTO run_oracles VALUES(49,'step-2',2,0);
INSERT INTO run_oracles VALUES(52,'metric-1',1,1);
INSERT INTO run_oracles VALUES(52,'step-2',1,1);
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
INSERT INTO run_probes VALUES(6,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(6,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(8,'stale-receipt-handle',15);
INSERT INTO run_probes VALUES(9,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(11,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(12,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(13,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(14,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(14,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(14,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(15,'offer-suppressed-by-app',14);
INSERT INTO run_probes VALUES(15,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(16,'decline-between-check-and-dispatch',1);
INSERT INTO run_probes VALUES(16,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(17,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(18,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(20,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(21,'offer-suppressed-by-app',9);
INSERT INTO run_probes VALUES(22,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(23,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(23,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(23,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(24,'offer-suppressed-by-app',19);
INSERT INTO run_probes VALUES(24,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(26,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(27,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(29,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(30,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(31,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(32,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(33,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(34,'decline-between-check-and-dispatch',1);
INSERT INTO run_probes VALUES(34,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(35,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(36,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(37,'dispatch-from-stale-read',1);
INSERT INTO run_probes VALUES(37,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(38,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(39,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(41,'offer-suppressed-by-app',3);
INSERT INTO run_probes VALUES(41,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(41,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(42,'offer-suppressed-by-app',15);
INSERT INTO run_probes VALUES(42,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(44,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(45,'offer-suppressed-by-app',5);
INSERT INTO run_probes VALUES(47,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(48,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(49,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(50,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(50,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(50,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(51,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(51,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(52,'dispatch-from-stale-read',1);
INSERT INTO run_probes VALUES(52,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(53,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(54,'offer-suppressed-by-app',9);
INSERT INTO run_probes VALUES(56,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(57,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(58,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(59,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(59,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(59,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(60,'offer-suppressed-by-app',22);
INSERT INTO run_probes VALUES(60,'push-delivered-after-decline',5);
INSERT INTO run_probes VALUES(62,'stale-receipt-handle',18);
INSERT INTO run_probes VALUES(63,'offer-suppressed-by-app',13);
INSERT INTO run_probes VALUES(65,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(66,'offer-suppressed-by-app',9);
INSERT INTO run_probes VALUES(67,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(68,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(68,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(69,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(69,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(70,'decline-between-check-and-dispatch',1);
INSERT INTO run_probes VALUES(70,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(71,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(72,'offer-suppressed-by-app',2);
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
INSERT INTO run_violation_examples VALUES(7,0,'legal-transitions',5,1,9345759,'request 5 went from ACCEPTED to DECLINED at t=9.345759s');
INSERT INTO run_violation_examples VALUES(7,1,'legal-transitions',3,2,11094733,'request 3 went from ACCEPTED to DECLINED at t=11.094733s');
INSERT INTO run_violation_examples VALUES(7,2,'legal-transitions',2,1,12056652,'request 2 went from ACCEPTED to DECLINED at t=12.056652s');
INSERT INTO run_violation_examples VALUES(13,0,'no-dispatch-after-decline',4,2,10813513,'driver 2 declined request 4 at t=10.770565s and was shown it again at t=10.813513s');
INSERT INTO run_violation_examples VALUES(13,1,'exactly-once-dispatch',3,3,6197739,'request 3 was shown to driver 3 2 times (first at t=4.196077s, again at t=6.197739s)');
INSERT INTO run_violation_examples VALUES(13,2,'exactly-once-dispatch',4,2,10813513,'request 4 was shown to driver 2 2 times (first at t=8.952453s, again at t=10.813513s)');
INSERT INTO run_violation_examples VALUES(13,3,'legal-transitions',3,2,6928102,'request 3 went from ACCEPTED to DECLINED at t=6.928102s');
INSERT INTO run_violation_examples VALUES(13,4,'legal-transitions',6,1,52090819,'request 6 went from ACCEPTED to DECLINED at t=52.090819s');
INSERT INTO run_violation_examples VALUES(16,0,'no-dispatch-after-decline',8,4,38000000,'request 8 was declined by driver 2 at t=13.447101s, then a dispatch_log row committed for driver 4 at t=38.000000s (+24552899 us)');
INSERT INTO run_violation_examples VALUES(16,1,'no-dispatch-after-decline',8,4,38000000,'request 8 was declined by driver 2 at t=13.447101s, then a push was sent for driver 4 at t=38.000000s (+24552899 us)');
INSERT INTO run_violation_examples VALUES(16,2,'legal-transitions',5,1,4853505,'request 5 went from ACCEPTED to DECLINED at t=4.853505s');
INSERT INTO run_violation_examples VALUES(16,3,'legal-transitions',4,1,10839315,'request 4 went from ACCEPTED to DECLINED at t=10.839315s');
INSERT INTO run_violation_examples VALUES(16,4,'legal-transitions',3,1,13754353,'request 3 went from ACCEPTED to DECLINED at t=13.754353s');
INSERT INTO run_violation_examples VALUES(17,0,'exactly-once-dispatch',6,2,7200000,'the offer of request 6 to driver 2 (made at t=7.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(17,1,'exactly-once-dispatch',6,4,7200000,'the offer of request 6 to driver 4 (made at t=7.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(17,2,'no-message-lost',6,4,46400000,'dispatch message 16 (sent at t=16.400000s, received 2 times): a consumer deleted it at t=46.400000s while request 6 was open, and the offer to driver 4 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(17,3,'no-message-lost',6,4,61000000,'dispatch message 18 (sent at t=61.000000s, received 1 times): a consumer deleted it at t=61.000000s while request 6 was open, and the offer to driver 4 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(17,4,'no-message-lost',6,4,106000000,'dispatch message 20 (sent at t=106.000000s, received 1 times): a consumer deleted it at t=106.000000s while request 6 was open, and the offer to driver 4 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(17,5,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
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
INSERT INTO run_violation_examples VALUES(32,0,'exactly-once-dispatch',1,2,4800000,'the offer of request 1 to driver 2 (made at t=4.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(32,1,'exactly-once-dispatch',1,3,4800000,'the offer of request 1 to driver 3 (made at t=4.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(32,2,'liveness',1,0,270000000,'request 1 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(34,0,'no-dispatch-after-decline',7,2,37000000,'request 7 was declined by driver 3 at t=16.553333s, then a dispatch_log row committed for driver 2 at t=37.000000s (+20446667 us)');
INSERT INTO run_violation_examples VALUES(34,1,'no-dispatch-after-decline',7,2,37000000,'request 7 was declined by driver 3 at t=16.553333s, then a push was sent for driver 2 at t=37.000000s (+20446667 us)');
INSERT INTO run_violation_examples VALUES(34,2,'legal-transitions',6,3,11651765,'request 6 went from ACCEPTED to DECLINED at t=11.651765s');
INSERT INTO run_violation_examples VALUES(34,3,'legal-transitions',3,1,11986373,'request 3 went from ACCEPTED to DECLINED at t=11.986373s');
INSERT INTO run_violation_examples VALUES(34,4,'legal-transitions',1,4,12597818,'request 1 went from ACCEPTED to DECLINED at t=12.597818s');
INSERT INTO run_violation_examples VALUES(37,0,'no-dispatch-after-decline',2,2,1253519,'request 2 was declined by driver 4 at t=1.181025s, then a dispatch_log row committed for driver 2 at t=1.253519s (+72494 us)');
INSERT INTO run_violation_examples VALUES(37,1,'no-dispatch-after-decline',2,2,1253519,'request 2 was declined by driver 4 at t=1.181025s, then a push was sent for driver 2 at t=1.253519s (+72494 us)');
INSERT INTO run_violation_examples VALUES(40,0,'no-dispatch-after-decline',6,3,4891397,'driver 3 declined request 6 at t=4.866149s and was shown it again at t=4.891397s');
INSERT INTO run_violation_examples VALUES(40,1,'no-dispatch-after-decline',8,3,8613049,'driver 3 declined request 8 at t=8.585627s and was shown it again at t=8.613049s');
INSERT INTO run_violation_examples VALUES(40,2,'no-dispatch-after-decline',5,2,9799355,'driver 2 declined request 5 at t=9.773433s and was shown it again at t=9.799355s');
INSERT INTO run_violation_examples VALUES(40,3,'exactly-once-dispatch',5,2,9799355,'request 5 was shown to driver 2 2 times (first at t=8.086471s, again at t=9.799355s)');
INSERT INTO run_violation_examples VALUES(40,4,'exactly-once-dispatch',6,3,4891397,'request 6 was shown to driver 3 2 times (first at t=3.047811s, again at t=4.891397s)');
INSERT INTO run_violation_examples VALUES(40,5,'legal-transitions',8,3,8593331,'request 8 went from ACCEPTED to DECLINED at t=8.593331s');
INSERT INTO run_violation_examples VALUES(41,0,'exactly-once-dispatch',4,2,3800000,'the offer of request 4 to driver 2 (made at t=3.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(41,1,'exactly-once-dispatch',4,3,3800000,'the offer of request 4 to driver 3 (made at t=3.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(41,2,'liveness',4,0,270000000,'request 4 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(43,0,'legal-transitions',4,4,11659492,'request 4 went from ACCEPTED to DECLINED at t=11.659492s');
INSERT INTO run_violation_examples VALUES(49,0,'no-dispatch-after-decline',6,4,17159650,'driver 4 declined request 6 at t=7.581501s and was shown it again at t=17.159650s');
INSERT INTO run_violation_examples VALUES(49,1,'exactly-once-dispatch',6,4,17159650,'request 6 was shown to driver 4 2 times (first at t=5.271225s, again at t=17.159650s)');
INSERT INTO run_violation_examples VALUES(49,2,'legal-transitions',4,2,7377229,'request 4 went from ACCEPTED to DECLINED at t=7.377229s');
INSERT INTO run_violation_examples VALUES(50,0,'exactly-once-dispatch',3,1,4000000,'the offer of request 3 to driver 1 (made at t=4.000000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(50,1,'exactly-once-dispatch',3,4,4000000,'the offer of request 3 to driver 4 (made at t=4.000000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(50,2,'liveness',3,0,270000000,'request 3 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(52,0,'no-dispatch-after-decline',3,4,35000000,'request 3 was declined by driver 1 at t=12.617193s, then a dispatch_log row committed for driver 4 at t=35.000000s (+22382807 us)');
INSERT INTO run_violation_examples VALUES(52,1,'no-dispatch-after-decline',3,4,35000000,'request 3 was declined by driver 1 at t=12.617193s, then a push was sent for driver 4 at t=35.000000s (+22382807 us)');
INSERT INTO run_violation_examples VALUES(52,2,'legal-transitions',5,3,33832559,'request 5 went from ACCEPTED to DECLINED at t=33.832559s');
INSERT INTO run_violation_examples VALUES(52,3,'legal-transitions',4,3,36851815,'request 4 went from ACCEPTED to DECLINED at t=36.851815s');
INSERT INTO run_violation_examples VALUES(58,0,'no-dispatch-after-decline',5,4,5787026,'driver 4 declined request 5 at t=5.753987s and was shown it again at t=5.787026s');
INSERT INTO run_violation_examples VALUES(58,1,'exactly-once-dispatch',5,4,5787026,'request 5 was shown to driver 4 2 times (first at t=4.014506s, again at t=5.787026s)');
INSERT INTO run_violation_examples VALUES(59,0,'exactly-once-dispatch',6,1,800000,'the offer of request 6 to driver 1 (made at t=0.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,1,'exactly-once-dispatch',6,4,800000,'the offer of request 6 to driver 4 (made at t=0.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,2,'exactly-once-dispatch',7,1,2600000,'the offer of request 7 to driver 1 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,3,'exactly-once-dispatch',7,2,2600000,'the offer of request 7 to driver 2 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(59,4,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(61,0,'legal-transitions',8,2,10031953,'request 8 went from ACCEPTED to DECLINED at t=10.031953s');
INSERT INTO run_violation_examples VALUES(61,1,'legal-transitions',4,4,42275386,'request 4 went from ACCEPTED to DECLINED at t=42.275386s');
INSERT INTO run_violation_examples VALUES(62,0,'exactly-once-dispatch',2,1,3200000,'the offer of request 2 to driver 1 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(62,1,'exactly-once-dispatch',2,4,3200000,'the offer of request 2 to driver 4 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(62,2,'no-message-lost',2,1,10900000,'dispatch message 10 (sent at t=5.900000s, received 1 times): a consumer deleted it at t=10.900000s while request 2 was open, and the offer to driver 1 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(62,3,'no-message-lost',2,1,50100000,'dispatch message 18 (sent at t=50.100000s, received 1 times): a consumer deleted it at t=50.100000s while request 2 was open, and the offer to driver 1 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(62,4,'no-message-lost',2,1,95000000,'dispatch message 20 (sent at t=95.000000s, received 1 times): a consumer deleted it at t=95.000000s while request 2 was open, and the offer to driver 1 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(62,5,'liveness',2,0,270000000,'request 2 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(67,0,'exactly-once-dispatch',4,3,4622803,'request 4 was shown to driver 3 2 times (first at t=3.104592s, again at t=4.622803s)');
INSERT INTO run_violation_examples VALUES(67,1,'exactly-once-dispatch',6,4,5528393,'request 6 was shown to driver 4 2 times (first at t=4.763637s, again at t=5.528393s)');
INSERT INTO run_violation_examples VALUES(67,2,'legal-transitions',6,4,7156170,'request 6 went from ACCEPTED to DECLINED at t=7.156170s');
INSERT INTO run_violation_examples VALUES(67,3,'legal-transitions',2,4,49877393,'request 2 went from ACCEPTED to DECLINED at t=49.877393s');
INSERT INTO run_violation_examples VALUES(68,0,'exactly-once-dispatch',2,1,3200000,'the offer of request 2 to driver 1 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(68,1,'exactly-once-dispatch',2,4,3200000,'the offer of request 2 to driver 4 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(68,2,'liveness',2,0,270000000,'request 2 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(70,0,'no-dispatch-after-decline',3,1,39000000,'request 3 was declined by driver 3 at t=10.910707s, then a dispatch_log row committed for driver 1 at t=39.000000s (+28089293 us)');
INSERT INTO run_violation_examples VALUES(70,1,'no-dispatch-after-decline',3,1,39000000,'request 3 was declined by driver 3 at t=10.910707s, then a push was sent for driver 1 at t=39.000000s (+28089293 us)');
INSERT INTO run_violation_examples VALUES(70,2,'legal-transitions',6,1,4872225,'request 6 went from ACCEPTED to DECLINED at t=4.872225s');
INSERT INTO run_violation_examples VALUES(70,3,'legal-transitions',2,1,9870160,'request 2 went from ACCEPTED to DECLINED at t=9.870160s');
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
INSERT INTO run_faults VALUES(6,'push-delay',3);
INSERT INTO run_faults VALUES(6,'push-drop',9);
INSERT INTO run_faults VALUES(6,'push-duplicate',4);
INSERT INTO run_faults VALUES(7,'process-crash',6);
INSERT INTO run_faults VALUES(8,'process-crash',9);
INSERT INTO run_faults VALUES(9,'process-crash',14);
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
INSERT INTO run_faults VALUES(16,'process-crash',10);
INSERT INTO run_faults VALUES(17,'process-crash',11);
INSERT INTO run_faults VALUES(18,'process-crash',15);
INSERT INTO run_faults VALUES(22,'push-delay',4);
INSERT INTO run_faults VALUES(22,'push-drop',1);
INSERT INTO run_faults VALUES(22,'push-duplicate',2);
INSERT INTO run_faults VALUES(23,'push-delay',4);
INSERT INTO run_faults VALUES(23,'push-drop',1);
INSERT INTO run_faults VALUES(23,'push-duplicate',2);
INSERT INTO run_faults VALUES(24,'app-restart',3);
INSERT INTO run_faults VALUES(24,'push-delay',7);
INSERT INTO run_faults VALUES(24,'push-drop',3);
INSERT INTO run_faults VALUES(24,'push-duplicate',5);
INSERT INTO run_faults VALUES(25,'process-crash',5);
INSERT INTO run_faults VALUES(26,'process-crash',5);
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
INSERT INTO run_faults VALUES(34,'process-crash',8);
INSERT INTO run_faults VALUES(35,'process-crash',8);
INSERT INTO run_faults VALUES(36,'process-crash',13);
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
INSERT INTO run_faults VALUES(45,'process-crash',10);
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
INSERT INTO run_faults VALUES(63,'process-crash',16);
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
INSERT INTO run_faults VALUES(72,'process-crash',6);
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
INSERT INTO run_signatures VALUES(7,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(13,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(13,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(13,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(13,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(16,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(16,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(16,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(16,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(17,'34b18d5a72189a63','key-set-before-work','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(17,'4a8d3f21118fcf4e','key-set-before-work','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(17,'9a040d9a91f8d875','key-set-before-work','no-message-lost','none','final-state',3);
INSERT INTO run_signatures VALUES(22,'10fbfa769f5c4408','race-in-state-transitions','legal-transitions','push-drop','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(22,'562a23ba09b3a75d','race-in-state-transitions','legal-transitions','push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(22,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(22,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',2);
INSERT INTO run_signatures VALUES(25,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(31,'72bb8c62dedb0392','race-in-state-transitions','legal-transitions','push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(31,'f8667b061a6dc1b1','race-in-state-transitions','legal-transitions','push-drop+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(32,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(32,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(34,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(34,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(34,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(37,'0641f5ef348eb833','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(37,'f75ff5b68badf4e9','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(40,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(40,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(40,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(40,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',2);
INSERT INTO run_signatures VALUES(40,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',2);
INSERT INTO run_signatures VALUES(41,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(41,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(43,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(49,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(49,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(49,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(50,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(50,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(52,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(52,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(52,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(52,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(58,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(58,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(59,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',4);
INSERT INTO run_signatures VALUES(59,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',2);
INSERT INTO run_signatures VALUES(61,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(62,'34b18d5a72189a63','key-set-before-work','exactly-once-dispatch','none','queue-row-added',1);
INSERT INTO run_signatures VALUES(62,'7a1aef1fcc742f68','nack-then-delete','exactly-once-dispatch','none','queue-row-added',1);
INSERT INTO run_signatures VALUES(62,'e0946ceaea71568b','nack-then-delete','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(62,'f75c0b66fc47ef16','nack-then-delete','no-message-lost','none','final-state',3);
INSERT INTO run_signatures VALUES(67,'10fbfa769f5c4408','race-in-state-transitions','legal-transitions','push-drop','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(67,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(67,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(67,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(68,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(68,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(70,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(70,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(70,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(70,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
CREATE TABLE sweep_completions (
  shard TEXT PRIMARY KEY,
  expected_runs INTEGER NOT NULL,
  completed_at TEXT NOT NULL
);
INSERT INTO sweep_completions VALUES('all',72,'2026-12-06T00:27:16Z');
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
