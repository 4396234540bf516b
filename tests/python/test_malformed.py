"""Every malformed plan file in tests/data/malformed gives its own error (same cases as the C++ test)."""
import pytest

import cmkit

from conftest import DATA, malformed_cases

CASES = malformed_cases()


def test_there_are_at_least_ten_cases():
    assert len(CASES) >= 10
    assert len({c["location"] + c["contains"][0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_malformed_file(case):
    path = DATA / "malformed" / case["file"]
    with pytest.raises(cmkit.FormatError) as info:
        cmkit.load_plan(path)
    err = info.value
    assert type(err).__name__ == case["error"]
    assert isinstance(err, ValueError)
    assert err.file == str(path)
    assert err.location == case["location"]
    for fragment in case["contains"]:
        assert fragment in str(err)
    assert str(path) in str(err)


@pytest.mark.parametrize("text", ["", "null", "42", '"plan"', "[1, 2]", "{", '{"schema": "Plan.1"}'])
def test_malformed_text(text):
    with pytest.raises(cmkit.FormatError):
        cmkit.Plan.from_json(text)


def test_invalid_utf8_is_a_format_error(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"schema": "Plan.1", "id": "caf\xe9"}')
    with pytest.raises(cmkit.FormatError, match="the byte 0xE9, which is not UTF-8"):
        cmkit.load_plan(path)


def test_deeply_nested_input_does_not_crash():
    deep = "[" * 100000 + "]" * 100000
    with pytest.raises(cmkit.FormatError):
        cmkit.Plan.from_json(deep)
