"""The monitoring and meeting calendar: agenda(), the iCalendar export (parsed with the `icalendar`
package), the check against the result targets, frames.calendar and `cmkit calendar`."""
import datetime as dt
import json

import pytest

import cmkit

icalendar = pytest.importorskip("icalendar")

PLAN_ID = "amstelland-2025-2028"


def vevents(text):
    cal = icalendar.Calendar.from_ical(text)
    for c in cal.walk():
        assert not c.errors, c.errors  # icalendar keeps what it could not parse here
    return [c for c in cal.walk() if c.name == "VEVENT"]


def uid_source(event):
    # UID "<kind>.<source>.<year>[.<n>]@cmkit.<plan>"
    kind, rest = str(event["UID"]).split("@")[0].split(".", 1)
    return kind, rest.rsplit(".", 2 if kind == "monitoring" else 1)[0]


def monitoring_sources(events):
    out = {}
    for e in events:
        kind, source = uid_source(e)
        if kind == "monitoring":
            out.setdefault(source, []).append(e)
    return out


def check_2026(events):
    """2026 holds the two account meetings, the two network meetings, the impact research and the
    visibility event, all as tentative all-day slots within 2026."""
    by = monitoring_sources(events)
    assert len(by["account-meetings"]) == 2
    assert len(by["network-meetings"]) == 2
    assert len(by["impact-research"]) == 1
    assert len(by["visibility-event"]) == 1
    assert "evi-analysis" not in by  # 2025 and 2027
    for source in ("account-meetings", "network-meetings", "impact-research", "visibility-event"):
        for e in by[source]:
            start, end = e["DTSTART"].dt, e["DTEND"].dt
            assert type(start) is dt.date and start.year == 2026  # all-day: a date, not a datetime
            assert end == start + dt.timedelta(days=1)  # DTEND is exclusive
            assert str(e["STATUS"]) == "TENTATIVE"
            assert "slot" in [str(c) for c in e["CATEGORIES"].cats]
    spring, autumn = sorted(e["DTSTART"].dt for e in by["network-meetings"])
    assert spring.month == 3 and autumn.month == 10


@pytest.fixture(scope="module")
def plan():
    return cmkit.reference_plan(PLAN_ID)


def test_agenda_2026_parses_with_icalendar(plan):
    events = cmkit.agenda(plan, 2026)
    text = cmkit.agenda_to_ics(events, plan.id)
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//cmkit//cmkit ")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert "\n" not in text.replace("\r\n", "")
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["PRODID"]) == f"-//cmkit//cmkit {cmkit.__version__}//NL"
    assert str(cal["VERSION"]) == "2.0"
    parsed = vevents(text)
    assert len(parsed) == len(events)
    check_2026(parsed)
    # The text survives escaping and folding: the parsed description equals the event's.
    by_uid = {str(e["UID"]): e for e in parsed}
    for e in events:
        ve = by_uid[f"{e.id}@cmkit.{plan.id}"]
        assert str(ve["DESCRIPTION"]) == e.description_nl
        assert ve["DTSTART"].dt == e.start.to_date()


def test_ics_is_deterministic_and_english(plan):
    events = cmkit.agenda(plan)
    assert cmkit.agenda_to_ics(events, plan.id) == cmkit.agenda_to_ics(cmkit.agenda(plan), plan.id)
    en = cmkit.agenda_to_ics(events, plan.id, "en", cmkit.Date(2025, 1, 1))
    summaries = [str(e["SUMMARY"]) for e in vevents(en)]
    assert "Network (knowledge-sharing) meetings of Cultuureducatie Amstelland (1 of 2, planned slot)" in summaries
    assert {e["DTSTAMP"].dt for e in vevents(en)} == {dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)}


def test_every_monitoring_date_is_marked_as_a_slot(plan):
    for e in cmkit.agenda(plan):
        if e.kind == "monitoring":
            assert e.slot and e.description_nl.startswith("Gepland slot, geen vaste datum")
        else:
            assert not e.slot


def test_eight_network_meetings_agree_with_the_target(plan):
    events = cmkit.agenda(plan)
    assert len([e for e in events if e.source == "network-meetings"]) == 8
    codes = [f.code for f in cmkit.check_agenda_against_targets(plan, events)]
    assert "AGENDA_TARGET_MISMATCH" not in codes
    assert cmkit.check_agenda_against_targets(plan) == []


def test_one_network_meeting_a_year_is_a_mismatch(plan):
    monitoring = [a.replace(times_per_year=1) if a.id == "network-meetings" else a for a in plan.monitoring]
    changed = plan.replace(monitoring=monitoring)
    findings = cmkit.check_agenda_against_targets(changed, cmkit.agenda(changed))
    assert [f.code for f in findings] == ["AGENDA_TARGET_MISMATCH"] * 3
    assert [f.path for f in findings] == ["/targets/4/periods/0/value", "/targets/4/periods/1/value", "/targets/4/total"]
    total = findings[2]
    figures = {g.name: g for g in total.figures}
    assert figures["scheduled"].count == 4 and figures["planned"].count == 8
    assert total.severity == cmkit.Severity.WARNING


def test_options_move_the_slots(plan):
    options = cmkit.AgendaOptions(slot_rules=[cmkit.SlotRule(times_per_year=2, months=[4, 11])], slot_day=1,
                                  weekdays_only=False, include_planning=False,
                                  activity_slots=[cmkit.ActivitySlots(activity="impact-research", months=[5])])
    events = cmkit.agenda(plan, 2026, options)
    assert {e.kind for e in events} == {"monitoring"}
    assert [str(e.start) for e in events if e.source == "network-meetings"] == ["2026-04-01", "2026-11-01"]
    assert [str(e.start) for e in events if e.source == "impact-research"] == ["2026-05-01"]
    # evi-yearly (once a year) has no rule in these options: the year in one part, its first month.
    assert [str(e.start) for e in events if e.source == "evi-yearly"] == ["2026-01-01"]
    assert cmkit.AgendaOptions().slot_rules == cmkit.default_slot_rules()
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.agenda(plan, 2031)
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.agenda(plan, options=cmkit.AgendaOptions(slot_day=30))
    with pytest.raises(cmkit.NotFoundError):
        cmkit.agenda(plan, options=cmkit.AgendaOptions(activity_slots=[cmkit.ActivitySlots(activity="x", months=[1])]))


def test_events_are_records(plan):
    e = cmkit.agenda(plan, 2026)[-1]
    assert cmkit.AgendaEvent.from_json(e.to_json()) == e
    assert json.loads(e.to_json())["schema"] == "AgendaEvent.1"


def test_frames_calendar(plan):
    pd = pytest.importorskip("pandas")
    from cmkit import frames

    df = frames.calendar(plan, 2026)
    assert list(df.columns) == ["date", "end", "id", "source", "kind", "scope", "label_nl", "label_en", "slot"]
    assert df.date.is_monotonic_increasing
    assert (df.date.dt.year == 2026).all()
    meetings = df[df.source == "network-meetings"]
    assert len(meetings) == 2 and meetings.slot.all()
    assert set(df[df.kind == "planning"].slot) == {False}
    assert df.loc[df.source == "account-meetings", "scope"].unique().tolist() == ["school-and-partner"]
    assert len(frames.calendar(plan)) == len(cmkit.agenda(plan))
    assert pd.api.types.is_datetime64_any_dtype(df["end"])


def test_cli_calendar_ics_2026_parses_with_icalendar(cli):
    r = cli("calendar", "--year", "2026", "--format", "ics")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("BEGIN:VCALENDAR")
    check_2026(vevents(r.stdout))


def test_cli_calendar_table_json_and_errors(cli):
    r = cli("calendar", "--year", "2026")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == f"Agenda {PLAN_ID} (2026)"
    assert any(line.strip().startswith("2026-03-16") and "Netwerkbijeenkomsten" in line for line in lines)
    assert "gepland slot" in r.stdout and "geen vaste datum" in r.stdout
    r = cli("calendar", "--format", "json", "--lang", "en")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["plan"] == PLAN_ID and doc["findings"] == []
    assert len([e for e in doc["events"] if e["source"] == "network-meetings"]) == 8
    assert "not a fixed date" in doc["note"]
    r = cli("calendar", "--year", "2031")
    assert r.returncode == 2 and "outside the plan period" in r.stderr and "Traceback" not in r.stderr
