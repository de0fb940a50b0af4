# Shared by test/citus/run.sh and test/bench/bench_citus.sh (sourced, bash):
# a Citus cluster of this checkout on this machine (a coordinator and
# workers, each its own PostgreSQL server) and a plain server without Citus
# to compare with.  Everything lives in $TIP_CITUS_DIR (default
# /var/tmp/tip_citus-<hash of the checkout's path>): a folder the postgres
# user can enter from any checkout; one socket directory for all nodes.
# Ports: $TIP_CITUS_PORT (default 54372) for the coordinator, the next ones
# for workers 1..3, and the one after for the plain server.  As root the
# servers run as the postgres user, as bin/tip-cluster does.

CITUS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
CITUS_BIN="${TIP_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
CITUS_DIR="${TIP_CITUS_DIR:-/var/tmp/tip_citus-$(printf '%s' "$CITUS_ROOT" | sha256sum | cut -c1-12)}"
CITUS_SOCK="$CITUS_DIR/socket"
CITUS_PORT="${TIP_CITUS_PORT:-54372}"
export PATH="$CITUS_BIN:$PATH"

citus_as_owner() {
	if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
citus_owner() { if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi; }

# node names: coord, w1, w2, w3, single
citus_port() {
	case "$1" in
	coord) echo "$CITUS_PORT" ;;
	w1) echo $((CITUS_PORT + 1)) ;;
	w2) echo $((CITUS_PORT + 2)) ;;
	w3) echo $((CITUS_PORT + 3)) ;;
	single) echo $((CITUS_PORT + 4)) ;;
	esac
}

# citus_start NODE: initdb when new, start; every node but single preloads Citus
citus_start() {
	local node=$1 port data opts
	port=$(citus_port "$node")
	data="$CITUS_DIR/$node"
	if [ ! -f "$data/PG_VERSION" ]; then
		mkdir -p "$data" "$CITUS_SOCK"
		chmod 700 "$CITUS_DIR"
		[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$CITUS_DIR"
		citus_as_owner "$CITUS_BIN/initdb" -D "$data" -U "$(citus_owner)" -E UTF8 --locale=C.UTF-8 -A trust >/dev/null
		{
			echo "listen_addresses = ''"
			echo "port = $port"
			echo "unix_socket_directories = '$CITUS_SOCK'"
			echo "max_worker_processes = 16"
			echo "fsync = off"
			echo "log_min_messages = warning"
			echo "log_line_prefix = '%m [%p] '"
			if [ "$node" != single ]; then
				echo "shared_preload_libraries = 'citus'"
				# shard moves copy by logical replication, between nodes
				# known by their socket directory
				echo "wal_level = logical"
				echo "citus.local_hostname = '$CITUS_SOCK'"
				echo "max_connections = 200"
			fi
		} | citus_as_owner tee -a "$data/postgresql.conf" >/dev/null
	fi
	if ! citus_as_owner "$CITUS_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
		citus_as_owner "$CITUS_BIN/pg_ctl" -D "$data" -l "$CITUS_DIR/$node.log" -w start >/dev/null
	fi
}

citus_stop() {
	local node
	for node in coord w1 w2 w3 single; do
		[ -f "$CITUS_DIR/$node/PG_VERSION" ] || continue
		citus_as_owner "$CITUS_BIN/pg_ctl" -D "$CITUS_DIR/$node" -m fast stop >/dev/null 2>&1 || true
	done
}

# citus_wipe: stop every node and remove the cluster's folder
citus_wipe() {
	citus_stop
	case "$CITUS_DIR" in /var/tmp/tip_citus-*|"${TIP_CITUS_DIR:-}") rm -rf "$CITUS_DIR" ;; esac
}

# citus_psql NODE [psql args]: psql on that node as the servers' user
citus_psql() {
	local node=$1
	shift
	psql -X -q -v ON_ERROR_STOP=1 -h "$CITUS_SOCK" -p "$(citus_port "$node")" -U "$(citus_owner)" "$@"
}

# citus_init_db DB [workers...]: DB on the coordinator and on the workers
# named, Citus in each, the workers added to the coordinator
citus_init_db() {
	local db=$1 node
	shift
	for node in coord "$@"; do
		citus_psql "$node" -d postgres -c "SET client_min_messages = warning" \
			-c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
		citus_psql "$node" -d "$db" -c "CREATE EXTENSION citus"
	done
	citus_psql coord -d "$db" -c "SELECT citus_set_coordinator_host('$CITUS_SOCK', $(citus_port coord))" >/dev/null
	for node in "$@"; do
		citus_psql coord -d "$db" -c "SELECT citus_add_node('$CITUS_SOCK', $(citus_port "$node"))" >/dev/null
	done
}

# citus_reshard DB N: every corpus table in N shards, as the README says:
# alter_distributed_table, then the loader's distributed function's new
# colocation copied to the workers
citus_reshard() {
	citus_psql coord -d "$1" -c "SELECT alter_distributed_table('tip_reports', shard_count => $2, cascade_to_colocated => true)" >/dev/null 2>&1
	citus_psql coord -d "$1" -c "SELECT start_metadata_sync_to_all_nodes()" >/dev/null
}
