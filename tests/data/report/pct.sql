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
INSERT INTO runs VALUES(1,'decline-race','legacy',1,'pct',3,NULL,NULL,'pass','',0,'',NULL,'3c0a8ff4de1e0a08',706,1951,18,10000000,66123,1.3563368055555554802e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(2,'decline-race','hardened',1,'pct',3,NULL,NULL,'pass','',0,'',NULL,'c67d4a9b14d4032b',1118,4227,20,10000000,68083,2.0160965145723457356e-07,8,24,24,24,16,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(3,'decline-race','plan',1,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'d1722c8e44d4a7cc',1015,2195,18,10000000,15833,2.7167859335691503233e-06,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(4,'push-chaos','legacy',1,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'9146a9e4de4de158',1491,2090,18,50000000,17731,4.6165148802739183362e-08,8,16,18,18,12,5,3,0,0,18,0,0,0);
INSERT INTO runs VALUES(5,'push-chaos','hardened',1,'pct',3,NULL,NULL,'pass','',0,'push-drop:9,push-duplicate:4,push-delay:3,app-restart:3',NULL,'f7c833d45ada8fdc',1614,1886,20,30000000,19611,2.7639197910476638268e-08,8,16,16,27,11,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(6,'push-chaos','plan',1,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:7,push-duplicate:1,push-delay:1',NULL,'342500475cf78c7a',6023,9836,18,270000000,51498,5.8792207690199495945e-09,8,16,16,16,9,5,2,0,1,20,0,0,0);
INSERT INTO runs VALUES(7,'worker-crash-restart','plan',1,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:9',NULL,'3e37938aff0b5171',1203,1485,18,44000000,13988,2.5149640360142851494e-07,8,16,15,15,15,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(8,'worker-crash-restart','legacy',1,'pct',3,NULL,NULL,'violation','legal-transitions',3,'process-crash:6',NULL,'97f4189062506fe8',762,1049,18,30000000,16563,6.2559744556051032804e-07,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(9,'decline-race','legacy',2,'pct',3,NULL,NULL,'pass','',0,'',NULL,'73d30ab1fb12a304',703,1958,18,10000000,16350,2.1359306249733007814e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(10,'worker-crash-restart','hardened',1,'pct',3,NULL,NULL,'pass','',0,'process-crash:14',NULL,'be6e51440c3e203e',1510,2054,20,38000000,42461,5.7193514255483427254e-08,8,16,15,18,10,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(11,'decline-race','hardened',2,'pct',3,NULL,NULL,'pass','',0,'',NULL,'84cd5031d8d6f67e',1174,4604,20,10000000,28743,1.8071679509606906109e-07,8,24,24,24,14,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(12,'decline-race','plan',2,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'4a9adb0dc0508deb',1007,2148,18,10000000,12498,5.0390526581002774392e-06,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(13,'push-chaos','legacy',2,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',5,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'e235850364fcf692',1583,2267,18,53000000,17683,4.5171488587558920558e-08,8,16,18,18,15,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(14,'push-chaos','plan',2,'pct',3,'1,2,3,4,5',100,'pass','',0,'push-drop:3,push-duplicate:2,push-delay:2,app-restart:2',NULL,'2af4187356d31d85',1190,1337,18,30000000,12542,1.2193263222069805996e-07,8,16,16,16,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(15,'worker-crash-restart','legacy',2,'pct',3,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',6,'process-crash:10',NULL,'178572c1ed25513d',894,1216,18,40000000,17510,3.6713711616732348183e-07,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(16,'push-chaos','hardened',2,'pct',3,NULL,NULL,'pass','',0,'push-drop:4,push-duplicate:3,push-delay:3,app-restart:3',NULL,'354ca508a979ae37',1673,2080,20,30000000,19404,3.1097931116838658785e-08,8,16,16,28,11,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(17,'worker-crash-restart','hardened',2,'pct',3,NULL,NULL,'pass','',0,'process-crash:15',NULL,'af2a7f306c4bfb7a',1663,2341,20,46000000,30177,4.9503725155317936231e-08,8,15,16,20,13,6,2,0,0,17,0,0,0);
INSERT INTO runs VALUES(18,'decline-race','legacy',3,'pct',3,NULL,NULL,'pass','',0,'',NULL,'1bf3fcc86a0fe86c',696,2004,18,10000000,16207,1.5959653994701395412e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(19,'worker-crash-restart','plan',2,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness,no-message-lost',6,'process-crash:11',NULL,'8468c6f6157ac0aa',5672,9372,18,270000000,63675,3.7228717777213838227e-09,8,14,14,13,13,4,3,0,1,20,0,0,0);
INSERT INTO runs VALUES(20,'decline-race','hardened',3,'pct',3,NULL,NULL,'pass','',0,'',NULL,'a98b72022072bd85',1109,4262,20,10000000,21293,1.5070408950617283643e-07,8,24,24,24,15,5,3,0,0,24,0,0,0);
INSERT INTO runs VALUES(21,'decline-race','plan',3,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'16f953c590ade2f8',998,2178,18,10000000,20412,3.3908420138888887007e-06,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(22,'push-chaos','legacy',3,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',6,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'d30f3ebd3ff27c07',1054,1433,18,30000000,20999,1.703943846189759969e-07,8,16,16,16,17,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(23,'push-chaos','plan',3,'pct',3,'1,2,3,4,5',100,'pass','',0,'push-drop:1,push-duplicate:2,push-delay:4',NULL,'133d5c32eac34c57',1188,1409,18,30000000,12382,1.8298871069448242444e-07,8,16,16,16,15,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(24,'worker-crash-restart','legacy',3,'pct',3,NULL,NULL,'violation','legal-transitions',3,'process-crash:5',NULL,'8c8f99fe82b8527b',854,1237,18,30000000,20810,3.9930967343656287066e-07,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(25,'push-chaos','hardened',3,'pct',3,NULL,NULL,'pass','',0,'push-drop:3,push-duplicate:5,push-delay:7,app-restart:3',NULL,'29368a6f33d70ea4',1713,2127,20,30000000,31862,2.5804267406526620323e-08,8,16,16,31,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(26,'worker-crash-restart','plan',3,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:5',NULL,'726ce14b40acc45c',1003,1128,18,30000000,20787,4.6675535018320147262e-07,8,16,16,16,16,4,4,0,0,16,0,0,0);
INSERT INTO runs VALUES(27,'worker-crash-restart','hardened',3,'pct',3,NULL,NULL,'pass','',0,'process-crash:11',NULL,'083fb4c16ff0ffe7',1417,1876,20,35000000,35681,1.0204081632653060681e-07,8,16,15,18,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(28,'decline-race','plan',4,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'1bfd364754df0f72',1029,2240,18,10000000,21076,2.4045860264696828905e-06,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(29,'decline-race','legacy',4,'pct',3,NULL,NULL,'pass','',0,'',NULL,'099ba2c160eee2ab',703,1981,18,10000000,20275,2.0545693622616700564e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(30,'decline-race','hardened',4,'pct',3,NULL,NULL,'pass','',0,'',NULL,'6aa89857b00bc9bc',1101,4205,20,10000000,24182,1.8999198233834531141e-07,8,24,24,24,14,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(31,'push-chaos','legacy',4,'pct',3,NULL,NULL,'violation','legal-transitions',3,'push-drop:4,push-delay:2,app-restart:2',NULL,'3e45f3ffe0930400',1639,2298,18,55000000,13603,4.8163599030717201415e-08,8,16,20,20,14,7,1,0,0,20,0,0,0);
INSERT INTO runs VALUES(32,'push-chaos','hardened',4,'pct',3,NULL,NULL,'pass','',0,'push-drop:6,push-delay:3,app-restart:2',NULL,'db04101cab09f95f',1628,1933,20,30000000,39436,2.5257002630264255543e-08,8,16,16,30,13,3,5,0,0,16,0,0,0);
INSERT INTO runs VALUES(33,'worker-crash-restart','plan',4,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:8',NULL,'96aa7ca9cada2184',1079,1244,18,40000000,9712,4.6406124123388315053e-07,8,16,16,15,15,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(34,'push-chaos','plan',4,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:4,push-delay:2,app-restart:2',NULL,'63a2e131466c0fd4',6029,9819,18,270000000,52420,5.7959628197794972859e-09,8,16,16,16,11,5,2,0,1,20,0,0,0);
INSERT INTO runs VALUES(35,'worker-crash-restart','legacy',4,'pct',3,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',5,'process-crash:8',NULL,'8562db1e4005f5fb',993,1436,18,40000000,9761,2.843694619047293921e-07,8,16,17,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(36,'decline-race','plan',5,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'f63edaa38f25ecb1',1016,2144,18,10000000,3886,3.4993421236807482216e-06,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(37,'worker-crash-restart','hardened',4,'pct',3,NULL,NULL,'pass','',0,'process-crash:13',NULL,'ebed71d232e1998a',1308,1918,20,36000000,11961,1.194432035622740905e-07,8,16,16,15,13,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(38,'decline-race','legacy',5,'pct',3,NULL,NULL,'violation','no-dispatch-after-decline',2,'',NULL,'93006a467b8b9e8e',702,1938,18,10000000,3947,1.7099278410451079085e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(39,'decline-race','hardened',5,'pct',3,NULL,NULL,'pass','',0,'',NULL,'99c3402101c55107',1290,5288,20,10000000,14615,1.2759138094703426201e-07,8,24,24,24,17,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(40,'push-chaos','legacy',5,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',8,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'ff2dd8001ca90b5b',1571,2242,18,52000000,13746,5.0776659472629554034e-08,8,16,18,18,18,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(41,'push-chaos','plan',5,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:3,push-duplicate:3,push-delay:2',NULL,'f442985fb68ae178',6061,9876,18,270000000,42092,2.8449817955020370748e-09,8,16,16,16,13,6,1,0,1,20,0,0,0);
INSERT INTO runs VALUES(42,'worker-crash-restart','legacy',5,'pct',3,NULL,NULL,'violation','legal-transitions',1,'process-crash:6',NULL,'ada3538a654bcfb9',860,1138,18,30000000,12643,2.6953538568357406908e-07,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(43,'worker-crash-restart','plan',5,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:6',NULL,'866a61fd89d8c31a',1181,1356,18,37000000,13075,1.8499772082807941051e-07,8,16,16,15,15,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(44,'push-chaos','hardened',5,'pct',3,NULL,NULL,'pass','',0,'push-drop:4,push-duplicate:7,push-delay:3,app-restart:3',NULL,'694175db658fce75',1711,2201,20,30000000,19081,2.4588438712824738016e-08,8,16,16,26,12,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(45,'decline-race','legacy',6,'pct',3,NULL,NULL,'pass','',0,'',NULL,'75c291817fb93b71',704,1963,18,10000000,3749,1.3563368055555554802e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(46,'decline-race','plan',6,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'a32829d62001863c',1018,2177,18,10000000,12481,2.9599635332492705681e-06,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(47,'worker-crash-restart','hardened',5,'pct',3,NULL,NULL,'pass','',0,'process-crash:10',NULL,'86f5db7d04b42c81',1387,1906,20,32000000,36508,7.9912926874877135627e-08,8,16,16,17,12,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(48,'decline-race','hardened',6,'pct',3,NULL,NULL,'pass','',0,'',NULL,'2796e86e7e36ac60',1204,4703,20,10000000,14660,2.1256244021681367597e-07,8,24,24,24,16,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(49,'push-chaos','legacy',6,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions,no-dispatch-after-decline',3,'push-drop:6,push-duplicate:1,push-delay:3',NULL,'438ceeefe9d4a136',1529,2127,18,51000000,32486,6.9822884478316916598e-08,8,16,18,18,13,8,0,0,0,18,0,0,0);
INSERT INTO runs VALUES(50,'push-chaos','hardened',6,'pct',3,NULL,NULL,'pass','',0,'push-drop:9,push-duplicate:1,push-delay:4,app-restart:1',NULL,'8abdc954552c3a01',1581,1832,20,30000000,15465,2.8054819116553745867e-08,8,16,16,25,10,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(51,'worker-crash-restart','legacy',6,'pct',3,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',4,'process-crash:3',NULL,'516ab1e5a3569cf9',1204,1713,18,39000000,4863,1.5483667981849426218e-07,8,16,17,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(52,'worker-crash-restart','hardened',6,'pct',3,NULL,NULL,'pass','',0,'process-crash:8',NULL,'3adf5115feab51c0',1487,1999,20,31000000,11601,6.6363694281042275723e-08,8,16,15,23,14,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(53,'decline-race','legacy',7,'pct',3,NULL,NULL,'pass','',0,'',NULL,'3d970c6b48d1013b',699,1957,18,10000000,3694,1.5959653994701395412e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(54,'decline-race','plan',7,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'2e1c4cef29529b88',1021,2175,18,10000000,18394,3.4993421236807482216e-06,8,24,24,24,24,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(55,'decline-race','hardened',7,'pct',3,NULL,NULL,'pass','',0,'',NULL,'a6849834cb7a7ffe',1124,4177,20,10000000,19625,2.8616560976168128264e-07,8,24,24,24,17,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(56,'push-chaos','legacy',7,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,no-dispatch-after-decline',2,'push-drop:4,push-duplicate:1,push-delay:3,app-restart:3',NULL,'8503d2159de30b8d',1549,2165,18,50000000,9818,5.0486645827798731583e-08,8,16,20,20,16,8,0,0,0,20,0,0,0);
INSERT INTO runs VALUES(57,'push-chaos','plan',6,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:6,push-duplicate:1,push-delay:3',NULL,'0291677dd4f4e7f3',6043,9843,18,270000000,141131,5.995676589559387387e-09,8,16,16,16,10,6,1,0,1,20,0,0,0);
INSERT INTO runs VALUES(58,'push-chaos','plan',7,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',6,'push-drop:4,push-duplicate:1,push-delay:3,app-restart:3',NULL,'e98df5b194c76391',6086,9894,18,270000000,35011,3.0728473278667132865e-09,8,16,16,16,10,6,0,0,2,24,0,0,0);
INSERT INTO runs VALUES(59,'worker-crash-restart','plan',6,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:4',NULL,'f911c5ace226abb9',1145,1391,18,31000000,50774,2.755718253161221999e-07,8,16,15,15,15,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(60,'push-chaos','hardened',7,'pct',3,NULL,NULL,'pass','',0,'push-drop:10,push-duplicate:7,push-delay:7,app-restart:4',NULL,'e0fe8cb554e656f2',1735,2017,20,30000000,40032,2.7887452932951312719e-08,8,16,16,39,11,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(61,'worker-crash-restart','legacy',7,'pct',3,NULL,NULL,'violation','legal-transitions',2,'process-crash:6',NULL,'bc385dbf067a9d1b',1155,1733,18,45000000,57864,1.1534759767865267276e-07,8,16,16,16,16,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(62,'worker-crash-restart','plan',7,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness,no-message-lost',6,'process-crash:8',NULL,'eb0a5574e6aec529',5851,9495,18,270000000,53012,3.5195761394164928675e-09,8,16,15,14,14,4,3,0,1,20,0,0,1);
INSERT INTO runs VALUES(63,'decline-race','legacy',8,'pct',3,NULL,NULL,'pass','',0,'',NULL,'7742378c96a27b2d',704,1955,18,10000000,16310,1.9051973784484073039e-05,8,24,24,24,24,8,0,0,0,24,0,0,0);
INSERT INTO runs VALUES(64,'decline-race','hardened',8,'pct',3,NULL,NULL,'pass','',0,'',NULL,'c99da52bfb60f5c9',1187,4722,20,10000000,10274,1.3437248051599031751e-07,8,24,24,24,15,7,1,0,0,24,0,0,0);
INSERT INTO runs VALUES(65,'worker-crash-restart','hardened',7,'pct',3,NULL,NULL,'pass','',0,'process-crash:16',NULL,'477f9d5971bb9224',1206,1588,20,31000000,52747,1.9223375624759708854e-07,8,16,15,24,11,8,0,0,0,16,0,0,0);
INSERT INTO runs VALUES(66,'push-chaos','legacy',8,'pct',3,NULL,NULL,'violation','exactly-once-dispatch,legal-transitions',4,'push-drop:5,push-duplicate:2,push-delay:1,app-restart:2',NULL,'861114b10f10f411',1510,2127,18,50000000,21030,6.6356780501723620444e-08,8,16,18,18,14,7,1,0,0,18,0,0,0);
INSERT INTO runs VALUES(67,'decline-race','plan',8,'pct',3,'1,2,3,4,5',100,'pass','',0,'',NULL,'08d7d4037cd0d827',1006,2188,18,10000000,51353,3.9231378826040223275e-06,8,24,24,24,24,6,2,0,0,24,0,0,0);
INSERT INTO runs VALUES(68,'push-chaos','plan',8,'pct',3,'1,2,3,4,5',100,'violation','exactly-once-dispatch,liveness',3,'push-drop:5,push-duplicate:2,push-delay:1,app-restart:1',NULL,'d14968c74c560ce6',6027,9834,18,270000000,53032,5.9525776000338107944e-09,8,16,16,16,10,4,3,0,1,20,0,0,0);
INSERT INTO runs VALUES(69,'push-chaos','hardened',8,'pct',3,NULL,NULL,'pass','',0,'push-drop:5,push-duplicate:2,push-delay:3,app-restart:2',NULL,'35cf224332aed191',1656,2104,20,30000000,40774,3.1745527848764305708e-08,8,16,16,23,12,5,3,0,0,16,0,0,0);
INSERT INTO runs VALUES(70,'worker-crash-restart','legacy',8,'pct',3,NULL,NULL,'violation','legal-transitions,no-dispatch-after-decline',4,'process-crash:4',NULL,'46e0c18031f24cc8',1169,1629,18,42000000,21634,1.856747476030318541e-07,8,16,16,16,16,7,1,0,0,16,0,0,0);
INSERT INTO runs VALUES(71,'worker-crash-restart','plan',8,'pct',3,'1,2,3,4,5',100,'pass','',0,'process-crash:5',NULL,'27dac3bf3b4d24b9',1123,1371,18,33000000,46506,4.9503725155317937554e-07,8,16,15,15,15,6,2,0,0,16,0,0,0);
INSERT INTO runs VALUES(72,'worker-crash-restart','hardened',8,'pct',3,NULL,NULL,'pass','',0,'process-crash:6',NULL,'cee86ba1afc5ea66',1428,1844,20,33000000,40748,5.448023674931681565e-08,8,16,15,15,13,6,2,0,0,16,0,0,0);
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
INSERT INTO sweeps VALUES(1,'1c5e8338cd802bb7','{"scenarios":[{"name":"decline-race","content_hash":"ae45d716d9e6cfcd"},{"name":"push-chaos","content_hash":"0ada1c5c40713ae5"},{"name":"worker-crash-restart","content_hash":"7b48b7a1b64ef790"}],"variants":["legacy","plan","hardened"],"seed_first":1,"seed_last":8,"strategy":"pct","pct_depth":3,"fixes":null,"flag_percent":null}','decline-race,push-chaos,worker-crash-restart','legacy,plan,hardened',1,8,'pct',3,NULL,NULL,'all','2026-12-05T21:33:56Z');
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
INSERT INTO run_violations VALUES(6,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(6,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(8,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(13,'exactly-once-dispatch',2,2,0,0);
INSERT INTO run_violations VALUES(13,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(13,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(15,'legal-transitions',4,0,4,0);
INSERT INTO run_violations VALUES(15,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(19,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(19,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(19,'no-message-lost',3,0,0,3);
INSERT INTO run_violations VALUES(22,'exactly-once-dispatch',2,0,2,0);
INSERT INTO run_violations VALUES(22,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(22,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(24,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(31,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(34,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(34,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(35,'legal-transitions',3,0,3,0);
INSERT INTO run_violations VALUES(35,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(38,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(40,'exactly-once-dispatch',3,3,0,0);
INSERT INTO run_violations VALUES(40,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(40,'no-dispatch-after-decline',3,0,3,0);
INSERT INTO run_violations VALUES(41,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(41,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(42,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(49,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(49,'legal-transitions',1,0,1,0);
INSERT INTO run_violations VALUES(49,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(51,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(51,'no-dispatch-after-decline',2,0,2,0);
INSERT INTO run_violations VALUES(56,'exactly-once-dispatch',1,1,0,0);
INSERT INTO run_violations VALUES(56,'no-dispatch-after-decline',1,0,1,0);
INSERT INTO run_violations VALUES(57,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(57,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(58,'exactly-once-dispatch',4,0,0,4);
INSERT INTO run_violations VALUES(58,'liveness',2,0,0,2);
INSERT INTO run_violations VALUES(61,'legal-transitions',2,0,2,0);
INSERT INTO run_violations VALUES(62,'exactly-once-dispatch',2,0,0,2);
INSERT INTO run_violations VALUES(62,'liveness',1,0,0,1);
INSERT INTO run_violations VALUES(62,'no-message-lost',3,0,0,3);
INSERT INTO run_violations VALUES(66,'exactly-once-dispatch',2,2,0,0);
INSERT INTO run_violations VALUES(66,'legal-transitions',2,0,2,0);
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
INSERT INTO run_oracles VALUES(35,'metric-1',1,1);
INSERT INTO run_oracles VALUES(35,'step-2',1,1);
INSERT INTO run_oracles VALUES(40,'metric-1',2,0);
INSERT INTO run_oracles VALUES(40,'step-2',2,0);
INSERT INTO run_oracles VALUES(49,'metric-1',2,0);
INSERT INTO run_oracles VALUES(49,'step-2',2,0);
INSERT INTO run_oracles VALUES(51,'metric-1',1,1);
INSERT INTO run_oracles VALUES(51,'step-2',1,1);
INSERT INTO run_oracles VALUES(56,'metric-1',4,0);
INSERT INTO run_oracles VALUES(56,'step-2',4,0);
INSERT INTO run_oracles VALUES(66,'metric-1',2,0);
INSERT INTO run_oracles VALUES(66,'step-2',2,0);
CREATE TABLE run_probes (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  probe TEXT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (run_id, probe)
) WITHOUT ROWID;
INSERT INTO run_probes VALUES(2,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(3,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(5,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(5,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(6,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(6,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(7,'stale-receipt-handle',15);
INSERT INTO run_probes VALUES(10,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(11,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(12,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(13,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(14,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(14,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(14,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(15,'decline-between-check-and-dispatch',1);
INSERT INTO run_probes VALUES(15,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(16,'offer-suppressed-by-app',14);
INSERT INTO run_probes VALUES(16,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(17,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(19,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(20,'offer-suppressed-by-app',9);
INSERT INTO run_probes VALUES(21,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(22,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(23,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(23,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(23,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(25,'offer-suppressed-by-app',19);
INSERT INTO run_probes VALUES(25,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(26,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(27,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(28,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(30,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(31,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(32,'offer-suppressed-by-app',10);
INSERT INTO run_probes VALUES(33,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(34,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(35,'decline-between-check-and-dispatch',1);
INSERT INTO run_probes VALUES(35,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(36,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(37,'offer-suppressed-by-app',2);
INSERT INTO run_probes VALUES(38,'dispatch-from-stale-read',1);
INSERT INTO run_probes VALUES(38,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(39,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(41,'offer-suppressed-by-app',3);
INSERT INTO run_probes VALUES(41,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(41,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(43,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(44,'offer-suppressed-by-app',15);
INSERT INTO run_probes VALUES(44,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(46,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(47,'offer-suppressed-by-app',5);
INSERT INTO run_probes VALUES(48,'offer-suppressed-by-app',8);
INSERT INTO run_probes VALUES(49,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(50,'offer-suppressed-by-app',6);
INSERT INTO run_probes VALUES(50,'push-delivered-after-decline',3);
INSERT INTO run_probes VALUES(51,'dispatch-from-stale-read',1);
INSERT INTO run_probes VALUES(51,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(52,'offer-suppressed-by-app',9);
INSERT INTO run_probes VALUES(54,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(55,'offer-suppressed-by-app',7);
INSERT INTO run_probes VALUES(56,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(57,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(57,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(57,'stale-receipt-handle',20);
INSERT INTO run_probes VALUES(58,'offer-suppressed-by-app',1);
INSERT INTO run_probes VALUES(58,'push-delivered-after-decline',2);
INSERT INTO run_probes VALUES(58,'stale-receipt-handle',24);
INSERT INTO run_probes VALUES(59,'stale-receipt-handle',16);
INSERT INTO run_probes VALUES(60,'offer-suppressed-by-app',22);
INSERT INTO run_probes VALUES(60,'push-delivered-after-decline',5);
INSERT INTO run_probes VALUES(62,'stale-receipt-handle',18);
INSERT INTO run_probes VALUES(64,'offer-suppressed-by-app',9);
INSERT INTO run_probes VALUES(65,'offer-suppressed-by-app',13);
INSERT INTO run_probes VALUES(66,'push-delivered-after-decline',1);
INSERT INTO run_probes VALUES(67,'stale-receipt-handle',24);
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
INSERT INTO run_violation_examples VALUES(6,0,'exactly-once-dispatch',6,2,2600000,'the offer of request 6 to driver 2 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(6,1,'exactly-once-dispatch',6,4,2600000,'the offer of request 6 to driver 4 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(6,2,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(8,0,'legal-transitions',5,1,9345759,'request 5 went from ACCEPTED to DECLINED at t=9.345759s');
INSERT INTO run_violation_examples VALUES(8,1,'legal-transitions',3,2,11094733,'request 3 went from ACCEPTED to DECLINED at t=11.094733s');
INSERT INTO run_violation_examples VALUES(8,2,'legal-transitions',2,1,12056652,'request 2 went from ACCEPTED to DECLINED at t=12.056652s');
INSERT INTO run_violation_examples VALUES(13,0,'no-dispatch-after-decline',4,2,10813513,'driver 2 declined request 4 at t=10.770565s and was shown it again at t=10.813513s');
INSERT INTO run_violation_examples VALUES(13,1,'exactly-once-dispatch',3,3,6197739,'request 3 was shown to driver 3 2 times (first at t=4.196077s, again at t=6.197739s)');
INSERT INTO run_violation_examples VALUES(13,2,'exactly-once-dispatch',4,2,10813513,'request 4 was shown to driver 2 2 times (first at t=8.952453s, again at t=10.813513s)');
INSERT INTO run_violation_examples VALUES(13,3,'legal-transitions',3,2,6928102,'request 3 went from ACCEPTED to DECLINED at t=6.928102s');
INSERT INTO run_violation_examples VALUES(13,4,'legal-transitions',6,1,52090819,'request 6 went from ACCEPTED to DECLINED at t=52.090819s');
INSERT INTO run_violation_examples VALUES(15,0,'no-dispatch-after-decline',8,4,38000000,'request 8 was declined by driver 2 at t=13.447101s, then a dispatch_log row committed for driver 4 at t=38.000000s (+24552899 us)');
INSERT INTO run_violation_examples VALUES(15,1,'no-dispatch-after-decline',8,4,38000000,'request 8 was declined by driver 2 at t=13.447101s, then a push was sent for driver 4 at t=38.000000s (+24552899 us)');
INSERT INTO run_violation_examples VALUES(15,2,'legal-transitions',5,1,4853505,'request 5 went from ACCEPTED to DECLINED at t=4.853505s');
INSERT INTO run_violation_examples VALUES(15,3,'legal-transitions',4,1,10839315,'request 4 went from ACCEPTED to DECLINED at t=10.839315s');
INSERT INTO run_violation_examples VALUES(15,4,'legal-transitions',3,1,13754353,'request 3 went from ACCEPTED to DECLINED at t=13.754353s');
INSERT INTO run_violation_examples VALUES(19,0,'exactly-once-dispatch',6,2,7200000,'the offer of request 6 to driver 2 (made at t=7.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(19,1,'exactly-once-dispatch',6,4,7200000,'the offer of request 6 to driver 4 (made at t=7.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(19,2,'no-message-lost',6,4,46400000,'dispatch message 16 (sent at t=16.400000s, received 2 times): a consumer deleted it at t=46.400000s while request 6 was open, and the offer to driver 4 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(19,3,'no-message-lost',6,4,61000000,'dispatch message 18 (sent at t=61.000000s, received 1 times): a consumer deleted it at t=61.000000s while request 6 was open, and the offer to driver 4 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(19,4,'no-message-lost',6,4,106000000,'dispatch message 20 (sent at t=106.000000s, received 1 times): a consumer deleted it at t=106.000000s while request 6 was open, and the offer to driver 4 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(19,5,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(22,0,'no-dispatch-after-decline',4,3,5216553,'driver 3 declined request 4 at t=5.163123s and was shown it again at t=5.216553s');
INSERT INTO run_violation_examples VALUES(22,1,'exactly-once-dispatch',4,3,5216553,'request 4 was shown to driver 3 2 times (first at t=4.067779s, again at t=5.216553s)');
INSERT INTO run_violation_examples VALUES(22,2,'exactly-once-dispatch',6,2,9586810,'request 6 was shown to driver 2 2 times (first at t=7.008140s, again at t=9.586810s)');
INSERT INTO run_violation_examples VALUES(22,3,'legal-transitions',7,1,3465493,'request 7 went from ACCEPTED to DECLINED at t=3.465493s');
INSERT INTO run_violation_examples VALUES(22,4,'legal-transitions',1,2,5819576,'request 1 went from ACCEPTED to DECLINED at t=5.819576s');
INSERT INTO run_violation_examples VALUES(24,0,'legal-transitions',7,1,4086188,'request 7 went from ACCEPTED to DECLINED at t=4.086188s');
INSERT INTO run_violation_examples VALUES(24,1,'legal-transitions',6,2,9684068,'request 6 went from ACCEPTED to DECLINED at t=9.684068s');
INSERT INTO run_violation_examples VALUES(24,2,'legal-transitions',2,2,13105497,'request 2 went from ACCEPTED to DECLINED at t=13.105497s');
INSERT INTO run_violation_examples VALUES(31,0,'legal-transitions',2,4,6600927,'request 2 went from ACCEPTED to DECLINED at t=6.600927s');
INSERT INTO run_violation_examples VALUES(31,1,'legal-transitions',1,2,51888650,'request 1 went from ACCEPTED to DECLINED at t=51.888650s');
INSERT INTO run_violation_examples VALUES(31,2,'legal-transitions',8,2,54030456,'request 8 went from ACCEPTED to DECLINED at t=54.030456s');
INSERT INTO run_violation_examples VALUES(34,0,'exactly-once-dispatch',1,2,4800000,'the offer of request 1 to driver 2 (made at t=4.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(34,1,'exactly-once-dispatch',1,3,4800000,'the offer of request 1 to driver 3 (made at t=4.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(34,2,'liveness',1,0,270000000,'request 1 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(35,0,'no-dispatch-after-decline',7,2,37000000,'request 7 was declined by driver 3 at t=16.553333s, then a dispatch_log row committed for driver 2 at t=37.000000s (+20446667 us)');
INSERT INTO run_violation_examples VALUES(35,1,'no-dispatch-after-decline',7,2,37000000,'request 7 was declined by driver 3 at t=16.553333s, then a push was sent for driver 2 at t=37.000000s (+20446667 us)');
INSERT INTO run_violation_examples VALUES(35,2,'legal-transitions',6,3,11651765,'request 6 went from ACCEPTED to DECLINED at t=11.651765s');
INSERT INTO run_violation_examples VALUES(35,3,'legal-transitions',3,1,11986373,'request 3 went from ACCEPTED to DECLINED at t=11.986373s');
INSERT INTO run_violation_examples VALUES(35,4,'legal-transitions',1,4,12597818,'request 1 went from ACCEPTED to DECLINED at t=12.597818s');
INSERT INTO run_violation_examples VALUES(38,0,'no-dispatch-after-decline',2,2,1253519,'request 2 was declined by driver 4 at t=1.181025s, then a dispatch_log row committed for driver 2 at t=1.253519s (+72494 us)');
INSERT INTO run_violation_examples VALUES(38,1,'no-dispatch-after-decline',2,2,1253519,'request 2 was declined by driver 4 at t=1.181025s, then a push was sent for driver 2 at t=1.253519s (+72494 us)');
INSERT INTO run_violation_examples VALUES(40,0,'no-dispatch-after-decline',6,3,4891397,'driver 3 declined request 6 at t=4.866149s and was shown it again at t=4.891397s');
INSERT INTO run_violation_examples VALUES(40,1,'no-dispatch-after-decline',8,3,8613049,'driver 3 declined request 8 at t=8.585627s and was shown it again at t=8.613049s');
INSERT INTO run_violation_examples VALUES(40,2,'no-dispatch-after-decline',5,2,9799355,'driver 2 declined request 5 at t=9.773433s and was shown it again at t=9.799355s');
INSERT INTO run_violation_examples VALUES(40,3,'exactly-once-dispatch',5,2,9799355,'request 5 was shown to driver 2 2 times (first at t=8.086471s, again at t=9.799355s)');
INSERT INTO run_violation_examples VALUES(40,4,'exactly-once-dispatch',6,3,4891397,'request 6 was shown to driver 3 2 times (first at t=3.047811s, again at t=4.891397s)');
INSERT INTO run_violation_examples VALUES(40,5,'legal-transitions',8,3,8593331,'request 8 went from ACCEPTED to DECLINED at t=8.593331s');
INSERT INTO run_violation_examples VALUES(41,0,'exactly-once-dispatch',4,2,3800000,'the offer of request 4 to driver 2 (made at t=3.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(41,1,'exactly-once-dispatch',4,3,3800000,'the offer of request 4 to driver 3 (made at t=3.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(41,2,'liveness',4,0,270000000,'request 4 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(42,0,'legal-transitions',4,4,11659492,'request 4 went from ACCEPTED to DECLINED at t=11.659492s');
INSERT INTO run_violation_examples VALUES(49,0,'no-dispatch-after-decline',6,4,17159650,'driver 4 declined request 6 at t=7.581501s and was shown it again at t=17.159650s');
INSERT INTO run_violation_examples VALUES(49,1,'exactly-once-dispatch',6,4,17159650,'request 6 was shown to driver 4 2 times (first at t=5.271225s, again at t=17.159650s)');
INSERT INTO run_violation_examples VALUES(49,2,'legal-transitions',4,2,7377229,'request 4 went from ACCEPTED to DECLINED at t=7.377229s');
INSERT INTO run_violation_examples VALUES(51,0,'no-dispatch-after-decline',3,4,35000000,'request 3 was declined by driver 1 at t=12.617193s, then a dispatch_log row committed for driver 4 at t=35.000000s (+22382807 us)');
INSERT INTO run_violation_examples VALUES(51,1,'no-dispatch-after-decline',3,4,35000000,'request 3 was declined by driver 1 at t=12.617193s, then a push was sent for driver 4 at t=35.000000s (+22382807 us)');
INSERT INTO run_violation_examples VALUES(51,2,'legal-transitions',5,3,33832559,'request 5 went from ACCEPTED to DECLINED at t=33.832559s');
INSERT INTO run_violation_examples VALUES(51,3,'legal-transitions',4,3,36851815,'request 4 went from ACCEPTED to DECLINED at t=36.851815s');
INSERT INTO run_violation_examples VALUES(56,0,'no-dispatch-after-decline',5,4,5787026,'driver 4 declined request 5 at t=5.753987s and was shown it again at t=5.787026s');
INSERT INTO run_violation_examples VALUES(56,1,'exactly-once-dispatch',5,4,5787026,'request 5 was shown to driver 4 2 times (first at t=4.014506s, again at t=5.787026s)');
INSERT INTO run_violation_examples VALUES(57,0,'exactly-once-dispatch',3,1,4000000,'the offer of request 3 to driver 1 (made at t=4.000000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(57,1,'exactly-once-dispatch',3,4,4000000,'the offer of request 3 to driver 4 (made at t=4.000000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(57,2,'liveness',3,0,270000000,'request 3 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(58,0,'exactly-once-dispatch',6,1,800000,'the offer of request 6 to driver 1 (made at t=0.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(58,1,'exactly-once-dispatch',6,4,800000,'the offer of request 6 to driver 4 (made at t=0.800000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(58,2,'exactly-once-dispatch',7,1,2600000,'the offer of request 7 to driver 1 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(58,3,'exactly-once-dispatch',7,2,2600000,'the offer of request 7 to driver 2 (made at t=2.600000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(58,4,'liveness',6,0,270000000,'request 6 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(61,0,'legal-transitions',8,2,10031953,'request 8 went from ACCEPTED to DECLINED at t=10.031953s');
INSERT INTO run_violation_examples VALUES(61,1,'legal-transitions',4,4,42275386,'request 4 went from ACCEPTED to DECLINED at t=42.275386s');
INSERT INTO run_violation_examples VALUES(62,0,'exactly-once-dispatch',2,1,3200000,'the offer of request 2 to driver 1 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(62,1,'exactly-once-dispatch',2,4,3200000,'the offer of request 2 to driver 4 (made at t=3.200000s) was never shown, and the request was still SEARCHING at the end');
INSERT INTO run_violation_examples VALUES(62,2,'no-message-lost',2,1,10900000,'dispatch message 10 (sent at t=5.900000s, received 1 times): a consumer deleted it at t=10.900000s while request 2 was open, and the offer to driver 1 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(62,3,'no-message-lost',2,1,50100000,'dispatch message 18 (sent at t=50.100000s, received 1 times): a consumer deleted it at t=50.100000s while request 2 was open, and the offer to driver 1 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(62,4,'no-message-lost',2,1,95000000,'dispatch message 20 (sent at t=95.000000s, received 1 times): a consumer deleted it at t=95.000000s while request 2 was open, and the offer to driver 1 was never made by the end (no dispatch_log row)');
INSERT INTO run_violation_examples VALUES(62,5,'liveness',2,0,270000000,'request 2 is still SEARCHING at the end of the heal window (t=270.000000s)');
INSERT INTO run_violation_examples VALUES(66,0,'exactly-once-dispatch',4,3,4622803,'request 4 was shown to driver 3 2 times (first at t=3.104592s, again at t=4.622803s)');
INSERT INTO run_violation_examples VALUES(66,1,'exactly-once-dispatch',6,4,5528393,'request 6 was shown to driver 4 2 times (first at t=4.763637s, again at t=5.528393s)');
INSERT INTO run_violation_examples VALUES(66,2,'legal-transitions',6,4,7156170,'request 6 went from ACCEPTED to DECLINED at t=7.156170s');
INSERT INTO run_violation_examples VALUES(66,3,'legal-transitions',2,4,49877393,'request 2 went from ACCEPTED to DECLINED at t=49.877393s');
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
INSERT INTO run_faults VALUES(5,'app-restart',3);
INSERT INTO run_faults VALUES(5,'push-delay',3);
INSERT INTO run_faults VALUES(5,'push-drop',9);
INSERT INTO run_faults VALUES(5,'push-duplicate',4);
INSERT INTO run_faults VALUES(6,'push-delay',1);
INSERT INTO run_faults VALUES(6,'push-drop',7);
INSERT INTO run_faults VALUES(6,'push-duplicate',1);
INSERT INTO run_faults VALUES(7,'process-crash',9);
INSERT INTO run_faults VALUES(8,'process-crash',6);
INSERT INTO run_faults VALUES(10,'process-crash',14);
INSERT INTO run_faults VALUES(13,'app-restart',2);
INSERT INTO run_faults VALUES(13,'push-delay',2);
INSERT INTO run_faults VALUES(13,'push-drop',3);
INSERT INTO run_faults VALUES(13,'push-duplicate',2);
INSERT INTO run_faults VALUES(14,'app-restart',2);
INSERT INTO run_faults VALUES(14,'push-delay',2);
INSERT INTO run_faults VALUES(14,'push-drop',3);
INSERT INTO run_faults VALUES(14,'push-duplicate',2);
INSERT INTO run_faults VALUES(15,'process-crash',10);
INSERT INTO run_faults VALUES(16,'app-restart',3);
INSERT INTO run_faults VALUES(16,'push-delay',3);
INSERT INTO run_faults VALUES(16,'push-drop',4);
INSERT INTO run_faults VALUES(16,'push-duplicate',3);
INSERT INTO run_faults VALUES(17,'process-crash',15);
INSERT INTO run_faults VALUES(19,'process-crash',11);
INSERT INTO run_faults VALUES(22,'push-delay',4);
INSERT INTO run_faults VALUES(22,'push-drop',1);
INSERT INTO run_faults VALUES(22,'push-duplicate',2);
INSERT INTO run_faults VALUES(23,'push-delay',4);
INSERT INTO run_faults VALUES(23,'push-drop',1);
INSERT INTO run_faults VALUES(23,'push-duplicate',2);
INSERT INTO run_faults VALUES(24,'process-crash',5);
INSERT INTO run_faults VALUES(25,'app-restart',3);
INSERT INTO run_faults VALUES(25,'push-delay',7);
INSERT INTO run_faults VALUES(25,'push-drop',3);
INSERT INTO run_faults VALUES(25,'push-duplicate',5);
INSERT INTO run_faults VALUES(26,'process-crash',5);
INSERT INTO run_faults VALUES(27,'process-crash',11);
INSERT INTO run_faults VALUES(31,'app-restart',2);
INSERT INTO run_faults VALUES(31,'push-delay',2);
INSERT INTO run_faults VALUES(31,'push-drop',4);
INSERT INTO run_faults VALUES(32,'app-restart',2);
INSERT INTO run_faults VALUES(32,'push-delay',3);
INSERT INTO run_faults VALUES(32,'push-drop',6);
INSERT INTO run_faults VALUES(33,'process-crash',8);
INSERT INTO run_faults VALUES(34,'app-restart',2);
INSERT INTO run_faults VALUES(34,'push-delay',2);
INSERT INTO run_faults VALUES(34,'push-drop',4);
INSERT INTO run_faults VALUES(35,'process-crash',8);
INSERT INTO run_faults VALUES(37,'process-crash',13);
INSERT INTO run_faults VALUES(40,'push-delay',2);
INSERT INTO run_faults VALUES(40,'push-drop',3);
INSERT INTO run_faults VALUES(40,'push-duplicate',3);
INSERT INTO run_faults VALUES(41,'push-delay',2);
INSERT INTO run_faults VALUES(41,'push-drop',3);
INSERT INTO run_faults VALUES(41,'push-duplicate',3);
INSERT INTO run_faults VALUES(42,'process-crash',6);
INSERT INTO run_faults VALUES(43,'process-crash',6);
INSERT INTO run_faults VALUES(44,'app-restart',3);
INSERT INTO run_faults VALUES(44,'push-delay',3);
INSERT INTO run_faults VALUES(44,'push-drop',4);
INSERT INTO run_faults VALUES(44,'push-duplicate',7);
INSERT INTO run_faults VALUES(47,'process-crash',10);
INSERT INTO run_faults VALUES(49,'push-delay',3);
INSERT INTO run_faults VALUES(49,'push-drop',6);
INSERT INTO run_faults VALUES(49,'push-duplicate',1);
INSERT INTO run_faults VALUES(50,'app-restart',1);
INSERT INTO run_faults VALUES(50,'push-delay',4);
INSERT INTO run_faults VALUES(50,'push-drop',9);
INSERT INTO run_faults VALUES(50,'push-duplicate',1);
INSERT INTO run_faults VALUES(51,'process-crash',3);
INSERT INTO run_faults VALUES(52,'process-crash',8);
INSERT INTO run_faults VALUES(56,'app-restart',3);
INSERT INTO run_faults VALUES(56,'push-delay',3);
INSERT INTO run_faults VALUES(56,'push-drop',4);
INSERT INTO run_faults VALUES(56,'push-duplicate',1);
INSERT INTO run_faults VALUES(57,'push-delay',3);
INSERT INTO run_faults VALUES(57,'push-drop',6);
INSERT INTO run_faults VALUES(57,'push-duplicate',1);
INSERT INTO run_faults VALUES(58,'app-restart',3);
INSERT INTO run_faults VALUES(58,'push-delay',3);
INSERT INTO run_faults VALUES(58,'push-drop',4);
INSERT INTO run_faults VALUES(58,'push-duplicate',1);
INSERT INTO run_faults VALUES(59,'process-crash',4);
INSERT INTO run_faults VALUES(60,'app-restart',4);
INSERT INTO run_faults VALUES(60,'push-delay',7);
INSERT INTO run_faults VALUES(60,'push-drop',10);
INSERT INTO run_faults VALUES(60,'push-duplicate',7);
INSERT INTO run_faults VALUES(61,'process-crash',6);
INSERT INTO run_faults VALUES(62,'process-crash',8);
INSERT INTO run_faults VALUES(65,'process-crash',16);
INSERT INTO run_faults VALUES(66,'app-restart',2);
INSERT INTO run_faults VALUES(66,'push-delay',1);
INSERT INTO run_faults VALUES(66,'push-drop',5);
INSERT INTO run_faults VALUES(66,'push-duplicate',2);
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
INSERT INTO run_fault_plan VALUES(10,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(13,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(13,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(13,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(13,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(14,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(14,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(14,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(14,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(15,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(16,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(16,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(16,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(16,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(17,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(19,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(22,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(22,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(22,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(22,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(23,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(23,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(23,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(23,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(24,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(25,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(25,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(25,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(25,'push-duplicate',0.2000000000000000111,0,0);
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
INSERT INTO run_fault_plan VALUES(33,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(34,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(34,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(34,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(34,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(35,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(37,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(40,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(40,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(40,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(40,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(41,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(41,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(41,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(41,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(42,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(43,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(44,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(44,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(44,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(44,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(47,'process-crash',0.010000000000000000208,0,0);
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
INSERT INTO run_fault_plan VALUES(58,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(58,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(58,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(58,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(59,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(60,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(60,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(60,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(60,'push-duplicate',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(61,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(62,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(65,'process-crash',0.010000000000000000208,0,0);
INSERT INTO run_fault_plan VALUES(66,'app-restart',0.029999999999999998889,0,0);
INSERT INTO run_fault_plan VALUES(66,'push-delay',0.2000000000000000111,2000000,20000000);
INSERT INTO run_fault_plan VALUES(66,'push-drop',0.2000000000000000111,0,0);
INSERT INTO run_fault_plan VALUES(66,'push-duplicate',0.2000000000000000111,0,0);
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
INSERT INTO run_signatures VALUES(6,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(6,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(8,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(8,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(13,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(13,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(13,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(13,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(15,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(15,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(15,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(15,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(19,'34b18d5a72189a63','key-set-before-work','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(19,'4a8d3f21118fcf4e','key-set-before-work','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(19,'9a040d9a91f8d875','key-set-before-work','no-message-lost','none','final-state',3);
INSERT INTO run_signatures VALUES(22,'10fbfa769f5c4408','race-in-state-transitions','legal-transitions','push-drop','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(22,'562a23ba09b3a75d','race-in-state-transitions','legal-transitions','push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(22,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(22,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',2);
INSERT INTO run_signatures VALUES(24,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(31,'72bb8c62dedb0392','race-in-state-transitions','legal-transitions','push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(31,'f8667b061a6dc1b1','race-in-state-transitions','legal-transitions','push-drop+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(34,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(34,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(35,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(35,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(35,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',3);
INSERT INTO run_signatures VALUES(38,'0641f5ef348eb833','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(38,'f75ff5b68badf4e9','stale-cache-without-ordering','no-dispatch-after-decline','none','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(40,'0632377a8732fc4a','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate','shown',1);
INSERT INTO run_signatures VALUES(40,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(40,'9fc4960af85d1ea5','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(40,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',2);
INSERT INTO run_signatures VALUES(40,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',2);
INSERT INTO run_signatures VALUES(41,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(41,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(42,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(49,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(49,'a10ca6ed34f7416e','race-in-state-transitions','no-dispatch-after-decline','push-drop+push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(49,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(51,'6188cf888e22f57a','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>dispatch-logged',1);
INSERT INTO run_signatures VALUES(51,'6bb804d6e7a5a544','stale-cache-without-ordering','no-dispatch-after-decline','process-crash','status-committed:DECLINED>push-sent',1);
INSERT INTO run_signatures VALUES(51,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(51,'e0d0666e98747039','race-in-state-transitions','legal-transitions','process-crash','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(56,'b5feb117f442f30b','race-in-state-transitions','no-dispatch-after-decline','push-duplicate+push-delay','decline-submitted>shown',1);
INSERT INTO run_signatures VALUES(56,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(57,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',2);
INSERT INTO run_signatures VALUES(57,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(58,'638ba65876ee1f33','key-blocks-resend-of-lost-push','exactly-once-dispatch','none','queue-row-added',4);
INSERT INTO run_signatures VALUES(58,'9bbb0b3e83545e9e','key-blocks-resend-of-lost-push','liveness','none','final-state',2);
INSERT INTO run_signatures VALUES(61,'a8f7d5369db04fce','race-in-state-transitions','legal-transitions','none','status-committed:DECLINED',2);
INSERT INTO run_signatures VALUES(62,'34b18d5a72189a63','key-set-before-work','exactly-once-dispatch','none','queue-row-added',1);
INSERT INTO run_signatures VALUES(62,'7a1aef1fcc742f68','nack-then-delete','exactly-once-dispatch','none','queue-row-added',1);
INSERT INTO run_signatures VALUES(62,'e0946ceaea71568b','nack-then-delete','liveness','none','final-state',1);
INSERT INTO run_signatures VALUES(62,'f75c0b66fc47ef16','nack-then-delete','no-message-lost','none','final-state',3);
INSERT INTO run_signatures VALUES(66,'10fbfa769f5c4408','race-in-state-transitions','legal-transitions','push-drop','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(66,'6a391edb085df90c','race-in-state-transitions','legal-transitions','push-drop+push-duplicate+push-delay','status-committed:DECLINED',1);
INSERT INTO run_signatures VALUES(66,'c68b956641139b2f','missing-idempotency-checks','exactly-once-dispatch','push-drop+push-duplicate+push-delay','shown',1);
INSERT INTO run_signatures VALUES(66,'e4171bbabf731702','missing-idempotency-checks','exactly-once-dispatch','push-duplicate+push-delay','shown',1);
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
INSERT INTO sweep_completions VALUES('all',72,'2026-12-05T21:33:57Z');
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
