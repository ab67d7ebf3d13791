#!/usr/bin/env bash
# po4a over every chapter of a corpus: "update" extracts a PO file per chapter, "translate" writes it back.
set -euo pipefail
mode="$1" corpus="$2" po="$3"
mkdir -p "$po/out"
for md in "$corpus"/*/*.md; do
  name="$(basename "$md" .md)"
  if [ "$mode" = update ]; then
    po4a-updatepo -f text -o markdown -M UTF-8 -m "$md" -p "$po/$name.po" 2>/dev/null
  else
    po4a-translate -f text -o markdown -M UTF-8 -L UTF-8 -k 0 -m "$md" -p "$po/$name.po" -l "$po/out/$name.md" 2>/dev/null
  fi
done
