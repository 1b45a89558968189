#!/usr/bin/env bash
# Fault 2: Redis is stopped gracefully (SIGTERM) a quarter into a stream of poll answers (1,500 members,
# 100 a second) to a server, and started again on the same files after 5 s. Passes when no acknowledged
# answer is lost, every click got a 200 and a reply (during the outage: one asking to try again),
# /readyz turned 503 within 2 s of Redis going and 200 within 5 s of its return.
#   ops/faults/redis-restart.sh [answers (1500)] [seconds down (5)]
exec "$(dirname "$0")/drill.sh" redis-restart "${1:-1500}" "${2:-5}"
