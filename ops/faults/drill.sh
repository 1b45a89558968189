#!/usr/bin/env bash
# Shared by the fault scripts: builds this checkout's modules (no tests), copies the jars to a private
# folder (so a rebuild during a drill cannot get in the way) and runs FaultDrill with the arguments,
# bounded by DRILL_TIMEOUT seconds (default 900). Everything listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../../.ci/java-home.sh
source .ci/java-home.sh
./mvnw -q -B -ntp -pl bench-slack -am package -DskipTests -Dspotless.check.skip=true \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
snapshot="$(mktemp -d "${TMPDIR:-/tmp}/allybot-drill.XXXXXX")"
trap 'rm -rf "$snapshot"' EXIT
cp -r bench-slack/target/classes "$snapshot/classes"
classpath="$snapshot/classes"
for entry in $(tr ':' ' ' < bench-slack/target/bench-classpath.txt); do
  case "$entry" in
    "$PWD"/*) cp "$entry" "$snapshot/" && classpath="$classpath:$snapshot/$(basename "$entry")" ;;
    *) classpath="$classpath:$entry" ;;
  esac
done
exec timeout --kill-after=10 "${DRILL_TIMEOUT:-900}" "$JAVA_HOME/bin/java" ${DRILL_JVM:-} \
  -cp "$classpath" org.allybot.bench.faults.FaultDrill "$@"
