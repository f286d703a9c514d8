#!/usr/bin/env python3
"""Drives `rapport discover` through a pipe, answering each prompt from a script, and
writes the lines it sent to NAME.in (the golden test replays them). Usage:
  drive.py RAPPORT_BINARY NAME.json   (with XDG_* pointing at a scratch folder)
NAME.json: {"args": [...], "questions": [[answer, probe answers...], ...],
            "closing": [co-create, slice, next step, detail]}"""
import json, re, subprocess, sys

binary, spec_path = sys.argv[1], sys.argv[2]
spec = json.load(open(spec_path))
proc = subprocess.Popen([binary, "discover"] + spec["args"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        bufsize=0)
sent, probes, closing_seen = [], {}, 0
def send(line):
    sent.append(line)
    proc.stdin.write((line + "\n").encode())
    proc.stdin.flush()
for raw in iter(proc.stdout.readline, b""):
    line = raw.decode()
    m = re.match(r"^\[question (\d+) of \d+\]", line)
    p = re.match(r"^  \[question (\d+) of \d+ · dig", line)
    c = re.match(r"^\[closing (\d+) of \d+\]", line)
    if m:
        send(spec["questions"][int(m.group(1)) - 1][0])
    elif p:
        n = int(p.group(1)) - 1
        probes[n] = probes.get(n, 0) + 1
        answers = spec["questions"][n][1:]
        send(answers[probes[n] - 1] if probes[n] <= len(answers) else "/enough")
    elif c:
        send(spec["closing"][closing_seen] if closing_seen < len(spec["closing"]) else "")
        closing_seen += 1
proc.stdin.close()
proc.wait()
open(spec_path.replace(".json", ".in"), "w").write("\n".join(sent) + "\n")
