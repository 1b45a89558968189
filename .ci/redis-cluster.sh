#!/usr/bin/env bash
# Runs the core's and the server's test suites on a real three-master Redis Cluster instead of one
# Redis: every test class that uses EmbeddedRedisExtension gets a cluster of its own (the embedded
# redis-server binary with cluster-enabled, formed with CLUSTER ADDSLOTSRANGE and MEET; no Docker,
# nothing to install). A CROSSSLOT error, a transaction or scan the Cluster client refuses, shows up
# as a failing test. The normal suite keeps one fast case (CoreFlowsOnRedisClusterTest).
#
#   .ci/redis-cluster.sh                         # bot-core and server (about 10 minutes on 2 cores)
#   .ci/redis-cluster.sh -pl bot-core -am        # other Maven arguments replace the module list
#
# Tests that stop or fake their Redis on purpose (a store outage, a standalone URL) are left out.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=.ci/java-home.sh
source "$here/.ci/java-home.sh"
cd "$here"
modules=(-pl bot-core,server -am)
[ $# -gt 0 ] && modules=("$@")
exec ./mvnw -B -ntp test "${modules[@]}" -Dallybot.test.redis=cluster \
  -Dtest='org/allybot/core/**/*Test,org/allybot/server/**/*Test,!*StoreAway*,!*StoreOutage*' \
  -Dsurefire.failIfNoSpecifiedTests=false
