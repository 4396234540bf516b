"""The Evi regional tables computed with plain pandas (and numpy for the bootstrap): a benchmark peer of cmkit.

This is what a competent analyst would write to get the same tables from the same two files, straight from
docs/evi-analysis.md, without cmkit. It is a fair peer: idiomatic, vectorised pandas (merge, groupby,
unstack), not a deliberately slow loop and not a hand-tuned numpy kernel.

    run(responses_csv, schools_csv, replicates=1000, k=5, seed=1, timer=None) -> dict[str, DataFrame]

Inputs: the answers CSV (school_id,wave,instrument,pillar,item,value, as written by ``cmkit evi synth``) and
the schools CSV (brin,name,municipality,sector,...,track,...). ``timer(stage)`` is called when each stage
ends (the benchmark driver measures time.process_time() between calls). The stages and what they give,
with the cmkit table each one corresponds to:

  load         read both CSVs.
  scores       the usable answers (docs §2): known instrument/pillar/item only (the instruments cmkit ships,
               listed in CATALOGUE below); no wave before the instrument's first year; per school and wave
               the first instrument counts; of duplicate (school, wave, pillar, item) rows the first counts;
               a value outside the scale 1..4 is left out (an empty value is "not answered").
               Then one row per school x wave x instrument x pillar with ``scenario`` (the own scenario)
               and s1..s5, joined to municipality/sector/track ("onbekend" when the school is not in the
               schools file, track "geen" when it has none).                      ~ cmkit.evi_scores
  response     received (schools with >= 1 usable answer) and expected (schools in the schools file) per
               wave x group, for group_by all/municipality/sector/track; rate.     = table ``response``
  pyramids     schools per wave x pillar x group_by x group x own scenario 1..4 (groups with >= 1
               school; zero cells included).                           = ``distribution``, unsuppressed
  transitions  consecutive waves: schools with an own scenario for the pillar in both, counted by
               (from, to) scenario; a full 4 x 4 grid per pillar.       = ``transitions``, unsuppressed
  alpha        Cronbach's alpha per wave x instrument x pillar with statements, over complete cases
               (s1..s5 all answered): m/(m-1) * (1 - sum var_i / var_total), ddof=1; absent with fewer
               than max(k, 2) complete cases or var_total = 0.                    = table ``alpha``
  bootstrap    percentile bootstrap (2.5 %, 97.5 %; numpy's default linear quantile) of the share of
               schools in each scenario, per wave x pillar x municipality with >= k schools: the share of
               scenario s is resampled as Binomial(n, c_s / n) / n, which is exactly resampling n schools
               with replacement and counting those in s (cmkit resamples "c ones and n - c zeros" with its
               own generator, so the bounds agree in distribution, not digit for digit).
                                          ~ ``intervals`` rows share_scenario_s of group_by municipality
  suppress     primary suppression only: counts below k (0 included) in the pyramids and transitions
               become <NA> with suppressed = True. (cmkit also applies complementary suppression, so it
               hides a superset of these cells.)
  write        (only when ``outdir`` is given) every table as CSV.

Returned tables: scores, response, pyramids, transitions, alpha, intervals, pyramids_published,
transitions_published.

Standalone:  python benchmarks/peers/evi_pandas.py RESPONSES.csv SCHOOLS.csv [--replicates 1000] [--k 5]
"""

from __future__ import annotations

import os
import time

import numpy as np
import pandas as pd

SCENARIOS = [1, 2, 3, 4]  # the scenario scale of every instrument
SCALE_MIN, SCALE_MAX = 1, 4  # statements, satisfaction and objectives are 1..4 as well
STATEMENTS = ["s1", "s2", "s3", "s4", "s5"]
GROUP_BYS = ["municipality", "sector", "track"]
UNKNOWN = "onbekend"


def _catalogue() -> pd.DataFrame:
    """The items of the instruments cmkit ships (data/evi/*.json): one row per instrument x pillar x item,
    with the instrument's first year, whether the pillar is a maturity pillar, and the item's kind."""
    four = ["visie", "deskundigheid", "programma", "samenwerking"]
    own = ["scenario", "ambition"]
    rows = []
    for p in four:  # Evi 2.0 PO: five statements, scenario, ambition, two satisfaction questions per pillar
        rows += [("evi-2.0-po", p, i, None, True) for i in STATEMENTS + own + ["sat_general", "sat_pupils"]]
    for p in four:  # Evi 2.1 PO (from 2024): statements only for visie and programma, no satisfaction
        rows += [("evi-2.1-po", p, i, 2024, True) for i in (STATEMENTS if p in ("visie", "programma") else []) + own]
    for p in ["visie", "programma", "deskundigheid", "samenwerking", "leerling"]:  # Evi VO
        rows += [("evi-vo", p, i, None, True) for i in own]
    rows += [("evi-vo", "doelstellingen", f"d{j:02d}", None, False) for j in range(1, 11)]  # not a pillar
    cat = pd.DataFrame(rows, columns=["instrument", "pillar", "item", "first_year", "maturity"])
    cat["first_year"] = cat["first_year"].astype("Int64")
    return cat


CATALOGUE = _catalogue()
# pillar order of cmkit: first appearance over the instruments (sorted by id)
PILLARS = list(dict.fromkeys(CATALOGUE.loc[CATALOGUE["maturity"], "pillar"]))


def _noop(stage: str) -> None:
    pass


# ---- stages ----------------------------------------------------------------------------------------

def marker_lines(path: str) -> int:
    """1 when the file begins with cmkit's synthetic marker line ("# synthetic: ..."), else 0."""
    with open(path, "rb") as f:
        return 1 if f.read(11) == b"# synthetic" else 0


def load(responses_csv: str, schools_csv: str):
    answers = pd.read_csv(
        responses_csv, skiprows=marker_lines(responses_csv),
        dtype={"school_id": "str", "wave": "int16", "instrument": "category", "pillar": "category",
               "item": "category", "value": "Int8"},
    )
    schools = pd.read_csv(schools_csv, skiprows=marker_lines(schools_csv), usecols=["brin", "municipality", "sector", "track"], dtype="str",
                          keep_default_na=False)
    return answers, schools


def usable_answers(answers: pd.DataFrame) -> pd.DataFrame:
    """The rows cmkit's analysis uses (docs/evi-analysis.md §2), in file order."""
    a = answers.merge(CATALOGUE, on=["instrument", "pillar", "item"], how="left", indicator=True)
    a = a[a["_merge"] == "both"].drop(columns="_merge")                       # unknown instrument/pillar/item
    a = a[a["first_year"].isna() | (a["wave"] >= a["first_year"])]            # wave before the instrument
    first = a.groupby(["school_id", "wave"], sort=False, observed=True)["instrument"].transform("first")
    a = a[a["instrument"] == first]                                           # mixed instruments: first counts
    a = a.drop_duplicates(["school_id", "wave", "pillar", "item"], keep="first")  # duplicates: first counts
    return a[a["value"].isna() | a["value"].between(SCALE_MIN, SCALE_MAX)]    # out of scale: left out


def school_groups(schools: pd.DataFrame) -> pd.DataFrame:
    g = schools.rename(columns={"brin": "school_id"}).drop_duplicates("school_id")
    return g.assign(track=g["track"].replace("", "geen"))


def scores_of(usable: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """One row per school x wave x instrument x maturity pillar: own scenario and the statements s1..s5."""
    keep = usable[usable["maturity"] & usable["item"].isin(["scenario"] + STATEMENTS)]
    wide = (keep.set_index(["school_id", "wave", "instrument", "pillar", "item"])["value"]
            .unstack("item").reindex(columns=["scenario"] + STATEMENTS))
    wide.columns.name = None
    scores = wide.reset_index().merge(groups, on="school_id", how="left")
    scores[GROUP_BYS] = scores[GROUP_BYS].fillna(UNKNOWN)
    return scores


def response_table(usable: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    answered = usable[["school_id", "wave"]].drop_duplicates().merge(groups, on="school_id", how="left")
    answered[GROUP_BYS] = answered[GROUP_BYS].fillna(UNKNOWN)
    waves = sorted(answered["wave"].unique())
    parts = [pd.DataFrame({"wave": waves, "group_by": "all", "group": "all",
                           "expected": len(groups),
                           "received": answered.groupby("wave").size().reindex(waves).to_numpy()})]
    for gb in GROUP_BYS:
        # every group of the schools file or of an answering school, in every wave (received 0 included)
        names = sorted(set(groups[gb]) | set(answered[gb]))
        received = answered.groupby(["wave", gb]).size().unstack(gb).reindex(index=waves, columns=names)
        long = received.fillna(0).astype("int64").stack().rename("received").reset_index()
        long = long.rename(columns={gb: "group"}).assign(group_by=gb)
        long["expected"] = long["group"].map(groups[gb].value_counts()).fillna(0).astype("int64")
        parts.append(long)
    out = pd.concat(parts, ignore_index=True)[["wave", "group_by", "group", "expected", "received"]]
    out["rate"] = (out["received"] / out["expected"]).where(out["expected"] > 0)
    return out


def pyramids_table(scores: pd.DataFrame) -> pd.DataFrame:
    own = scores[scores["scenario"].notna()]
    parts = []
    for gb in ["all"] + GROUP_BYS:
        group = pd.Series("all", index=own.index) if gb == "all" else own[gb]
        counts = (own.groupby(["wave", "pillar", group.rename("group"), "scenario"]).size()
                  .unstack("scenario", fill_value=0).reindex(columns=SCENARIOS, fill_value=0))
        counts.columns.name = "scenario"
        parts.append(counts.stack().rename("schools").reset_index().assign(group_by=gb))
    out = pd.concat(parts, ignore_index=True)
    out["scenario"] = out["scenario"].astype("int64")
    return out[["wave", "pillar", "group_by", "group", "scenario", "schools"]]


def transitions_table(scores: pd.DataFrame, waves) -> pd.DataFrame:
    own = scores.loc[scores["scenario"].notna(), ["school_id", "wave", "pillar", "scenario"]]
    following = dict(zip(waves[:-1], waves[1:]))
    before = own.assign(to_wave=own["wave"].map(following)).dropna(subset=["to_wave"])
    before["to_wave"] = before["to_wave"].astype(own["wave"].dtype)
    pairs = before.merge(own, left_on=["school_id", "to_wave", "pillar"], right_on=["school_id", "wave", "pillar"],
                         suffixes=("_from", "_to"))
    counts = (pairs.groupby(["wave_from", "to_wave", "pillar", "scenario_from", "scenario_to"]).size()
              .unstack("scenario_to", fill_value=0).reindex(columns=SCENARIOS, fill_value=0))
    # the full 4 x 4 grid for every pillar with paired schools
    grid = pd.MultiIndex.from_tuples(
        [(f, t, p, s) for (f, t, p) in counts.index.droplevel("scenario_from").unique() for s in SCENARIOS],
        names=counts.index.names)
    counts = counts.reindex(grid, fill_value=0)
    counts.columns.name = "to_scenario"
    out = counts.stack().rename("schools").reset_index()
    out = out.rename(columns={"wave_from": "from_wave", "scenario_from": "from_scenario"})
    out[["from_scenario", "to_scenario"]] = out[["from_scenario", "to_scenario"]].astype("int64")
    return out[["from_wave", "to_wave", "pillar", "from_scenario", "to_scenario", "schools"]]


def alpha_table(scores: pd.DataFrame, k: int) -> pd.DataFrame:
    with_statements = CATALOGUE[CATALOGUE["item"].isin(STATEMENTS)].groupby(["instrument", "pillar"]).size()
    keys = ["wave", "instrument", "pillar"]
    st = scores.merge(with_statements[with_statements >= 2].rename("items").reset_index(), on=["instrument", "pillar"])
    complete = st.dropna(subset=STATEMENTS)  # every statement answered (values are already inside 1..4)
    x = complete[STATEMENTS].astype("float64").assign(total=lambda d: d.sum(axis=1))
    x[keys] = complete[keys]
    g = x.groupby(keys)
    var = g[STATEMENTS + ["total"]].var(ddof=1)
    out = st.groupby(keys)["items"].first().to_frame()  # every wave x instrument x pillar answered
    out["schools"] = g.size().reindex(out.index, fill_value=0)
    m = out["items"]
    alpha = m / (m - 1) * (1 - var[STATEMENTS].sum(axis=1) / var["total"])
    ok = (out["schools"] >= max(k, 2)) & (var["total"].reindex(out.index) > 0)
    out["alpha"] = alpha.reindex(out.index).where(ok)
    return out.reset_index()[["wave", "instrument", "pillar", "items", "schools", "alpha"]]


def bootstrap_shares(pyramids: pd.DataFrame, k: int, replicates: int, seed: int, confidence: float = 0.95,
                     block: int = 256) -> pd.DataFrame:
    """Percentile intervals of the share of each scenario per wave x pillar x municipality (n >= k)."""
    muni = pyramids[pyramids["group_by"] == "municipality"]
    counts = muni.pivot_table(index=["wave", "pillar", "group"], columns="scenario", values="schools",
                              aggfunc="sum", fill_value=0).reindex(columns=SCENARIOS, fill_value=0)
    n = counts.sum(axis=1)
    counts = counts[n >= max(k, 1)]
    c = counts.to_numpy()
    n = c.sum(axis=1, keepdims=True)
    p = c / n
    rng = np.random.default_rng(seed)
    q = [(1 - confidence) / 2, 1 - (1 - confidence) / 2]
    lo, hi = np.empty_like(p), np.empty_like(p)
    for start in range(0, len(c), block):  # blocks of groups keep the replicate array small (~8 MB)
        sl = slice(start, start + block)
        draws = rng.binomial(n[sl], p[sl], size=(replicates,) + p[sl].shape) / n[sl]
        lo[sl], hi[sl] = np.quantile(draws, q, axis=0)
    idx = counts.index
    out = pd.DataFrame({
        "wave": np.repeat(idx.get_level_values("wave"), len(SCENARIOS)),
        "pillar": np.repeat(idx.get_level_values("pillar"), len(SCENARIOS)),
        "group_by": "municipality",
        "group": np.repeat(idx.get_level_values("group"), len(SCENARIOS)),
        "statistic": np.tile([f"share_scenario_{s}" for s in SCENARIOS], len(idx)),
        "schools": np.repeat(n[:, 0], len(SCENARIOS)),
        "estimate": p.ravel(), "lower": lo.ravel(), "upper": hi.ravel(),
    })
    return out


def suppress(table: pd.DataFrame, k: int) -> pd.DataFrame:
    """Primary suppression: a count below k (0 included) is withheld."""
    small = table["schools"] < k
    return table.assign(schools=table["schools"].astype("Int64").mask(small), suppressed=small)


# ---- the whole run ---------------------------------------------------------------------------------

def run(responses_csv: str, schools_csv: str, replicates: int = 1000, k: int = 5, seed: int = 1,
        timer=None, outdir: str | None = None) -> dict:
    timer = timer or _noop
    answers, schools = load(responses_csv, schools_csv)
    timer("load")
    usable = usable_answers(answers)
    groups = school_groups(schools)
    scores = scores_of(usable, groups)
    timer("scores")
    response = response_table(usable, groups)
    timer("response")
    pyramids = pyramids_table(scores)
    timer("pyramids")
    waves = sorted(usable["wave"].unique())  # analysed waves: every wave with usable answers
    transitions = transitions_table(scores, waves)
    timer("transitions")
    alpha = alpha_table(scores, k)
    timer("alpha")
    intervals = bootstrap_shares(pyramids, k, replicates, seed)
    timer("bootstrap")
    tables = {"scores": scores, "response": response, "pyramids": pyramids, "transitions": transitions,
              "alpha": alpha, "intervals": intervals,
              "pyramids_published": suppress(pyramids, k), "transitions_published": suppress(transitions, k)}
    timer("suppress")
    if outdir:
        os.makedirs(outdir, exist_ok=True)
        for name, df in tables.items():
            df.to_csv(os.path.join(outdir, f"{name}.csv"), index=False)
        timer("write")
    return tables


def _main(argv=None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("responses")
    ap.add_argument("schools")
    ap.add_argument("--replicates", type=int, default=1000)
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", help="write the tables as CSV here")
    args = ap.parse_args(argv)
    last = [time.process_time()]

    def timer(stage):
        now = time.process_time()
        print(f"{stage:<12} {now - last[0]:8.3f} s CPU")
        last[0] = now

    tables = run(args.responses, args.schools, args.replicates, args.k, args.seed, timer, args.output)
    for name, df in tables.items():
        print(f"{name:<22} {len(df):>8} rows")


if __name__ == "__main__":
    _main()
