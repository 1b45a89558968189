#!/usr/bin/env bash
# Fault 5: two instances run a campaign whose poll (200 members) is due a little over a minute ahead;
# both are killed (SIGKILL) before it and started again together 30 s after it. Passes when the poll
# goes out on restart (ALLYBOT_GRACE_HOURS=1), to every member exactly once, and never again.
#   ops/faults/missed-fire.sh [members (200)]
exec "$(dirname "$0")/drill.sh" missed-fire "${1:-200}"
