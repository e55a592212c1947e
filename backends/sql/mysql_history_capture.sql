-- dispatchsim: the ground truth of a run on the real MariaDB (not part of the plan). The
-- simulated database sees each row change through SQLite's preupdate hook; here triggers append
-- the same changes to the session's user variable @dsv_capture, which the connection reads after
-- each write statement (backends/mariadb_connection.cpp). Trigger rows roll back with their
-- statement, user variables do not: the connection resets @dsv_capture after a failed statement
-- and drops what it read when the transaction rolls back. Fields: kind, then ','-separated values,
-- each record ending in ';'. Statuses and coordinates go as text, parsed by the connection.

CREATE TRIGGER capture_request_created AFTER INSERT ON ride_requests
FOR EACH ROW
  SET @dsv_capture = CONCAT(IFNULL(@dsv_capture, ''), 'C,', NEW.id, ',', NEW.version, ';');

CREATE TRIGGER capture_request_changed AFTER UPDATE ON ride_requests
FOR EACH ROW
  SET @dsv_capture = CONCAT(IFNULL(@dsv_capture, ''),
    IF(OLD.status <=> NEW.status, '',
       CONCAT('S,', NEW.id, ',', OLD.status, ',', NEW.status, ',',
              IFNULL(NEW.declined_by, 0), ',', IFNULL(NEW.accepted_by, 0), ';')),
    CONCAT('L,', NEW.id, ',', OLD.location_sequence, ',', NEW.location_sequence, ',',
           IFNULL(OLD.pickup_lat, ''), ',', IFNULL(NEW.pickup_lat, ''), ';'));

CREATE TRIGGER capture_dispatch_logged AFTER INSERT ON dispatch_log
FOR EACH ROW
  SET @dsv_capture = CONCAT(IFNULL(@dsv_capture, ''), 'D,', NEW.request_id, ',', NEW.driver_id, ',',
                            NEW.id, ';');

CREATE TRIGGER capture_queue_row_added AFTER INSERT ON dispatch_queue
FOR EACH ROW
  SET @dsv_capture = CONCAT(IFNULL(@dsv_capture, ''), 'Q,', NEW.request_id, ',', NEW.driver_id, ',',
                            NEW.sequence_number, ';');

CREATE TRIGGER capture_queue_row_published AFTER UPDATE ON dispatch_queue
FOR EACH ROW
  SET @dsv_capture = CONCAT(IFNULL(@dsv_capture, ''),
    IF(OLD.status = 'PENDING' AND NEW.status = 'PUBLISHED',
       CONCAT('P,', NEW.request_id, ',', NEW.driver_id, ',', NEW.id, ';'), ''));
