#!/usr/bin/env bash
# Runs every Evergreen test: unit tests, the engine's own suite (module core) on the Broadleaf 3.1 stack and,
# transformed to jakarta (module core-jakarta), on Spring 6 + Hibernate 6, the real-Broadleaf integration suite,
# each on HSQLDB and again on PostgreSQL, and the browser tests against the demo store in headless Chromium.
#
#   scripts/test.sh                 install what is missing, start PostgreSQL, run `mvn install -Ppostgres`
#   scripts/test.sh -o              extra arguments go to Maven (here: offline)
#   scripts/test.sh --setup-only    install and start what the tests need, run nothing
#
# Needs JDK 17 and Maven on a Debian machine. Missing Debian packages (postgresql, chromium,
# chromium-driver) are installed with apt-get (through sudo when not root). Safe to run again.
# To use a PostgreSQL server of your own, set EVERGREEN_PG_URL (and EVERGREEN_PG_USER,
# EVERGREEN_PG_PASSWORD): the script then leaves the local server alone.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_ROLE=evergreen
PG_PASSWORD=evergreen
PG_DATABASE=evergreen_test
APT_PACKAGES=(postgresql chromium chromium-driver)

started_at=$(date +%s)
setup_only=false
maven_args=()
for arg in "$@"; do
    case "$arg" in
        --setup-only) setup_only=true ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) maven_args+=("$arg") ;;
    esac
done

say() { echo "[test.sh] $*"; }
fail() { echo "[test.sh] ERROR: $*" >&2; exit 1; }

# ---------------------------------------------------------------- tools the build itself needs
command -v java >/dev/null || fail "java not found: install JDK 17 (Debian: apt-get install openjdk-17-jdk-headless)"
command -v mvn >/dev/null || fail "mvn not found: install Maven (Debian: apt-get install maven)"

# Runs a command as root: directly when we are root, else through sudo, else fails with a message.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        fail "'$*' needs root and sudo is not installed: run this script as root, or run that command as root first"
    fi
}

# Runs a command as the postgres system user (owner of the local clusters).
as_postgres() {
    if [ "$(id -un)" = postgres ]; then
        "$@"
    elif [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    elif command -v sudo >/dev/null; then
        (cd / && sudo -u postgres "$@")
    else
        fail "'$*' must run as the postgres user and sudo is not installed: run this script as root"
    fi
}

# ---------------------------------------------------------------- (a) Debian packages
package_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

missing=()
if command -v dpkg-query >/dev/null; then
    for p in "${APT_PACKAGES[@]}"; do
        package_installed "$p" || missing+=("$p")
    done
else
    # Not Debian: accept the tools if they are there, else say what is needed.
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
    if [ -z "${EVERGREEN_PG_URL:-}" ] && ! command -v pg_ctlcluster >/dev/null; then missing+=(postgresql); fi
    [ ${#missing[@]} -eq 0 ] || fail "missing ${missing[*]} and this is not a Debian system (no dpkg): install them by hand"
fi

if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} with apt-get"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" </dev/null
else
    say "postgresql, chromium and chromium-driver are installed"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after the install; the browser tests need it"
[ -x /usr/bin/chromedriver ] || fail "/usr/bin/chromedriver is missing after the install; the browser tests need it"

# ---------------------------------------------------------------- (b) PostgreSQL
start_local_postgres() {
    local line version cluster port status
    line=$(pg_lsclusters -h 2>/dev/null | head -n 1 || true)
    if [ -z "$line" ]; then
        version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
        [ -n "$version" ] || fail "PostgreSQL is installed but no server version was found under /usr/lib/postgresql"
        say "creating PostgreSQL cluster $version/main"
        as_root pg_createcluster "$version" main
        line=$(pg_lsclusters -h | head -n 1)
    fi
    read -r version cluster port status _ <<<"$line"
    if [[ "$status" != online* ]]; then
        # Debian's policy-rc.d keeps the package from starting the server; start it ourselves.
        say "starting PostgreSQL cluster $version/$cluster on port $port"
        as_root pg_ctlcluster "$version" "$cluster" start
    else
        say "PostgreSQL cluster $version/$cluster is running on port $port"
    fi
    for _ in $(seq 1 60); do
        pg_isready -q -h 127.0.0.1 -p "$port" && break
        sleep 1
    done
    pg_isready -q -h 127.0.0.1 -p "$port" || fail "PostgreSQL $version/$cluster did not accept connections on 127.0.0.1:$port within 60 s (see /var/log/postgresql/)"

    # As the test role: works without root once the role and database exist.
    local as_tests=(env PGPASSWORD="$PG_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$PG_ROLE" -d "$PG_DATABASE" -tA)
    if ! "${as_tests[@]}" -c 'SELECT 1' >/dev/null 2>&1; then
        local psql=(psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres -tA)
        if [ "$(as_postgres "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'")" != 1 ]; then
            say "creating role $PG_ROLE"
            as_postgres "${psql[@]}" -c "CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD'"
        fi
        if [ "$(as_postgres "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != 1 ]; then
            say "creating database $PG_DATABASE"
            as_postgres "${psql[@]}" -c "CREATE DATABASE $PG_DATABASE OWNER $PG_ROLE"
        fi
        "${as_tests[@]}" -c 'SELECT 1' >/dev/null ||
            fail "cannot log in to $PG_DATABASE on 127.0.0.1:$port as $PG_ROLE/$PG_PASSWORD (does the role exist with another password?)"
    fi
    # Test data needs no durability; this makes the schema creation of each suite much faster.
    "${as_tests[@]}" -c "ALTER DATABASE $PG_DATABASE SET synchronous_commit = off"
    export EVERGREEN_PG_URL="jdbc:postgresql://127.0.0.1:$port/$PG_DATABASE"
    export EVERGREEN_PG_USER=$PG_ROLE EVERGREEN_PG_PASSWORD=$PG_PASSWORD
}

if [ -n "${EVERGREEN_PG_URL:-}" ]; then
    say "using the PostgreSQL server at EVERGREEN_PG_URL=$EVERGREEN_PG_URL"
else
    start_local_postgres
fi

if $setup_only; then
    say "setup done ($(($(date +%s) - started_at)) s); tests not run (--setup-only)"
    exit 0
fi

# ---------------------------------------------------------------- (c) the build and every test
mkdir -p target
marker=target/.test-run-started
touch "$marker"
log=target/test-run.log
say "running: mvn -B -ntp -Dstyle.color=never install -Ppostgres ${maven_args[*]:-} (full log: $log)"
set +e
mvn -B -ntp -Dstyle.color=never install -Ppostgres "${maven_args[@]}" 2>&1 | tee "$log"
maven_status=${PIPESTATUS[0]}
set -e

# ---------------------------------------------------------------- (d) summary
# Adds up the surefire reports written by this run, per module and suite.
attribute() { grep -o " $1=\"[0-9]*\"" <<<"$2" | head -n 1 | tr -dc 0-9; }
total_tests=0 total_failed=0 total_skipped=0
declare -A rows=()
while IFS= read -r report; do
    header=$(grep -m 1 '<testsuite' "$report" || true)
    [ -n "$header" ] || continue
    t=$(attribute tests "$header"); f=$(attribute failures "$header")
    e=$(attribute errors "$header"); s=$(attribute skipped "$header")
    t=${t:-0}; f=${f:-0}; e=${e:-0}; s=${s:-0}
    dir=$(dirname "$report")
    key="$(basename "$(dirname "$(dirname "$dir")")") ($(basename "$dir" | sed 's/surefire-reports-\{0,1\}//; s/^$/default/'))"
    read -r rt rf rs <<<"${rows[$key]:-0 0 0}"
    rows[$key]="$((rt + t)) $((rf + f + e)) $((rs + s))"
    total_tests=$((total_tests + t)); total_failed=$((total_failed + f + e)); total_skipped=$((total_skipped + s))
done < <(find . -path '*/target/surefire-reports*' -name 'TEST-*.xml' -newer "$marker" 2>/dev/null | sort)

elapsed=$(($(date +%s) - started_at))
echo
echo "==================== Evergreen test summary ===================="
if [ ${#rows[@]} -gt 0 ]; then
    while IFS= read -r key; do
        read -r rt rf rs <<<"${rows[$key]}"
        printf '  %-40s %4d run, %3d failed, %3d skipped\n' "$key" "$rt" "$rf" "$rs"
    done < <(printf '%s\n' "${!rows[@]}" | sort)
else
    echo "  no test reports were written"
fi
failed_classes=$(grep -E '<<< (FAILURE|ERROR)!' "$log" | grep -- ' -- in ' | sed 's/.* -- in //' | sort -u || true)
if [ -n "$failed_classes" ]; then
    echo "  failed test classes:"
    sed 's/^/    /' <<<"$failed_classes"
fi
printf '  wall time: %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
if [ "$maven_status" -ne 0 ]; then
    echo "  RESULT: FAILED (Maven exit code $maven_status; see $log)"
elif [ "$total_tests" -eq 0 ]; then
    echo "  RESULT: FAILED (no test ran)"
    maven_status=1
else
    echo "  RESULT: OK"
fi
echo "Tests: $((total_tests - total_failed - total_skipped)) passed, $total_failed failed, $total_skipped skipped"
exit "$maven_status"
