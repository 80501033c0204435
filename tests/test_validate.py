"""Tests for citydiplo.validate: every rule fires on a dataset made to trigger it and stays
quiet on a clean one; reports sort, filter, print and serialise; a realistic bad file is
reported field by field."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator

import attrs
import orjson
import pytest
from hypothesis import given, settings

import citydiplo as cd
from citydiplo import (
    Agreement,
    Citation,
    City,
    CountClaim,
    Country,
    Dataset,
    Document,
    Event,
    Finding,
    Organization,
    PartialDate,
    Participant,
    Partnership,
    Person,
    PersonRole,
    Region,
    Report,
    Severity,
    Signatory,
    Source,
    validate,
)
from citydiplo.dates import DateRange
from tests import strategies

# A clean dataset in the shape of the Hanam seed (Gujarati and Hebrew renderings of a Korean
# article): every reference resolves, every date agrees, every quote is in its source.
KO_TEXT = (
    "하남시는 2024년 7월 16일 미국 아칸소주 리틀록시와 자매결연 협약을 체결했다. "
    "이현재 하남시장과 프랭크 스콧 주니어 리틀록 시장이 서명했다."
)
QUOTE = "리틀록시와 자매결연 협약을 체결했다"
START = KO_TEXT.index(QUOTE)


def cite(source: str = "ko", quote: str = QUOTE, span: tuple[int, int] | None = None) -> Citation:
    return Citation(source=source, quote=quote, span=span)


def clean() -> Dataset:
    return Dataset(
        actors=[
            Country(id="kr", name="South Korea", country="KR"),
            Region(id="gyeonggi", name="Gyeonggi", country="KR", subdivision="KR-41",
                   parent="kr"),
            Region(id="arkansas", name="Arkansas", country="US", subdivision="US-AR"),
            City(id="hanam", name="Hanam", names={"ko": ["하남시"]}, country="KR",
                 subdivision="KR-41", parent="gyeonggi"),
            City(id="little-rock", name="Little Rock", country="US", subdivision="US-AR",
                 parent="arkansas"),
            Person(id="lee", name="Lee Hyeon-jae", roles=[
                PersonRole(title="Mayor", of="hanam", during=DateRange("2022-07/..")),
            ]),
            Person(id="scott", name="Frank Scott Jr.", roles=[
                PersonRole(title="Mayor", of="little-rock", during=DateRange("2019/2026")),
            ]),
        ],
        sources=[
            Source(id="ko", language="ko", published=PartialDate("2024-07-17"), text=KO_TEXT),
            Source(id="he", language="he", published=PartialDate("2024-07-20"),
                   translation_of="ko"),
        ],
        partnerships=[
            Partnership(id="p-hanam-lr", parties=("hanam", "little-rock"), kind="sister",
                        status="active", established=PartialDate("2024-07-16"),
                        citations=[cite(span=(START, START + len(QUOTE))), cite("he", "חנם")]),
        ],
        agreements=[
            Agreement(id="a-hanam-lr", parties=("hanam", "little-rock"), kind="sister_city",
                      signed=PartialDate("2024-07-16"), place="little-rock",
                      term=DateRange("2024-07-16/2029"),
                      signatories=[Signatory(person="lee", on_behalf_of="hanam"),
                                   Signatory(person="scott", on_behalf_of="little-rock")],
                      partnership="p-hanam-lr", citations=[cite()]),
        ],
        events=[
            Event(id="e-visit", kind="visit", date=PartialDate("2024-07"),
                  participants=[Participant(actor="hanam", role="visitor"),
                                Participant(actor="little-rock", role="host")],
                  place="little-rock", agreement="a-hanam-lr", partnership="p-hanam-lr",
                  citations=[cite()]),
        ],
        documents=[
            Document(id="d-plan", kind="plan", issuer="hanam", date=PartialDate("2024-01"),
                     citations=[cite()]),
        ],
        claims=[
            CountClaim(id="c-hanam", subject="hanam", counted="partners", value=1,
                       kinds=["sister"], enumerated=True, citations=[cite()]),
        ],
    )


def test_clean_dataset_has_no_findings() -> None:
    report = validate(clean(), today=datetime.date(2025, 1, 1))
    assert list(report) == [], str(report)
    assert report.ok and len(report) == 0 and str(report) == "no findings"


def _replace(ds: Dataset, collection: str, index: int, **changes: object) -> Dataset:
    records = list(getattr(ds, collection))
    records[index] = attrs.evolve(records[index], **changes)
    return ds.evolve(**{collection: records})


def _add(ds: Dataset, *records: cd.Record) -> Dataset:
    return ds + Dataset.of(records)


Mutation = Callable[[Dataset], Dataset]

# code -> (mutation that triggers it, expected path, words the message must name)
TRIGGERS: dict[str, tuple[Mutation, str, tuple[str, ...]]] = {
    "CD101": (
        lambda ds: _replace(ds, "partnerships", 0, parties=("hanam", "zibo")),
        "$.partnerships[0].parties[1]", ("'zibo'",),
    ),
    "CD102": (
        lambda ds: _replace(ds, "agreements", 0, parties=("hanam", "ko")),
        "$.agreements[0].parties[1]", ("'ko'", "source"),
    ),
    "CD103": (
        lambda ds: _add(ds, Source(id="hanam")),
        "$.sources[2].id", ("'hanam'", "$.actors[3]"),
    ),
    "CD104": (
        lambda ds: _replace(ds, "actors", 0, parent="hanam"),
        "$.actors[0].parent", ("kr -> hanam -> gyeonggi -> kr",),
    ),
    "CD201": (
        lambda ds: _replace(ds, "partnerships", 0, status="ended",
                            ended=PartialDate("2020")),
        "$.partnerships[0].ended", ("2020", "2024-07-16"),
    ),
    "CD202": (
        lambda ds: _replace(ds, "agreements", 0, term=DateRange("2020/2023")),
        "$.agreements[0].term", ("2020/2023", "2024-07-16"),
    ),
    "CD203": (
        lambda ds: _replace(ds, "actors", 3, lifetime=DateRange("../2023")),
        "$.agreements[0].signed", ("../2023", "'hanam'"),
    ),
    "CD204": (
        lambda ds: _replace(ds, "events", 0, date=PartialDate("2024-08-02")),
        "$.events[0].date", ("2024-08-02", "'ko'", "2024-07-17"),
    ),
    "CD205": (
        lambda ds: _replace(ds, "partnerships", 0, status="ended"),
        "$.partnerships[0].ended", ("'p-hanam-lr'",),
    ),
    "CD206": (
        lambda ds: _replace(ds, "partnerships", 0, ended=PartialDate("2025")),
        "$.partnerships[0].status", ("'active'", "2025"),
    ),
    "CD207": (
        lambda ds: _replace(ds, "sources", 1, published=PartialDate("2024-06")),
        "$.sources[1].published", ("'he'", "'ko'"),
    ),
    "CD208": (
        lambda ds: _replace(ds, "documents", 0, date=PartialDate("2025-03")),
        "$.documents[0].date", ("2025-03", "2025-01-01"),
    ),
    "CD301": (
        lambda ds: _replace(ds, "actors", 5, roles=[
            PersonRole(title="Mayor", of="hanam", during=DateRange("2025/..")),
            PersonRole(title="Governor", of="arkansas"),
        ]),
        "$.agreements[0].signatories[0].person", ("'lee'", "2024-07-16", "Mayor of hanam"),
    ),
    "CD302": (
        lambda ds: _replace(ds, "agreements", 0, signatories=[
            Signatory(person="lee", on_behalf_of="gyeonggi")]),
        "$.agreements[0].signatories[0].on_behalf_of", ("'gyeonggi'", "'a-hanam-lr'"),
    ),
    "CD401": (
        lambda ds: _replace(ds, "actors", 4, parent="gyeonggi"),
        "$.actors[4].country", ("'US'", "'KR'", "'gyeonggi'"),
    ),
    "CD402": (
        lambda ds: _add(ds, City(id="seoul", name="Seoul", country="KR"),
                        Partnership(id="p-dom", parties=("hanam", "seoul"),
                                    citations=[cite()])),
        "$.partnerships[1].parties", ("'hanam'", "'seoul'", "'KR'"),
    ),
    "CD501": (
        lambda ds: _replace(ds, "events", 0, citations=[cite(quote="리틀록시를 방문했다")]),
        "$.events[0].citations[0].quote", ("리틀록시를 방문했다", "'ko'"),
    ),
    "CD502": (
        lambda ds: _replace(ds, "events", 0, citations=[cite(span=(0, 5))]),
        "$.events[0].citations[0].span", ("[0, 5]", "하남시는"),
    ),
    "CD503": (
        lambda ds: _replace(ds, "documents", 0, citations=[]),
        "$.documents[0].citations", ("'d-plan'",),
    ),
    "CD601": (
        lambda ds: _replace(ds, "claims", 0, value=10),
        "$.claims[0].value", ("10", "lists 1"),
    ),
    "CD701": (
        # the Korean source also reports a Hanam plan: it is on Hanam's side; the Hebrew one
        # reports Hanam's plan too, so no source speaks for Little Rock
        lambda ds: _replace(_replace(ds, "partnerships", 0, citations=[cite()]),
                            "documents", 0, citations=[cite(), cite("he", "חנם")]),
        "$.partnerships[0].citations", ("'hanam'", "'little-rock'"),
    ),
    "CD702": (
        lambda ds: _replace(ds, "events", 0, participants=[
            Participant(actor="hanam", role="visitor"),
            Participant(actor="little-rock", role="participant")]),
        "$.events[0].participants", ("visitor", "host"),
    ),
    "CD703": (
        lambda ds: _add(ds, Organization(id="undp", name="UNDP")),
        "$.actors[7]", ("'undp'",),
    ),
    "CD704": (
        lambda ds: _add(ds, Source(id="orphan")),
        "$.sources[2]", ("'orphan'",),
    ),
    "CD705": (
        lambda ds: _add(ds, Partnership(id="p-lr-hanam", parties=("little-rock", "hanam"),
                                        kind="sister", established=PartialDate("2025"),
                                        citations=[cite()])),
        "$.partnerships[1].established", ("'p-lr-hanam'", "'p-hanam-lr'", "2024-07-16"),
    ),
    "CD801": (
        lambda ds: _add(ds, _step("e-end", "termination", "2026-01"),
                        _step("e-renew", "renewal", "2028-01")),
        "$.events[2]", ("renewal 2028-01", "termination 2026-01"),
    ),
    "CD802": (
        lambda ds: _add(ds, _step("e-end", "termination", "2023")),
        "$.events[1]", ("termination 2023", "signed 2024-07-16"),
    ),
    "CD803": (
        lambda ds: _add(ds, Event(id="e-x", kind="suspension", date=PartialDate("2024-09"),
                                  participants=[Participant(actor="hanam")], citations=[cite()])),
        "$.events[1].kind", ("suspension", "'e-x'"),
    ),
    "CD804": (
        lambda ds: _add(ds, Organization(id="gnlc", name="UNESCO GNLC", kind="network"),
                        cd.Membership(id="m", member="hanam", network="gnlc",
                                      joined=PartialDate("2024"), left=PartialDate("2020"),
                                      citations=[cite()])),
        "$.memberships[0].left", ("2020", "2024"),
    ),
    "CD805": (
        lambda ds: _add(ds, Person(id="lee2", name="Another Mayor", roles=[
            PersonRole(title="Mayor of Hanam", of="hanam")]),
            Event(id="e-office", date=PartialDate("2024-07"), citations=[cite()],
                  participants=[Participant(actor="hanam", office="mayor"),
                                Participant(actor="lee"), Participant(actor="lee2")])),
        "$.events[1].participants[0]", ("mayor", "'lee'", "'lee2'"),
    ),
}


def _step(id: str, kind: str, date: str) -> Event:
    """A lifecycle event of the clean dataset's sister-city agreement."""
    return Event(id=id, kind=kind, agreement="a-hanam-lr",  # type: ignore[arg-type]
                 date=PartialDate(date), participants=[Participant(actor="hanam")],
                 citations=[cite()])


def test_every_rule_has_a_trigger_test() -> None:
    assert {r.code for r in cd.rules()} == set(TRIGGERS)


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_rule_fires_with_path_and_values(code: str) -> None:
    mutate, path, words = TRIGGERS[code]
    report = validate(mutate(clean()), today=datetime.date(2025, 1, 1))
    found = report.filter(code=code)
    assert found, f"{code} did not fire:\n{report}"
    at = [f for f in found if f.path == path]
    assert at, f"{code} not at {path}:\n{found}"
    finding = at[0]
    severity = next(r.severity for r in cd.rules() if r.code == code)
    assert finding.severity is severity
    assert finding.record is not None
    for word in words:
        assert word in finding.message, finding.message


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_rule_is_quiet_on_clean_data(code: str) -> None:
    assert not validate(clean(), rules=[code], today=datetime.date(2025, 1, 1))


# -- rule details ------------------------------------------------------------------------------


def test_vague_dates_that_may_agree_are_not_findings() -> None:
    ds = _replace(clean(), "partnerships", 0, status="ended", established=PartialDate("2003"),
                  ended=PartialDate("2003-05"))
    assert not validate(ds, rules=["CD201"])


def test_planned_records_may_follow_their_sources() -> None:
    ds = _replace(clean(), "events", 0, date=PartialDate("2024-09"), planned=True)
    assert not validate(ds, rules=["CD204", "CD208"], today=datetime.date(2024, 7, 20))
    ds = _replace(clean(), "events", 0, date=PartialDate("2024-09"))
    assert validate(ds, rules=["CD204"]).filter(record="e-visit")


def test_future_rule_needs_today() -> None:
    ds = _replace(clean(), "documents", 0, date=PartialDate("2030"))
    assert not validate(ds, rules=["CD208"])
    assert validate(ds, rules=["CD208"], today=datetime.date(2025, 1, 1))


def test_signatory_role_with_a_body_under_a_party_counts() -> None:
    ds = _add(clean(), Organization(id="hanam-office", name="Hanam International Office",
                                    parent="hanam"))
    ds = _replace(ds, "actors", 5, roles=[PersonRole(title="Director", of="hanam-office")])
    assert not validate(ds, rules=["CD301"])


def test_city_in_another_subdivision_than_its_region() -> None:
    ds = _add(clean(), Region(id="seoul-r", name="Seoul", country="KR", subdivision="KR-11"),
              City(id="x", name="X", country="KR", subdivision="KR-41", parent="seoul-r"))
    [finding] = validate(ds, rules=["CD401"])
    assert finding.path == "$.actors[8].subdivision" and "'KR-11'" in finding.message


def test_gwangju_seed_claim_counts_its_ten_partners() -> None:
    seeds = cd.load_seeds()
    claims = [c for c in seeds.claims if c.enumerated]
    assert claims
    assert not validate(seeds, rules=["CD601"])
    one_less = seeds.evolve(partnerships=[
        p for p in seeds.partnerships if p.id != "gwangju-zibo"])
    assert validate(one_less, rules=["CD601"])


def test_merged_seeds_have_no_errors() -> None:
    validate(cd.load_seeds()).raise_for_errors()


# -- Unicode: invisible characters, ZWNJ and nukta do not cause false alarms -----------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # Persian (Da Nang seed): the text has ZWNJ inside words, the quote does not
        ("شهر دانانگ می\u200cخواهد همکاری\u200cها را گسترش دهد", "می‌خواهد همکاری‌ها"),
        ("شهر دانانگ میخواهد همکاریها را گسترش دهد", "می\u200cخواهد همکاری\u200cها"),
        # Arabic yeh/kaf in the quote, Persian letters in the text
        ("کمیته مردمی شهر", "كميته مردمي"),
        # Hindi (Hanoi seed): precomposed nukta letter against letter + nukta
        ("हनोई में \u095b\u093f\u0932\u093e", "\u091c\u093c\u093f\u0932\u093e"),
        # Hebrew with a right-to-left mark and zero-width space in the text
        ("העיר\u200f חנם\u200b בקוריאה", "העיר חנם"),
        # NFD text, NFC quote
        ("Th\u00e0nh ph\u00f4\u0301 \u0110a\u0300 N\u1eb5ng", "Thành phố Đà Nẵng"),
    ],
)
def test_quote_rule_ignores_invisible_and_variant_forms(text: str, quote: str) -> None:
    ds = Dataset.of([Source(id="s", text=text), Event(
        id="e", participants=[Participant(actor="a")], citations=[Citation(source="s",
                                                                           quote=quote)])])
    assert not validate(ds, rules=["CD501"])
    wrong = attrs.evolve(ds.events[0], citations=[Citation(source="s", quote="Zibo")])
    assert validate(ds.evolve(events=[wrong]), rules=["CD501"])


def test_span_may_cover_invisible_characters() -> None:
    text = "Da\u200b Nang signed"
    ds = Dataset.of([Source(id="s", text=text), Event(
        id="e", participants=[Participant(actor="a")],
        citations=[Citation(source="s", quote="Da Nang", span=(0, 8))])])
    assert not validate(ds, rules=["CD502"])
    past = attrs.evolve(ds.events[0], citations=[Citation(source="s", quote="x", span=(2, 99))])
    [finding] = validate(ds.evolve(events=[past]), rules=["CD502"])
    assert "past the end" in finding.message


def test_quotes_keep_their_invisible_characters() -> None:
    quote = "می\u200cخواهد"
    assert Citation(source="s", quote=quote).quote == quote


# -- Report ---------------------------------------------------------------------------------


def _bad() -> Dataset:
    ds = TRIGGERS["CD101"][0](clean())
    ds = TRIGGERS["CD402"][0](ds)
    return TRIGGERS["CD205"][0](ds)


def test_report_sorts_filters_and_counts() -> None:
    report = validate(_bad())
    severities = [f.severity.rank for f in report]
    assert severities == sorted(severities)
    assert not report.ok and report.errors and all(
        f.severity is Severity.ERROR for f in report.errors)
    assert len(report) == len(report.errors) + len(report.warnings) + len(report.infos)
    assert report.filter(code="CD4").counts() == {"CD402": 1}
    assert report.filter(severity=["warning", "info"]).ok
    assert report.filter(record="p-hanam-lr") and all(
        f.record == "p-hanam-lr" for f in report.filter(record="p-hanam-lr"))
    assert list(Report(reversed(report.findings))) == list(report)
    assert report[0] == report.findings[0]


def test_paths_sort_numerically() -> None:
    findings = [Finding(code="CD101", severity="error", path=f"$.events[{i}]", message="m")
                for i in (10, 2, 1)]
    assert [f.path for f in Report(findings)] == ["$.events[1]", "$.events[2]", "$.events[10]"]


def test_report_text_is_grouped_one_line_per_finding() -> None:
    report = validate(_bad())
    text = str(report)
    lines = text.splitlines()
    assert lines[0] == f"{len(report.errors)} error{'s' * (len(report.errors) != 1)}:"
    assert len(lines) == len(report) + len({f.severity for f in report})
    assert "  CD101 $.partnerships[0].parties[1] (p-hanam-lr): " in text
    assert repr(report).startswith("<Report error=")


def test_report_json() -> None:
    report = validate(_bad())
    data = orjson.loads(report.to_json())
    assert data[0] == report[0].to_dict()
    assert set(data[0]) == {"code", "severity", "path", "record", "message"}


def test_raise_for_errors() -> None:
    report = validate(_bad())
    with pytest.raises(cd.ValidationError) as info:
        report.raise_for_errors()
    assert isinstance(info.value, ValueError) and isinstance(info.value, cd.CitydiploError)
    assert info.value.findings == report.errors.findings
    assert "CD101" in str(info.value)
    report.filter(severity="info").raise_for_errors()


def test_bad_severity_is_refused() -> None:
    with pytest.raises(ValueError, match="'fatal' is not a severity"):
        Finding(code="CD101", severity="fatal", path="$", message="m")


# -- rules and registry ---------------------------------------------------------------------


def test_rules_are_documented() -> None:
    for r in cd.rules():
        assert r.summary.endswith(".") and len(r.summary) < 100, r
        assert r.description.startswith(r.summary)


def test_user_rule_runs_with_builtins() -> None:
    @cd.rule("MY001", Severity.WARNING)
    def untitled(ctx: cd.RuleContext) -> Iterator[tuple[Agreement, str, str]]:
        """An agreement without a title."""
        for agreement in ctx.dataset.agreements:
            if agreement.title is None:
                yield agreement, "title", f"agreement {agreement.id!r} has no title"

    report = validate(clean(), rules=[*cd.rules(), untitled])
    [finding] = report
    assert (finding.code, finding.path, finding.record) == (
        "MY001", "$.agreements[0].title", "a-hanam-lr")


def test_broken_rule_is_reported_not_raised() -> None:
    @cd.rule("MY002", "error")
    def broken(ctx: object):  # type: ignore[no-untyped-def]
        """Always fails."""
        raise RuntimeError("boom")
        yield

    [finding] = validate(clean(), rules=[broken])
    assert finding.code == "CD000" and "MY002" in finding.message and "boom" in finding.message


def test_rule_selection_by_code_and_prefix() -> None:
    assert not validate(_bad(), rules=["CD4"]).filter(code="CD1")
    assert validate(_bad(), rules=["CD4"]).filter(code="CD402")
    with pytest.raises(cd.UnknownNameError, match="CD999"):
        validate(clean(), rules=["CD999"])


def test_rule_needs_code_and_docstring() -> None:
    with pytest.raises(ValueError, match="rule code"):
        cd.rule("101", "error")(lambda ctx: ())
    with pytest.raises(ValueError, match="docstring"):
        cd.rule("MY003", "error")(lambda ctx: ())


# -- a realistic bad file: parse problems first, then rule findings ----------------------------

BAD_FILE = """\
{"type":"city","id":"hanam","name":"Hanam","country":"KR","subdivision":"KR-41"}
{"type":"city","id":"little-rock","name":"Little Rock","country":"US","subdivision":"US-AR"}
{"type":"source","id":"ko","language":"ko","published":"2024-07-17"}
{"type":"event","id":"e1","kind":"visit","date":"Jly 2024","participants":[{"actor":"hanam","role":"visitor"}]}
{"type":"agreement","id":"a1","parties":["hanam","little-rock"],"signd":"2024-07-16"}
{"type":"partnership","id":"p1","parties":["hanam","little-rock"],"established":"2024","ended":"2020","status":"ended","citations":[{"source":"ko","quote":"자매결연"}]}
{"type":"partnership","id":"p1","parties":["hanam","zibo"],"kind":"sister","citations":[{"source":"ko","quote":"자매결연"}]}
"""  # noqa: E501


def test_bad_file_reports_every_problem_then_every_finding() -> None:
    with pytest.raises(cd.ParseError) as info:
        cd.loads(BAD_FILE)
    where = {(p.line, p.path) for p in info.value.problems}
    assert (4, "$.date") in where
    assert (5, "$.signd") in where
    assert any("did you mean 'signed'" in p.message for p in info.value.problems)
    # among the records read: p1 twice and its reversed dates; zibo, no actor, is validate's
    cross = [p for p in info.value.problems if "among the records that could be read" in p.message]
    assert sorted(p.message.split(" (")[-1][:5] for p in cross) == ["CD103", "CD201"]
    assert len(info.value.problems) == 4

    fixed = BAD_FILE.replace("Jly 2024", "2024-07").replace('"signd"', '"signed"')
    report = validate(cd.loads(fixed))
    got = {(f.code, f.path) for f in report}
    assert {
        ("CD101", "$.partnerships[1].parties[1]"),  # zibo is no actor
        ("CD103", "$.partnerships[1].id"),  # p1 twice
        ("CD201", "$.partnerships[0].ended"),  # ended 2020, established 2024
        ("CD702", "$.events[0].participants"),  # a visitor, no host
        ("CD503", "$.agreements[0].citations"),
    } <= got
    assert not report.ok


# -- validate never raises on any dataset -----------------------------------------------------


@settings(max_examples=30)
@given(strategies.datasets(max_size=3))
def test_validate_never_raises(ds: Dataset) -> None:
    report = validate(ds, today=datetime.date(2025, 1, 1))
    assert not report.filter(code="CD000"), str(report)
    str(report)
    report.to_json()


def test_a_year_less_signing_date_leaves_a_signatory_s_role_held() -> None:
    # a year-less date tells no year, so it cannot put a dated role out of office
    ds = _replace(clean(), "agreements", 0, signed=cd.YearlessDate("XXXX-07-16"))
    assert not validate(ds, rules=["CD301"])
    ds = _replace(ds, "actors", 5, roles=[
        PersonRole(title="Mayor", of="hanam", during=DateRange("2025/.."))])
    assert not validate(ds, rules=["CD301"])
