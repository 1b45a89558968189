#!/usr/bin/env bash
# Sourced by .ci/run and ./allybot: exports JAVA_HOME pointing at a JDK 21 or newer.
# Looks at JAVA_HOME, then the java on PATH, then every JDK under /usr/lib/jvm.

java_major() {
  # The JDK's release file says it without starting a JVM (a noticeable part of ./allybot's start).
  local release
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ] && grep -q '^JAVA_VERSION="[0-9]' "$release"; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

pick_java_home() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(pick_java_home); then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "No JDK 21+ found; trying to install one with apt-get." >&2
    apt-get update -qq >/dev/null 2>&1 || true
    for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null 2>&1 && break
    done
  fi
  JAVA_HOME=$(pick_java_home) || {
    echo "Allybot needs a JDK 21 or newer. Install one and set JAVA_HOME to it." >&2
    return 1 2>/dev/null || exit 1
  }
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
