#!/usr/bin/env bash
# Fault 1: two server processes share one Redis and a fan-out to 600 members; when a third have their
# poll, the second instance is killed with SIGKILL. Passes with 0 lost, 0 duplicates, and the last poll
# out within 60 s of the kill (the reclaim of what the dead instance held).
#   ops/faults/kill-instance.sh [members (600)]
exec "$(dirname "$0")/drill.sh" kill-instance "${1:-600}"
