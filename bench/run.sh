#!/usr/bin/env bash
# Builds the bench jar and runs the three benchmarks at their default sizes.
# Extra arguments go to FanOutBench, e.g.: bench/run.sh --members 2000 --rate 200
# Exits non-zero if any benchmark prints FAIL.
set -uo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=../.ci/java-home.sh
source .ci/java-home.sh
echo "Using JAVA_HOME=$JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"

./mvnw -q -B -ntp -pl bench -am package -DskipTests -Dspotless.check.skip=true || exit 2

export ALLYBOT_LOG_LEVEL="${ALLYBOT_LOG_LEVEL:-WARN}"
jar=bench/target/allybot-bench.jar
status=0
"$JAVA_HOME/bin/java" -cp "$jar" org.allybot.bench.FanOutBench "$@" || status=1
echo
"$JAVA_HOME/bin/java" -cp "$jar" org.allybot.bench.AnswerBench || status=1
echo
"$JAVA_HOME/bin/java" -cp "$jar" org.allybot.bench.ReportBench || status=1
echo
"$JAVA_HOME/bin/java" -cp "$jar" org.allybot.bench.DashboardBench || status=1
echo
"$JAVA_HOME/bin/java" -cp "$jar" org.allybot.bench.XapiBench || status=1
echo
"$JAVA_HOME/bin/java" -cp "$jar" org.allybot.bench.LanguageBench || status=1
exit "$status"
