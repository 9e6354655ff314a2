#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the data tests and exports its connection string as
# CREATIVEGRAPH_TEST_POSTGRES. Meant to be sourced (". .ci/postgres.sh"), so the variable reaches
# "dotnet test"; the server is stopped and its directory removed when the sourcing shell exits.
# Installs PostgreSQL from Debian's packages when no server binaries are found (needs root).

creativegraph_pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
        echo "$dir"
    fi
}

creativegraph_pg_start() {
    local bin root port user
    bin="$(creativegraph_pg_bin)"
    if [ -z "$bin" ]; then
        echo "== postgres: installing PostgreSQL from Debian packages"
        if [ "$(id -u)" -ne 0 ]; then
            echo "postgres.sh: PostgreSQL is missing and installing it needs root" >&2
            return 1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get update -q \
            && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql || return 1
        bin="$(creativegraph_pg_bin)"
        [ -n "$bin" ] || { echo "postgres.sh: no initdb/pg_ctl after installing postgresql" >&2; return 1; }
    fi

    # initdb refuses to run as root, so the cluster belongs to the postgres user when we are root.
    user="$(id -un)"
    as_owner() { "$@"; }
    if [ "$(id -u)" -eq 0 ]; then
        user=postgres
        as_owner() { runuser -u postgres -- "$@"; }
    fi

    root="$(mktemp -d "${TMPDIR:-/tmp}/creativegraph-pg.XXXXXX")" || return 1
    chmod 755 "$root"
    [ "$user" = postgres ] && chown postgres: "$root"

    # A free port: nothing accepts a connection on it.
    port=""
    for _ in $(seq 1 50); do
        local candidate=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { echo "postgres.sh: found no free port" >&2; return 1; }

    as_owner "$bin/initdb" -D "$root/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$root/initdb.log" 2>&1 \
        || { cat "$root/initdb.log" >&2; return 1; }
    as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
        || { cat "$root/server.log" >&2; return 1; }

    CREATIVEGRAPH_PG_ROOT="$root"
    CREATIVEGRAPH_PG_BIN="$bin"
    export CREATIVEGRAPH_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    trap creativegraph_pg_stop EXIT
    echo "== postgres: throw-away server on 127.0.0.1:$port ($root); CREATIVEGRAPH_TEST_POSTGRES exported"
}

creativegraph_pg_stop() {
    [ -n "${CREATIVEGRAPH_PG_ROOT:-}" ] || return 0
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$CREATIVEGRAPH_PG_BIN/pg_ctl" -D "$CREATIVEGRAPH_PG_ROOT/data" -m immediate stop >/dev/null 2>&1
    else
        "$CREATIVEGRAPH_PG_BIN/pg_ctl" -D "$CREATIVEGRAPH_PG_ROOT/data" -m immediate stop >/dev/null 2>&1
    fi
    rm -rf "$CREATIVEGRAPH_PG_ROOT"
    unset CREATIVEGRAPH_PG_ROOT CREATIVEGRAPH_TEST_POSTGRES
}

creativegraph_pg_start
