#!/usr/bin/env bash
# Compares `rapport lint` with proselint 0.16 on the same corpus of ~120-word messages.
#   1. throughput: one process over all N files, messages per second (goal: ≥ 100× proselint)
#   2. one file: hyperfine wall time of a single `rapport lint FILE` vs `proselint check FILE`
#      (goal: rapport within 1/20 of proselint's time)
# Usage: bench/lint-vs-proselint.sh [RAPPORT_BINARY]   (make bench-lint builds it first)
# Env: N (messages, default 2000), RUNS (hyperfine runs, default 50), PROSELINT (a proselint binary).
set -euo pipefail
cd "$(dirname "$0")/.."
rapport="${1:-$(swift build -c release --static-swift-stdlib --show-bin-path)/rapport}"
[ -x "$rapport" ] || { echo "no rapport binary at $rapport: run make build" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is missing: scripts/apt-ensure hyperfine" >&2; exit 2; }
venv=.build/proselint-venv
proselint="${PROSELINT:-$venv/bin/proselint}"
if [ ! -x "$proselint" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q proselint==0.16
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Fresh caches and config, so neither tool reuses an earlier run's results.
export XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" HOME="$work"
n="${N:-2000}"
python3 bench/lint-corpus.py "$work/corpus" "$n" 42
single="$work/corpus/msg-00000.txt"
echo "corpus: $n messages, $(cat "$work"/corpus/*.txt | wc -w) words in total"

python3 - "$rapport" "$proselint" "$work/corpus" <<'PY'
import glob, subprocess, sys, time
rapport, proselint, corpus = sys.argv[1:4]
files = sorted(glob.glob(corpus + "/*.txt"))
def run(argv):
    start = time.perf_counter()
    subprocess.run(argv + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start
# Best of three for rapport (fast, noisy); one run for proselint (slow, steady).
r = min(run([rapport, "lint", "--format", "line"]) for _ in range(3))
rt = min(run([rapport, "lint"]) for _ in range(3))
p = run([proselint, "check"])
n = len(files)
print(f"rapport lint --format line: {n/r:10.0f} messages/s ({r*1000:.1f} ms for {n})")
print(f"rapport lint (text)       : {n/rt:10.0f} messages/s ({rt*1000:.1f} ms for {n})")
print(f"proselint check           : {n/p:10.0f} messages/s ({p*1000:.1f} ms for {n})")
print(f"throughput ratio rapport/proselint: {p/r:.0f}x (line), {p/rt:.0f}x (text)  goal >= 100x")
PY

json="$work/single.json"
hyperfine --warmup 5 --runs "${RUNS:-50}" -N -i --export-json "$json" \
  --command-name "rapport lint FILE" "$rapport lint $single" \
  --command-name "proselint check FILE" "$proselint check $single" >/dev/null
python3 - "$json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
r, p = results["rapport lint FILE"], results["proselint check FILE"]
for name, x in results.items():
    print(f"{name:22s} mean {x['mean']*1000:7.2f} ms  median {x['median']*1000:7.2f} ms  ± {x['stddev']*1000:.2f}")
print(f"single file: rapport takes 1/{p['mean']/r['mean']:.0f} of proselint's wall time  goal <= 1/20")
PY
