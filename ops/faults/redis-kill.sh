#!/usr/bin/env bash
# Fault 3: Redis is killed (SIGKILL) halfway through a stream of poll answers (2,000 members, 100 a
# second) and restarted a second later, once under appendfsync everysec and once under always. Prints
# how many acknowledged answers each lost; fails if `always` lost any.
#   ops/faults/redis-kill.sh [answers (2000)]
exec "$(dirname "$0")/drill.sh" redis-kill "${1:-2000}"
