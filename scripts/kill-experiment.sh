#!/usr/bin/env bash
# The kill-under-load experiment of the crash-safety work (README, "Crash safety"); not part of the test run.
# On a PostgreSQL database of its own, it kills a store running 10 concurrent shoppers (every other one paying
# partly with points) with SIGKILL five times, "restarts" it (the recovery sweep) and prints the invariants over
# every customer served. Needs scripts/test.sh --setup-only (PostgreSQL) and a built project (mvn install -DskipTests).
#
#   scripts/kill-experiment.sh [runs] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
threads=${2:-10}
work=target/kill-experiment
mkdir -p "$work"
db=evergreen_kill
(cd / && runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER evergreen")
mvn -q -o -B dependency:build-classpath -pl loyalty-module -Dmdep.outputFile="$PWD/$work/cp.txt" -Dmdep.includeScope=test
mvn -q -o -B test-compile -pl loyalty-module
rm -rf "$work/classes" "$work/test-classes"
cp -r loyalty-module/target/classes "$work/classes"
cp -r loyalty-module/target/test-classes "$work/test-classes"
java_cmd=(java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED -Xmx1g
    -cp "$work/test-classes:$work/classes:$(cat "$work/cp.txt")" -Devergreen.test.db=postgres
    "-Devergreen.test.pg.url=jdbc:postgresql://127.0.0.1:5432/$db" -Devergreen.scheduler.enabled=false)
"${java_cmd[@]}" -Devergreen.test.hbm2ddl=create org.evergreenloyalty.points.KillExperimentReport > "$work/report-0.txt" 2>&1
for i in $(seq 1 "$runs"); do
    "${java_cmd[@]}" -Devergreen.test.hbm2ddl=none org.evergreenloyalty.points.CheckoutsUntilKilled -1 0 "$threads" > "$work/run-$i.txt" 2>&1 &
    pid=$!
    want=$((RANDOM % 20 + 15))
    while kill -0 "$pid" 2>/dev/null && [ "$(grep -c '^PLACED' "$work/run-$i.txt")" -lt "$want" ]; do sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "run $i: killed (SIGKILL) after $(grep -c '^PLACED' "$work/run-$i.txt") placed orders, $(grep -c '^CUSTOMER' "$work/run-$i.txt") shoppers started"
done
"${java_cmd[@]}" -Devergreen.test.hbm2ddl=none -Devergreen.orders.recovery.graceMinutes=0 \
    org.evergreenloyalty.points.KillExperimentReport > "$work/report.txt" 2>&1
grep -E '^[a-z ,]+: +[0-9]+$' "$work/report.txt"
