#!/usr/bin/env bash
# Compares the wall time of `rapport quote` with Debian's `fortune` in the same run.
# Prints hyperfine's table and the ratio rapport/fortune (goal: at most 1.5).
# Usage: bench/quote-vs-fortune.sh [RAPPORT_BINARY]   (make bench builds it first)
set -euo pipefail
cd "$(dirname "$0")/.."
rapport="${1:-$(swift build -c release --static-swift-stdlib --show-bin-path)/rapport}"
fortune=$(command -v fortune || echo /usr/games/fortune)
[ -x "$rapport" ] || { echo "no rapport binary at $rapport: run make build" >&2; exit 2; }
[ -x "$fortune" ] || { echo "fortune is missing: make bench installs fortune-mod" >&2; exit 2; }
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
export XDG_STATE_HOME="$state" XDG_DATA_HOME="$state"
json="$state/result.json"
hyperfine --warmup 20 --runs "${RUNS:-300}" -N --export-json "$json" \
  --command-name fortune "$fortune" \
  --command-name "rapport quote" "$rapport quote" \
  --command-name "rapport quote --seed 1" "$rapport quote --seed 1" \
  --command-name "rapport quote --search customer" "$rapport quote --search customer"
python3 - "$json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
base = results["fortune"]["mean"]
for name, r in results.items():
    print(f"{name:34s} mean {r['mean']*1000:6.2f} ms  median {r['median']*1000:6.2f} ms  ratio {r['mean']/base:4.2f}x")
PY
