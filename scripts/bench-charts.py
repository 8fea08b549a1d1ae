#!/usr/bin/env python3
"""The chart speed comparison behind scripts/bench-charts (run that instead).

Writes the microbenchmark's own data (micro_charts.make_data: seeded random walk and clustered
cloud) as CSV, then per run: micro_charts.py once (matplotlib and vl-convert, in-process times),
then `bi chart` for line/scatter × svg/png, each a separate process timed from outside, --repeat
times in a row: the first of them in a run (for the line SVG, the first process after the peers' run,
which pays for the memory they have just given back to the system) is also printed apart.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def timed(command):
    """Wall and CPU seconds of one process, and the JSON line it printed (bi chart --timings)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stdout = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    lines = stdout.decode().strip().splitlines()
    return wall, usage.ru_utime + usage.ru_stime, json.loads(lines[-1]) if lines else {}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bench", required=True)
    parser.add_argument("--bi", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3, help="bi processes per case and run, one after another")
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--million", action=argparse.BooleanOptionalAction, default=True, help="also time 1,000,000-point charts")
    parser.add_argument("--baseline", help="another bi binary (an older build) timed in the same interleaved runs, for before/after")
    args = parser.parse_args()
    bi = os.path.abspath(args.bi)
    baseline = os.path.abspath(args.baseline) if args.baseline else None
    out = os.path.join(args.bench, "out", "bi-charts")
    os.makedirs(out, exist_ok=True)
    sys.path.insert(0, args.bench)
    from micro_charts import H, PNG_SCALE, W, make_data
    line, points = make_data(args.points)
    for name, rows in (("line", line), ("scatter", points)):
        with open(os.path.join(out, f"{name}.csv"), "w") as f:
            f.write("x,y\n" + "".join(f"{x},{y}\n" for x, y in rows))
    fonts = len(subprocess.run(["fc-list"], stdout=subprocess.PIPE, text=True).stdout.splitlines())
    load_start = os.getloadavg()[0]
    peers, ours, before, firsts = {}, {}, {}, {}
    for run in range(args.runs):
        result = subprocess.run([os.path.join(args.bench, ".venv/bin/python"), "micro_charts.py", "--points", str(args.points),
                                 "--out", os.path.join(args.bench, "out", "micro")], cwd=args.bench, stdout=subprocess.PIPE, text=True, check=True)
        for key, value in json.loads(result.stdout.strip().splitlines()[-1]).items():
            if key.endswith("_s"):
                peers.setdefault(key, []).append(value)
        for name in ("line", "scatter"):
            for fmt in ("svg", "png"):
                for binary, times, target in ((bi, ours, f"{name}.{fmt}"), (baseline, before, f"{name}-baseline.{fmt}")):
                    if binary is None:
                        continue
                    for repeat in range(args.repeat):
                        wall, cpu, inside = timed([binary, "chart", "--type", name, "--data", os.path.join(out, f"{name}.csv"), "--x", "x", "--y", "y",
                                                   "--title", f"{name}, {args.points:,} points", "--width", str(W), "--height", str(H),
                                                   "--scale", str(PNG_SCALE), "--format", fmt, "-o", os.path.join(out, target), "--timings"])
                        times.setdefault((name, fmt), []).append((wall, cpu, inside))
                        if repeat == 0:
                            firsts.setdefault((binary, name, fmt), []).append(wall)
        print(f"run {run + 1}/{args.runs} done", file=sys.stderr)
    median = lambda values: statistics.median(values)  # noqa: E731
    print(f"## bi chart vs the peers, {args.points:,} points, {W}×{H}, PNG at {PNG_SCALE}x, median of {args.runs} interleaved runs"
          f" (bi: {args.repeat} processes per case and run)\n")
    print(f"{fonts} system fonts (fc-list; bi loads DejaVu Sans from its files and ignores the rest) · "
          f"load average {load_start:.2f} at start, {os.getloadavg()[0]:.2f} at end\n")
    extra = " baseline bi (wall) | baseline speed-up |" if baseline else ""
    print("| chart | format | matplotlib (in-process) | vl-convert (in-process) | faster peer | bi chart (whole process, wall) | bi CPU | speed-up |"
          " bi's first process of the case in a run (speed-up) | bi in-process (read, layout + render) | bi file |" + extra)
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|---:|" if baseline else ""))
    for name in ("line", "scatter"):
        for fmt in ("svg", "png"):
            mpl_keys = [k for k in (f"mpl_{name}_{fmt}_s", f"mpl_{name}_raw_{fmt}_s") if k in peers]
            mpl = min(median(peers[k]) for k in mpl_keys)
            vl = median(peers[f"vl_{name}_{fmt}_s"])
            faster = min(mpl, vl)
            wall = median([w for w, _, _ in ours[(name, fmt)]])
            cpu = median([c for _, c, _ in ours[(name, fmt)]])
            read = median([t["read_s"] for _, _, t in ours[(name, fmt)]])
            inside = median([t["layout_s"] + t["render_s"] for _, _, t in ours[(name, fmt)]])
            size = os.path.getsize(os.path.join(out, f"{name}.{fmt}"))
            first = median(firsts[(bi, name, fmt)])
            row = (f"| {name} | {fmt} | {mpl:.3f} | {vl:.3f} | {faster:.3f} | {wall:.3f} | {cpu:.3f} | {faster / wall:.1f}× |"
                   f" {first:.3f} ({faster / first:.1f}×) | {read:.3f}, {inside:.3f} | {size / 1e3:.0f} KB |")
            if baseline:
                old_wall = median([w for w, _, _ in before[(name, fmt)]])
                row += f" {old_wall:.3f} | {faster / old_wall:.1f}× |"
            print(row)
    print(f"\nmatplotlib line = the faster of its simplified and every-point lines. Outputs: {out}")
    if args.million:
        line, points = make_data(1_000_000)
        print("\n### 1,000,000 points (bi chart, whole process including reading the CSV; median of 3)\n")
        print("| chart | format | wall s | CPU s | read CSV s | layout + render s | file |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for name, rows in (("line", line), ("scatter", points)):
            path = os.path.join(out, f"{name}-1m.csv")
            with open(path, "w") as f:
                f.write("x,y\n" + "".join(f"{x},{y}\n" for x, y in rows))
            for fmt in ("svg", "png", "pdf"):
                target = os.path.join(out, f"{name}-1m.{fmt}")
                runs = [timed([bi, "chart", "--type", name, "--data", path, "--x", "x", "--y", "y", "--title", f"{name}, 1,000,000 points",
                               "--width", str(W), "--height", str(H), "--scale", str(PNG_SCALE), "--format", fmt, "-o", target, "--timings"])
                        for _ in range(3)]
                print(f"| {name} | {fmt} | {median([r[0] for r in runs]):.3f} | {median([r[1] for r in runs]):.3f} | "
                      f"{median([r[2]['read_s'] for r in runs]):.3f} | {median([r[2]['layout_s'] + r[2]['render_s'] for r in runs]):.3f} | "
                      f"{os.path.getsize(target) / 1e3:.0f} KB |")


if __name__ == "__main__":
    main()
