# Throwaway PostgreSQL and MariaDB servers on 127.0.0.1 for the integration tests.
# Sourced by scripts/test and scripts/test-servers. Everything lives under $STEPWISE_SERVERS_DIR;
# stop_servers removes it. Ports are free ports chosen at start.

: "${STEPWISE_SERVERS_DIR:=}"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
TEST_PASSWORD="stepwise-test-pw"

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# PostgreSQL refuses to run as root: when root, run it as an unprivileged system user.
pg_user() {
    if [[ $(id -u) -ne 0 ]]; then id -un; return; fi
    if ! id stepwise-pg >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin stepwise-pg
    fi
    echo stepwise-pg
}

as_pg_user() {
    local user=$1; shift
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

start_postgres() {
    local dir=$STEPWISE_SERVERS_DIR/postgres user port
    user=$(pg_user)
    port=$(free_port)
    mkdir -p "$dir"
    printf '%s\n' "$TEST_PASSWORD" > "$dir/pwfile"
    chown -R "$user" "$dir"
    chmod 700 "$dir"
    as_pg_user "$user" "$PG_BIN/initdb" -D "$dir/data" -U stepwise --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    as_pg_user "$user" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; return 1; }
    as_pg_user "$user" "$PG_BIN/createdb" -h "$dir" -p "$port" -U stepwise stepwise_test
    echo "$user" > "$dir/user"
    export STEPWISE_TEST_POSTGRES_URL="postgresql://stepwise:$TEST_PASSWORD@127.0.0.1:$port/stepwise_test"
    export STEPWISE_TEST_POSTGRES_SOCKET_DIR="$dir" STEPWISE_TEST_POSTGRES_PORT="$port"
}

stop_postgres() {
    local dir=$STEPWISE_SERVERS_DIR/postgres
    [[ -f $dir/data/postmaster.pid ]] || return 0
    as_pg_user "$(cat "$dir/user")" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
}

start_mariadb() {
    local dir=$STEPWISE_SERVERS_DIR/mariadb port user=()
    port=$(free_port)
    mkdir -p "$dir/data"
    [[ $(id -u) -eq 0 ]] && user=(--user=root)
    mariadb-install-db --no-defaults --datadir="$dir/data" "${user[@]}" \
        --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 \
        || { cat "$dir/install.log" >&2; return 1; }
    mariadbd --no-defaults --datadir="$dir/data" --port="$port" --socket="$dir/mysqld.sock" \
        --pid-file="$dir/mysqld.pid" --bind-address=127.0.0.1 --skip-name-resolve \
        --innodb-flush-log-at-trx-commit=0 --max-connections=200 --log-error="$dir/server.log" \
        "${user[@]}" >/dev/null 2>&1 &
    local i
    for i in $(seq 1 120); do
        mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
        sleep 0.5
    done
    mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1 \
        || { cat "$dir/server.log" >&2; return 1; }
    mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot <<SQL
CREATE DATABASE stepwise_test CHARACTER SET utf8mb4;
CREATE USER 'stepwise'@'%' IDENTIFIED BY '$TEST_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO 'stepwise'@'%' WITH GRANT OPTION;
SQL
    export STEPWISE_TEST_MYSQL_URL="mysql://stepwise:$TEST_PASSWORD@127.0.0.1:$port/stepwise_test"
    export STEPWISE_TEST_MYSQL_SOCKET="$dir/mysqld.sock" STEPWISE_TEST_MYSQL_PORT="$port"
}

stop_mariadb() {
    local dir=$STEPWISE_SERVERS_DIR/mariadb
    [[ -f $dir/mysqld.pid ]] || return 0
    local pid
    pid=$(cat "$dir/mysqld.pid" 2>/dev/null || true)
    [[ -n $pid ]] || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
}

start_servers() {
    STEPWISE_SERVERS_DIR=$(mktemp -d /tmp/stepwise-servers.XXXXXX)
    chmod 755 "$STEPWISE_SERVERS_DIR"
    export STEPWISE_SERVERS_DIR
    start_postgres
    start_mariadb
}

stop_servers() {
    [[ -n ${STEPWISE_SERVERS_DIR:-} && -d $STEPWISE_SERVERS_DIR ]] || return 0
    stop_postgres
    stop_mariadb
    rm -rf "$STEPWISE_SERVERS_DIR"
}
