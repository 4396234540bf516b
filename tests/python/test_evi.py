"""Evi from Python: the tables recomputed independently with pandas and numpy straight from the CSV, the
bootstrap reproduced with a Python copy of the documented PRNG, byte-identical outputs, the manifest, the
malformed files, the CLI contract and disclosure control on the published distributions."""

import bisect
import hashlib
import io
import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import cmkit
import cmkit.frames as frames
from cmkit import evi as cevi

DATA = os.path.join(os.path.dirname(__file__), "..", "data", "evi")
CLI = [sys.executable, "-m", "cmkit.cli"]


def run_cli(*args, check=True):
    r = subprocess.run(CLI + list(args), capture_output=True, text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"cmkit {' '.join(args)} failed ({r.returncode}): {r.stderr}")
    return r


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    """A synthetic set big enough for published cells: 600 schools, 12 municipalities, three waves."""
    d = tmp_path_factory.mktemp("synth")
    run_cli("evi", "synth", "--schools", "600", "--municipalities", "12", "--waves", "2023,2025,2027",
            "--seed", "7", "-o", str(d))
    return d


def read_inputs(d):
    """The answers and schools as pandas reads them, independent of cmkit."""
    # synthetic sets begin with cmkit's marker line "# synthetic: ..." (docs/input-output.md)
    answers = pd.read_csv(os.path.join(d, "responses.csv"), dtype={"school_id": str, "value": "Int64"}, skiprows=1)
    schools = pd.read_csv(os.path.join(d, "schools.csv"), dtype={"brin": str}, skiprows=1)
    return answers, schools


def own_scenarios(answers, schools):
    """Own scenario per school, wave and pillar, with the school's groups (pandas only)."""
    sc = answers[(answers["item"] == "scenario") & answers["value"].notna()]
    sc = sc[sc["value"].between(1, 4)]
    sc = sc.merge(schools.rename(columns={"brin": "school_id"})[["school_id", "municipality", "sector", "track"]],
                  on="school_id", how="left")
    sc["track"] = sc["track"].fillna("geen")
    return sc


def analyse(d, k, **kw):
    responses = cmkit.load_evi_responses(os.path.join(d, "responses.csv"))
    schools = cmkit.load_schools(os.path.join(d, "schools.json"))
    return cmkit.evi_analyse(responses, schools=schools, k=k, **kw)


# ---- recomputation with pandas and numpy -------------------------------------------------------------

def test_distributions_match_pandas_exactly(synth):
    answers, schools = read_inputs(synth)
    sc = own_scenarios(answers, schools)
    a = analyse(synth, k=0, replicates=50)
    dist = frames.evi_table(a, "distribution")
    assert not dist["suppressed"].any()  # k = 0: no disclosure control
    expected = []
    for gb in ("all", "municipality", "sector", "track"):
        g = sc.assign(group="all") if gb == "all" else sc.assign(group=sc[gb])
        counts = g.groupby(["wave", "pillar", "group", "value"]).size()
        for (wave, pillar, group, value), n in counts.items():
            expected.append((int(wave), pillar, gb, group, int(value), int(n)))
    got = {(r.wave, r.pillar, r.group_by, r.group, r.scenario): r.schools for r in dist.itertuples()}
    for wave, pillar, gb, group, value, n in expected:
        assert got[(wave, pillar, gb, group, value)] == n
    # and every other published cell is a zero pandas did not see
    seen = {e[:5] for e in expected}
    assert all(v == 0 for key, v in got.items() if key not in seen)


def test_published_cells_with_k5_equal_pandas_and_suppressed_are_empty(synth):
    answers, schools = read_inputs(synth)
    sc = own_scenarios(answers, schools)
    counts = sc.groupby(["wave", "pillar", "municipality", "value"]).size()
    dist = frames.evi_table(analyse(synth, k=5, replicates=50), "distribution")
    muni = dist[dist["group_by"] == "municipality"]
    assert muni["suppressed"].any() and (~muni["suppressed"]).any()
    for r in muni.itertuples():
        true = int(counts.get((r.wave, r.pillar, r.group, r.scenario), 0))
        if r.suppressed:
            assert pd.isna(r.schools)
            assert r.suppression in ("primary", "complementary")
            assert (r.suppression == "primary") == (true < 5)
        else:
            assert r.schools == true and true >= 5


def test_transition_counts_match_pandas(synth):
    answers, schools = read_inputs(synth)
    sc = own_scenarios(answers, schools)[["school_id", "wave", "pillar", "value"]]
    tr = frames.evi_table(analyse(synth, k=0, replicates=50), "transitions")
    for w0, w1 in ((2023, 2025), (2025, 2027)):
        pairs = sc[sc.wave == w0].merge(sc[sc.wave == w1], on=["school_id", "pillar"], suffixes=("_from", "_to"))
        counts = pairs.groupby(["pillar", "value_from", "value_to"]).size()
        sub = tr[(tr.from_wave == w0) & (tr.to_wave == w1)]
        assert len(sub) == 16 * pairs["pillar"].nunique()
        for r in sub.itertuples():
            assert r.schools == int(counts.get((r.pillar, r.from_scenario, r.to_scenario), 0))
        # paired change agrees with the same pairs
        pc = frames.evi_table(analyse(synth, k=0, replicates=50), "paired_change")
        for pillar, grp in pairs.groupby("pillar"):
            row = pc[(pc.from_wave == w0) & (pc.pillar == pillar)].iloc[0]
            diff = grp.value_to - grp.value_from
            assert row.schools == len(grp)
            assert (row.up, row.same, row.down) == ((diff > 0).sum(), (diff == 0).sum(), (diff < 0).sum())
            assert row.mean_change == pytest.approx(diff.mean(), abs=1e-12)


def test_cronbach_alpha_matches_numpy(synth):
    answers, _ = read_inputs(synth)
    al = frames.evi_table(analyse(synth, k=5, replicates=50), "alpha")
    assert len(al) > 0 and al["alpha"].notna().all()
    st = answers[answers["item"].str.fullmatch(r"s[1-5]")]
    for r in al.itertuples():
        sub = st[(st.wave == r.wave) & (st.instrument == r.instrument) & (st.pillar == r.pillar)]
        wide = sub.pivot(index="school_id", columns="item", values="value")
        wide = wide[wide.notna().all(axis=1)].astype(float)
        wide = wide[((wide >= 1) & (wide <= 4)).all(axis=1)]
        x = wide.to_numpy()
        m = x.shape[1]
        alpha = m / (m - 1) * (1 - x.var(axis=0, ddof=1).sum() / x.sum(axis=1).var(ddof=1))
        assert r.schools == x.shape[0]
        assert abs(r.alpha - alpha) <= 1e-12


def test_consistency_and_ambition_match_pandas(synth):
    answers, schools = read_inputs(synth)
    sc = own_scenarios(answers, schools)
    a = analyse(synth, k=0, replicates=50)
    cons = frames.evi_table(a, "consistency")
    wide = sc.pivot_table(index=["school_id", "wave"], columns="pillar", values="value", aggfunc="first")
    for r in cons[cons.pillar_a != "all"].itertuples():
        both = wide.loc[wide.index.get_level_values("wave") == r.wave, [r.pillar_a, r.pillar_b]].dropna()
        d = (both[r.pillar_a] - both[r.pillar_b]).abs()
        assert (r.schools, r.same, r.one_apart, r.two_or_more_apart) == (len(d), (d == 0).sum(), (d == 1).sum(), (d >= 2).sum())
    amb = answers[(answers["item"] == "ambition") & answers["value"].notna()][["school_id", "wave", "pillar", "value"]]
    gaps = sc.merge(amb, on=["school_id", "wave", "pillar"], suffixes=("_own", "_amb"))
    gaps["gap"] = gaps.value_amb - gaps.value_own
    am = frames.evi_table(a, "ambition")
    for r in am.itertuples():
        g = gaps[(gaps.wave == r.wave) & (gaps.pillar == r.pillar)]["gap"]
        assert (r.schools, r.gap_0, r.gap_1, r.gap_2_or_more, r.below) == (
            len(g), (g == 0).sum(), (g == 1).sum(), (g >= 2).sum(), (g < 0).sum())
        assert r.mean_gap == pytest.approx(g.mean(), abs=1e-12)


# ---- the bootstrap, reproduced from the documentation ------------------------------------------------

M64 = (1 << 64) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return state, z ^ (z >> 31)


class Xoshiro:
    def __init__(self, seed):
        x = seed & M64
        self.s = []
        for _ in range(4):
            x, v = splitmix64(x)
            self.s.append(v)

    def next(self):
        s = self.s
        rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & M64  # noqa: E731
        result = (rotl((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t  # noqa: E702
        s[3] = rotl(s[3], 45)
        return result

    def below(self, n):
        m = self.next() * n
        low = m & M64
        if low < n:
            threshold = ((1 << 64) - n) % n
            while low < threshold:
                m = self.next() * n
                low = m & M64
        return m >> 64


def derive_seed(seed, label):
    h = 0xCBF29CE484222325
    for b in label.encode():
        h = ((h ^ b) * 0x100000001B3) & M64
    _, v = splitmix64((seed & M64) ^ h)
    return v


def unit(rng):
    """A double in [0, 1) from the top 53 bits of one output."""
    return (rng.next() >> 11) * 2.0 ** -53


class FourLanes:
    """Four xoshiro256** streams seeded by one splitmix64 sequence (lane l: outputs 4l .. 4l+3); a block is one
    step of each, read as eight 32-bit numbers low(r0), high(r0), low(r1), ..., high(r3)."""

    def __init__(self, seed):
        x = seed & M64
        self.lanes = []
        for _ in range(4):
            g = Xoshiro(0)
            for w in range(4):
                x, g.s[w] = splitmix64(x)
            self.lanes.append(g)

    def block(self):
        out = []
        for g in self.lanes:
            r = g.next()
            out += [r & 0xFFFFFFFF, r >> 32]
        return out


def binomial_table(m, a, w_total):
    """Bin(m, a / W) by inversion: weights relative to the mode, kept while >= 2^-60, cumulated upwards."""
    b = w_total - a
    mode = min((m + 1) * a // w_total, m)
    up, down, w = [], [], 1.0
    for k in range(mode, m):
        w = w * (float((m - k) * a) / float((k + 1) * b))
        if w < 2.0 ** -60:
            break
        up.append(w)
    w = 1.0
    for k in range(mode, 0, -1):
        w = w * (float(k * b) / float((m - k + 1) * a))
        if w < 2.0 ** -60:
            break
        down.append(w)
    cum, c = [], 0.0
    for x in list(reversed(down)) + [1.0] + up:
        c = c + x
        cum.append(c)
    return mode - len(down), cum


def resamples(counts, seed, label, replicates):
    """docs/evi-analysis.md, "The bootstrap, exactly": the count vectors of the replicates of one group."""
    n, S = sum(counts), len(counts)
    if n <= 128:  # n indices into the values in ascending order, each replicate from fresh blocks
        lanes = FourLanes(derive_seed(seed, label))
        cat = [j for j, c in enumerate(counts) for _ in range(c)]
        reject_below = ((1 << 32) - n) % n
        for _ in range(replicates):
            m, drawn = [0] * S, 0
            while drawn < n:
                for x in lanes.block():
                    if drawn == n:
                        break
                    p = x * n
                    if p & 0xFFFFFFFF < reject_below:
                        continue
                    m[cat[p >> 32]] += 1
                    drawn += 1
            yield m
        return
    rng = Xoshiro(derive_seed(seed, label))
    tables = {}
    for _ in range(replicates):  # conditional binomials over the categories in ascending order
        m, left, w_total = [0] * S, n, n
        for j in range(S - 1):
            a = counts[j]
            if left == 0 or a == 0:
                x = 0
            elif a == w_total:
                x = left
            else:
                lo, cum = tables.setdefault((j, left), binomial_table(left, a, w_total))
                pos = bisect.bisect_right(cum, unit(rng) * cum[-1])
                x = lo + min(pos, len(cum) - 1)
            m[j], left, w_total = x, left - x, w_total - a
        m[S - 1] = left
        yield m


def replay(counts, values, seed, label, replicates, statistics):
    """Type-7 quantiles of every statistic (weights over the categories) of the same resamples."""
    n = sum(counts)
    reps = [[sum(w * x for w, x in zip(weights, m)) / n for weights in statistics]
            for m in resamples(counts, seed, label, replicates)]
    return [np.quantile([r[s] for r in reps], [0.025, 0.975]) for s in range(len(statistics))]


def test_bootstrap_intervals_reproduced_in_python(synth):
    """The documented bootstrap, step by step, for groups that draw indices (n <= 128: the municipalities)
    and groups that draw counts (the region, the paired change): one resample per group serves the mean and
    every share of it; type-7 quantiles."""
    responses = cmkit.load_evi_responses(os.path.join(synth, "responses.csv"))
    schools = cmkit.load_schools(os.path.join(synth, "schools.json"))
    a = cmkit.evi_analyse(responses, schools=schools, replicates=200, seed=12345)
    assert a.manifest.method == "cmkit-evi-analysis-3"
    scores = frames.evi_scores(responses, schools)
    groups = {}
    for r in a.intervals:
        groups.setdefault((r.wave, r.pillar, r.group_by, r.group), []).append(r)
    small = [k for k, rows in groups.items() if rows[0].schools <= 128 and len(rows) >= 2]
    large = [k for k, rows in groups.items() if rows[0].schools > 128 and rows[0].statistic == "mean_scenario"]
    assert small and large
    checked = 0
    for key in small[:3] + large[:2]:
        wave, pillar, group_by, group = key
        sel = scores[(scores.wave == wave) & (scores.pillar == pillar) & scores.own_scenario.notna()]
        if group_by != "all":
            sel = sel[sel[group_by] == group]
        counts = [int((sel.own_scenario == s).sum()) for s in (1, 2, 3, 4)]
        rows = groups[key]
        assert sum(counts) == rows[0].schools
        stats = [[1, 2, 3, 4] if r.statistic == "mean_scenario" else
                 [int(s == int(r.statistic.rsplit("_", 1)[1])) for s in (1, 2, 3, 4)] for r in rows]
        bounds = replay(counts, [1, 2, 3, 4], 12345, f"interval/{wave}/{pillar}/{group_by}/{group}", 200, stats)
        for r, (lo, hi) in zip(rows, bounds):
            assert r.lower == pytest.approx(lo, abs=1e-12), (key, r.statistic)
            assert r.upper == pytest.approx(hi, abs=1e-12), (key, r.statistic)
            checked += 1
    assert checked >= 8
    # the paired change: differences now - then of the paired schools, categories from the lowest to the highest
    pc = next(r for r in a.paired_change if r.mean_change is not None)
    then = scores[(scores.wave == pc.from_wave) & (scores.pillar == pc.pillar)].set_index("school_id").own_scenario.dropna()
    now = scores[(scores.wave == pc.to_wave) & (scores.pillar == pc.pillar)].set_index("school_id").own_scenario.dropna()
    d = (now - then).dropna().astype(int)
    assert len(d) == pc.schools > 128
    values = list(range(d.min(), d.max() + 1))
    counts = [int((d == v).sum()) for v in values]
    [(lo, hi)] = replay(counts, values, 12345, f"paired_change/{pc.from_wave}/{pc.to_wave}/{pc.pillar}", 200, [values])
    assert pc.lower == pytest.approx(lo, abs=1e-12) and pc.upper == pytest.approx(hi, abs=1e-12)


def test_means_are_withheld_where_they_would_reveal_suppressed_counts():
    demo = cmkit.evi_demo_amstelland()
    a = cmkit.evi_analyse(demo.responses, schools=demo.schools, replicates=100)
    dist = frames.evi_table(a, "distribution")
    for r in a.intervals:
        if r.statistic == "mean_scenario":
            row = dist[(dist.wave == r.wave) & (dist.pillar == r.pillar) & (dist.group_by == r.group_by) & (dist.group == r.group)]
            assert not row.suppressed.any()
    for r in a.consistency:
        if r.mean_abs_difference is not None:
            assert None not in (r.same, r.one_apart, r.two_or_more_apart)
    for r in a.ambition:
        if r.mean_gap is not None:
            assert None not in (r.gap_0, r.gap_1, r.gap_2_or_more, r.below)
    for r in a.paired_change:
        if r.mean_change is not None:
            assert None not in (r.up, r.same, r.down)


# ---- reproducibility and the manifest ----------------------------------------------------------------

def test_two_runs_give_identical_bytes_and_the_manifest_names_every_input(synth, tmp_path):
    args = ["evi", "analyse", str(synth / "responses.csv"), "--schools", str(synth / "schools.json"), "--k", "5",
            "--seed", "99", "--replicates", "300"]
    run_cli(*args, "-o", str(tmp_path / "a"))
    run_cli(*args, "-o", str(tmp_path / "b"))
    names = sorted(os.listdir(tmp_path / "a"))
    assert names == sorted([".cmkit-output", "analysis.json", "manifest.json"] + [f"{t}.csv" for t in cmkit.evi_table_names()])
    for n in names:
        assert (tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes(), n
    m = json.loads((tmp_path / "a" / "manifest.json").read_text())
    assert m["synthetic"] is True
    assert m["options"]["k"] == 5 and m["options"]["seed"] == 99 and m["options"]["replicates"] == 300
    assert m["options"]["confidence_percent"] == 95 and m["waves"] == [2023, 2025, 2027]
    inputs = {i["role"]: i for i in m["inputs"] if i["role"] != "instrument"}
    raw = (synth / "responses.csv").read_bytes()
    assert inputs["responses"]["sha256"] == hashlib.sha256(raw).hexdigest()
    assert inputs["responses"]["name"].endswith("responses.csv")
    assert inputs["schools"]["records"] == 600
    instruments = [i for i in m["inputs"] if i["role"] == "instrument"]
    assert {i["name"].split()[0] for i in instruments} == set(cmkit.evi_instruments())
    for i in instruments:
        ins = cmkit.evi_instrument(i["name"].split()[0])
        assert i["sha256"] == hashlib.sha256(ins.to_json().encode()).hexdigest()
    assert all("not official" in s for s in m["scoring"])
    assert m["library_version"] == cmkit.__version__
    # a different seed changes the intervals and nothing else
    run_cli(*args[:-4], "--seed", "100", "--replicates", "300", "-o", str(tmp_path / "c"))
    assert (tmp_path / "a" / "distribution.csv").read_bytes() == (tmp_path / "c" / "distribution.csv").read_bytes()
    assert (tmp_path / "a" / "intervals.csv").read_bytes() != (tmp_path / "c" / "intervals.csv").read_bytes()


def test_no_school_id_or_name_in_regional_output(synth):
    a = analyse(synth, k=5, replicates=50)
    text = cevi.analysis_json(a) + "".join(cevi.table_csv(a, t) for t in cmkit.evi_table_names())
    text += "\n".join(cevi.analysis_lines(a))
    registry = cmkit.load_schools(os.path.join(synth, "schools.json"))
    for s in registry.schools[:200]:
        assert s.brin not in text
        assert s.name not in text


# ---- the CLI contract ----------------------------------------------------------------------------------

def test_distribution_csv_has_exactly_the_contract_columns():
    r = run_cli("evi", "analyse", "demo", "--table", "distribution", "--format", "csv")
    df = pd.read_csv(io.StringIO(r.stdout), dtype={"group": str})
    assert list(df.columns) == ["wave", "pillar", "group_by", "group", "scenario", "schools", "suppressed"]
    assert set(df["group_by"]) == {"all", "municipality", "sector", "track"}
    assert (df.loc[df["group_by"] == "all", "group"] == "all").all()
    assert df.loc[df["suppressed"], "schools"].isna().all()
    assert df.loc[~df["suppressed"], "schools"].notna().all()
    assert (df.loc[~df["suppressed"], "schools"] >= 5).all()
    assert "synthetisch" in r.stderr


def test_cli_validate_dossier_and_instruments(tmp_path):
    ok = run_cli("evi", "validate", os.path.join(DATA, "valid.csv"), "--schools", os.path.join(DATA, "schools.csv"))
    assert "0" in ok.stdout
    bad = run_cli("evi", "validate", os.path.join(DATA, "malformed", "17-duplicate-answer.csv"), check=False)
    assert bad.returncode == 1 and "EVI_DUPLICATE_ANSWER" in bad.stdout
    unreadable = run_cli("evi", "validate", os.path.join(DATA, "malformed", "05-value-decimal.csv"), check=False)
    assert unreadable.returncode == 2 and "line 8, column value" in unreadable.stderr
    d = run_cli("evi", "dossier", "demo", "00A1", "--format", "json")
    doc = json.loads(d.stdout)
    assert doc["school_id"] == "00A1" and {r["wave"] for r in doc["rows"]} <= {2023, 2025}
    text = run_cli("evi", "dossier", "demo", "00A1").stdout
    assert "synthetisch" in text
    lst = run_cli("evi", "instruments").stdout
    assert all(i in lst for i in cmkit.evi_instruments())
    one = json.loads(run_cli("evi", "instruments", "evi-2.1-po").stdout)
    assert one["first_year"] == 2024


def test_cli_synth_is_deterministic(tmp_path):
    for d in ("a", "b"):
        run_cli("evi", "synth", "--schools", "120", "--waves", "2023,2025", "--seed", "3", "-o", str(tmp_path / d))
    for name in ("responses.csv", "schools.json", "schools.csv", "synthetic.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    meta = json.loads((tmp_path / "a" / "synthetic.json").read_text())
    assert meta["synthetic"] is True and meta["options"]["seed"] == 3
    assert json.loads((tmp_path / "a" / "schools.json").read_text())["synthetic"] is True


def test_the_synthetic_mark_travels_with_the_csv_files(tmp_path):
    # synth -o DIR, then analyse DIR's CSV files: the marker line of each CSV carries "synthetic" to the
    # manifest and the text, wherever the files go (issue 12).
    d = tmp_path / "synth"
    run_cli("evi", "synth", "--schools", "40", "--waves", "2023,2025", "--seed", "5", "-o", str(d))
    for name in ("responses.csv", "schools.csv"):
        assert (d / name).read_text(encoding="utf-8").startswith("# synthetic: ")
    out = tmp_path / "out"
    r = run_cli("evi", "analyse", str(d / "responses.csv"), "--schools", str(d / "schools.csv"), "-o", str(out))
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["synthetic"] is True
    text = run_cli("evi", "analyse", str(d / "responses.csv"), "--schools", str(d / "schools.csv"), "--lang", "en")
    assert "synthetic" in (text.stdout + text.stderr).lower()
    # loaders read the mark; writers write it back; line numbers after it are those of the file
    assert cmkit.load_evi_responses(str(d / "responses.csv")).synthetic
    schools = cmkit.load_schools(str(d / "schools.csv"))
    assert schools.synthetic and cmkit.schools_to_csv(schools) == (d / "schools.csv").read_text(encoding="utf-8")
    lines = (d / "responses.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    bad = tmp_path / "bad.csv"
    bad.write_text("".join(lines[:3]) + "X\n" + "".join(lines[3:]), encoding="utf-8")  # line 4: one cell
    with pytest.raises(cmkit.FormatError) as info:
        cmkit.load_evi_responses(str(bad))
    assert info.value.location.startswith("line 4")
    # the same files without the marker are real data as far as cmkit can tell
    plain = tmp_path / "plain"
    plain.mkdir()
    for name in ("responses.csv", "schools.csv"):
        (plain / name).write_text("".join((d / name).read_text(encoding="utf-8").splitlines(keepends=True)[1:]),
                                  encoding="utf-8")
    out2 = tmp_path / "out2"
    run_cli("evi", "analyse", str(plain / "responses.csv"), "--schools", str(plain / "schools.csv"), "-o", str(out2))
    assert json.loads((out2 / "manifest.json").read_text(encoding="utf-8"))["synthetic"] is False


def test_report_includes_the_synthetic_regional_analysis():
    text = run_cli("report").stdout
    assert "Evi: regionale analyse" in text
    assert "synthetische (verzonnen) gegevens" in text
    assert "visie 2025" in text


# ---- malformed files ------------------------------------------------------------------------------------

def _cases():
    with open(os.path.join(DATA, "index.json"), encoding="utf-8") as f:
        return json.load(f)["cases"]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["file"])
def test_malformed_file(case):
    path = os.path.join(DATA, case["file"])
    if case["kind"] == "format":
        with pytest.raises(cmkit.FormatError) as e:
            cmkit.load_evi_responses(path)
        assert isinstance(e.value, ValueError)
        if "location" in case:
            assert case["location"] in str(e.value)
        assert case["found"] in str(e.value)
        assert path in str(e.value)
    else:
        schools = cmkit.load_schools(os.path.join(DATA, case["schools"])) if "schools" in case else None
        fs = cmkit.validate_evi_responses(cmkit.load_evi_responses(path), schools=schools,
                                          first_wave=case.get("first_wave"), last_wave=case.get("last_wave"))
        match = [f for f in fs if f.code == case["code"]]
        assert match, [f.code for f in fs]
        assert match[0].severity.name.lower() == case.get("severity", "error")
        if "path" in case:
            assert match[0].path == case["path"]


def test_at_least_fifteen_malformed_files():
    assert len(_cases()) >= 15
    # at least fifteen different errors or finding codes, not one mistake fifteen times
    assert len({c["code"] if c["kind"] == "finding" else c["found"] for c in _cases()}) >= 15


def test_bad_arguments_raise_not_crash():
    demo = cmkit.evi_demo_amstelland()
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.evi_analyse(demo.responses, k=-1)
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.evi_synthetic(schools=0)
    with pytest.raises(TypeError):
        cmkit.evi_analyse("not a response set")
    with pytest.raises(cmkit.NotFoundError):
        cmkit.evi_dossier(demo.responses, "99ZZ")
    with pytest.raises(cmkit.InvalidArgumentError):
        cevi.table_rows(cmkit.evi_analyse(demo.responses, replicates=10), "pyramids")


# ---- disclosure control on what the analysis publishes -------------------------------------------------

def test_no_suppressed_distribution_cell_can_be_recomputed(synth):
    """For every published breakdown table: with the published cells, the group totals (from the response
    table / scores) and the published region row, each suppressed cell still has a range of values (LP)."""
    linprog = pytest.importorskip("scipy.optimize").linprog
    answers, schools = read_inputs(synth)
    sc = own_scenarios(answers, schools)
    dist = frames.evi_table(analyse(synth, k=5, replicates=50), "distribution")
    checked = 0
    for (wave, pillar, gb), t in dist[dist.group_by != "all"].groupby(["wave", "pillar", "group_by"]):
        region = dist[(dist.wave == wave) & (dist.pillar == pillar) & (dist.group_by == "all")].set_index("scenario")
        groups = sorted(t.group.unique())
        totals = sc[(sc.wave == wave) & (sc.pillar == pillar)].groupby(gb).size()
        unknown = [(g, s) for g, s in zip(t.group, t.scenario) if pd.isna(t[(t.group == g) & (t.scenario == s)].schools.iloc[0])]
        if not unknown:
            continue
        hidden_cols = [s for s in region.index if region.loc[s, "suppressed"]]
        var = unknown + [("__col__", s) for s in hidden_cols]
        idx = {v: i for i, v in enumerate(var)}
        A, b = [], []
        for g in groups:  # row totals
            row = np.zeros(len(var)); rhs = totals[g]
            for s in region.index:
                cell = t[(t.group == g) & (t.scenario == s)].schools.iloc[0]
                if (g, s) in idx:
                    row[idx[(g, s)]] = 1
                else:
                    rhs -= cell
            A.append(row); b.append(rhs)
        for s in region.index:  # column totals (= the region row)
            row = np.zeros(len(var)); rhs = 0
            if s in hidden_cols:
                row[idx[("__col__", s)]] = -1
            else:
                rhs = region.loc[s, "schools"]
            for g in groups:
                cell = t[(t.group == g) & (t.scenario == s)].schools.iloc[0]
                if (g, s) in idx:
                    row[idx[(g, s)]] = 1
                else:
                    rhs -= cell
            A.append(row); b.append(rhs)
        grand = np.zeros(len(var)); rhs = totals.sum() - sum(region.loc[s, "schools"] for s in region.index if s not in hidden_cols)
        for s in hidden_cols:
            grand[idx[("__col__", s)]] = 1
        A.append(grand); b.append(rhs)
        for v in unknown:
            c = np.zeros(len(var)); c[idx[v]] = 1
            lo = linprog(c, A_eq=A, b_eq=b, bounds=(0, None), method="highs")
            hi = linprog(-c, A_eq=A, b_eq=b, bounds=(0, None), method="highs")
            assert lo.status == 0 and hi.status == 0
            assert -hi.fun - lo.fun >= 1 - 1e-9, (wave, pillar, gb, v)
            checked += 1
    assert checked > 20


# ---- instrument definitions -----------------------------------------------------------------------------

def test_a_broken_instrument_definition_gets_every_finding():
    ins = cmkit.load_evi_instrument(os.path.join(DATA, "bad-instrument.json"))
    codes = {f.code: f.path for f in cmkit.check_evi_instrument(ins)}
    assert codes == {
        "EVI_DEF_DUPLICATE_ID": "/scales/2/id",
        "EVI_DEF_UNKNOWN_SCALE": "/pillars/0/items/0/scale",
        "EVI_DEF_LABEL_CLAIM": "/pillars/0/items/1/label",
        "EVI_DEF_NO_SCENARIO": "/pillars/1",
        "EVI_DEF_THRESHOLDS": "/scoring/thresholds/1",
        "EVI_DEF_UNKNOWN_RULE": "/scoring/rule",
        "EVI_DEF_SCORED_WITHOUT_STATEMENTS": "/scoring/pillars/2",
    }
    assert all(not f.message_en == "" for f in cmkit.check_evi_instrument(ins))
    for f in cmkit.builtin_evi_instruments():
        assert cmkit.check_evi_instrument(f) == []


def test_unreadable_instrument_and_bad_cli_arguments(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"schema": "EviInstrument.1", "id": 3}', encoding="utf-8")
    with pytest.raises(cmkit.FormatError) as e:
        cmkit.load_evi_instrument(str(bad))
    assert "/id" in str(e.value) and str(bad) in str(e.value)
    r = run_cli("evi", "analyse", "demo", "--instrument", str(bad), check=False)
    assert r.returncode == 2 and "/id" in r.stderr
    r = run_cli("evi", "analyse", "demo", "--waves", "2023;2025", check=False)
    assert r.returncode == 2 and "--waves" in r.stderr
    r = run_cli("evi", "analyse", "demo", "--format", "csv", check=False)
    assert r.returncode == 2 and "--table" in r.stderr
    r = run_cli("evi", "analyse", os.path.join(DATA, "no-such-file.csv"), check=False)
    assert r.returncode == 2 and "no-such-file.csv" in r.stderr


def test_schools_digest_is_the_sha256_of_the_canonical_json(synth):
    """The manifest's schools digest (computed school by school in C++) equals hashlib over to_json()."""
    responses = cmkit.load_evi_responses(os.path.join(synth, "responses.csv"))
    full = cmkit.load_schools(os.path.join(synth, "schools.json"))
    extras = cmkit.SchoolRegistry.from_json(json.dumps({
        "schema": "SchoolRegistry.1", "x-first": {"schools": [], "n": [1, 2]}, "x-note": "Ämstelland \"quoted\"\nline",
        "schools": json.loads(full.to_json())["schools"][:3]}))
    one = full.replace(schools=full.schools[:1], note=None, synthetic=False)
    empty = full.replace(schools=[])
    named = full.replace(schools=[full.schools[0].replace(name="Basisschool De Ölijf \\ \"één\"")] + list(full.schools[1:4]))
    # every optional absent or present, a ratio, control characters and extras among plain schools (cmkit writes
    # the plain shape without a JSON tree and the others through it; both must give to_json()'s bytes)
    s = full.schools
    rows = json.loads(full.to_json())["schools"][:2]
    rows[1]["x-local"] = {"b": 1, "a": [True, None]}
    with_extras = cmkit.SchoolRegistry.from_json(json.dumps({"schema": "SchoolRegistry.1", "schools": rows})).schools
    varied = full.replace(schools=[s[0].replace(pupils=None), s[1].replace(track=None), s[2].replace(pupils=None, track=None),
                                   s[3].replace(achterstandsscore=cmkit.Ratio(5546, 10)), s[4].replace(name="tab\there"),
                                   s[5].replace(municipality="del\x7fete", icc=True, cultuurcoordinator=True),
                                   *with_extras, *s[6:9]])
    for reg in (full, extras, one, empty, named, varied):
        a = cmkit.evi_analyse(responses, schools=reg, k=5, replicates=1)
        digest = {i.role: i.sha256 for i in a.manifest.inputs}["schools"]
        assert digest == hashlib.sha256(reg.to_json().encode()).hexdigest(), reg.to_json()[:200]


def test_analysis_json_written_row_by_row_is_to_json(synth):
    """analysis.json (written table by table in C++) has exactly the bytes of the record's to_json()."""
    demo = cmkit.evi_demo_amstelland()
    cases = [analyse(synth, 5, replicates=50), analyse(synth, 0, replicates=1),
             cmkit.evi_analyse(demo.responses, schools=demo.schools, replicates=20),
             cmkit.evi_analyse(demo.responses, replicates=1, waves=[2023])]  # no schools file, one wave: empty tables
    assert any(len(c.transitions) == 0 for c in cases)
    for a in cases:
        files = dict(cmkit.evi_output_files(a))
        assert files["analysis.json"] == a.to_json()


def test_answers_reader_fast_path_and_general_path_agree():
    """Plain rows take the reader's fast path; quotes, CR LF, blanks around cells, ';', blank lines and a missing
    final line break go through the general path. Every form reads the same answers; a broken row is reported
    at its line from either path."""
    demo = cmkit.evi_demo_amstelland()
    plain = cmkit.evi_responses_to_csv(demo.responses)
    lines = plain.rstrip("\n").split("\n")
    header, rows = lines[0], lines[1:200]
    base = cmkit.evi_responses_from_csv("\n".join([header, *rows]) + "\n")
    expected = cmkit.evi_responses_to_csv(base)
    quoted = [",".join(f'"{c}"' for c in r.split(",")) if i % 3 == 0 else r for i, r in enumerate(rows)]
    spaced = [" , ".join(r.split(",")) if i % 5 == 0 else r for i, r in enumerate(rows)]
    variants = {
        "crlf": "\r\n".join([header, *rows]) + "\r\n",
        "quoted": "\n".join([header, *quoted]) + "\n",
        "spaced": "\n".join([header, *spaced]) + "\n",
        "semicolon": "\n".join(r.replace(",", ";") for r in [header, *rows]) + "\n",
        "blank lines": "\n".join([header, *(r + ("\n" if i % 7 == 0 else "") for i, r in enumerate(rows))]) + "\n",
        "no final break": "\n".join([header, *rows]),
    }
    for name, text in variants.items():
        got = cmkit.evi_responses_from_csv(text, name)
        assert cmkit.evi_responses_to_csv(got) == expected, name
    # line 5 (header = line 1) has a cell too many: named with its line whichever path reads it
    for broken in (rows[3] + ",x", '"' + rows[3].replace(",", '","') + '",x'):
        text = "\n".join([header, *rows[:3], broken, *rows[4:]]) + "\n"
        with pytest.raises(cmkit.FormatError, match="line 5"):
            cmkit.evi_responses_from_csv(text, "broken.csv")
