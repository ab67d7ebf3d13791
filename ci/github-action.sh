#!/usr/bin/env bash
# The steps of tandem's GitHub Action (action.yml), kept in a script so that they run, and are tested,
# outside GitHub too (src/test/java/org/tandem/dist/GithubActionIT.java). docs/install.md.
#
#   github-action.sh install   puts a tandem release into $TANDEM_HOME, unless one is there (the cache):
#                              builds the release archive of this checkout with Maven and unpacks it
#   github-action.sh check     runs tandem check with the action's inputs (INPUT_* variables):
#                              WORKSPACE, FORMAT, FAIL_ON, BASELINE, SARIF
# Exit code of check: tandem's (0 passed, 1 findings fail the run, 2 bad input).
set -euo pipefail

source_dir="${TANDEM_SOURCE:-$(cd "$(dirname "$0")/.." && pwd)}"
home="${TANDEM_HOME:?TANDEM_HOME is not set: the folder the tandem release is (to be) unpacked in}"

install() {
  if [ -x "$home/bin/tandem" ]; then
    echo "tandem: using the release in $home (cached)"
    return
  fi
  echo "tandem: no cached release; building it from $source_dir"
  (cd "$source_dir" && mvn -B -q -DskipTests package)
  local archive
  archive=$(ls "$source_dir"/target/tandem-*.tar.gz)
  mkdir -p "$home"
  tar -xzf "$archive" -C "$home" --strip-components=1
  "$home/bin/tandem" --version
}

# The workspace's path relative to the repository (GITHUB_WORKSPACE), "" when it is the repository:
# annotations and SARIF name files relative to the repository, tandem relative to the workspace.
prefix_of() {
  local ws root
  ws=$(cd "$1" && pwd -P)
  root=$(cd "${GITHUB_WORKSPACE:-$PWD}" && pwd -P)
  case $ws in
    "$root") echo "" ;;
    "$root"/*) echo "${ws#"$root"/}/" ;;
    *) echo "" ;;
  esac
}

check() {
  local ws="${INPUT_WORKSPACE:-.}" format="${INPUT_FORMAT:-github}" status=0 prefix report
  [ -f "$ws/tandem.json" ] || { echo "::error::tandem: no tandem.json in the workspace folder '$ws'"; exit 2; }
  prefix=$(prefix_of "$ws")
  local args=(check -w "$ws")
  [ -z "${INPUT_BASELINE:-}" ] || args+=(--baseline "$INPUT_BASELINE")
  report=$(mktemp)
  "$home/bin/tandem" "${args[@]}" --format "$format" --fail-on "${INPUT_FAIL_ON:-error}" >"$report" || status=$?
  if [ "$format" = github ]; then
    sed "s#^\(::[a-z]* file=\)#\1${prefix//#/\\#}#" "$report"
  else
    cat "$report"
  fi
  if [ -n "${INPUT_SARIF:-}" ]; then
    "$home/bin/tandem" "${args[@]}" --format sarif --output "$INPUT_SARIF" --fail-on never >/dev/null
    [ -z "$prefix" ] || sed -i "s#\(\"uri\" *: *\"\)#\1${prefix//#/\\#}#g" "$INPUT_SARIF"
  fi
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "exit-code=$status" >>"$GITHUB_OUTPUT"
    [ -z "${INPUT_SARIF:-}" ] || echo "sarif=$INPUT_SARIF" >>"$GITHUB_OUTPUT"
  fi
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    printf '### tandem terminology check\n\n%s\n' "$(tail -n 1 "$report")" >>"$GITHUB_STEP_SUMMARY"
  fi
  rm -f "$report"
  exit "$status"
}

case "${1:-}" in
  install) install ;;
  check) check ;;
  *) echo "usage: $0 install|check" >&2; exit 2 ;;
esac
