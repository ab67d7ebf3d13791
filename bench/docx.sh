#!/usr/bin/env bash
# DOCX speed: a generated Word document of WORDS words read (what `tandem add` does) and written
# (`tandem build`) by tandem, beside Okapi 1.47.0's OpenXML filter reading it alone and Okapi's merge
# (filter + skeleton writer), all in one JVM (best of RUNS after a warm-up). Results: docs/benchmarks.md.
#
#   bench/docx.sh [WORDS] [RUNS]      (default: 100000 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
words="${1:-100000}"
runs="${2:-3}"
work="${BENCH_DIR:-/tmp/tandem-bench}/docx"
rm -rf "$work" && mkdir -p "$work"
(cd "$root" && mvn -q -B -DskipTests package)
# Okapi's OpenXML filter is not one of tandem's dependencies: a throwaway pom resolves it for the comparison.
mkdir -p "$work/okapi"
cat > "$work/okapi/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>okapi-openxml</artifactId><version>1</version>
  <dependencies><dependency><groupId>net.sf.okapi.filters</groupId><artifactId>okapi-filter-openxml</artifactId>
  <version>1.47.0</version></dependency></dependencies></project>
POM
(cd "$work/okapi" && mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt)
cp="$root/target/tandem.jar:$(ls "$root"/target/lib/*.jar | tr '\n' :)$(cat "$work/okapi/cp.txt")"
javac -nowarn -d "$work/classes" -cp "$cp" "$here/src/org/tandem/bench/DocxBench.java"
java -Xmx2g -cp "$work/classes:$cp" org.tandem.bench.DocxBench "$work" "$words" "$runs"
