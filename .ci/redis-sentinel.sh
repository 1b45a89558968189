#!/usr/bin/env bash
# Runs the Sentinel failover test (a real master, replica and Sentinel from the embedded redis-server
# binary; SENTINEL FAILOVER in the middle of a stream of poll answers) RUNS times (default 10), so a
# rare loss of an acknowledged answer shows up. The normal suite runs it once.
#   .ci/redis-sentinel.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=.ci/java-home.sh
source "$here/.ci/java-home.sh"
cd "$here"
runs="${1:-10}"
for run in $(seq 1 "$runs"); do
  echo "== Sentinel failover run $run of $runs"
  ./mvnw -q -B -ntp test -pl bot-core -am -Dtest=AnswersSurviveASentinelFailoverTest \
    -Dsurefire.failIfNoSpecifiedTests=false
done
echo "all $runs runs kept every acknowledged answer"
