#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Takes the README's screenshots of Casebook Studio and Casebook Viewer, in French and in English (-nl en): the window
# with the explorer, the editor and the diagram, the File menu, the diagram view maximised. Runs the products built by
# `./casebook studio|viewer` (or those of the folder CASEBOOK_PRODUCTS) on examples/hexalog, under Xvfb with the openbox
# window manager (installed when missing and run as root; without it, the windows have no frame). Needs xdotool and
# ImageMagick's import likewise.
# Usage: releng/scripts/screenshots.sh [folder, default docs] [language...: fr en by default]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(cd "$root" && mkdir -p "${1:-docs}" && cd "${1:-docs}" && pwd)"
need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v import >/dev/null 2>&1 || need+=(imagemagick)
command -v openbox >/dev/null 2>&1 || need+=(openbox)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "screenshots : installation de ${need[*]}" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "screenshots : il manque ${need[*]} (apt-get install ${need[*]})" >&2
  fi
fi
products="${CASEBOOK_PRODUCTS:-$root/releng/org.casebook.product/target/products}"
for product in studio viewer; do
  launcher="$products/org.casebook.$product/linux/gtk/x86_64/casebook-$product/casebook-$product"
  [ -x "$launcher" ] || { echo "screenshots : $launcher manque (construire d'abord : ./casebook $product)" >&2; exit 1; }
done
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null 2>&1 || { echo "screenshots : $tool manque" >&2; exit 1; }
done

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
export DISPLAY=":$((200 + RANDOM % 100))"
Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
if command -v openbox >/dev/null 2>&1; then
  openbox >/dev/null 2>&1 &
  pids+=($!)
  sleep 1
fi

# Starts a product, waits for its window and fills the screen with it; $1 studio|viewer, $2 title, $3 language, $4.. arguments
start() {
  local product="$1" title="$2" lang="$3" waited=0
  window=""
  shift 3
  CASEBOOK_WORKSPACE="$work/espace-$product-$lang" CASEBOOK_VIEWER_WORKSPACE="$work/espace-$product-$lang" \
    "$products/org.casebook.$product/linux/gtk/x86_64/casebook-$product/casebook-$product" -nl "$lang" "$@" \
    >"$work/$product-$lang.log" 2>&1 &
  app=$!
  pids+=("$app")
  until window=$(xdotool search --onlyvisible --name "^$title" 2>/dev/null | head -n 1) && [ -n "$window" ]; do
    sleep 2
    waited=$((waited + 2))
    if [ "$waited" -gt 600 ] || ! kill -0 "$app" 2>/dev/null; then
      echo "screenshots : pas de fenêtre « $title »" >&2
      tail -n 20 "$work/$product-$lang.log" >&2
      exit 1
    fi
  done
  xdotool windowactivate --sync "$window" 2>/dev/null || true
  # the whole screen, openbox's title bar included
  xdotool windowmove "$window" 0 0 windowsize "$window" 1400 878
  settle 20 # the editor, the outline and the diagram fill in
}

# Waits at least $1 seconds, then until the screen is drawn (not mostly black) and has not changed for 5 s (at most
# 5 minutes): on a loaded machine, drawing takes longer than any fixed pause
settle() {
  local waited=0 before after
  sleep "$1"
  while [ "$waited" -lt 300 ]; do
    before=$(import -window root png:- | md5sum)
    sleep 5
    waited=$((waited + 5))
    after=$(import -window root png:- | md5sum)
    if [ "$before" = "$after" ] \
        && [ "$(import -window root png:- | convert - -colorspace gray -format '%[fx:mean>0.3]' info:)" = 1 ]; then
      return 0
    fi
  done
  return 0
}

stop() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
}

shot() {
  import -window root "$out/$1"
  echo "screenshots : $out/$1" >&2
}

# Opens the File menu (Alt+F in both languages), takes the picture, closes it
menu_shot() {
  xdotool key --clearmodifiers alt+f
  settle 3
  shot "$1"
  xdotool key Escape
  settle 2
}

languages=("${@:2}")
[ "${#languages[@]}" -gt 0 ] || languages=(fr en)
for lang in "${languages[@]}"; do
  suffix=""
  file_menu=studio-menu-fichier.png
  viewer_menu=viewer-menu-fichier.png
  if [ "$lang" = en ]; then
    suffix=-en
    file_menu=studio-menu-file-en.png
    viewer_menu=viewer-menu-file-en.png
  fi
  start studio "Casebook Studio" "$lang" "$root/examples/hexalog/reseau.orga"
  shot "studio-hexalog$suffix.png"
  menu_shot "$file_menu"
  # the diagram view maximised: a double click on its tab
  xdotool mousemove --window "$window" 888 73 click --repeat 2 --delay 150 1
  settle 6
  # fitted again to the larger view: a click on a blank part of the drawing, then the 0 key
  xdotool mousemove --window "$window" 700 820 click 1 key 0
  settle 3
  shot "studio-schema$suffix.png"
  stop
  start viewer "Casebook Viewer" "$lang" "$root/examples/hexalog"
  shot "viewer-hexalog$suffix.png"
  menu_shot "$viewer_menu"
  stop
done
if [ -n "$(git -C "$root" status --porcelain -- examples)" ]; then
  echo "screenshots : les exemples ont été modifiés :" >&2
  git -C "$root" status --short -- examples >&2
  exit 1
fi
