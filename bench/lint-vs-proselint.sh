#!/usr/bin/env bash
# Compares `rapport lint` with proselint 0.16 on the same corpus of ~120-word messages.
#   1. throughput: one process over all N files, messages per second, for `--format line`,
#      the text format and `--format json` (goals: line and json >= 100x proselint; json
#      within 1.5x of line's time). rapport's runs alternate, so load changes hit both
#      formats alike; wall time is the median of five, CPU time (user + system) is shown too,
#      and so is the peak memory of each (one more run under GNU time: a child's ru_maxrss seen
#      from Python would also count this Python process's own peak, which Linux carries over
#      into the child at exec).
#   2. one file: hyperfine wall time of `rapport lint FILE`, `rapport lint --format json FILE`
#      and `proselint check FILE` (goals: rapport within 1/20 of proselint; json within 1.3x
#      of the text format)
# Usage: bench/lint-vs-proselint.sh [RAPPORT_BINARY]   (make bench builds it first)
# Env: N (messages, default 1000), RUNS (hyperfine runs, default 50), PROSELINT (a proselint binary).
set -euo pipefail
cd "$(dirname "$0")/.."
rapport="${1:-$(swift build -c release --static-swift-stdlib --show-bin-path)/rapport}"
[ -x "$rapport" ] || { echo "no rapport binary at $rapport: run make build" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is missing: scripts/apt-ensure hyperfine" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: scripts/apt-ensure time" >&2; exit 2; }
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
n="${N:-1000}"
python3 bench/lint-corpus.py "$work/corpus" "$n" 42
single="$work/corpus/msg-00000.txt"
echo "corpus: $n messages, $(cat "$work"/corpus/*.txt | wc -w) words in total"

python3 - "$rapport" "$proselint" "$work/corpus" <<'PY'
import glob, os, statistics, subprocess, sys, time
rapport, proselint, corpus = sys.argv[1:4]
files = sorted(glob.glob(corpus + "/*.txt"))
n = len(files)

def run(argv):
    """Wall seconds and CPU seconds (user + system) of one process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime

def peak(argv):
    """Peak RSS in KiB of one process, as GNU time (started by it, not by Python) reports it."""
    out = os.path.join(os.path.dirname(corpus), "peak.txt")
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out] + argv + files,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return int(open(out).read().split()[-1])

formats = {"line": ["--format", "line"], "text": [], "json": ["--format", "json"]}
samples = {name: [] for name in formats}
for _ in range(5):  # alternate the formats: a busy moment hits them all
    for name, options in formats.items():
        samples[name].append(run([rapport, "lint"] + options))
p_wall, p_cpu = run([proselint, "check"])  # slow and steady: one run
wall = {name: statistics.median(s[0] for s in runs) for name, runs in samples.items()}
cpu = {name: statistics.median(s[1] for s in runs) for name, runs in samples.items()}
rss = {name: peak([rapport, "lint"] + options) for name, options in formats.items()}
p_rss = peak([proselint, "check"])
for name in formats:
    label = f"rapport lint --format {name}" if name != "text" else "rapport lint (text)"
    print(f"{label:27s}: {n/wall[name]:8.0f} messages/s  ({wall[name]*1e3:6.1f} ms wall, "
          f"{cpu[name]*1e3:6.1f} ms CPU, peak {rss[name]/1024:5.1f} MiB for {n})")
print(f"{'proselint check':27s}: {n/p_wall:8.0f} messages/s  ({p_wall*1e3:6.1f} ms wall, "
      f"{p_cpu*1e3:6.1f} ms CPU, peak {p_rss/1024:5.1f} MiB)")
print(f"throughput vs proselint: line {p_wall/wall['line']:.0f}x, text {p_wall/wall['text']:.0f}x, "
      f"json {p_wall/wall['json']:.0f}x  goal >= 100x")
print(f"json / line: {wall['json']/wall['line']:.2f}x wall, {cpu['json']/cpu['line']:.2f}x CPU  goal <= 1.5x")
PY

json="$work/single.json"
hyperfine --warmup 5 --runs "${RUNS:-50}" -N -i --export-json "$json" \
  --command-name "rapport lint FILE" "$rapport lint $single" \
  --command-name "rapport lint --format json FILE" "$rapport lint --format json $single" \
  --command-name "proselint check FILE" "$proselint check $single" >/dev/null
python3 - "$json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
r, j, p = (results[k] for k in ("rapport lint FILE", "rapport lint --format json FILE", "proselint check FILE"))
for name, x in results.items():
    print(f"{name:32s} mean {x['mean']*1000:7.2f} ms  median {x['median']*1000:7.2f} ms  ± {x['stddev']*1000:.2f}")
print(f"single file: rapport takes 1/{p['mean']/r['mean']:.0f} of proselint's wall time  goal <= 1/20")
print(f"single file: json / text {j['mean']/r['mean']:.2f}x (median {j['median']/r['median']:.2f}x)  goal <= 1.3x")
PY
