#!/usr/bin/env bash
# Fault 1: two server processes share one Redis and a fan-out to 2,000 members; when a third have their
# poll (and it holds queue entries), the second instance is killed with SIGKILL. Passes with 0 lost,
# 0 duplicates, and every entry the dead instance held settled within 60 s of the kill (the reclaim).
# 10,000 members: DRILL_JVM=-Dallybot.drill.speedUp=100 ops/faults/kill-instance.sh 10000
#   ops/faults/kill-instance.sh [members (2000)]
exec "$(dirname "$0")/drill.sh" kill-instance "${1:-2000}"
