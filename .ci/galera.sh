#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on local ports, for the cluster tests (*GaleraIT) and by hand.
#
#   .ci/galera.sh start          bootstrap node 1, join nodes 2 and 3 (no-op for nodes already running)
#   .ci/galera.sh stop           clean shutdown of all nodes (data stays)
#   .ci/galera.sh kill N         SIGKILL node N (a crash: no flush, no goodbye to the cluster)
#   .ci/galera.sh restart N      recover node N's position and start it again; it rejoins by IST (or SST)
#   .ci/galera.sh status         wsrep state of each node
#   .ci/galera.sh url            the JDBC URL of the three nodes (failover order 1, 2, 3)
#   .ci/galera.sh destroy        stop and remove the data directories
#
# Node N (1..3) listens on 127.0.0.1: SQL 2330N+5 (23306..23308), group communication 2456N, IST 2457N,
# SST 2458N; data, socket and logs live in $GALERA_DIR/nodeN (default /tmp/stations-galera). SST by rsync
# (mariabackup is not installed here), gcache 256 MB so a node that was down for minutes rejoins by IST.
# Runs as the invoking user, or as mysql when started by root; needs galera-4, mariadb-server and rsync.
set -euo pipefail

DIR=${GALERA_DIR:-/tmp/stations-galera}
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
CLUSTER="gcomm://127.0.0.1:24561,127.0.0.1:24562,127.0.0.1:24563"
# as root, the nodes run as "mysql" (the rsync SST daemon drops root rights and must write the joiner's datadir)
if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then USER_NAME=mysql; else USER_NAME=$(id -un); fi

sql_port() { echo $((23305 + $1)); }

node_dir() { echo "$DIR/node$1"; }

config() {
  local n=$1 d
  d=$(node_dir "$n")
  cat >"$d/my.cnf" <<EOF
[mariadbd]
datadir=$d/data
port=$(sql_port "$n")
socket=$d/sock
pid-file=$d/pid
log-error=$d/error.log
bind-address=127.0.0.1
skip-name-resolve
user=$USER_NAME
max_connections=300
innodb_buffer_pool_size=128M
innodb_log_file_size=64M
character_set_server=utf8mb4
collation_server=utf8mb4_bin
# Galera: row-based replication, interleaved auto-increment locks, InnoDB only
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=stations_ci
wsrep_cluster_address=$CLUSTER
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:2456$n
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:2456$n;ist.recv_addr=127.0.0.1:2457$n;gcache.size=256M;gcache.recover=yes;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:2458$n
wsrep_slave_threads=2
# reads do not wait for the cluster by default; the service asks for it per connection
# (sessionVariables=wsrep_sync_wait=1 in its JDBC URL: read-your-writes across nodes)
wsrep_sync_wait=0
EOF
}

running() {
  local pidfile
  pidfile="$(node_dir "$1")/node.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

client() {
  mariadb --no-defaults -uroot -h127.0.0.1 -P"$(sql_port "$1")" --connect-timeout=2 -N -B "${@:2}"
}

await_synced() {
  local n=$1 state
  for _ in $(seq 1 180); do
    state=$(client "$n" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}') || true
    if [ "$state" = "Synced" ]; then
      return 0
    fi
    if ! running "$n"; then
      echo "node $n died while starting:" >&2
      tail -n 30 "$(node_dir "$n")/error.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "node $n is not synced after 180 s (state: ${state:-none})" >&2
  tail -n 30 "$(node_dir "$n")/error.log" >&2
  return 1
}

launch() {
  local n=$1 d
  shift
  d=$(node_dir "$n")
  # setsid: the node outlives the shell that started it (CI step, test JVM)
  setsid /usr/sbin/mariadbd --defaults-file="$d/my.cnf" "$@" >>"$d/server.out" 2>&1 </dev/null &
  echo $! >"$d/node.pid"
}

install_node() {
  local n=$1 d
  d=$(node_dir "$n")
  mkdir -p "$d"
  config "$n"
  chown "$USER_NAME" "$d"
  if [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$d/data" --auth-root-authentication-method=normal \
      --skip-test-db --user="$USER_NAME" >"$d/install.log" 2>&1
  fi
}

# The last committed position of a crashed node (galera's "recovered position"), so it asks for IST.
recovered_position() {
  local d
  d=$(node_dir "$1")
  /usr/sbin/mariadbd --defaults-file="$d/my.cnf" --wsrep-recover --log-error="$d/recover.log" >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: *\([^ ]*\).*/\1/p' "$d/recover.log" | tail -n 1
}

start_node() {
  local n=$1 bootstrap=${2:-}
  if running "$n"; then
    return 0
  fi
  install_node "$n"
  local d position
  d=$(node_dir "$n")
  if [ -n "$bootstrap" ]; then
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$d/data/grastate.dat" 2>/dev/null || true
    launch "$n" --wsrep-new-cluster
  else
    position=$(recovered_position "$n")
    if [ -n "$position" ] && [ "${position##*:}" != "-1" ]; then
      launch "$n" --wsrep_start_position="$position"
    else
      launch "$n"
    fi
  fi
  await_synced "$n"
}

any_running() {
  for n in 1 2 3; do
    if running "$n"; then
      return 0
    fi
  done
  return 1
}

cmd=${1:-}
case "$cmd" in
  start)
    mkdir -p "$DIR"
    if any_running; then
      for n in 1 2 3; do start_node "$n"; done
    else
      start_node 1 bootstrap
      start_node 2
      start_node 3
    fi
    client 1 -e "CREATE DATABASE IF NOT EXISTS test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
    echo "Galera cluster of $(client 1 -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}') nodes: $("$0" url)"
    ;;
  stop)
    for n in 3 2 1; do
      if running "$n"; then
        pid=$(cat "$(node_dir "$n")/node.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      fi
    done
    ;;
  kill)
    n=${2:?node number}
    if running "$n"; then
      kill -9 "$(cat "$(node_dir "$n")/node.pid")"
    fi
    ;;
  restart)
    n=${2:?node number}
    start_node "$n"
    ;;
  status)
    for n in 1 2 3; do
      if running "$n"; then
        echo "node$n port $(sql_port "$n"): $(client "$n" -e "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS
          WHERE VARIABLE_NAME IN ('WSREP_LOCAL_STATE_COMMENT','WSREP_CLUSTER_SIZE','WSREP_LAST_COMMITTED')
          ORDER BY VARIABLE_NAME" 2>/dev/null | paste -sd' ')"
      else
        echo "node$n port $(sql_port "$n"): not running"
      fi
    done
    ;;
  url)
    echo "jdbc:mysql://127.0.0.1:$(sql_port 1),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 3)/test"
    ;;
  destroy)
    "$0" stop
    rm -rf "$DIR"
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
