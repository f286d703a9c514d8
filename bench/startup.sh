#!/usr/bin/env bash
# Start-up: `rapport --version` and `rapport quote` against Debian's `fortune`, with two floors
# built here: a C "hello" (what any process costs) and a plain Swift "hello" linked like rapport
# (what the Swift runtime adds). One hyperfine run holds all five, so the ratios to fortune
# come from the same minutes on the same machine. Wall time (mean, median) and CPU time (user +
# system, steadier on a busy machine) are both shown. Then peak memory and the binary's size.
# Usage: bench/startup.sh [RAPPORT_BINARY]   (make bench builds it first)
# Env: RUNS (hyperfine runs, default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
rapport="${1:-$(swift build -c release --static-swift-stdlib --show-bin-path)/rapport}"
fortune=$(command -v fortune || echo /usr/games/fortune)
[ -x "$rapport" ] || { echo "no rapport binary at $rapport: run make build" >&2; exit 2; }
[ -x "$fortune" ] || { echo "fortune is missing: make bench installs fortune-mod" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is missing: scripts/apt-ensure hyperfine" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: scripts/apt-ensure time" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data"

# The floors, built fresh: C with the system compiler, Swift as rapport is (static stdlib, -O).
printf '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n' > "$work/hello.c"
cc -O2 -o "$work/hello-c" "$work/hello.c"
printf 'print("hello")\n' > "$work/hello.swift"
swiftc -O -static-stdlib -o "$work/hello-swift" "$work/hello.swift" 2>/dev/null

"$rapport" quote >/dev/null  # the state folder exists before timing, as it does after first use
json="$work/startup.json"
hyperfine --warmup 20 --runs "${RUNS:-300}" -N --export-json "$json" \
  --command-name fortune "$fortune" \
  --command-name "rapport --version" "$rapport --version" \
  --command-name "rapport quote" "$rapport quote" \
  --command-name "C hello (floor)" "$work/hello-c" \
  --command-name "Swift hello (floor)" "$work/hello-swift" >/dev/null

python3 - "$json" "$rapport" "$fortune" <<'PY'
import json, os, resource, subprocess, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rapport, fortune = sys.argv[2], sys.argv[3]
base = results["fortune"]
goals = {"rapport --version": "goal <= 0.8x", "rapport quote": "goal <= 1.0x"}
def cpu(r):
    return r["user"] + r["system"]
print(f"{'command':22s} {'mean':>8s} {'median':>8s} {'CPU':>8s}   ratio to fortune: mean, median, CPU")
for name, r in results.items():
    print(f"{name:22s} {r['mean']*1e3:5.2f} ms {r['median']*1e3:5.2f} ms {cpu(r)*1e3:5.2f} ms   "
          f"{r['mean']/base['mean']:4.2f}x  {r['median']/base['median']:4.2f}x  {cpu(r)/cpu(base):4.2f}x  "
          f"{goals.get(name, '')}")

def peak_kib(argv):
    """Peak resident memory of one run, as GNU time reports it (best of five)."""
    runs = [subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True).stderr.split()[-1] for _ in range(5)]
    return min(int(kib) for kib in runs)
quote, other = peak_kib([rapport, "quote"]), peak_kib([fortune])
print(f"peak RSS: rapport quote {quote/1024:.1f} MiB, fortune {other/1024:.1f} MiB  goal <= 8 MiB")
size = os.path.getsize(rapport)
stripped = ".build/rapport"
line = f"binary: {rapport} {size/1e6:.1f} MB"
if os.path.exists(stripped):
    line += f"; stripped ({stripped}, what make install installs) {os.path.getsize(stripped)/1e6:.1f} MB"
print(line + "  goal <= 30 MB")
PY
