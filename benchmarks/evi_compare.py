"""Benchmark (not a test): the Evi regional analysis in cmkit against idiomatic pandas and polars peers.

    .venv/bin/python benchmarks/evi_compare.py [--schools 7500] [--waves 2023,2025,2027] [--replicates 1000]
        [--k 5] [--seed 1] [--data DIR] [--keep] [--check] [--json FILE] [--cpu N] [--repeat N]

Makes a synthetic national set with `cmkit evi synth` (into --data DIR when given and missing; reused when it
is already there; otherwise a temporary directory), then runs every implementation on the same two files
(responses.csv, schools.csv), each in its own child process pinned to one core (taskset), so that each has
its own CPU time and peak RSS (os.wait4 gives the rusage of exactly that child):

  cmkit      the in-process API: cmkit.load_evi_responses + load_schools (load), validate_evi_responses
             (validate), evi_analyse(k, replicates) (analyse), cmkit.evi.write_outputs (write)
  cmkit-cli  the whole CLI as one process, interpreter start included:
             cmkit evi analyse RESPONSES --schools SCHOOLS -o OUT --replicates R --k K
  pandas     benchmarks/peers/evi_pandas.py   (stages load, scores, response, pyramids, transitions, alpha,
  polars     benchmarks/peers/evi_polars.py    bootstrap, suppress, write)

Times are CPU seconds (user + sys): per stage measured inside the child with time.process_time(), and the
whole process from the child's rusage (interpreter start and imports included). "startup" is the CPU the
interpreter used before the child's code ran; "import" is importing cmkit / numpy + pandas / numpy + polars.

"tables" is the comparable part: from reading the two files to the tables in memory. For cmkit that is
load + analyse (evi_analyse validates the answers itself; the separate validate call produces the findings
report, which the peers do not make). For the peers it is load .. suppress. cmkit computes more in that
time than the peers (agreement, paired change, consistency, ambition, items, mean intervals for every
group, complementary suppression); the peers compute what an analyst would tabulate: response, pyramids,
transitions, alpha, the share bootstrap per municipality and primary suppression.

--check compares the peers' tables with the CSVs cmkit wrote: the unsuppressed pyramid counts with
`distribution` and the transition counts with `transitions` wherever cmkit publishes a count (and every
peer count below k must be suppressed by cmkit), alpha to 1e-9, response counts exactly; pandas and polars
must also agree with each other on every cell. The bootstrap bounds use different generators and are only
summarised (estimates must agree exactly).
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

HERE = os.path.dirname(os.path.abspath(__file__))
IMPLS = ["cmkit", "cmkit-cli", "pandas", "polars"]
PEERS = ("pandas", "polars")
RESULT_TAG = "EVI_COMPARE_RESULT "
STAGE_ORDER = ["startup", "import", "load", "validate", "analyse", "scores", "response", "pyramids", "transitions",
               "alpha", "bootstrap", "suppress", "write"]
TABLE_STAGES = {"cmkit": ["load", "analyse"],
                "pandas": ["load", "scores", "response", "pyramids", "transitions", "alpha", "bootstrap", "suppress"],
                "polars": ["load", "scores", "response", "pyramids", "transitions", "alpha", "bootstrap", "suppress"]}


# ---- child side ------------------------------------------------------------------------------------

class StageTimer:
    """Called with a stage name when the stage ends; records process_time() since the previous call."""

    def __init__(self):
        self.stages = {"startup": time.process_time()}  # CPU before the child's code ran
        self._last = time.process_time()

    def __call__(self, stage: str) -> None:
        now = time.process_time()
        self.stages[stage] = self.stages.get(stage, 0.0) + now - self._last
        self._last = now


def child(args) -> None:
    timer = StageTimer()
    info = {}
    if args.child == "cmkit":
        import cmkit
        import cmkit.evi

        timer("import")
        responses = cmkit.load_evi_responses(args.responses)
        schools = cmkit.load_schools(args.schools)
        timer("load")
        findings = cmkit.validate_evi_responses(responses, schools=schools)
        timer("validate")
        analysis = cmkit.evi_analyse(responses, schools=schools, k=args.k, replicates=args.replicates)
        timer("analyse")
        cmkit.evi.write_outputs(analysis, args.out)
        timer("write")
        # (no len(responses.responses) etc. here: those copy every record into Python and would be counted)
        info = {"cmkit": cmkit.library_version(), "findings": len(findings)}
    else:
        import numpy

        sys.path.insert(0, os.path.join(HERE, "peers"))
        if args.child == "pandas":
            import pandas
            import evi_pandas as peer

            info = {"numpy": numpy.__version__, "pandas": pandas.__version__}
        else:
            import polars
            import evi_polars as peer

            info = {"numpy": numpy.__version__, "polars": polars.__version__, "polars_threads": polars.thread_pool_size()}
        timer("import")
        tables = peer.run(args.responses, args.schools, replicates=args.replicates, k=args.k, seed=args.seed,
                          timer=timer, outdir=args.out)
        info["rows"] = {name: len(df) for name, df in tables.items()}
    info["affinity"] = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    print(RESULT_TAG + json.dumps({"stages": timer.stages, "cpu_inside": time.process_time(), "info": info}))


# ---- parent side -----------------------------------------------------------------------------------

def cmkit_command() -> list:
    exe = os.path.join(os.path.dirname(sys.executable), "cmkit")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "cmkit.cli"]


def pin_prefix(cpu):
    if cpu is None:
        return [], None
    if shutil.which("taskset"):
        return ["taskset", "-c", str(cpu)], None
    if hasattr(os, "sched_setaffinity"):
        return [], (lambda: os.sched_setaffinity(0, {cpu}))
    return [], None


def run_child(cmd: list, cpu) -> dict:
    """Runs cmd and returns its wall time and its own rusage (os.wait4), with the parsed result line."""
    prefix, preexec = pin_prefix(cpu)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(prefix + cmd, stdout=out, stderr=err, preexec_fn=preexec)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if p.returncode != 0:
        raise SystemExit(f"child failed ({p.returncode}): {' '.join(prefix + cmd)}\n{stderr}")
    res = {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "user": ru.ru_utime, "sys": ru.ru_stime,
           "maxrss_mb": ru.ru_maxrss / 1024.0}  # Linux: ru_maxrss in KiB
    for line in stdout.splitlines():
        if line.startswith(RESULT_TAG):
            res.update(json.loads(line[len(RESULT_TAG):]))
    return res


def ensure_data(args, workdir: str) -> str:
    data = args.data or os.path.join(workdir, "data")
    have = all(os.path.exists(os.path.join(data, f)) for f in ("responses.csv", "schools.csv"))
    if have:
        meta = os.path.join(data, "synthetic.json")
        if os.path.exists(meta):
            opts = json.load(open(meta, encoding="utf-8")).get("options", {})
            want = {"schools": args.schools, "waves": [int(w) for w in args.waves.split(",")]}
            if any(opts.get(key) != v for key, v in want.items()):
                print(f"note: reusing {data} made with schools={opts.get('schools')} waves={opts.get('waves')} "
                      f"(not the --schools/--waves given)")
        print(f"data: reusing {data}")
        return data
    cmd = cmkit_command() + ["evi", "synth", "--schools", str(args.schools), "--waves", args.waves, "-o", data]
    print("data: " + " ".join(cmd))
    t = time.perf_counter()
    subprocess.run(cmd, check=True)
    print(f"      generated in {time.perf_counter() - t:.1f} s")
    return data


def cmkit_fingerprint() -> dict:
    """The installed cmkit core (path, mtime, sha256 prefix), found without importing cmkit, so that a
    reinstall during the benchmark (e.g. while the engine is being rebuilt) is noticed."""
    import glob
    import hashlib
    import importlib.util

    spec = importlib.util.find_spec("cmkit")
    if not spec or not spec.submodule_search_locations:
        return {}
    cores = sorted(glob.glob(os.path.join(list(spec.submodule_search_locations)[0], "_core*")))
    if not cores:
        return {}
    with open(cores[0], "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    mtime = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(os.path.getmtime(cores[0])))
    return {"core": cores[0], "sha256": digest, "built": mtime}


def machine_info() -> dict:
    model = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"cpu": model or platform.processor() or platform.machine(), "cores": os.cpu_count(),
            "cores_available": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
            "python": platform.python_version(), "platform": platform.platform()}


def input_info(data: str) -> dict:
    r = os.path.join(data, "responses.csv")
    s = os.path.join(data, "schools.csv")
    def data_rows(path):  # lines below the header; a synthetic file has a marker line above it
        with open(path, "rb") as f:
            return sum(1 for line in f if not line.startswith(b"# synthetic")) - 1
    rows, schools = data_rows(r), data_rows(s)
    return {"responses": r, "schools_file": s, "responses_bytes": os.path.getsize(r), "responses_rows": rows,
            "schools_bytes": os.path.getsize(s), "schools": schools}


def fmt(v, width=10, nd=2):
    return f"{'':>{width}}" if v is None else f"{v:>{width}.{nd}f}"


def summarise(results: dict) -> dict:
    """Adds 'tables' (comparable CPU) and ratios against cmkit."""
    for name, r in results.items():
        stages = r.get("stages", {})
        r["tables"] = sum(stages.get(s, 0.0) for s in TABLE_STAGES[name]) if name in TABLE_STAGES else None
    c, cli = results.get("cmkit"), results.get("cmkit-cli")
    ratios = {}
    for p in PEERS:
        if p not in results:
            continue
        r = results[p]
        ratios[p] = {
            "tables_vs_cmkit": r["tables"] / c["tables"] if c and c["tables"] else None,
            "total_vs_cmkit": r["cpu"] / c["cpu"] if c else None,
            "total_vs_cmkit_cli": r["cpu"] / cli["cpu"] if cli else None,
            "rss_vs_cmkit": r["maxrss_mb"] / c["maxrss_mb"] if c else None,
        }
    return ratios


def print_report(results: dict, ratios: dict, machine: dict, inp: dict, versions: dict, args, pinned) -> None:
    print()
    print(f"machine   {machine['cpu']}, {machine['cores']} cores ({machine['cores_available']} available), "
          f"Python {machine['python']}")
    print(f"versions  cmkit {versions.get('cmkit', '?')}, numpy {versions.get('numpy', '?')}, "
          f"pandas {versions.get('pandas', '?')}, polars {versions.get('polars', '?')}"
          + (f" (threads {versions['polars_threads']})" if "polars_threads" in versions else ""))
    b = versions.get("cmkit_build") or {}
    if b:
        print(f"cmkit     {b['core']} (sha256 {b['sha256']}…, built {b['built']})")
    print(f"input     {inp['responses']}: {inp['responses_bytes'] / 1e6:.1f} MB, {inp['responses_rows']:,} answer rows; "
          f"{inp['schools']:,} schools ({inp['schools_bytes'] / 1e6:.1f} MB)")
    print(f"params    k={args.k}, replicates={args.replicates}, peer seed={args.seed}, repeat={args.repeat}; each child "
          + (f"pinned to CPU {args.cpu}" if pinned else "NOT pinned"))
    print()
    names = [n for n in IMPLS if n in results]
    w = 11
    print(f"{'CPU seconds':<26}" + "".join(f"{n:>{w}}" for n in names))
    print("-" * (26 + w * len(names)))
    for s in STAGE_ORDER:
        vals = [results[n].get("stages", {}).get(s) for n in names]
        if all(v is None for v in vals):
            continue
        print(f"  {s:<24}" + "".join(fmt(v, w) for v in vals))
    print("-" * (26 + w * len(names)))
    print(f"{'tables (comparable)':<26}" + "".join(fmt(results[n].get('tables'), w) for n in names))
    print(f"{'total CPU (process)':<26}" + "".join(fmt(results[n]['cpu'], w) for n in names))
    print(f"{'  of which sys':<26}" + "".join(fmt(results[n]['sys'], w) for n in names))
    print(f"{'wall s':<26}" + "".join(fmt(results[n]['wall'], w) for n in names))
    print(f"{'peak RSS MB':<26}" + "".join(fmt(results[n]['maxrss_mb'], w, 0) for n in names))
    if any(len(results[n].get("cpu_runs", [])) > 1 for n in names):
        print(f"{'total CPU min..max':<26}" + "".join(
            f"{min(results[n]['cpu_runs']):.1f}..{max(results[n]['cpu_runs']):.1f}".rjust(w) for n in names))
        print(f"(median of {len(results[names[0]]['cpu_runs'])} interleaved runs per implementation)")
    print()
    for p, r in ratios.items():
        parts = []
        if r["tables_vs_cmkit"] is not None:
            parts.append(f"tables {r['tables_vs_cmkit']:.2f}x")
        if r["total_vs_cmkit"] is not None:
            parts.append(f"total {r['total_vs_cmkit']:.2f}x")
        if r["total_vs_cmkit_cli"] is not None:
            parts.append(f"total vs CLI {r['total_vs_cmkit_cli']:.2f}x")
        if r["rss_vs_cmkit"] is not None:
            parts.append(f"peak RSS {r['rss_vs_cmkit']:.2f}x")
        print(f"{p}/cmkit   " + ", ".join(parts) + "   (>1: the peer needs more)")


# ---- cross-check -----------------------------------------------------------------------------------

def check(outs: dict, k: int) -> dict:
    """Compares the peers' tables with cmkit's CSVs and with each other; returns {check: [problems]}."""
    import numpy as np
    import pandas as pd

    def read(d, name):
        return pd.read_csv(os.path.join(d, f"{name}.csv"), dtype={"group": str})

    cm = {n: read(outs["cmkit"], n) for n in ("distribution", "transitions", "alpha", "response", "intervals")}
    problems, notes = {}, []

    def examples(df, cols):
        return "; ".join(", ".join(f"{c}={row[c]}" for c in cols) for _, row in df.head(5).iterrows())

    def counts(peer_name, peer, cmk, keys, label):
        out = []
        m = cmk.merge(peer, on=keys, how="outer", suffixes=("_cmkit", "_peer"), indicator=True)
        only_c, only_p = m[m["_merge"] == "left_only"], m[m["_merge"] == "right_only"]
        if len(only_c):
            out.append(f"{label}: {len(only_c)} cells only in cmkit: {examples(only_c, keys)}")
        if len(only_p):
            out.append(f"{label}: {len(only_p)} cells only in {peer_name}: {examples(only_p, keys)}")
        both = m[m["_merge"] == "both"]
        pub = both[~both["suppressed"].astype(bool)]
        bad = pub[pub["schools_cmkit"] != pub["schools_peer"]]
        if len(bad):
            out.append(f"{label}: {len(bad)} published counts differ: {examples(bad, keys + ['schools_cmkit', 'schools_peer'])}")
        leak = both[(both["schools_peer"] < k) & ~both["suppressed"].astype(bool)]
        if len(leak):
            out.append(f"{label}: {len(leak)} counts < k that cmkit publishes: {examples(leak, keys + ['schools_cmkit'])}")
        return out, len(pub), int(both["suppressed"].astype(bool).sum()), int((both["schools_peer"] < k).sum())

    peers = {}
    for p in PEERS:
        if p not in outs:
            continue
        t = {n: read(outs[p], n) for n in ("pyramids", "transitions", "alpha", "response", "intervals")}
        peers[p] = t
        probs = []
        dkeys = ["wave", "pillar", "group_by", "group", "scenario"]
        for gb in ("all", "municipality", "sector", "track"):
            o, npub, nsup, nprim = counts(p, t["pyramids"][t["pyramids"]["group_by"] == gb],
                                          cm["distribution"][cm["distribution"]["group_by"] == gb], dkeys,
                                          f"distribution[{gb}]")
            probs += o
            notes.append(f"{p}: distribution[{gb}] {npub} published cells equal; cmkit suppresses {nsup} "
                         f"({nprim} below k = primary, {nsup - nprim} complementary)")
        tkeys = ["from_wave", "to_wave", "pillar", "from_scenario", "to_scenario"]
        o, npub, nsup, nprim = counts(p, t["transitions"], cm["transitions"], tkeys, "transitions")
        probs += o
        notes.append(f"{p}: transitions {npub} published cells equal; cmkit suppresses {nsup} "
                     f"({nprim} primary, {nsup - nprim} complementary)")
        akeys = ["wave", "instrument", "pillar"]
        a = cm["alpha"].merge(t["alpha"], on=akeys, how="outer", suffixes=("_cmkit", "_peer"), indicator=True)
        if (a["_merge"] != "both").any():
            probs.append(f"alpha: rows differ: {examples(a[a['_merge'] != 'both'], akeys + ['_merge'])}")
        a = a[a["_merge"] == "both"]
        bad = a[(a["items_cmkit"] != a["items_peer"]) | (a["schools_cmkit"] != a["schools_peer"])
                | (a["alpha_cmkit"].isna() != a["alpha_peer"].isna())
                | ((a["alpha_cmkit"] - a["alpha_peer"]).abs() > 1e-9)]
        if len(bad):
            probs.append(f"alpha: {len(bad)} rows differ: {examples(bad, akeys + ['schools_cmkit', 'schools_peer', 'alpha_cmkit', 'alpha_peer'])}")
        notes.append(f"{p}: alpha {len(a)} rows, max |diff| {np.nanmax((a['alpha_cmkit'] - a['alpha_peer']).abs().to_numpy(), initial=0):.1e}")
        rkeys = ["wave", "group_by", "group"]
        r = cm["response"].merge(t["response"], on=rkeys, how="outer", suffixes=("_cmkit", "_peer"), indicator=True)
        if (r["_merge"] != "both").any():
            probs.append(f"response: rows differ: {examples(r[r['_merge'] != 'both'], rkeys + ['_merge'])}")
        r = r[r["_merge"] == "both"]
        bad = r[(r["received_cmkit"] != r["received_peer"]) | (r["expected_cmkit"] != r["expected_peer"])
                | (r["rate_cmkit"].isna() != r["rate_peer"].isna()) | ((r["rate_cmkit"] - r["rate_peer"]).abs() > 1e-12)]
        if len(bad):
            probs.append(f"response: {len(bad)} rows differ: {examples(bad, rkeys + ['received_cmkit', 'received_peer'])}")
        notes.append(f"{p}: response {len(r)} rows")
        ikeys = ["wave", "pillar", "group_by", "group", "statistic"]
        ci = cm["intervals"][(cm["intervals"]["group_by"] == "municipality")
                             & cm["intervals"]["statistic"].str.startswith("share_")]
        i = ci.merge(t["intervals"], on=ikeys, how="left", suffixes=("_cmkit", "_peer"), indicator=True)
        missing = i[i["_merge"] != "both"]
        if len(missing):
            probs.append(f"intervals: {len(missing)} cmkit share intervals without a peer row: {examples(missing, ikeys)}")
        i = i[i["_merge"] == "both"]
        bad = i[(i["schools_cmkit"] != i["schools_peer"]) | ((i["estimate_cmkit"] - i["estimate_peer"]).abs() > 1e-12)]
        if len(bad):
            probs.append(f"intervals: {len(bad)} share estimates differ: {examples(bad, ikeys)}")
        d = pd.concat([(i["lower_cmkit"] - i["lower_peer"]).abs(), (i["upper_cmkit"] - i["upper_peer"]).abs()])
        notes.append(f"{p}: share intervals (municipality) {len(i)} of cmkit's rows: estimates equal; bounds "
                     f"(different generators) |diff| mean {d.mean():.4f}, max {d.max():.4f}")
        problems[p] = probs
    if len(peers) == 2:
        probs = []
        a, b = peers["pandas"], peers["polars"]
        keysets = {"pyramids": ["wave", "pillar", "group_by", "group", "scenario"],
                   "transitions": ["from_wave", "to_wave", "pillar", "from_scenario", "to_scenario"],
                   "alpha": ["wave", "instrument", "pillar"], "response": ["wave", "group_by", "group"],
                   "intervals": ["wave", "pillar", "group_by", "group", "statistic"]}
        values = {"pyramids": ["schools"], "transitions": ["schools"], "alpha": ["items", "schools", "alpha"],
                  "response": ["expected", "received", "rate"], "intervals": ["schools", "estimate"]}
        for name, keys in keysets.items():
            m = a[name].merge(b[name], on=keys, how="outer", suffixes=("_pd", "_pl"), indicator=True)
            if (m["_merge"] != "both").any():
                probs.append(f"{name}: {int((m['_merge'] != 'both').sum())} rows in only one peer")
            m = m[m["_merge"] == "both"]
            for v in values[name]:
                x, y = m[f"{v}_pd"], m[f"{v}_pl"]
                diff = (x.isna() != y.isna()) | ((x - y).abs() > 1e-9)
                if diff.any():
                    probs.append(f"{name}.{v}: {int(diff.sum())} cells differ")
        notes.append("pandas vs polars: every cell of pyramids, transitions, alpha, response and share estimates compared")
        problems["pandas-vs-polars"] = probs
    cli, api = outs.get("cmkit-cli"), outs["cmkit"]
    if cli:
        diff = [f for f in sorted(os.listdir(api)) if f.endswith(".csv")
                and open(os.path.join(api, f), "rb").read() != open(os.path.join(cli, f), "rb").read()]
        problems["cmkit-api-vs-cli"] = [f"{f} differs between the API run and the CLI run" for f in diff]
        notes.append("cmkit API and CLI: every table CSV compared byte for byte")
    return {"problems": problems, "notes": notes}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="cmkit vs pandas vs polars on the Evi regional analysis")
    ap.add_argument("--schools", type=int, default=7500)
    ap.add_argument("--waves", default="2023,2025,2027")
    ap.add_argument("--replicates", type=int, default=1000)
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1, help="bootstrap seed of the peers (cmkit uses its default)")
    ap.add_argument("--data", metavar="DIR", help="synthetic set to use (made there when missing)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory (tables of every implementation)")
    ap.add_argument("--check", action="store_true", help="cross-check the peers' tables with cmkit's")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON")
    ap.add_argument("--cpu", type=int, help="the core to pin each child to (default: the first available)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the children to one core")
    ap.add_argument("--only", help="comma-separated subset of " + ",".join(IMPLS))
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run every implementation N times (interleaved) and report the median run")
    # child mode (internal)
    ap.add_argument("--child", choices=["cmkit", "pandas", "polars"], help=argparse.SUPPRESS)
    ap.add_argument("--responses", help=argparse.SUPPRESS)
    ap.add_argument("--schools-file", dest="schools_file", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        args.schools = args.schools_file
        child(args)
        return 0

    if args.cpu is None and not args.no_pin:
        args.cpu = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
    if args.no_pin:
        args.cpu = None
    workdir = tempfile.mkdtemp(prefix="evi-compare-")
    try:
        data = ensure_data(args, workdir)
        inp = input_info(data)
        responses, schools = inp["responses"], inp["schools_file"]
        impls = args.only.split(",") if args.only else IMPLS
        build = cmkit_fingerprint()
        outs, runs = {}, {name: [] for name in impls}
        for rep in range(args.repeat):  # round-robin, so a slow phase of the machine hits every implementation
            for name in impls:
                outs[name] = os.path.join(workdir, f"out-{name}")
                if name == "cmkit-cli":
                    cmd = cmkit_command() + ["evi", "analyse", responses, "--schools", schools, "-o", outs[name],
                                             "--replicates", str(args.replicates), "--k", str(args.k)]
                else:
                    cmd = [sys.executable, os.path.abspath(__file__), "--child", name, "--responses", responses,
                           "--schools-file", schools, "--out", outs[name], "--replicates", str(args.replicates),
                           "--k", str(args.k), "--seed", str(args.seed)]
                print(f"run {rep + 1}/{args.repeat}: {name:<10}", end=" ", flush=True)
                r = run_child(cmd, args.cpu)
                runs[name].append(r)
                print(f"{r['cpu']:7.2f} s CPU, {r['wall']:7.2f} s wall, {r['maxrss_mb']:6.0f} MB")
        build_after = cmkit_fingerprint()
        if build_after != build:
            print(f"WARNING: cmkit was reinstalled during the benchmark ({build.get('sha256')} built {build.get('built')}"
                  f" -> {build_after.get('sha256')} built {build_after.get('built')}): the cmkit numbers mix two builds; rerun.")
        results = {}
        for name, rs in runs.items():  # the run with the median process CPU, and the spread over all runs
            med = dict(sorted(rs, key=lambda r: r["cpu"])[(len(rs) - 1) // 2])
            med["cpu_runs"] = [r["cpu"] for r in rs]
            results[name] = med
        versions = {}
        for r in results.values():
            versions.update({key: v for key, v in r.get("info", {}).items()
                             if key in ("cmkit", "numpy", "pandas", "polars", "polars_threads")})
        machine = machine_info()
        ratios = summarise(results)
        pinned = args.cpu is not None and (shutil.which("taskset") or hasattr(os, "sched_setaffinity"))
        versions["cmkit_build"] = build
        print_report(results, ratios, machine, inp, versions, args, pinned)
        checked = None
        rc = 0
        if args.check:
            if "cmkit" not in outs:
                raise SystemExit("--check needs the cmkit run")
            checked = check(outs, args.k)
            print("\ncheck")
            for n in checked["notes"]:
                print(f"  {n}")
            total = 0
            for who, probs in checked["problems"].items():
                total += len(probs)
                for pr in probs:
                    print(f"  MISMATCH {who}: {pr}")
            print(f"  {'no mismatches' if total == 0 else f'{total} mismatches'}")
            rc = 1 if total else 0
        if args.json:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump({"machine": machine, "versions": versions, "input": inp,
                           "params": {"k": args.k, "replicates": args.replicates, "seed": args.seed, "repeat": args.repeat,
                                      "cpu": args.cpu, "pinned": bool(pinned)},
                           "results": results, "ratios": ratios, "check": checked,
                           "cmkit_reinstalled_during_run": build_after != build}, f, indent=2, sort_keys=True)
            print(f"\nresults: {args.json}")
        return rc
    finally:
        if args.keep:
            print(f"kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
