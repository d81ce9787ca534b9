#!/usr/bin/env bash
# The performance bench (README, "Performance"): the store with and without the module side by side, in alternating
# rounds, on PostgreSQL and HSQLDB, plus the jobs, the account page and mail. Prints one table per database and
# writes them to bench/target/bench-report.txt. Not part of scripts/test.sh; takes long at full size.
#
#   scripts/bench.sh                                  full size (the issue's: 5 x 300 checkouts, 1M ledger entries, ...)
#   scripts/bench.sh -Dbench.rounds=3 -Dbench.birthdayCustomers=100000 -Dbench.dbs=hsqldb
#   scripts/bench.sh -Dbench.dbs=postgres -Dbench.only=import      the points import alone (100,000 rows; -Dbench.importRows)
#   scripts/bench.sh ... -Dbench.sqlProfile=true                    + each figure's top statements in bench/target/bench-logs
#   scripts/bench.sh ... -Dbench.baselineEntities=true              diagnostic: the baseline maps the module's entities too
#
# Every -Dbench.<key>=<value> sets a size (keys and defaults: bench/src/main/java/org/evergreenloyalty/bench/BenchConfig.java);
# PostgreSQL: -Dbench.pgUrl, -Dbench.pgUser, -Dbench.pgPassword (default the test server, schemas evg_bench and evg_bench_base).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
# -DskipTests skips the module tests the build passes through; the bench profile's own run ignores it
exec mvn -o -B -q -pl bench -am verify -Pbench -DskipTests "$@"
