#!/usr/bin/env bash
# The terminology check benchmark (docs/benchmarks.md): glossaries of 1,000, 10,000 and 100,000
# generated concepts over 100,000 generated segment pairs, one JVM per size, one core.
# Usage: bench/check-benchmark.sh [PAIRS]   (TANDEM_BUILD_DIR selects the build folder, default target)
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-100000}"
build="${TANDEM_BUILD_DIR:-target}"
mvn -q -B -Dtandem.buildDir="$build" -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile="$build/bench-classpath.txt" >&2
cp="$build/classes:$(cat "$build/bench-classpath.txt")"
mkdir -p "$build/check-bench-classes"
javac -d "$build/check-bench-classes" -cp "$cp" bench/src/org/tandem/bench/CheckBenchmark.java bench/src/org/tandem/bench/CheckBenchData.java
echo "# $(java -version 2>&1 | head -1); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(nproc) cores"
for concepts in 1000 10000 100000; do
  java -XX:+UseSerialGC -XX:ActiveProcessorCount=1 -Xmx6g -cp "$build/check-bench-classes:$cp" \
    org.tandem.bench.CheckBenchmark "$concepts" "$pairs"
done
