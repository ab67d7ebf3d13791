#!/usr/bin/env bash
# Before/after speed of the check engine in one run (docs/benchmarks.md, "Quality checks"): the check
# benchmark on a checkout of REV (in a temporary folder) and on this working tree, back to back.
# Usage: bench/check-compare.sh REV [PAIRS]   e.g. bench/check-compare.sh main 20000
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:?usage: bench/check-compare.sh REV [PAIRS]}"
pairs="${2:-20000}"
before="$(mktemp -d)"
trap 'rm -rf "$before"' EXIT
git archive "$rev" | tar -x -C "$before"
echo "== before ($rev, $(git rev-parse --short "$rev"))"
(cd "$before" && bash bench/check-benchmark.sh "$pairs")
echo "== after (working tree)"
TANDEM_BUILD_DIR=target/check-compare bash bench/check-benchmark.sh "$pairs"
