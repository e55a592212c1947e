# A one-machine Slurm cluster for tests, everything under one scratch directory and nothing
# written to /etc: munged, slurmctld and slurmd started in the background, stopped by process id.
# Source this file, then:
#   local_slurm_start DIR   # exports SLURM_CONF; fails (printing the daemon's log) if one cannot start
#   ... sbatch / squeue / scontrol ...
#   local_slurm_stop        # cancels jobs, waits for an empty queue, stops the daemons; idempotent
# LOCAL_SLURM_EXTRA_CONF: lines appended to the generated slurm.conf (e.g. SlurmdDebug=debug2).
# Call local_slurm_stop from an EXIT trap so the daemons stop even when the test fails.
# Needs root (slurmd launches jobs; munged and slurmctld run as the SlurmUser, root here).
# Ports are picked free at start, so clusters of concurrent test runs do not collide.

local_slurm_pids=()
local_slurm_dir=""

local_slurm_log() { echo "local-slurm: $*" >&2; }

# Prints the logs of every daemon, for a failure message.
local_slurm_dump_logs() {
  local log
  for log in "$local_slurm_dir"/log/*.log; do
    [[ -f "$log" ]] || continue
    echo "----- $log (last 40 lines) -----" >&2
    tail -n 40 "$log" >&2
  done
}

local_slurm_fail() {
  local_slurm_log "$*"
  local_slurm_dump_logs
  return 1
}

# Two TCP ports nothing listens on now (slurmctld's, slurmd's).
local_slurm_free_ports() {
  python3 - <<'PY'
import socket
sockets = [socket.socket() for _ in range(2)]
for s in sockets:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in sockets))
PY
}

# Waits up to $1 seconds for the command "$2 ..." to succeed.
local_slurm_wait_for() {
  local seconds=$1
  shift
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# Waits up to $2 seconds for "$3 ..." to succeed while the daemon $1 (a process id) runs; fails
# at once, naming it, when the daemon exits.
local_slurm_wait_for_daemon() {
  local pid=$1 name=$2 seconds=$3
  shift 3
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    local_slurm_alive "$pid" || { local_slurm_fail "$name exited during start-up (see its log)"; return 1; }
    ((SECONDS < deadline)) || { local_slurm_fail "$name: '$*' did not succeed within $seconds s"; return 1; }
    sleep 0.2
  done
}

local_slurm_alive() { kill -0 "$1" 2>/dev/null; }

local_slurm_write_conf() {
  local dir=$1 controller_port=$2 node_port=$3
  local node_line
  # The machine as slurmd sees it, renamed: one node on the loopback address.
  node_line=$(slurmd -C | head -n 1 | sed -E 's/^NodeName=[^ ]+/NodeName=localnode NodeAddr=127.0.0.1/')
  cat >"$dir/slurm.conf" <<CONF
ClusterName=dispatchsim-test
SlurmctldHost=localhost
SlurmctldPort=$controller_port
SlurmdPort=$node_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
DependencyParameters=kill_invalid_depend
ReturnToService=2
MailProg=/bin/true
MinJobAge=600
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
$node_line State=UNKNOWN
PartitionName=local Nodes=localnode Default=YES MaxTime=INFINITE State=UP
CONF
  # For debugging (SlurmdDebug=debug2) and for testing the failure path: extra lines, last wins.
  [[ -z ${LOCAL_SLURM_EXTRA_CONF:-} ]] || printf '%s\n' "$LOCAL_SLURM_EXTRA_CONF" >>"$dir/slurm.conf"
}

local_slurm_start_munge() {
  local dir=$1
  mkdir -p "$dir/munge"
  # munged refuses a socket directory that others cannot read and enter.
  chmod 0755 "$dir" "$dir/munge"
  mungekey -c -k "$dir/munge/munge.key" >/dev/null 2>&1 || mungekey -c -f -k "$dir/munge/munge.key"
  chmod 0600 "$dir/munge/munge.key"
  munged -F --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" \
    --seed-file="$dir/munge/munged.seed" >>"$dir/log/munged.log" 2>&1 &
  local_slurm_pids+=($!)
  local_slurm_wait_for_daemon $! munged 15 test -S "$dir/munge/munge.socket"
}

local_slurm_node_idle() {
  [[ $(sinfo -h -n localnode -o %t 2>/dev/null) == idle* ]]
}

local_slurm_start() {
  local_slurm_dir=$1
  local dir=$1
  if [[ $(id -u) -ne 0 ]]; then
    local_slurm_log "needs root (slurmd launches jobs, munged and slurmctld run as root here)"
    return 77
  fi
  rm -rf "$dir"
  mkdir -p "$dir/log" "$dir/state" "$dir/spool" "$dir/run"
  local ports
  ports=$(local_slurm_free_ports) || local_slurm_fail "cannot pick free ports" || return 1
  # shellcheck disable=SC2086
  local_slurm_write_conf "$dir" $ports
  export SLURM_CONF="$dir/slurm.conf"
  local_slurm_start_munge "$dir" || return 1
  slurmctld -D -i -c -f "$SLURM_CONF" >>"$dir/log/slurmctld.stderr.log" 2>&1 &
  local_slurm_pids+=($!)
  local_slurm_wait_for_daemon $! slurmctld 30 scontrol ping || return 1
  slurmd -D -N localnode -f "$SLURM_CONF" >>"$dir/log/slurmd.stderr.log" 2>&1 &
  local_slurm_pids+=($!)
  local_slurm_wait_for_daemon $! "slurmd (the node did not become idle)" 45 local_slurm_node_idle ||
    return 1
  local_slurm_log "up in $dir (ports $ports): $(sinfo -h -o '%P %D %t %c CPUs')"
}

local_slurm_stop() {
  [[ ${#local_slurm_pids[@]} -gt 0 ]] || return 0
  # Jobs outlive the daemons: cancel them and wait for an empty queue first.
  if [[ -n "${SLURM_CONF:-}" ]] && scontrol ping >/dev/null 2>&1; then
    local jobs
    jobs=$(squeue -h -o %A 2>/dev/null | tr '\n' ' ')
    if [[ -n "${jobs// /}" ]]; then
      # shellcheck disable=SC2086
      scancel $jobs 2>/dev/null || true
      local_slurm_wait_for 20 test -z "$(squeue -h -o %A 2>/dev/null)" ||
        local_slurm_log "jobs still queued after scancel: $(squeue -h 2>&1)"
    fi
  fi
  local index pid
  # Reverse order: slurmd, slurmctld, then munged.
  for ((index = ${#local_slurm_pids[@]} - 1; index >= 0; index--)); do
    pid=${local_slurm_pids[index]}
    kill "$pid" 2>/dev/null || continue
    local_slurm_wait_for 10 bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  local_slurm_pids=()
}
