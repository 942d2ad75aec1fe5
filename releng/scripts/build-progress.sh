#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Sourced by the Casebook scripts: runs a Maven build with its log kept aside and shows one line of progress instead,
# the module being built, its rank in the reactor and the time elapsed.

# Prints a duration in seconds the French way: « 45 s », « 2 min 05 s ».
casebook_duration() {
  local s=$1
  if [ "$s" -ge 60 ]; then
    printf '%d min %02d s' $((s / 60)) $((s % 60))
  else
    printf '%d s' "$s"
  fi
}

# Reads a Maven log and prints where the build stands: « [3/9] Casebook Language », or the step before the first module.
casebook_build_status() {
  local log=$1 building
  building=$(grep -E '^\[INFO\] Building .+ +\[[0-9]+/[0-9]+\]$' "$log" 2>/dev/null | tail -n 1 || true)
  if [ -n "$building" ]; then
    # "[INFO] Building [bundle] Casebook Language 1.0.0-SNAPSHOT     [3/9]" -> "[3/9] Casebook Language"
    printf '%s %s' "$(sed -E 's/.*(\[[0-9]+\/[0-9]+\])$/\1/' <<<"$building")" \
      "$(sed -E 's/^\[INFO\] Building (\[[a-z-]+\] )?(.+) [^ ]+ +\[[0-9]+\/[0-9]+\]$/\2/' <<<"$building")"
  elif grep -qE 'Scanning for projects|Resolving target definition|Computing target platform' "$log" 2>/dev/null; then
    # Tycho reads the target platform while it scans the projects: the longest step, downloads included the first time
    printf 'lecture des projets et de la plate-forme cible (la première fois, téléchargements)'
  else
    printf 'démarrage de Maven'
  fi
}

# casebook_build_with_progress TITLE LOG MAVEN-ARGUMENTS...
# Runs ./mvnw from the current directory with its whole output in LOG. On a terminal, one line is redrawn every
# second; otherwise a line is printed each time a new module starts. Answers Maven's exit code.
casebook_build_with_progress() {
  local title=$1 log=$2
  shift 2
  local start=$SECONDS status last="" elapsed pid rc line columns
  if command -v setsid >/dev/null 2>&1; then
    setsid ./mvnw "$@" >"$log" 2>&1 </dev/null &
  else
    ./mvnw "$@" >"$log" 2>&1 </dev/null &
  fi
  pid=$!
  # interrupting the script stops the build too (Maven runs in its own process group)
  trap 'kill -TERM -- -'"$pid"' 2>/dev/null || kill -TERM '"$pid"' 2>/dev/null; exit 130' INT TERM
  while kill -0 "$pid" 2>/dev/null; do
    status=$(casebook_build_status "$log")
    elapsed=$(casebook_duration $((SECONDS - start)))
    if [ -t 2 ]; then
      # one line, cut to the terminal's width, or the carriage return would not go back to its start
      line="$title ($elapsed) : $status"
      columns=$( (stty size </dev/tty) 2>/dev/null | cut -d' ' -f2 || true)
      [ -n "$columns" ] && [ "$columns" -gt 10 ] 2>/dev/null && [ "${#line}" -ge "$columns" ] && line="${line:0:$((columns - 2))}…"
      printf '\r\033[K%s' "$line" >&2
    elif [ "$status" != "$last" ]; then
      printf '%s : %s (%s)\n' "$title" "$status" "$elapsed" >&2
    fi
    last=$status
    sleep 1
  done
  rc=0
  wait "$pid" || rc=$?
  trap - INT TERM
  [ -t 2 ] && printf '\r\033[K' >&2
  if [ "$rc" = 0 ]; then
    printf '%s : terminé en %s\n' "$title" "$(casebook_duration $((SECONDS - start)))" >&2
  fi
  return "$rc"
}
