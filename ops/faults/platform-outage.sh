#!/usr/bin/env bash
# Fault 4: the fake Slack answers 429 (Retry-After 1), 500, 503 and timeouts (held 12 s, past the
# adapter's 10 s read timeout, then 504) for 30 s in the middle of a fan-out to 600 members (Slack's
# limits sped up 30x). Passes when every member got the poll exactly once afterwards.
#   ops/faults/platform-outage.sh [members (600)] [outage seconds (30)]
exec "$(dirname "$0")/drill.sh" platform-outage "${1:-600}" "${2:-30}"
