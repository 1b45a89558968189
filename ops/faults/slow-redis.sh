#!/usr/bin/env bash
# Fault 6: a local TCP proxy (started by the drill, on 127.0.0.1) holds every Redis command 300 ms; a
# server behind it takes a stream of 600 poll answers at 20 a second. Passes when every click's ack
# came within 3 s, every click was answered and recorded, and no acknowledged answer is lost.
#   ops/faults/slow-redis.sh [answers (600)] [per second (20)] [delay ms (300)]
exec "$(dirname "$0")/drill.sh" slow-redis "${1:-600}" "${2:-20}" "${3:-300}"
