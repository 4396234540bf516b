"""The README's Python example runs as written."""
import re

from conftest import ROOT


def test_readme_python_example_runs(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples name files relative to the checkout
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks, "README has no Python example"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "€ 1.118.496" in out
    assert "€ 134.812 13481200" in out
    assert "] € 134.812" in out
    assert "[('GRANT_RATE_MISMATCH', 'WARNING')]" in out
    assert "True COORDINATION_ABOVE_CAP" in out
    assert "€ 25.766,25 € 134.812" in out
    assert "€ 253.857,74" in out


def test_readme_cpp_example_is_the_one_the_consumer_test_builds_and_runs():
    """The README's C++ block is tests/consumer/readme_example.cpp, which ctest's consumer test builds
    against an installed copy and runs (tests/consumer/run_consumer_test.cmake)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```cpp\n(.*?)```", text, flags=re.S)
    assert len(blocks) == 1
    assert blocks[0] == (ROOT / "tests" / "consumer" / "readme_example.cpp").read_text(encoding="utf-8")
