#!/usr/bin/env bash
# The alignment benchmark (docs/benchmarks.md, "Aligning an existing translation"): tandem align on a
# generated chapter of SENTENCES sentences (default 1000) and its Turkish translation, warm in one JVM,
# and cold (a JVM per run, start-up included).
# Usage: bench/align-benchmark.sh [SENTENCES] [ROUNDS]   (BENCH_DIR: work folder, default /tmp/tandem-align-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${BENCH_DIR:-/tmp/tandem-align-bench}"
sentences="${1:-1000}"
rounds="${2:-10}"
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
cp="target/classes:$(cat target/bench-classpath.txt)"
rm -rf "$work" && mkdir -p "$work/classes"
javac -nowarn -d "$work/classes" -cp "$cp" bench/src/org/tandem/bench/AlignBench.java
echo "# $(java -version 2>&1 | head -1); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx512m -cp "$work/classes:$cp" org.tandem.bench.AlignBench src/test/resources/org/tandem/align/pairs.tsv \
  "$work" "$sentences" "$rounds"
echo "## cold: one JVM per run (start-up included)"
for i in 1 2 3; do
  /usr/bin/time -f "tandem align --dry-run: %e s wall, %U s user, %S s system, %M KB" java -jar target/tandem.jar align -w "$work/ws" kapitel \
    "$work/kapitel-tr.md" --dry-run >/dev/null
done
/usr/bin/time -f "tandem --version (start-up only): %e s wall, %U s user" java -jar target/tandem.jar --version >/dev/null
