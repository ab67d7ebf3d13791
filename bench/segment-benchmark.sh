#!/usr/bin/env bash
# The sentence segmentation benchmark (docs/benchmarks.md, "Sentence segmentation engine"): Okapi's
# Markdown filter alone, tandem's extraction (filter + alignment + tandem's SRX engine) and the filter
# with Okapi's SRX engine, warm (rounds in one JVM) and cold (a JVM per run, with hyperfine if installed),
# on generated corpora of CHAPTERS chapters of 1,000 sentences.
# Usage: bench/segment-benchmark.sh [CHAPTERS...]   (default: 20 100; TANDEM_BUILD_DIR selects the build
# folder, default target; BENCH_DIR the work folder, default /tmp/tandem-segment-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TANDEM_BUILD_DIR:-target}"
work="${BENCH_DIR:-/tmp/tandem-segment-bench}"
mvn -q -B -Dtandem.buildDir="$build" -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile="$build/bench-classpath.txt" >&2
cp="$build/classes:$(cat "$build/bench-classpath.txt")"
mkdir -p "$work/classes"
javac -nowarn -d "$work/classes" -cp "$cp" bench/src/org/tandem/bench/CorpusGenerator.java \
  bench/src/org/tandem/bench/SegmentBench.java
java="java -Xmx512m -XX:+UseSerialGC -cp $work/classes:$cp"
echo "# $(java -version 2>&1 | head -1); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
[ $# -gt 0 ] || set -- 20 100
for chapters in "$@"; do
  corpus="$work/corpus-$chapters"
  [ -d "$corpus" ] || java -cp "$work/classes" org.tandem.bench.CorpusGenerator "$corpus" "$chapters" 1000
  rounds=$(( chapters > 50 ? 10 : 24 ))
  echo "## $chapters chapters, warm: $rounds rounds in one JVM"
  for program in okapi-filter tandem okapi-srx; do
    $java org.tandem.bench.SegmentBench "$program" "$corpus" "$rounds" 2>/dev/null
  done
  if command -v hyperfine >/dev/null; then
    echo "## $chapters chapters, cold: one JVM per run"
    hyperfine -N --runs 5 --warmup 1 --style basic \
      -n okapi-filter "$java org.tandem.bench.SegmentBench okapi-filter $corpus 1" \
      -n tandem "$java org.tandem.bench.SegmentBench tandem $corpus 1" \
      -n okapi-srx "$java org.tandem.bench.SegmentBench okapi-srx $corpus 1" 2>/dev/null
  fi
done
