#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Parse + validation benchmark on synthetic scenarios (1k, 10k, 100k elements by default; sizes may be given).
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
exec "$JAVA_HOME/bin/java" "${extra[@]}" -Xss4m -Xmx4g -cp "$bench/classes:$bench/lib/*" \
  org.casebook.benchmarks.ParseValidateBenchmark "$@"
