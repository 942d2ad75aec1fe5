#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Benchmarks. Without argument, every target of the command line, each printed beside its floor or its peer with the
# ratio: « startup » (./casebook validate examples/hexalog cold, beside java -version), « parse » (parse + validation +
# checks at 1k, 10k, 100k elements beside Structurizr DSL on an equivalent workspace; sizes may be given, also as
# « benchmark.sh 1000 10000 »), « memory » (peak resident memory of a cold validate at 100k elements and of the documents
# of a 10k-element scenario), « generate » (every document of hexalog in every format, cold process), « pdf » (the warm
# cost of a PDF page of each example's contexte and sujet beside openhtmltopdf alone printing the same page), « diagram »
# (the network diagram beside ELK alone, 50, 500, 2000 nodes by default). Also: « documents » (writing time per document and
# format, warm, for the examples and a 10k-element scenario), « studio » (the start of Casebook Studio up to an example
# open with its diagram, and the typing latency in a 10k-element file), « lsp » (the language server on a 10k-element
# file: didChange to publishDiagnostics, completion, memory), « variantes » (per-student variants
# of examples/gsb for 35 students, every document in PDF; count and scenario may be given). The machine's load average is
# printed with each figure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. releng/scripts/java-env.sh
casebook_find_java
modules=tests/org.casebook.benchmarks
[ "${1:-}" = studio ] && modules="$modules,releng/org.casebook.product"
[ "${1:-}" = lsp ] && modules="$modules,releng/org.casebook.cli.distribution"
if ! ./mvnw -B -q -DskipTests -pl "$modules" -am package >"${TMPDIR:-/tmp}/casebook-benchmark-build.log" 2>&1; then
  tail -n 30 "${TMPDIR:-/tmp}/casebook-benchmark-build.log" >&2
  exit 2
fi
bench="$root/tests/org.casebook.benchmarks/target"
extra=()
major=$(casebook_java_major "$JAVA_HOME")
[ "${major%%.*}" -ge 24 ] && extra+=(--sun-misc-unsafe-memory-access=allow)
run() { "$JAVA_HOME/bin/java" "${extra[@]}" ${CASEBOOK_BENCH_OPTS:-} -Xss4m -Xmx4g -XX:+UseSerialGC -Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -cp "$bench/classes:$bench/lib/*" "$@"; }
studio() {
  local elements="${1:-10000}" work studio launched report
  local display=()
  if [ -z "${DISPLAY:-}" ]; then
    if ! command -v xvfb-run >/dev/null 2>&1; then
      echo "benchmark studio : ni écran (DISPLAY) ni xvfb-run ; paquets Debian xvfb xauth libgtk-3-0 libwebkit2gtk-4.1-0, que ./run-tests installe" >&2
      exit 2
    fi
    display=(xvfb-run -a -s "-screen 0 1400x900x24")
  fi
  work="$(mktemp -d)"
  studio="$root/releng/org.casebook.product/target/products/org.casebook.studio/linux/gtk/x86_64/casebook-studio/casebook-studio"
  run org.casebook.benchmarks.SyntheticScenario "$elements" "$work/grand/grand.orga"
  report="$work/rapport.txt"
  local starts=() start
  for round in 1 2 3; do
    rm -rf "$work/espace" "$report"
    launched=$(date +%s%3N)
    CASEBOOK_WORKSPACE="$work/espace" CASEBOOK_JAVA_OPTIONS="-Dcasebook.benchmark=$report -Dcasebook.benchmark.launched=$launched -Dcasebook.benchmark.typing=$work/grand/grand.orga" \
      "${display[@]}" "$studio" "$root/examples/hexalog/reseau.orga" >"$work/journal.txt" 2>&1 || true
    echo "== essai $round ($(load))"
    cat "$report" 2>/dev/null || { echo "aucun rapport : voir $work/journal.txt"; exit 1; }
    # the first line: « démarrage : 4 897 ms du lancement … », its digits before « ms »
    start=$(head -n 1 "$report" | sed 's/ ms .*//' | tr -cd '0-9')
    [ -n "$start" ] && starts+=("$start")
  done
  if [ "${#starts[@]}" -gt 0 ]; then
    start=$(median "${starts[@]}")
    printf 'Lancement → exemple ouvert avec son schéma, médiane de %d essais : %d ms ; objectif < 3 000 ms : %s\n' \
      "${#starts[@]}" "$start" "$(verdict "$start" 2999 max)"
  fi
  rm -rf "$work"
}
lsp() {
  local elements="${1:-10000}" work
  work="$(mktemp -d)"
  run org.casebook.benchmarks.SyntheticScenario "$elements" "$work/grand/grand.orga"
  (cd "$root/editors/vscode" && { [ -d node_modules/vscode-jsonrpc ] || npm ci --no-audit --no-fund --loglevel=error; } &&
    node test/benchmark.mjs "$work/grand/grand.orga" "$root/releng/org.casebook.cli.distribution/target/lib")
  rm -rf "$work"
}
load() { local a b c rest; read -r a b c rest </proc/loadavg; printf 'charge de la machine %s %s %s' "$a" "$b" "$c"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
millis() { local start=$EPOCHREALTIME; "$@" >/dev/null 2>&1; local end=$EPOCHREALTIME; echo "$(( (${end/./} - ${start/./}) / 1000 ))"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
verdict() { awk -v v="$1" -v goal="$2" -v sense="$3" 'BEGIN { ok = (sense == "max" ? v <= goal : v >= goal); print (ok ? "tenu" : "non tenu") }'; }
peak_rss() {  # peak resident memory of a command, in MiB
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
    awk '{ printf "%.0f", $1 / 1024 }' "$work/rss"
  else
    printf 'n/a'
  fi
}
startup() {
  local rounds="${1:-9}" java=() casebook=()
  ./casebook --version >/dev/null 2>&1  # builds the command line and its start-up cache when needed
  for _ in $(seq "$rounds"); do
    java+=("$(millis "$JAVA_HOME/bin/java" -version)")
    casebook+=("$(millis ./casebook validate examples/hexalog)")
  done
  local j c
  j=$(median "${java[@]}")
  c=$(median "${casebook[@]}")
  echo "Démarrage à froid ($rounds exécutions entrelacées, médianes ; $(load))"
  printf '  java -version                          %6d ms  (plancher)\n' "$j"
  printf '  ./casebook validate examples/hexalog   %6d ms  %sx le plancher ; objectif <= 400 ms : %s\n' "$c" "$(ratio "$c" "$j")" \
    "$(verdict "$c" 400 max)"
}
generate_cold() {
  local rounds="${1:-5}" validate=() generate=()
  ./casebook --version >/dev/null 2>&1
  for _ in $(seq "$rounds"); do
    validate+=("$(millis ./casebook validate examples/hexalog)")
    generate+=("$(millis ./casebook generate examples/hexalog --edition enseignant --format all --out "$work/documents")")
  done
  local v g
  v=$(median "${validate[@]}")
  g=$(median "${generate[@]}")
  echo "Tous les documents d'hexalog dans tous les formats, processus neuf ($rounds exécutions entrelacées, médianes ; $(load))"
  printf '  ./casebook validate examples/hexalog   %6d ms  (plancher : lecture et vérification)\n' "$v"
  printf '  ./casebook generate … --format all     %6d ms  %sx le plancher ; objectif < 2 500 ms : %s\n' "$g" "$(ratio "$g" "$v")" \
    "$(verdict "$g" 2499 max)"
}
memory() {
  ./casebook --version >/dev/null 2>&1
  run org.casebook.benchmarks.SyntheticScenario 100000 "$work/grand/synthetique.orga"
  run org.casebook.benchmarks.SyntheticScenario 10000 "$work/moyen/synthetique.orga"
  local bare validate generate
  bare=$(peak_rss "$JAVA_HOME/bin/java" -Xshare:auto -version)
  validate=$(peak_rss ./casebook validate "$work/grand")
  generate=$(peak_rss ./casebook generate "$work/moyen" --edition enseignant --format all --out "$work/documents-moyen")
  echo "Mémoire résidente maximale, processus neuf, tas borné par le lanceur ($(load))"
  printf '  java -version                                   %5s Mio  (plancher)\n' "$bare"
  printf '  validate, 100 000 éléments                      %5s Mio  objectif < 400 Mio : %s\n' "$validate" "$(verdict "$validate" 399 max)"
  printf '  generate, 10 000 éléments, tous documents       %5s Mio  objectif < 600 Mio : %s\n' "$generate" "$(verdict "$generate" 599 max)"
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "${1:-}" in
  lsp) shift; lsp "$@" ;;
  studio) shift; studio "$@" ;;
  diagram) shift; run org.casebook.benchmarks.DiagramBenchmark "$@" ;;
  variantes) shift; echo "Variantes élèves ($(load))"; run -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory org.casebook.benchmarks.VariantBenchmark "$@"; echo "fin ($(load))" ;;
  documents) shift; run -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory org.casebook.benchmarks.DocumentBenchmark "$@" ;;
  pdf) shift; echo "Page PDF à chaud ($(load))"; run org.casebook.benchmarks.PdfPageBenchmark "$@" ;;
  startup) shift; startup "$@" ;;
  generate) shift; generate_cold "$@" ;;
  memory) shift; memory ;;
  parse) shift; run org.casebook.benchmarks.ParseValidateBenchmark "$@" ;;
  "")
    startup
    echo
    run org.casebook.benchmarks.ParseValidateBenchmark
    echo
    memory
    echo
    generate_cold
    echo
    echo "Page PDF à chaud ($(load))"
    run org.casebook.benchmarks.PdfPageBenchmark
    echo
    run org.casebook.benchmarks.DiagramBenchmark 500 2000
    ;;
  *) run org.casebook.benchmarks.ParseValidateBenchmark "$@" ;;
esac
