#!/usr/bin/env bash
# Times the whole-publication editions (build --edition pdf / docx / html) on a generated publication:
#
#   bench/edition.sh [CHAPTERS] [SENTENCES]     (default: 100 chapters of 60 sentences)
#
# Half of every chapter is translated (targets copied from the sources), so both the translated and the
# marked untranslated paths are rendered. Needs Java 17, Maven and a font (fonts-dejavu-core).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
chapters="${1:-100}"
sentences="${2:-60}"
work="${BENCH_DIR:-/tmp/tandem-bench}/edition"
rm -rf "$work" && mkdir -p "$work"
(cd "$root" && mvn -q -B -DskipTests package)
cp="$(ls "$root"/target/lib/*.jar | tr '\n' :)"
javac -nowarn -d "$work/classes" -cp "$root/target/tandem.jar:$cp" "$here"/src/org/tandem/bench/*.java
java -cp "$work/classes" org.tandem.bench.CorpusGenerator "$work/corpus" "$chapters" "$sentences"
t="$root/tandem"
"$t" init "$work/ws" --name "Bench edition" >/dev/null
W="-w $work/ws"
"$t" add $W -q "$work"/corpus/* >/dev/null
"$t" export $W -q -o "$work/xlf" >/dev/null
python3 "$here/fill_targets.py" "$work/xlf" "$work/xlf-done"
# translate every other file: half of the chapters complete, half untranslated
ls "$work/xlf-done"/*.xlf | awk 'NR % 2 == 0' | xargs "$t" import $W -q >/dev/null
for edition in html docx pdf; do
  start=$(date +%s.%N)
  "$t" build $W -q --edition "$edition" >/dev/null
  end=$(date +%s.%N)
  size=$(du -k "$work"/ws/build/edition/*."$edition" | cut -f1)
  printf '%s\t%.1f s\t%s KiB\n' "$edition" "$(echo "$end - $start" | bc)" "$size"
done
command -v pdfinfo >/dev/null && pdfinfo "$work"/ws/build/edition/*.pdf | grep Pages || true
