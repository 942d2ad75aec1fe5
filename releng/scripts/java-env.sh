#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Sourced by the Casebook scripts (mvnw, casebook, run-tests): exports JAVA_HOME pointing at a JDK 21 or newer,
# or fails with a message naming the JDKs found and the one that is missing.

# The Java version of a JDK (21, 25, 1.8), read from its release file without starting it; the JDKs without that file are
# asked (java -XshowSettings).
casebook_java_version() {
  local line version=""
  if [ -r "$1/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in JAVA_VERSION=*) version="${line#JAVA_VERSION=}"; version="${version//\"/}"; break ;; esac
    done <"$1/release"
  fi
  if [ -z "$version" ]; then
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p' | head -n 1
    return
  fi
  printf '%s\n' "$version"
}

casebook_java_major() {
  local version
  version=$(casebook_java_version "$1")
  case "$version" in
    1.*) version="${version#1.}"; printf '1.%s\n' "${version%%[!0-9]*}" ;;
    *) printf '%s\n' "${version%%[!0-9]*}" ;;
  esac
}

casebook_find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local parent d
  # CASEBOOK_JVM_DIRS: the folders holding installed JDKs (by default those of Debian and of the Docker images)
  for parent in ${CASEBOOK_JVM_DIRS:-/usr/lib/jvm /opt/java}; do
    for d in "$parent"/*; do [ -d "$d" ] && candidates+=("$d"); done
  done
  local home major found=() seen=" "
  for home in "${candidates[@]}"; do
    home="$(readlink -f "$home" 2>/dev/null || printf %s "$home")"
    case "$seen" in *" $home "*) continue ;; esac
    seen="$seen$home "
    [ -x "$home/bin/java" ] || continue
    major=$(casebook_java_major "$home")
    if [ ! -x "$home/bin/javac" ]; then
      found+=("$home (Java ${major:-?}, sans javac)")
      continue
    fi
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$home"
      return 0
    fi
    found+=("$home (Java ${major:-?})")
  done
  {
    echo "casebook : Casebook se construit et s'exécute avec un JDK 21 ou plus récent, introuvable ici (cherché dans JAVA_HOME, le PATH et ${CASEBOOK_JVM_DIRS:-/usr/lib/jvm /opt/java})."
    if [ "${#found[@]}" -gt 0 ]; then
      echo "casebook : trop anciens ou incomplets : ${found[*]}"
    fi
    echo "casebook : installer par exemple « apt-get install openjdk-21-jdk », ou définir JAVA_HOME vers un JDK 21 ou plus récent."
  } >&2
  return 1
}
