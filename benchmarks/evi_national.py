"""Benchmark (not a test): the Evi pipeline at national size.

    .venv/bin/python benchmarks/evi_national.py [--schools 7500] [--waves 2023,2025,2027] [--replicates 2000]

Generates synthetic waves for all ~7,500 Dutch schools in ~340 municipalities, writes and re-reads the CSV,
validates, and runs the regional analysis with disclosure control and bootstrap intervals; prints the time of
each step. Goal: the whole pipeline well under a minute on a 2-core machine.
"""
import argparse
import os
import tempfile
import time

import cmkit


def step(name, fn):
    t = time.perf_counter()
    out = fn()
    print(f"{name:<28} {time.perf_counter() - t:8.2f} s")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schools", type=int, default=7500)
    ap.add_argument("--waves", default="2023,2025,2027")
    ap.add_argument("--replicates", type=int, default=2000)
    args = ap.parse_args()
    waves = [int(w) for w in args.waves.split(",")]
    data = step("generate", lambda: cmkit.evi_synthetic(schools=args.schools, waves=waves, seed=1))
    responses, schools = data.responses, data.schools
    print(f"{'':<28} {len(schools.schools)} schools, {len(responses.responses)} answers")
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "responses.csv")
        text = step("write CSV", lambda: cmkit.evi_responses_to_csv(responses))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        responses = step("read CSV", lambda: cmkit.load_evi_responses(path))
    findings = step("validate", lambda: cmkit.validate_evi_responses(responses, schools=schools))
    print(f"{'':<28} {len(findings)} findings")
    a = step("analyse (k=5)", lambda: cmkit.evi_analyse(responses, schools=schools, replicates=args.replicates))
    print(f"{'':<28} {len(a.distribution)} distribution cells, "
          f"{sum(r.suppressed for r in a.distribution)} suppressed")


if __name__ == "__main__":
    main()
