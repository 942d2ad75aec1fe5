#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Benchmarks on synthetic scenarios: parse + validation + checks (1k, 10k, 100k elements by default),
# with « diagram » the network diagram (50, 500, 2000 nodes by default), with « documents » every document in
# every format for the examples and a 10k-element scenario; sizes or scenarios may be given.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. releng/scripts/java-env.sh
casebook_find_java
./mvnw -B -q -DskipTests -pl tests/org.casebook.benchmarks -am package >/dev/null 2>&1
bench="$root/tests/org.casebook.benchmarks/target"
extra=()
major=$(casebook_java_major "$JAVA_HOME")
[ "${major%%.*}" -ge 24 ] && extra+=(--sun-misc-unsafe-memory-access=allow)
run() { "$JAVA_HOME/bin/java" "${extra[@]}" ${CASEBOOK_BENCH_OPTS:-} -Xss4m -Xmx4g -XX:+UseSerialGC -Djava.awt.headless=true -cp "$bench/classes:$bench/lib/*" "$@"; }
case "${1:-}" in
  diagram) shift; run org.casebook.benchmarks.DiagramBenchmark "$@" ;;
  documents) shift; run -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory org.casebook.benchmarks.DocumentBenchmark "$@" ;;
  *) run org.casebook.benchmarks.ParseValidateBenchmark "$@" ;;
esac
