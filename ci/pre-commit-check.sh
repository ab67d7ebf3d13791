#!/usr/bin/env bash
# pre-commit hook (.pre-commit-hooks.yaml, id tandem-check): tandem check of the chapters whose files are
# staged. pre-commit passes the staged files of tandem workspaces (tandem.json, chapters, segments,
# glossary, rules), relative to the repository; a workspace is the nearest folder upwards with a
# tandem.json. A staged segment file or chapter source checks that chapter; a staged tandem.json,
# glossary or rule file checks every chapter of its workspace. Needs tandem on PATH (docs/install.md)
# or TANDEM naming the launcher. Exit code: tandem check's (1 when a finding fails, 2 bad input).
set -euo pipefail

tandem=${TANDEM:-tandem}
if ! command -v "$tandem" >/dev/null 2>&1; then
  echo "tandem-check: '$tandem' is not on PATH; install the tandem release (docs/install.md) or set TANDEM" >&2
  exit 2
fi

# The workspace folder of a file: the nearest folder upwards with a tandem.json, or nothing.
workspace_of() {
  local dir
  dir=$(dirname "$1")
  while [ ! -f "$dir/tandem.json" ]; do
    [ "$dir" = . ] || [ "$dir" = / ] && return 0
    dir=$(dirname "$dir")
  done
  printf '%s\n' "$dir"
}

declare -A files # workspace -> its staged files, relative to it, one a line
for file in "$@"; do
  ws=$(workspace_of "$file")
  [ -n "$ws" ] || continue
  files[$ws]+="${file#./}"$'\n'
done

status=0
for ws in "${!files[@]}"; do
  # chapter file and id, one "file<TAB>id" a line, from tandem's own reading of tandem.json
  map=$("$tandem" status -w "$ws" --json | awk -F'"' '/^    "id" : /{id=$4} /^    "file" : /{print $4 "\t" id}')
  chapters=()
  all=no
  while IFS= read -r file; do
    [ -n "$file" ] || continue
    [ "$ws" = . ] || file=${file#"$ws"/}
    case $file in
      tandem.json | glossary/* | rules/*) all=yes ;;
      segments/*.json)
        id=$(basename "$file" .json)
        if printf '%s\n' "$map" | cut -f2 | grep -qxF -- "$id"; then chapters+=("$id"); fi ;;
      *)
        id=$(printf '%s\n' "$map" | awk -F'\t' -v f="$file" '$1 == f {print $2}')
        [ -z "$id" ] || chapters+=("$id") ;;
    esac
  done <<<"${files[$ws]}"
  if [ "$all" = yes ]; then
    chapters=()
  elif [ ${#chapters[@]} -eq 0 ]; then
    continue # nothing staged that a check reads
  fi
  mapfile -t chapters < <(printf '%s\n' ${chapters[@]+"${chapters[@]}"} | sort -u | grep -v '^$' || true)
  "$tandem" check -w "$ws" ${chapters[@]+"${chapters[@]}"} || {
    code=$?
    [ "$code" -le "$status" ] || status=$code
  }
done
exit "$status"
