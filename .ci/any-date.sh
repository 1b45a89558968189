#!/usr/bin/env bash
# Runs the whole test suite with the machine's clock moved to another date, with libfaketime.
#
#   .ci/any-date.sh 2028-02-29T23:30:00Z     # a given instant (any form `date -d` reads)
#   .ci/any-date.sh                          # a random instant one to three years ahead
#   .ci/any-date.sh DATE -Dtest=AskingTest -Dsurefire.failIfNoSpecifiedTests=false
#
# The clock moves by an offset, so the test JVMs (and the processes they start) share one moved
# clock that keeps ticking. The embedded Redis binary is statically linked, so libfaketime cannot
# reach it: Redis keeps the real clock, years away from the tests' (MovedClockTest checks the JVM). Monotonic clocks and file times stay real (the JVM's timeouts need the
# first; nothing needs the second, and faking every stat call slows class loading a lot). Maven
# itself keeps the real clock: libfaketime is preloaded into Surefire's forks only, through the
# allybot.faketime.preload property, so compiling and packaging run at full speed.
# Arguments after DATE go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing faketime (libfaketime) with apt-get." >&2
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null
  else
    echo "any-date.sh needs faketime: apt-get install faketime" >&2
    exit 1
  fi
fi

if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  target="$1"
  shift
else
  # One to three years ahead, at a random second: a different day, weekday and time each run.
  target="@$(($(date +%s) + 366 * 86400 + RANDOM * 65536 % (730 * 86400) + RANDOM))"
fi
target_seconds=$(date -u -d "$target" +%s) || {
  echo "Not a date: $target" >&2
  exit 2
}
offset=$((target_seconds - $(date +%s)))
lib=$(dpkg -L libfaketime 2>/dev/null | grep -m1 '/libfaketime\.so\.1$' || true)
[ -n "$lib" ] || lib=$(find /usr/lib /usr/local/lib -name libfaketime.so.1 2>/dev/null | head -1)
[ -n "$lib" ] || {
  echo "libfaketime.so.1 not found" >&2
  exit 1
}

echo "any-date: running the suite at $(date -u -d "@$target_seconds" '+%Y-%m-%dT%H:%M:%SZ (%A)')" \
  "(offset ${offset} s)"
export FAKETIME="$(printf '%+d' "$offset")"
export FAKETIME_DONT_FAKE_MONOTONIC=1
export NO_FAKE_STAT=1
# libfaketime turns its "monotonic fix" on by itself for this glibc; with it, timed waits return
# at once, so every JVM thread that waits with a timeout spins (an idle JVM burnt 13 s of CPU in
# 5 s, and the date pass ran at load 37). Off, waits wait.
export FAKETIME_FORCE_MONOTONIC_FIX=0
exec ./test "-Dallybot.faketime.preload=$lib" "$@"
