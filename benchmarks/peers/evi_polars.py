"""The Evi regional tables computed with polars (and numpy for the bootstrap): a benchmark peer of cmkit.

The same tables, stages and definitions as benchmarks/peers/evi_pandas.py (see its docstring for the full
mapping to cmkit's tables and docs/evi-analysis.md), written the way a competent polars user would: lazy
queries (join, filter, group_by/agg, window expressions) collected at the end of each stage, so the
driver can time the stages separately.

    run(responses_csv, schools_csv, replicates=1000, k=5, seed=1, timer=None) -> dict[str, polars.DataFrame]

Stages: load, scores, response, pyramids, transitions, alpha, bootstrap, suppress (+ write with outdir).
Returned tables: scores, response, pyramids, transitions, alpha, intervals, pyramids_published,
transitions_published (the same columns as the pandas peer).

  scores       usable answers (docs §2): known instrument/pillar/item (CATALOGUE); no wave before the
               instrument's first year; per school and wave the first instrument counts; of duplicate
               (school, wave, pillar, item) rows the first counts; values outside 1..4 left out. Then one
               row per school x wave x instrument x maturity pillar with own ``scenario`` and s1..s5, and
               municipality/sector/track ("onbekend" when not in the schools file, track "geen" if none).
  response     received / expected / rate per wave x group (all, municipality, sector, track).
  pyramids     schools per wave x pillar x group_by x group x own scenario 1..4 (= cmkit distribution).
  transitions  paired schools between consecutive waves by (from, to) scenario, full 4 x 4 per pillar.
  alpha        Cronbach's alpha over complete cases of s1..s5, ddof = 1 (= cmkit alpha).
  bootstrap    percentile bootstrap of the share of each scenario per wave x pillar x municipality with
               >= k schools: Binomial(n, c/n)/n replicates drawn with numpy, np.quantile 2.5 / 97.5 %.
  suppress     primary suppression: counts < k (0 included) -> null, suppressed = true.

Standalone:  python benchmarks/peers/evi_polars.py RESPONSES.csv SCHOOLS.csv [--replicates 1000] [--k 5]
"""

from __future__ import annotations

import os
import time

import numpy as np
import polars as pl

SCENARIOS = [1, 2, 3, 4]
SCALE_MIN, SCALE_MAX = 1, 4
STATEMENTS = ["s1", "s2", "s3", "s4", "s5"]
GROUP_BYS = ["municipality", "sector", "track"]
UNKNOWN = "onbekend"


def _catalogue() -> pl.DataFrame:
    """The items of the instruments cmkit ships (data/evi/*.json): instrument x pillar x item, with the
    instrument's first year and whether the pillar is a maturity pillar."""
    four = ["visie", "deskundigheid", "programma", "samenwerking"]
    own = ["scenario", "ambition"]
    rows = []
    for p in four:  # Evi 2.0 PO
        rows += [("evi-2.0-po", p, i, None, True) for i in STATEMENTS + own + ["sat_general", "sat_pupils"]]
    for p in four:  # Evi 2.1 PO (from 2024): statements only for visie and programma
        rows += [("evi-2.1-po", p, i, 2024, True) for i in (STATEMENTS if p in ("visie", "programma") else []) + own]
    for p in ["visie", "programma", "deskundigheid", "samenwerking", "leerling"]:  # Evi VO
        rows += [("evi-vo", p, i, None, True) for i in own]
    rows += [("evi-vo", "doelstellingen", f"d{j:02d}", None, False) for j in range(1, 11)]
    return pl.DataFrame(rows, schema={"instrument": pl.String, "pillar": pl.String, "item": pl.String,
                                      "first_year": pl.Int16, "maturity": pl.Boolean}, orient="row")


CATALOGUE = _catalogue()


def _noop(stage: str) -> None:
    pass


# ---- stages ----------------------------------------------------------------------------------------

def marker_lines(path: str) -> int:
    """1 when the file begins with cmkit's synthetic marker line ("# synthetic: ..."), else 0 (as the pandas peer)."""
    with open(path, "rb") as f:
        return 1 if f.read(11) == b"# synthetic" else 0


def load(responses_csv: str, schools_csv: str):
    answers = pl.read_csv(responses_csv, skip_rows=marker_lines(responses_csv), schema={"school_id": pl.String, "wave": pl.Int16, "instrument": pl.String,
                                                 "pillar": pl.String, "item": pl.String, "value": pl.Int8})
    schools = pl.read_csv(schools_csv, skip_rows=marker_lines(schools_csv), columns=["brin", "municipality", "sector", "track"], infer_schema=False)
    return answers, schools


def usable_answers(answers: pl.DataFrame) -> pl.LazyFrame:
    """The rows cmkit's analysis uses (docs/evi-analysis.md §2), in file order."""
    return (
        answers.lazy()
        .join(CATALOGUE.lazy(), on=["instrument", "pillar", "item"], how="inner", maintain_order="left")
        .filter(pl.col("first_year").is_null() | (pl.col("wave") >= pl.col("first_year")))
        .filter(pl.col("instrument") == pl.col("instrument").first().over("school_id", "wave"))
        .unique(["school_id", "wave", "pillar", "item"], keep="first", maintain_order=True)
        .filter(pl.col("value").is_null() | pl.col("value").is_between(SCALE_MIN, SCALE_MAX))
    )


def school_groups(schools: pl.DataFrame) -> pl.DataFrame:
    return (schools.rename({"brin": "school_id"}).unique("school_id", keep="first", maintain_order=True)
            .with_columns(pl.col("track").fill_null("geen")))  # an empty cell is null: no track


def scores_of(usable: pl.DataFrame, groups: pl.DataFrame) -> pl.DataFrame:
    """One row per school x wave x instrument x maturity pillar: own scenario and the statements s1..s5."""
    items = ["scenario"] + STATEMENTS
    return (
        usable.lazy()
        .filter(pl.col("maturity") & pl.col("item").is_in(items))
        .group_by("school_id", "wave", "instrument", "pillar")
        .agg([pl.col("value").filter(pl.col("item") == i).first().alias(i) for i in items])
        .join(groups.lazy(), on="school_id", how="left")
        .with_columns(pl.col(GROUP_BYS).fill_null(UNKNOWN))
        .collect()
    )


def response_table(usable: pl.DataFrame, groups: pl.DataFrame) -> pl.DataFrame:
    answered = (usable.lazy().select("school_id", "wave").unique()
                .join(groups.lazy(), on="school_id", how="left").with_columns(pl.col(GROUP_BYS).fill_null(UNKNOWN))
                .collect())
    waves = answered.select(pl.col("wave").unique().sort())
    parts = [answered.group_by("wave").agg(pl.len().cast(pl.Int64).alias("received"))
             .with_columns(group_by=pl.lit("all"), group=pl.lit("all"), expected=pl.lit(groups.height, pl.Int64))]
    for gb in GROUP_BYS:
        # every group of the schools file or of an answering school, in every wave (received 0 included)
        names = pl.concat([groups.select(pl.col(gb).alias("group")), answered.select(pl.col(gb).alias("group"))]).unique()
        received = answered.group_by("wave", pl.col(gb).alias("group")).agg(pl.len().cast(pl.Int64).alias("received"))
        expected = groups.group_by(pl.col(gb).alias("group")).agg(pl.len().cast(pl.Int64).alias("expected"))
        parts.append(
            waves.join(names, how="cross")
            .join(received, on=["wave", "group"], how="left")
            .join(expected, on="group", how="left")
            .with_columns(pl.col("received", "expected").fill_null(0), group_by=pl.lit(gb))
        )
    cols = ["wave", "group_by", "group", "expected", "received"]
    return (pl.concat([p.select(cols) for p in parts])
            .with_columns(rate=pl.when(pl.col("expected") > 0).then(pl.col("received") / pl.col("expected")))
            .sort("wave", "group_by", "group"))


def _full_grid(counts: pl.DataFrame, keys: list, scenario: str, count: str) -> pl.DataFrame:
    """Completes a long count table with zero rows for every scenario 1..4 of each key combination."""
    grid = counts.select(keys).unique().join(pl.DataFrame({scenario: SCENARIOS}, schema={scenario: pl.Int8}), how="cross")
    return (grid.join(counts, on=keys + [scenario], how="left")
            .with_columns(pl.col(count).fill_null(0)))


def pyramids_table(scores: pl.DataFrame) -> pl.DataFrame:
    own = scores.lazy().filter(pl.col("scenario").is_not_null())
    keys = ["wave", "pillar", "group_by", "group"]
    parts = []
    for gb in ["all"] + GROUP_BYS:
        group = pl.lit("all") if gb == "all" else pl.col(gb)
        parts.append(own.group_by("wave", "pillar", group.alias("group"), pl.col("scenario"))
                     .agg(pl.len().cast(pl.Int64).alias("schools"))
                     .with_columns(group_by=pl.lit(gb)))
    counts = pl.concat([p.select(keys + ["scenario", "schools"]) for p in parts]).collect()
    return (_full_grid(counts, keys, "scenario", "schools")
            .with_columns(pl.col("scenario").cast(pl.Int64)).sort(keys + ["scenario"]))


def transitions_table(scores: pl.DataFrame, waves: list) -> pl.DataFrame:
    own = scores.lazy().filter(pl.col("scenario").is_not_null()).select("school_id", "wave", "pillar", "scenario")
    following = pl.DataFrame({"wave": waves[:-1], "to_wave": waves[1:]}, schema={"wave": pl.Int16, "to_wave": pl.Int16})
    pairs = (own.join(following.lazy(), on="wave")
             .join(own.rename({"wave": "to_wave", "scenario": "to_scenario"}), on=["school_id", "to_wave", "pillar"])
             .rename({"wave": "from_wave", "scenario": "from_scenario"}))
    counts = (pairs.group_by("from_wave", "to_wave", "pillar", "from_scenario", "to_scenario")
              .agg(pl.len().cast(pl.Int64).alias("schools")).collect())
    keys = ["from_wave", "to_wave", "pillar"]
    grid = (counts.select(keys).unique()
            .join(pl.DataFrame({"from_scenario": SCENARIOS}, schema={"from_scenario": pl.Int8}), how="cross")
            .join(pl.DataFrame({"to_scenario": SCENARIOS}, schema={"to_scenario": pl.Int8}), how="cross"))
    cols = keys + ["from_scenario", "to_scenario"]
    return (grid.join(counts, on=cols, how="left").with_columns(pl.col("schools").fill_null(0))
            .with_columns(pl.col("from_scenario", "to_scenario").cast(pl.Int64)).sort(cols))


def alpha_table(scores: pl.DataFrame, k: int) -> pl.DataFrame:
    keys = ["wave", "instrument", "pillar"]
    items = (CATALOGUE.filter(pl.col("item").is_in(STATEMENTS)).group_by("instrument", "pillar")
             .agg(pl.len().cast(pl.Int64).alias("items")).filter(pl.col("items") >= 2))
    st = scores.lazy().join(items.lazy(), on=["instrument", "pillar"])
    answered = st.group_by(keys).agg(pl.col("items").first())
    complete = (st.drop_nulls(STATEMENTS)  # every statement answered (values are already inside 1..4)
                .with_columns(pl.col(STATEMENTS).cast(pl.Float64))
                .with_columns(total=pl.sum_horizontal(STATEMENTS))
                .group_by(keys)
                .agg(pl.len().cast(pl.Int64).alias("schools"),
                     *[pl.col(s).var(ddof=1).alias(f"var_{s}") for s in STATEMENTS],
                     pl.col("total").var(ddof=1).alias("var_total")))
    m = pl.col("items").cast(pl.Float64)
    alpha = m / (m - 1) * (1 - pl.sum_horizontal([f"var_{s}" for s in STATEMENTS]) / pl.col("var_total"))
    return (answered.join(complete, on=keys, how="left")
            .with_columns(pl.col("schools").fill_null(0))
            .with_columns(alpha=pl.when((pl.col("schools") >= max(k, 2)) & (pl.col("var_total") > 0)).then(alpha))
            .select(keys + ["items", "schools", "alpha"]).sort(keys).collect())


def bootstrap_shares(pyramids: pl.DataFrame, k: int, replicates: int, seed: int, confidence: float = 0.95,
                     block: int = 256) -> pl.DataFrame:
    """Percentile intervals of the share of each scenario per wave x pillar x municipality (n >= k)."""
    wide = (pyramids.filter(pl.col("group_by") == "municipality")
            .pivot(on="scenario", index=["wave", "pillar", "group"], values="schools", aggregate_function="sum",
                   sort_columns=True)
            .fill_null(0))
    cols = [str(s) for s in SCENARIOS]
    wide = wide.with_columns(n=pl.sum_horizontal(cols)).filter(pl.col("n") >= max(k, 1))
    c = wide.select(cols).to_numpy()
    n = c.sum(axis=1, keepdims=True)
    p = c / n
    rng = np.random.default_rng(seed)
    q = [(1 - confidence) / 2, 1 - (1 - confidence) / 2]
    lo, hi = np.empty_like(p), np.empty_like(p)
    for start in range(0, len(c), block):  # blocks of groups keep the replicate array small (~8 MB)
        sl = slice(start, start + block)
        draws = rng.binomial(n[sl], p[sl], size=(replicates,) + p[sl].shape) / n[sl]
        lo[sl], hi[sl] = np.quantile(draws, q, axis=0)
    shares = pl.DataFrame({"estimate": p.ravel(), "lower": lo.ravel(), "upper": hi.ravel()})
    long = (wide.select("wave", "pillar", "group", pl.col("n").cast(pl.Int64).alias("schools"))
            .join(pl.DataFrame({"statistic": [f"share_scenario_{s}" for s in SCENARIOS]}), how="cross",
                  maintain_order="left_right"))
    return pl.concat([long, shares], how="horizontal").with_columns(group_by=pl.lit("municipality")).select(
        "wave", "pillar", "group_by", "group", "statistic", "schools", "estimate", "lower", "upper")


def suppress(table: pl.DataFrame, k: int) -> pl.DataFrame:
    """Primary suppression: a count below k (0 included) is withheld."""
    small = pl.col("schools") < k
    return table.with_columns(pl.when(small).then(None).otherwise(pl.col("schools")).alias("schools"),
                              small.alias("suppressed"))


# ---- the whole run ---------------------------------------------------------------------------------

def run(responses_csv: str, schools_csv: str, replicates: int = 1000, k: int = 5, seed: int = 1,
        timer=None, outdir: str | None = None) -> dict:
    timer = timer or _noop
    answers, schools = load(responses_csv, schools_csv)
    timer("load")
    usable = usable_answers(answers).collect()
    groups = school_groups(schools)
    scores = scores_of(usable, groups)
    timer("scores")
    response = response_table(usable, groups)
    timer("response")
    pyramids = pyramids_table(scores)
    timer("pyramids")
    waves = usable.get_column("wave").unique().sort().to_list()  # every wave with usable answers
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
            df.write_csv(os.path.join(outdir, f"{name}.csv"))
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
        print(f"{name:<22} {df.height:>8} rows")


if __name__ == "__main__":
    _main()
