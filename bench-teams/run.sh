#!/usr/bin/env bash
# Runs a Teams benchmark: bench-teams/run.sh fanout|invoke|fuzz [arguments...]
#   fanout [members (1000)] [burst (70)]                  TeamsFanOutBench
#   invoke [rate (300)] [seconds (30)] [warm-up (10)] [members (100)]   TeamsInvokeBench
#   fuzz [requests (10000)] [seed (random)]                TeamsFuzzDriver: status histogram, 5xx, stack traces
# Builds this checkout's modules first and runs them from a private copy of their jars, so
# artifacts other checkouts installed into ~/.m2, or a rebuild during a long run, cannot get in the
# way. JVM options go in BENCH_JVM (default -Xms1g -Xmx1g). Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-fanout}"
shift || true
case "$which" in
  fanout) main=TeamsFanOutBench ;;
  invoke) main=TeamsInvokeBench ;;
  fuzz) main=TeamsFuzzDriver ;;
  *) echo "usage: $0 fanout|invoke|fuzz [arguments...]" >&2; exit 2 ;;
esac
./mvnw -q -B -ntp -pl bench-teams -am package -DskipTests -Dspotless.check.skip=true \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
snapshot="$(mktemp -d "${TMPDIR:-/tmp}/allybot-teams-bench.XXXXXX")"
trap 'rm -rf "$snapshot"' EXIT
cp -r bench-teams/target/classes "$snapshot/classes"
classpath="$snapshot/classes"
for entry in $(tr ':' ' ' < bench-teams/target/bench-classpath.txt); do
  case "$entry" in
    "$PWD"/*) cp "$entry" "$snapshot/" && classpath="$classpath:$snapshot/$(basename "$entry")" ;;
    *) classpath="$classpath:$entry" ;;
  esac
done
# shellcheck disable=SC2086
"${JAVA_HOME:-/usr}/bin/java" ${BENCH_JVM:--Xms1g -Xmx1g} -cp "$classpath" "org.allybot.bench.teams.$main" "$@"
