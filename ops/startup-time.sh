#!/usr/bin/env bash
# Measures start-up: the time from launching `serve` (the fat jar, embedded Redis, no Slack or Teams)
# to the first 200 from /readyz. Runs it N times (default 5) on a fresh data folder each time and
# prints each figure, the median and PASS or FAIL against the 3 s target (#18).
#
#   ops/startup-time.sh [runs]
#   JAVA_OPTS="-XX:SharedArchiveFile=/tmp/allybot.jsa -XX:+AutoCreateSharedArchive" ops/startup-time.sh
#                                   # with JVM options, such as a class-data-sharing archive
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=.ci/java-home.sh
source "$here/.ci/java-home.sh"
runs="${1:-5}"
target_ms=3000
jar="$here/server/target/allybot.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -B -ntp -DskipTests -Dspotless.check.skip=true package >&2)

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
now_ms() { date +%s%3N; }

figures=()
for i in $(seq 1 "$runs"); do
  port=$((20000 + RANDOM % 20000))
  until port_free "$port"; do port=$((20000 + RANDOM % 20000)); done
  data="$(mktemp -d "${TMPDIR:-/tmp}/allybot-startup.XXXXXX")"
  start=$(now_ms)
  PORT=$port ALLYBOT_DATA_DIR="$data" ALLYBOT_LOG_LEVEL=WARN \
    "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$jar" serve >"$data/out.log" 2>&1 &
  pid=$!
  ready=""
  deadline=$((start + 60000))
  while [ "$(now_ms)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; then
      ready=$(now_ms)
      break
    fi
    sleep 0.02
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$ready" ]; then
    echo "run $i: not ready within 60 s; log:" >&2
    tail -20 "$data/out.log" >&2
    rm -rf "$data"
    exit 1
  fi
  rm -rf "$data"
  figures+=($((ready - start)))
  echo "run $i: ready after $((ready - start)) ms"
done
median=$(printf '%s\n' "${figures[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
echo "median: ${median} ms over ${runs} runs (target: under ${target_ms} ms; load $(cut -d' ' -f1 /proc/loadavg))"
if [ "$median" -lt "$target_ms" ]; then echo PASS; else echo FAIL; exit 1; fi
