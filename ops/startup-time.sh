#!/usr/bin/env bash
# Measures start-up: the time from launching `./allybot serve` (embedded Redis, no Slack or Teams) to
# the first 200 from /readyz. Runs it N times (default 5) on a fresh data folder each time and prints
# each figure, the median and PASS or FAIL against the 3 s target (#18). Beside each wall-clock figure
# it prints the JVM's CPU time (user + system) until ready and the load average: the wall clock
# depends on what else the machine runs, the CPU time much less.
#
# `./allybot serve` maps an archive of serve's classes (JDK 25+: an ahead-of-time cache, else a
# class-data-sharing archive) that its first `serve` after a build writes; when there is none yet, one
# untimed run writes it first, so the figures are those of every later start.
#
#   ops/startup-time.sh [runs]
#   CDS=off ops/startup-time.sh     # the bare `java -jar allybot.jar serve` (no archive), as Docker runs it
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" ops/startup-time.sh     # with more JVM options
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=.ci/java-home.sh
source "$here/.ci/java-home.sh"
runs="${1:-5}"
target_ms=3000
jar="$here/server/target/allybot.jar"
# Builds first, as ./allybot would, so that no build is timed.
if [ ! -f "$jar" ] || [ -n "$(find "$here" -path "$here/*/src/*" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && ./mvnw -q -B -ntp -DskipTests -Dspotless.check.skip=true package >&2)
fi
# What ./allybot serve maps: its class-data archive.
archive="$here/server/target/allybot-serve.jsa"
if [ "${CDS:-on}" = off ]; then
  launch=("$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$jar" serve)
else
  launch=("$here/allybot" serve)
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
now_ms() { date +%s%3N; }
load() { cut -d' ' -f1 /proc/loadavg; }
clock_ticks=$(getconf CLK_TCK)
# User + system CPU time of process $1 so far, in ms (fields 14 and 15 of /proc/PID/stat).
cpu_ms() { awk -v hz="$clock_ticks" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }

# Starts serve once and prints "WALL_MS CPU_MS" once /readyz says 200 (exits on failure).
start_once() {
  local port data start pid ready="" cpu=0 deadline
  port=$((20000 + RANDOM % 20000))
  until port_free "$port"; do port=$((20000 + RANDOM % 20000)); done
  data="$(mktemp -d "${TMPDIR:-/tmp}/allybot-startup.XXXXXX")"
  start=$(now_ms)
  # ./allybot execs the JVM, so $! is the JVM's pid either way.
  PORT=$port ALLYBOT_DATA_DIR="$data" ALLYBOT_LOG_LEVEL=WARN "${launch[@]}" >"$data/out.log" 2>&1 &
  pid=$!
  deadline=$((start + 60000))
  while [ "$(now_ms)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; then
      ready=$(now_ms)
      cpu=$(cpu_ms "$pid")
      break
    fi
    sleep 0.02
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$ready" ]; then
    echo "not ready within 60 s; log:" >&2
    tail -20 "$data/out.log" >&2
    rm -rf "$data"
    exit 1
  fi
  rm -rf "$data"
  echo "$((ready - start)) $cpu"
}

if [ "${CDS:-on}" != off ] && [ ! "$archive" -nt "$jar" ]; then
  out="$(start_once)"
  read -r wall cpu <<<"$out"
  echo "run 0: ready after $wall ms, $cpu ms CPU; wrote $(basename "$archive") (not counted)"
fi
figures=()
cpus=()
for i in $(seq 1 "$runs"); do
  out="$(start_once)"
  read -r wall cpu <<<"$out"
  figures+=("$wall")
  cpus+=("$cpu")
  echo "run $i: ready after $wall ms, $cpu ms CPU (load $(load))"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
median_wall=$(median "${figures[@]}")
echo "median: ${median_wall} ms, $(median "${cpus[@]}") ms CPU over ${runs} runs" \
  "(target: under ${target_ms} ms; load $(load))"
if [ "$median_wall" -lt "$target_ms" ]; then echo PASS; else echo FAIL; exit 1; fi
