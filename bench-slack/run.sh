#!/usr/bin/env bash
# Runs the Slack benchmarks: bench-slack/run.sh poll|fanout|all|fuzz [-Dname=value ...]
# (fuzz: -Drequests=10000 -Dseed=N; prints the status histogram, 5xx and stack-trace counts)
# Builds this checkout's modules first and runs them from their own target folders, so artifacts
# other checkouts installed into ~/.m2 cannot get in the way. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
shift || true
./mvnw -q -B -ntp -pl bench-slack -am package -DskipTests -Dspotless.check.skip=true \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
# Run from a private copy of this checkout's jars, so rebuilding while a long run goes on is safe.
snapshot="$(mktemp -d "${TMPDIR:-/tmp}/allybot-slack-bench.XXXXXX")"
cp -r bench-slack/target/classes "$snapshot/classes"
classpath="$snapshot/classes"
for entry in $(tr ':' ' ' < bench-slack/target/bench-classpath.txt); do
  case "$entry" in
    "$PWD"/*) cp "$entry" "$snapshot/" && classpath="$classpath:$snapshot/$(basename "$entry")" ;;
    *) classpath="$classpath:$entry" ;;
  esac
done
status=0
"${JAVA_HOME:-/usr}/bin/java" "$@" -cp "$classpath" org.allybot.bench.slack.SlackBench "$which" || status=$?
rm -rf "$snapshot"
exit $status
