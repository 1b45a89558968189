#!/usr/bin/env bash
# The multi-instance test of issue 18: two real `allybot serve` processes on one Redis fan a poll out
# to SLACK members of a Slack workspace and TEAMS members of a Teams tenant at once (5,000 + 5,000,
# 10,000 in all), through the fake Slack and the fake Bot Connector. The fakes enforce the platforms'
# limits (Slack: chat.postMessage per workspace and per channel, conversations.open per minute;
# Teams: sends per tenant and per conversation), sped up (Slack 50x, Teams 8x: 400 posts/s each),
# and count every 429; the servers get the same limits through the ALLYBOT_SLACK_* and
# ALLYBOT_TEAMS_* settings. Prints the figures and exits 1 unless: 0 lost, 0 duplicates, 0 429s,
# no one-second window busier than the fake's bucket allows, and the fan-out done within
# 1.05 x its floor + 2 s. Everything on 127.0.0.1; bounded by DRILL_TIMEOUT seconds (900).
#
#   .ci/multi-instance.sh [slack members (5000)] [teams members (5000)]
#   DRILL_JVM='-Dallybot.drill.speedUp=25 -Dallybot.drill.teamsSpeedUp=4' .ci/multi-instance.sh
#
# About 5 minutes on a busy 2-core machine (most of it the welcome: one conversations.open a member).
# The normal suite keeps one small case of it (bench-slack MultiInstanceFanOutTest).
set -euo pipefail
exec "$(dirname "$0")/../ops/faults/drill.sh" multi-instance "${1:-5000}" "${2:-5000}"
