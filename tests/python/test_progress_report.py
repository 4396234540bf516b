"""Progress reporting and cancellation of the long calls (evi_synthetic, evi_analyse, rollup, synthetic_plans;
include/cmkit/progress_report.hpp), Ctrl-C in the CLI, the progress bar, and -o/--lang/--format on every
command (global or per command). (test_progress.py is about the schools' progress data.)"""
import contextlib
import io
import os
import pathlib
import pty
import select
import signal
import subprocess
import sys
import time

import pytest

import cmkit
from cmkit import _core, cli
from cmkit.cli_args import _leaf_parsers
from cmkit.cli_progress import ProgressBar

CMKIT = str(pathlib.Path(sys.executable).parent / "cmkit")


class Recorder:
    """A progress callback that records its calls (and sleeps a little, so that every report of the core,
    which reports at most every 20 ms, gets through)."""

    def __init__(self, sleep=0.022):
        self.calls = []
        self.sleep = sleep

    def __call__(self, done, total, stage):
        self.calls.append((done, total, stage))
        time.sleep(self.sleep)

    def check_growing(self):
        assert len(self.calls) >= 2
        totals = {t for _, t, _ in self.calls}
        assert len(totals) == 1
        done = [d for d, _, _ in self.calls]
        assert done == sorted(done) and done[0] >= 0 and done[-1] == self.calls[0][1]
        assert self.calls[-1][2] == "done"


@pytest.fixture(scope="module")
def demo():
    return cmkit.evi_demo_amstelland()


def test_evi_analyse_reports_its_stages_and_the_callback_changes_nothing(demo):
    plain = cmkit.evi_analyse(demo.responses, schools=demo.schools, replicates=200)
    rec = Recorder()
    reported = cmkit.evi_analyse(demo.responses, schools=demo.schools, replicates=200, progress=rec)
    rec.check_growing()
    stages = [s for _, _, s in rec.calls]
    for prefix in ("validate", "scores", "response", "bootstrap 2023 ", "bootstrap 2025 ", "transitions", "manifest"):
        assert any(s.startswith(prefix) for s in stages), prefix
    assert _core.evi_output_files(reported) == _core.evi_output_files(plain)


def test_the_other_long_calls_report_and_change_nothing():
    rec = Recorder(sleep=0.0)
    data = cmkit.evi_synthetic(schools=3000, waves=[2023, 2025], seed=3, progress=rec)
    assert rec.calls[0][1] == 3000 * 3 and rec.calls[-1][0] == 3000 * 3
    assert _core.evi_responses_to_csv(data.responses) == _core.evi_responses_to_csv(
        cmkit.evi_synthetic(schools=3000, waves=[2023, 2025], seed=3).responses)

    rec = Recorder()
    plans = cmkit.national.synthetic_plans(12, 5, progress=rec)
    rec.check_growing()
    assert [p.to_json() for p in plans] == [p.to_json() for p in cmkit.national.synthetic_plans(12, 5)]

    rec = Recorder()
    result = cmkit.rollup(plans, progress=rec)
    rec.check_growing()
    assert {s for _, _, s in rec.calls} >= {"checks", "plans", "tables", "done"}
    assert [t.to_csv() for t in result.tables.values()] == [t.to_csv() for t in cmkit.rollup(plans).tables.values()]


def test_a_callback_that_returns_false_cancels(demo):
    with pytest.raises(cmkit.Cancelled) as info:
        cmkit.evi_analyse(demo.responses, schools=demo.schools, progress=lambda d, t, s: False)
    assert isinstance(info.value, cmkit.Error)
    seen = []

    def stop_at_bootstrap(done, total, stage):
        seen.append(stage)
        time.sleep(0.022)
        return not stage.startswith("bootstrap")

    with pytest.raises(cmkit.Cancelled):
        cmkit.evi_analyse(demo.responses, schools=demo.schools, replicates=100, progress=stop_at_bootstrap)
    assert seen[-1].startswith("bootstrap") and "manifest" not in seen
    # None (a plain function) and any other value go on
    assert len(cmkit.rollup(["amstelland-2025-2028"], progress=lambda d, t, s: 0).tables["plans"]) == 1
    with pytest.raises(cmkit.Cancelled):
        _core.synthetic_plans(5, progress=lambda d, t, s: False)
    with pytest.raises(cmkit.Cancelled):
        cmkit.evi_synthetic(schools=50, progress=lambda d, t, s: False)


def test_an_exception_from_the_callback_stops_the_call_and_is_raised_as_it_is(demo):
    def interrupt(done, total, stage):
        if stage.startswith("scores"):
            raise KeyboardInterrupt
        time.sleep(0.022)

    with pytest.raises(KeyboardInterrupt):
        cmkit.evi_analyse(demo.responses, schools=demo.schools, progress=interrupt)

    class Mine(Exception):
        pass

    def fail(done, total, stage):
        raise Mine(stage)

    with pytest.raises(Mine, match="validate"):
        cmkit.evi_analyse(demo.responses, schools=demo.schools, progress=fail)
    with pytest.raises(Mine):
        cmkit.rollup(["amstelland-2025-2028"], progress=fail)
    with pytest.raises(TypeError):  # a callback of the wrong shape is a TypeError, not a crash
        cmkit.evi_synthetic(schools=50, progress=lambda: None)
    # the module still works afterwards
    assert len(cmkit.evi_analyse(demo.responses, schools=demo.schools, replicates=50).distribution) > 0


def test_ctrl_c_stops_the_core_without_a_callback():
    """SIGINT while the core works with the GIL released: KeyboardInterrupt at its next progress report,
    long before the call would have ended."""
    data = cmkit.evi_synthetic(schools=3000, waves=[2023, 2025, 2027], seed=2)
    # the signal comes from another process (a thread of this one would need the GIL to send it)
    # Python's own SIGINT handler installed again: in the whole suite something earlier leaves the process's
    # SIGINT disposition changed below Python (signal.getsignal still says default_int_handler, yet the signal
    # is lost), which installing the handler again repairs
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    killer = subprocess.Popen(["sh", "-c", f"sleep 0.5; kill -INT {os.getpid()}"])
    start = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            cmkit.evi_analyse(data.responses, schools=data.schools, replicates=100000)
    finally:
        killer.wait()
        signal.signal(signal.SIGINT, previous)
    assert time.monotonic() - start < 6  # the whole analysis at R = 100,000 takes ~10 s here (a report per wave and pillar)


# ---- the CLI: Ctrl-C and the progress bar ---------------------------------------------------------------


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """A large synthetic set (20,000 schools), written by the CLI itself."""
    d = tmp_path_factory.mktemp("national") / "data"
    r = subprocess.run([CMKIT, "evi", "synth", "--schools", "20000", "--waves", "2023,2025,2027", "-o", str(d)],
                       capture_output=True, text=True, env=_env())
    assert r.returncode == 0, r.stderr
    return d


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k != "CMKIT_PROGRESS"}
    env.update(PYTHONIOENCODING="utf-8", **extra)
    return env


def _read_until(fd, needle: bytes, timeout: float) -> bytes:
    out = b""
    end = time.monotonic() + timeout
    while needle not in out and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the pty's other end is closed
                break
            if not chunk:
                break
            out += chunk
    return out


def test_sigint_to_evi_analyse_exits_130_with_one_line_and_no_output(national, tmp_path):
    out = tmp_path / "analysis"
    master, slave = pty.openpty()  # stderr on a terminal, so the progress bar shows
    proc = subprocess.Popen([CMKIT, "evi", "analyse", str(national / "responses.csv"), "--schools",
                             str(national / "schools.csv"), "--replicates", "20000", "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=slave, env=_env())
    os.close(slave)
    try:
        shown = _read_until(master, b"%", 60)  # the core's first report: the bar has a percentage
        assert b"cmkit evi analyse [" in shown, shown
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 130
        rest = _read_until(master, b"interrupted", 5)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert proc.stdout.read() == b""
    text = (shown + rest).decode()
    lines = [line for line in text.replace("\r", "\n").split("\n") if line.strip()]
    assert lines[-1].strip() == "cmkit: onderbroken / interrupted"
    assert "Traceback" not in text and sum("onderbroken" in line for line in lines) == 1
    assert not out.exists() and list(tmp_path.iterdir()) == []  # no output, nothing temporary left


def test_sigint_without_a_terminal_prints_only_the_line(national, tmp_path):
    out = tmp_path / "analysis"
    proc = subprocess.Popen([CMKIT, "evi", "analyse", str(national / "responses.csv"), "--schools",
                             str(national / "schools.csv"), "--replicates", "20000", "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    time.sleep(1.5)  # loading ~0.5 s, then the analysis at R = 20,000 takes far longer
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert stdout == b"" and stderr.decode() == "cmkit: onderbroken / interrupted\n"
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_progress_bar_shows_on_a_terminal_only(tmp_path):
    master, slave = pty.openpty()
    proc = subprocess.Popen([CMKIT, "evi", "synth", "--schools", "5000", "-o", str(tmp_path / "a")],
                            stdout=subprocess.PIPE, stderr=slave, env=_env())
    os.close(slave)
    try:
        seen = _read_until(master, b"-> ", 60)
        proc.wait(timeout=60)
    finally:
        os.close(master)
    assert proc.returncode == 0
    text = seen.decode()
    assert "\rcmkit evi synth [" in text and "%" in text
    last = text.replace("\r\n", "\n").split("\r")[-1]  # the bar's line was cleared before the message
    assert last.strip().startswith("cmkit: 5000 synthetische scholen")

    r = subprocess.run([CMKIT, "evi", "synth", "--schools", "5000", "-o", str(tmp_path / "b")],
                       capture_output=True, text=True, env=_env())
    assert r.returncode == 0
    assert "\r" not in r.stderr and "[" not in r.stderr and r.stderr.count("\n") == 1
    r = subprocess.run([CMKIT, "plan", "synth", "--regions", "30", "-o", str(tmp_path / "c")],
                       capture_output=True, text=True, env=_env(CMKIT_PROGRESS="0"))
    assert r.returncode == 0 and "\r" not in r.stderr


def test_progress_bar_text_and_clearing():
    stream = io.StringIO()
    bar = ProgressBar("cmkit x", stream=stream, enabled=True)
    bar(0, 10, "validate")
    bar.last = 0.0
    bar(5, 10, "bootstrap 2025 visie")
    assert bar.line() == "cmkit x [############------------]  50% bootstrap 2025 visie"
    bar.close()
    assert stream.getvalue().endswith("\r" + " " * len(bar.line()) + "\r")
    quiet = io.StringIO()
    with ProgressBar("cmkit x", stream=quiet) as off:  # a StringIO is not a terminal
        assert not off.enabled
        off(1, 2, "a")
        off.stage("reading")
    assert quiet.getvalue() == ""


# ---- -o/--output, --lang and --format: global or per command, on every command ---------------------------


def _commands(tmp):
    survey_csv = tmp / "survey.csv"
    if not survey_csv.exists():
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
            assert cli.main(["survey", "synth", "--format", "csv"]) == 0
        survey_csv.write_text(buf.getvalue(), encoding="utf-8")
    school = cmkit.evi_demo_amstelland().schools.schools[0].brin
    # prog -> (arguments, output is a directory)
    return {
        "cmkit plan list": (["plan", "list"], False),
        "cmkit plan show": (["plan", "show"], False),
        "cmkit plan schema": (["plan", "schema"], False),
        "cmkit plan synth": (["plan", "synth", "--regions", "2"], True),
        "cmkit report": (["report", "--evi", "none"], False),
        "cmkit schools": (["schools"], False),
        "cmkit trajectories": (["trajectories"], False),
        "cmkit targets": (["targets"], False),
        "cmkit validate": (["validate"], False),
        "cmkit budget": (["budget"], False),
        "cmkit matching": (["matching"], False),
        "cmkit calendar": (["calendar"], False),
        "cmkit rollup": (["rollup", "amstelland-2025-2028"], False),
        "cmkit survey synth": (["survey", "synth"], False),
        "cmkit survey validate": (["survey", "validate"], False),
        "cmkit survey analyse": (["survey", "analyse", "amstelland-impact-example", str(survey_csv)], False),
        "cmkit evi instruments": (["evi", "instruments"], False),
        "cmkit evi synth": (["evi", "synth", "--schools", "6"], True),
        "cmkit evi validate": (["evi", "validate", "demo"], False),
        "cmkit evi analyse": (["evi", "analyse", "demo", "--replicates", "20"], True),
        "cmkit evi dossier": (["evi", "dossier", "demo", school], False),
    }


def _run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(argv)
        except SystemExit as exc:  # argparse
            status = exc.code
    return status, out.getvalue(), err.getvalue()


def _written(path: pathlib.Path):
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return path.read_bytes()


def test_every_command_is_covered(tmp_path):
    progs = {p.prog for p in _leaf_parsers(cli.build_parser())}
    assert progs == set(_commands(tmp_path)), progs ^ set(_commands(tmp_path))


def test_every_command_takes_o_lang_and_format_before_or_after_it(tmp_path):
    parser = cli.build_parser()
    defaults = {p.prog: p.get_default("_format_default") for p in _leaf_parsers(parser)}
    for prog, (argv, is_dir) in _commands(tmp_path).items():
        fmt = defaults[prog]
        outputs = []
        for n, place in enumerate(["before", "after"]):
            out = tmp_path / f"{prog.replace(' ', '_')}-{place}"
            flags = ["-o", str(out), "--lang", "en", "--format", fmt]
            status, stdout, stderr = _run(flags + argv if place == "before" else argv + flags)
            assert status == 0, (prog, place, stderr)
            assert stdout == "", (prog, place)
            assert out.is_dir() == is_dir, (prog, place)
            outputs.append(_written(out))
        if prog not in ("cmkit evi analyse",):  # its manifest names no path; the rest are the same bytes
            assert outputs[0] == outputs[1], prog
        else:
            assert outputs[0].keys() == outputs[1].keys()


def test_the_value_after_the_command_wins_and_lang_reaches_the_output(tmp_path):
    _, nl, _ = _run(["budget"])
    _, en, _ = _run(["--lang", "en", "budget"])
    _, nl_again, _ = _run(["--lang", "en", "budget", "--lang", "nl"])
    assert "INCOME" in en.upper() and "BATEN" in nl and nl_again == nl and en != nl
    _, as_json, _ = _run(["--format", "csv", "matching", "--format", "json"])
    assert as_json.lstrip().startswith("{")
    _, as_csv, _ = _run(["--format", "csv", "matching"])
    assert as_csv.startswith("plan,") or "," in as_csv.splitlines()[0]
    status, en_report, _ = _run(["--lang", "en", "report", "--evi", "none"])
    assert status == 0 and "Cultural Education with Quality" in en_report
    status, _, _ = _run(["report", "--evi", "none", "-o", str(tmp_path / "r.txt")])
    assert status == 0 and (tmp_path / "r.txt").read_text(encoding="utf-8").strip()
    # text and table name the same plain output
    assert _run(["--format", "text", "budget"])[1] == _run(["budget"])[1]
    assert _run(["validate", "--format", "table"])[1] == _run(["validate"])[1]


def test_a_format_a_command_does_not_have_is_one_line_listing_its_formats(tmp_path):
    for argv, listed in [(["--format", "csv", "plan", "list"], "text"),
                         (["plan", "schema", "--format", "csv"], "json"),
                         (["budget", "--format", "pdf"], "table, csv, json, hledger, xlsx"),
                         (["--format", "ics", "report"], "text, html, pdf"),
                         (["evi", "synth", "--format", "json", "-o", str(tmp_path / "x")], "csv")]:
        status, stdout, stderr = _run(argv)
        assert status == 2 and stdout == ""
        assert stderr.count("\n") == 1 and f"its formats: {listed}" in stderr, stderr
        assert stderr.startswith("cmkit ") and "--help" in stderr
    assert not (tmp_path / "x").exists()
    status, _, stderr = _run(["plan", "synth", "--regions", "2"])
    assert status == 2 and "-o/--output DIR is required" in stderr and stderr.count("\n") == 1
    status, _, _ = _run(["-o", str(tmp_path / "p"), "plan", "synth", "--regions", "2"])
    assert status == 0 and len(list((tmp_path / "p").glob("*.json"))) == 2


def test_help_names_the_uniform_options():
    r = subprocess.run([CMKIT, "--help"], capture_output=True, text=True, env=_env())
    assert "--lang" in r.stdout and "--format" in r.stdout and "-o OUT" in r.stdout
    assert "before the command" in " ".join(r.stdout.split())
    r = subprocess.run([CMKIT, "plan", "schema", "--help"], capture_output=True, text=True, env=_env())
    assert "--format {json}" in r.stdout and "-o FILE" in r.stdout and "--lang" in r.stdout
