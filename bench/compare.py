#!/usr/bin/env python3
"""Times whole commands against each other, interleaved: round r runs every command once, in an order
rotated each round, so that a machine getting slower or faster mid-run (frequent on shared machines)
weighs on every command alike. Reports medians of wall time and CPU time, and the peak resident memory
of each command's own process (os.wait4), as a Markdown table and as JSON.

    compare.py --runs 7 --warmup 1 --json out.json NAME='command' NAME='command' ...
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"compare.py: '{command}' failed ({os.waitstatus_to_exitcode(status)}):\n{err}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--json")
    parser.add_argument("commands", nargs="+", help="NAME=COMMAND")
    args = parser.parse_args()
    commands = [c.split("=", 1) for c in args.commands]
    samples = {name: [] for name, _ in commands}
    for r in range(args.warmup + args.runs):
        order = commands[r % len(commands):] + commands[:r % len(commands)]
        for name, command in order:
            result = run_once(command)
            if r >= args.warmup:
                samples[name].append(result)
    results = []
    for name, command in commands:
        s = samples[name]
        results.append({
            "name": name, "command": command, "runs": len(s),
            "median_s": statistics.median(x["wall"] for x in s),
            "min_s": min(x["wall"] for x in s), "max_s": max(x["wall"] for x in s),
            "median_cpu_s": statistics.median(x["cpu"] for x in s),
            "peak_rss_mib": max(x["rss_mib"] for x in s),
        })
    print("| command | median | min-max | CPU (median) | peak RSS |\n|---|---|---|---|---|")
    for r in results:
        print(f"| {r['name']} | {r['median_s']:.3f} s | {r['min_s']:.3f}-{r['max_s']:.3f} s "
              f"| {r['median_cpu_s']:.2f} s | {r['peak_rss_mib']:.0f} MiB |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
