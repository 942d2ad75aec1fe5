#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Benchmarks on synthetic scenarios: parse + validation + checks (1k, 10k, 100k elements by default),
# with « diagram » the network diagram (50, 500, 2000 nodes by default), with « documents » every document in
# every format for the examples and a 10k-element scenario; sizes or scenarios may be given; with « studio » the start of
# Casebook Studio up to an example open with its diagram, and the typing latency in a 10k-element file (size may be given);
# with « lsp » the language server on a 10k-element file: didChange to publishDiagnostics, completion, memory (size may be given);
# with « variantes » per-student variants of examples/gsb for 35 students, every document in PDF (count and scenario may be given).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. releng/scripts/java-env.sh
casebook_find_java
modules=tests/org.casebook.benchmarks
[ "${1:-}" = studio ] && modules="$modules,releng/org.casebook.product"
[ "${1:-}" = lsp ] && modules="$modules,releng/org.casebook.cli.distribution"
./mvnw -B -q -DskipTests -pl "$modules" -am package >/dev/null 2>&1
bench="$root/tests/org.casebook.benchmarks/target"
extra=()
major=$(casebook_java_major "$JAVA_HOME")
[ "${major%%.*}" -ge 24 ] && extra+=(--sun-misc-unsafe-memory-access=allow)
run() { "$JAVA_HOME/bin/java" "${extra[@]}" ${CASEBOOK_BENCH_OPTS:-} -Xss4m -Xmx4g -XX:+UseSerialGC -Djava.awt.headless=true -cp "$bench/classes:$bench/lib/*" "$@"; }
studio() {
  local elements="${1:-10000}" work studio launched report
  work="$(mktemp -d)"
  studio="$root/releng/org.casebook.product/target/products/org.casebook.studio/linux/gtk/x86_64/casebook-studio/casebook-studio"
  run org.casebook.benchmarks.SyntheticScenario "$elements" "$work/grand/grand.orga"
  report="$work/rapport.txt"
  local display=()
  [ -z "${DISPLAY:-}" ] && display=(xvfb-run -a -s "-screen 0 1400x900x24")
  for round in 1 2 3; do
    rm -rf "$work/espace" "$report"
    launched=$(date +%s%3N)
    CASEBOOK_WORKSPACE="$work/espace" CASEBOOK_JAVA_OPTIONS="-Dcasebook.benchmark=$report -Dcasebook.benchmark.launched=$launched -Dcasebook.benchmark.typing=$work/grand/grand.orga" \
      "${display[@]}" "$studio" "$root/examples/hexalog/reseau.orga" >"$work/journal.txt" 2>&1 || true
    echo "== essai $round"
    cat "$report" 2>/dev/null || { echo "aucun rapport : voir $work/journal.txt"; exit 1; }
  done
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
case "${1:-}" in
  lsp) shift; lsp "$@" ;;
  studio) shift; studio "$@" ;;
  diagram) shift; run org.casebook.benchmarks.DiagramBenchmark "$@" ;;
  variantes) shift; run -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory org.casebook.benchmarks.VariantBenchmark "$@" ;;
  documents) shift; run -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory org.casebook.benchmarks.DocumentBenchmark "$@" ;;
  *) run org.casebook.benchmarks.ParseValidateBenchmark "$@" ;;
esac
