#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Checks what a new user meets: clones the repository (its committed state) into a temporary folder and, there, runs
# `./casebook studio examples/hexalog/reseau.orga` and `./casebook viewer examples/hexalog` as documented, without
# JAVA_HOME and with only the system's default java on the PATH (the scripts must find a JDK 21+ themselves). Each
# application must build from scratch, open its window within the time limit, leave no ERROR in its workspace log and
# write nothing into the examples (no .project).
# Without a display, runs under Xvfb. Screenshots go to the folder given by CASEBOOK_CHECK_SHOTS, if set.
# With --ici, the same checks on this working tree, with the applications already built there (the end of ./run-tests,
# which runs in a fresh clone in continuous integration).
# Usage: releng/scripts/fresh-clone-check.sh [--ici] [timeout-seconds for the first window, build included, default 2400,
# 600 with --ici; the second window then has 300 s]
# Exit code: 0 both windows opened with a clean log, 1 otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here=0
if [ "${1:-}" = --ici ]; then
  here=1
  shift
fi
first_timeout="${1:-$([ "$here" = 1 ] && echo 600 || echo 2400)}"
clone="$(mktemp -d /tmp/casebook-clone.XXXXXX)"
xvfb_pid=""
app_pid=""
# stops an application with the build it may have started: its whole process group
stop_app() {
  if [ -n "$app_pid" ]; then
    kill -- "-$app_pid" 2>/dev/null || kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
  fi
}
cleanup() {
  stop_app
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$clone"
}
trap cleanup EXIT

command -v xwininfo >/dev/null 2>&1 || { echo "fresh-clone-check : xwininfo manque (apt-get install x11-utils)" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null 2>&1 || { echo "fresh-clone-check : pas d'écran et pas de Xvfb (apt-get install xvfb)" >&2; exit 1; }
  display=":$((90 + RANDOM % 100))"
  Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY="$display"
  sleep 1
fi

if [ "$here" = 1 ]; then
  tree="$root"
  echo "fresh-clone-check : applications construites dans $tree" >&2
else
  tree="$clone/casebook"
  git clone -q --no-checkout "$root" "$tree"
  # the commit checked out here (a worktree's branch, not the clone's default branch)
  git -C "$tree" checkout -q "$(git -C "$root" rev-parse HEAD)"
  echo "fresh-clone-check : clone de $(git -C "$tree" rev-parse --short HEAD) dans $tree" >&2
fi
for example in "$tree"/examples/*/; do
  if [ -e "$example/.project" ]; then
    echo "fresh-clone-check : $example contient un fichier .project" >&2
    exit 1
  fi
done
# only the system's directories on the PATH, no JAVA_HOME: as on a new machine
clean_path=/usr/local/bin:/usr/bin:/bin
# what the examples hold before the applications start: they must write nothing there
examples_before="$(git -C "$tree" status --porcelain --ignored -- examples)"

# Starts one application in the clone and waits for its window; $1 studio|viewer, $2 window title, $3 timeout, $4.. arguments
check() {
  local product="$1" title="$2" limit="$3"
  shift 3
  local workspace="$clone/workspace-$product" out="$clone/$product.out" start elapsed
  start=$(date +%s)
  # in its own process group (setsid), so that stopping it stops the build it started too
  (cd "$tree" && exec setsid env -u JAVA_HOME PATH="$clean_path" DISPLAY="$DISPLAY" \
      CASEBOOK_WORKSPACE="$workspace" CASEBOOK_VIEWER_WORKSPACE="$workspace" ./casebook "$product" "$@" >"$out" 2>&1) &
  app_pid=$!
  while ! xwininfo -root -tree 2>/dev/null | grep -q "\"$title"; do
    elapsed=$(( $(date +%s) - start ))
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "fresh-clone-check : $product s'est arrêté sans ouvrir de fenêtre :" >&2
      tail -n 30 "$out" >&2
      return 1
    fi
    if [ "$elapsed" -gt "$limit" ]; then
      echo "fresh-clone-check : pas de fenêtre « $title » après $limit s" >&2
      tail -n 30 "$out" >&2
      stop_app
      return 1
    fi
    sleep 2
  done
  sleep 15 # the editor and the views fill in
  if [ -n "${CASEBOOK_CHECK_SHOTS:-}" ] && command -v import >/dev/null 2>&1; then
    mkdir -p "$CASEBOOK_CHECK_SHOTS"
    import -window root "$CASEBOOK_CHECK_SHOTS/fresh-clone-$product.png"
  fi
  echo "fresh-clone-check : fenêtre « $title » ouverte en $(( $(date +%s) - start )) s" >&2
  local log="$workspace/.metadata/.log" status=0
  if [ "$(git -C "$tree" status --porcelain --ignored -- examples)" != "$examples_before" ]; then
    echo "fresh-clone-check : $product a écrit dans les exemples :" >&2
    git -C "$tree" status --short --ignored -- examples >&2
    status=1
  fi
  if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
    echo "fresh-clone-check : erreurs dans le journal de $product ($log) :" >&2
    grep -A1 '^!ENTRY [^ ]* 4 ' "$log" >&2
    status=1
  fi
  stop_app
  return "$status"
}

result=0
check studio "Casebook Studio" "$first_timeout" examples/hexalog/reseau.orga || result=1
# the viewer uses the build the studio made; without it, it would only build again
[ "$result" = 0 ] && { check viewer "Casebook Viewer" 300 examples/hexalog || result=1; }
if [ "$result" = 0 ]; then
  echo "fresh-clone-check : Casebook Studio et Casebook Viewer démarrent$([ "$here" = 1 ] && echo " (applications de ce dépôt)" || echo " depuis un clone neuf")" >&2
fi
exit "$result"
