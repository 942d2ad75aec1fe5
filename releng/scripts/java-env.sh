#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Sourced by the Casebook scripts: exports JAVA_HOME pointing at a JDK 21 or newer, or fails with a clear message.

casebook_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

casebook_find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local d
  for d in /usr/lib/jvm/*; do candidates+=("$d"); done
  local home major
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(casebook_java_major "$home")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$home"
      return 0
    fi
  done
  echo "casebook : aucun JDK 21 ou plus récent trouvé (JAVA_HOME, /usr/lib/jvm). Installer par exemple « apt-get install openjdk-21-jdk » ou définir JAVA_HOME." >&2
  return 1
}
