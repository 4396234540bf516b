"""Benchmark (not a test): load, validate and roll up 1,000 SYNTHETIC plans (docs/rollup.md).

    .venv/bin/python benchmarks/rollup_bench.py [--plans 1000] [--seed 1] [--repeat 3] [--data DIR] [--keep]
    make bench-rollup                    (the same with the defaults; BENCH_ROLLUP_ARGS are passed on)

Writes the plans with `cmkit plan synth --regions N --seed S -o DIR` (a temporary directory unless --data
is given), then measures CPU time (user + sys), each in its own child process pinned to core 0 with
`taskset -c 0` when it can (--cpu N for another core):

  in-process   a child runs the API on the files and times each stage with time.process_time():
               load      cmkit.load_plan of every file
               validate  cmkit.validate of every plan (what the roll-up runs per plan)
               rollup    cmkit.rollup(plans): the refusal checks, validation and all five tables
               tables    rollup - validate: what the roll-up adds to validation
               frames    the five DataFrames of the result (pandas)
               The pipeline "load + validate + roll-up" of the target is load + rollup (rollup validates).
               All stages are run --repeat times; the run with the fastest pipeline is reported, with the
               median pipeline beside it (the machine is shared, and on two SMT threads the neighbour's load
               shows in the CPU time).
  cli          `/usr/bin/time cmkit rollup DIR --format csv -o OUT` (interpreter start, imports, loading,
               the roll-up, writing five CSV files): user + sys and peak RSS as /usr/bin/time reports them.
  cli-text     the same with the text overview on stdout.
               Each CLI run is repeated --repeat times: the fastest and the median are reported.

The target is <= 1 s CPU for 1,000 plans. The figures depend on the machine; the script prints its CPU model
and load average beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

RESULT_TAG = "ROLLUP_BENCH_RESULT "


def _cmkit_exe() -> str:
    return os.path.join(os.path.dirname(sys.executable), "cmkit")


CPU = "0"  # the core the children are pinned to (--cpu)


def _pin() -> list:
    if shutil.which("taskset") and subprocess.run(["taskset", "-c", CPU, "true"]).returncode == 0:
        return ["taskset", "-c", CPU]
    return []


# ---- child side ----------------------------------------------------------------------------------


def child(directory: str, repeat: int) -> None:
    t0 = time.process_time()
    import cmkit

    imported = time.process_time() - t0
    files = sorted(os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".json"))
    try:
        import pandas  # noqa: F401

        frames = True
    except ImportError:  # pragma: no cover
        frames = False

    def clock(fn):
        start = time.process_time()
        value = fn()
        return value, time.process_time() - start

    runs = []
    for _ in range(repeat):  # every stage in each run; the run with the fastest pipeline is reported
        plans, load = clock(lambda: [cmkit.load_plan(f) for f in files])
        findings, validate = clock(lambda: [cmkit.validate(p) for p in plans])
        result, rollup = clock(lambda: cmkit.rollup(plans))
        assert not result.refused and len(result.tables["plans"]) == len(files)
        stages = {"load": load, "validate": validate, "rollup": rollup, "tables": rollup - validate,
                  "pipeline": load + rollup}
        if frames:
            stages["frames"] = clock(lambda: cmkit.Rollup(result.core).frames())[1]  # a fresh wrapper: no cached frames
        runs.append(stages)
        rows = {name: len(t) for name, t in result.tables.items()}
        del plans, result
    best = min(runs, key=lambda r: r["pipeline"])
    best["median_pipeline"] = sorted(r["pipeline"] for r in runs)[len(runs) // 2]
    out = {"import": imported, "plans": len(files), "findings": sum(len(f) for f in findings), "rows": rows,
           "stages": best}
    print(RESULT_TAG + json.dumps(out))


# ---- parent side ---------------------------------------------------------------------------------


def run_child(directory: str, repeat: int) -> dict:
    cmd = _pin() + [sys.executable, os.path.abspath(__file__), "--child", directory, "--repeat", str(repeat)]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"rollup_bench: the in-process child failed:\n{res.stderr}")
    line = next(x for x in res.stdout.splitlines() if x.startswith(RESULT_TAG))
    return json.loads(line[len(RESULT_TAG):])


def run_timed(args: list, repeat: int) -> dict:
    """user, sys (s) and peak RSS (MiB) of the fastest of @p repeat pinned children, from /usr/bin/time, and the
    median CPU of the runs."""
    runs = sorted((_run_timed_once(args) for _ in range(repeat)), key=lambda r: r["cpu"])
    best = dict(runs[0])
    best["median"] = runs[len(runs) // 2]["cpu"]
    return best


def _run_timed_once(args: list) -> dict:
    fmt = "TIME %U %S %M"
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        cmd = _pin() + ["/usr/bin/time", "-f", fmt, "-o", report.name] + args
        res = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if res.returncode not in (0, 1):
            sys.exit(f"rollup_bench: {' '.join(args)} failed ({res.returncode}):\n{res.stderr}")
        fields = next(x for x in open(report.name).read().splitlines() if x.startswith("TIME ")).split()
    user, system, rss_kib = float(fields[1]), float(fields[2]), int(fields[3])
    return {"user": user, "sys": system, "cpu": user + system, "rss_mib": rss_kib / 1024}


def machine() -> str:
    model = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            model = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{model}, {os.cpu_count()} cores, load average {load}, Python {platform.python_version()}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plans", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="runs per in-process stage; the fastest is reported")
    ap.add_argument("--data", metavar="DIR", help="write the plans here (reused when it holds them already)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--cpu", default="0", help="pin the children to this core (default 0)")
    ap.add_argument("--child", metavar="DIR", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    global CPU
    CPU = args.cpu
    if args.child:
        child(args.child, args.repeat)
        return 0

    work = tempfile.mkdtemp(prefix="cmkit-rollup-bench-")
    data = args.data or os.path.join(work, "plans")
    try:
        have = os.path.isdir(data) and sum(n.endswith(".json") for n in os.listdir(data)) == args.plans
        if not have:
            subprocess.run([_cmkit_exe(), "plan", "synth", "--regions", str(args.plans), "--seed", str(args.seed),
                            "-o", data], check=True, stderr=subprocess.DEVNULL)
        size = sum(os.path.getsize(os.path.join(data, n)) for n in os.listdir(data) if n.endswith(".json"))
        inproc = run_child(data, args.repeat)
        cli = run_timed([_cmkit_exe(), "rollup", data, "--format", "csv", "-o", os.path.join(work, "out")], args.repeat)
        text = run_timed([_cmkit_exe(), "rollup", data], args.repeat)

        s = inproc["stages"]
        print(f"cmkit roll-up benchmark: {inproc['plans']} synthetic plans (seed {args.seed}), "
              f"{size / 1e6:.1f} MB of plan JSON, {inproc['findings']} findings")
        print(f"machine: {machine()}; pinned: {'taskset -c ' + CPU if _pin() else 'no'}")
        print("rows: " + ", ".join(f"{k} {v}" for k, v in inproc["rows"].items()))
        print("")
        print("in-process CPU s (the fastest of %d runs of every stage):" % args.repeat)
        for name in ("load", "validate", "tables", "rollup", "frames"):
            if name in s:
                print(f"  {name:<10} {s[name]:7.3f}")
        print(f"  {'pipeline':<10} {s['pipeline']:7.3f}   load + rollup (rollup validates); target <= 1 s "
              f"{'met' if s['pipeline'] <= 1.0 else 'NOT met'}")
        print(f"  (median pipeline of the runs {s['median_pipeline']:.3f}; import cmkit {inproc['import']:.3f})")
        print("")
        print("whole CLI process, CPU s (user + sys; fastest of %d, median) and peak RSS:" % args.repeat)
        for what, r in (("cmkit rollup DIR --format csv -o OUT", cli), ("cmkit rollup DIR (text)", text)):
            print(f"  {what:<37} {r['cpu']:6.3f}  (user {r['user']:.2f}, sys {r['sys']:.2f}; median {r['median']:.3f}), "
                  f"{r['rss_mib']:.0f} MiB")
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
