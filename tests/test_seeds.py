"""The curated seed reports: verbatim quotes, dates, counts, merging and package data."""

from __future__ import annotations

import io
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import citydiplo
from citydiplo import Dataset, DateRange, PartialDate, load_seeds
from citydiplo._seeds import merge_seeds, seed_articles, seed_reports
from citydiplo.dates import RecordDate, YearlessDate

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GU, HE, HI, EN, FA = (
    "000_c4bc86c6ec73d8de",
    "001_357b0068aa76b59a",
    "002_bd2f714c53714b98",
    "003_b44fb66ac4c6e1ad",
    "004_ac2ee450ac595feb",
)
ARTICLES = (GU, HE, HI, EN, FA)
DATE_FIELDS = ("date", "signed", "established", "as_of")
PHRASES: list[dict[str, Any]] = json.loads((SEEDS / "date_phrases.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def reports() -> dict[str, Dataset]:
    return seed_reports()


@pytest.fixture(scope="module")
def merged() -> Dataset:
    return load_seeds()


def _cited(dataset: Dataset) -> list[Any]:
    return [record for record in dataset if getattr(record, "citations", ())]


def _value(text: str | None) -> RecordDate | None:
    if text is None:
        return None
    return citydiplo.parse_edtf(text)


# -- package data -------------------------------------------------------------------------


def test_package_data_is_the_seeds_directory() -> None:
    bundled = files("citydiplo").joinpath("data", "seeds")
    names = sorted(entry.name for entry in bundled.iterdir())
    expected = sorted(p.name for p in SEEDS.iterdir() if p.suffix in {".txt", ".jsonl"})
    assert names == expected
    for name in names:
        assert bundled.joinpath(name).read_bytes() == (SEEDS / name).read_bytes(), name


def test_one_report_per_article(reports: dict[str, Dataset]) -> None:
    assert sorted(reports) == list(ARTICLES)
    assert sorted(seed_articles()) == list(ARTICLES)
    for name, report in reports.items():
        source = report.source(name)
        assert source.text == (SEEDS / f"{name}.txt").read_text("utf-8")


@pytest.mark.parametrize("name", [*ARTICLES, "gazetteer"])
def test_report_files_are_canonical_json_lines(name: str) -> None:
    text = (SEEDS / f"{name}.jsonl").read_text("utf-8")
    assert citydiplo.dumps(citydiplo.loads(text, format="jsonl")) == text


# -- provenance ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ARTICLES)
def test_every_quote_is_verbatim_with_its_span(reports: dict[str, Dataset], name: str) -> None:
    report = reports[name]
    text = report.source(name).text
    assert text is not None
    for record in _cited(report):
        for citation in record.citations:
            assert citation.source == name, record.id
            assert citation.quote in text, (record.id, citation.quote)
            assert citation.span is not None, record.id
            start, end = citation.span
            assert text[start:end] == citation.quote, record.id


@pytest.mark.parametrize("name", ARTICLES)
def test_every_record_of_a_report_cites_its_article(reports: dict[str, Dataset], name: str) -> None:
    report = reports[name]
    for collection in ("partnerships", "agreements", "events", "documents", "claims"):
        for record in getattr(report, collection):
            assert record.citations, record.id


def test_translations_point_at_their_originals(reports: dict[str, Dataset]) -> None:
    assert reports[GU].source(GU).translation_of == reports[HE].source(HE).translation_of
    assert reports[HE].source(HE).author == "לינדה הונהולץ"
    assert str(reports[HI].source("mst-hanoi-st-cooperation").published) == "2025-12-02"
    assert str(reports[FA].source("baotintuc-da-nang-integration").published) == "2025-09-26"
    assert reports[EN].source(EN).publisher == "The Asia Business Daily"


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry", PHRASES, ids=[f"{e['source'][:3]}:{e['phrase']}" for e in PHRASES]
)
def test_date_phrases_are_stored_as_recorded(
    reports: dict[str, Dataset], entry: dict[str, Any]
) -> None:
    report = reports[entry["source"]]
    assert entry["phrase"] in (SEEDS / f"{entry['source']}.txt").read_text("utf-8")
    for target in entry["used_in"]:
        record_id, field = target.rsplit(".", 1)
        record = report[record_id]
        if field in DATE_FIELDS:
            assert getattr(record, field) == _value(entry["value"]), target
        elif field == "note":
            # what the article leaves unknown stays unknown: no date, the phrase in the note
            assert entry["value"] is None
            assert entry["phrase"] in record.note, target
            assert getattr(record, "date", None) is None, target
        else:
            assert getattr(record, field), target


def test_unknown_dates_stay_unknown(reports: dict[str, Dataset]) -> None:
    for name in (GU, HE, EN):
        assert reports[name].source(name).published is None
    for name in (GU, HE):
        assert reports[name]["hanam-ismailova-meeting"].date is None
    for event in reports[EN].events:
        if event.id == "gwangju-exchange-announcement":  # "June 12": a day, in no stated year
            assert event.date == YearlessDate("XXXX-06-12")
            continue
        assert event.planned
        assert event.date is None


@pytest.mark.parametrize(
    "entry", PHRASES, ids=[f"{e['source'][:3]}:{e['phrase']}" for e in PHRASES]
)
def test_date_phrases_parse_to_the_stored_values(entry: dict[str, Any]) -> None:
    parse_date = citydiplo.parse_date
    ref = _value(entry["ref"])
    anchor = _value(entry["anchor"])
    stored = _value(entry["value"])
    if isinstance(stored, YearlessDate) and ref is None:
        # no year to resolve against: the parser either gives the year-less value or says
        # that it needs one; against any year it gives that year's month and day
        try:
            got, message = parse_date(entry["phrase"], lang=entry["lang"]), ""
        except citydiplo.DateParseError as err:
            got, message = None, str(err)
        assert got == stored if got is not None else "no year" in message
        # (a ref in its month: a day and month far both ways from ref is not read)
        near = PartialDate(f"2031-{stored.month:02d}-01")
        dated = parse_date(entry["phrase"], lang=entry["lang"], ref=near)
        assert (dated.month, dated.day) == (stored.month, stored.day)
        return
    if entry["value"] is None:
        # a day and month with no year in reach is a year-less date (issue 12), not an error
        try:
            parsed = parse_date(entry["phrase"], lang=entry["lang"], ref=ref, anchor=anchor)
        except citydiplo.DateParseError:
            return
        assert isinstance(parsed, citydiplo.YearlessDate), parsed
    else:
        parsed = parse_date(entry["phrase"], lang=entry["lang"], ref=ref, anchor=anchor)
        assert parsed == _value(entry["value"])


# -- counts -------------------------------------------------------------------------------


def test_gwangju_is_the_gyeonggi_city(merged: Dataset) -> None:
    assert merged.actor("gwangju-gg").subdivision == "KR-41"
    assert merged.actor("gwangju-metro").subdivision == "KR-29"
    referred = {a for r in (*merged.partnerships, *merged.events) for a in r.actors}
    assert "gwangju-metro" not in referred
    assert merged.actor("hanam").subdivision == "KR-41"
    assert merged.actor("ha-nam-vn").subdivision == "VN-63"


def test_gwangju_ten_partner_cities_are_all_recorded(merged: Dataset) -> None:
    claim = merged["gwangju-partner-cities-count"]
    assert (claim.value, claim.enumerated) == (10, True)
    counted = [
        p for p in merged.partnerships if "gwangju-gg" in p.parties and p.kind in claim.kinds
    ]
    assert len(counted) == claim.value
    partners = {next(a for a in p.parties if a != "gwangju-gg") for p in counted}
    assert partners == {
        "zibo", "ha-long", "donghae", "goheung", "gangnam-gu",
        "taebaek", "shinan", "boeun", "buyeo", "andong",
    }  # fmt: skip
    zibo = merged["gwangju-zibo"]
    assert (str(zibo.kind), str(zibo.established)) == ("sister", "2003")
    proposed = {p.id for p in merged.partnerships if str(p.status) == "proposed"}
    assert proposed == {"gwangju-milpitas", "gwangju-kyoto"}
    associated = merged["gwangju-associated-cities-count"]
    assert (associated.value, associated.enumerated) == (15, False)


def test_da_nang_counts(merged: Dataset) -> None:
    cities, countries = merged["da-nang-partner-cities-count"], merged["da-nang-countries-count"]
    assert (cities.value, countries.value) == (60, 24)
    assert not cities.enumerated
    assert cities.as_of == DateRange("2021/2025")


# -- merging ------------------------------------------------------------------------------


def test_merge_has_no_conflicts_or_ambiguities() -> None:
    result = merge_seeds()
    assert result.conflicts == ()
    assert result.ambiguous == ()


def test_hanam_events_appear_once_with_one_citation_set_per_translation(
    reports: dict[str, Dataset], merged: Dataset
) -> None:
    ids = {e.id for e in reports[GU].events}
    assert ids == {e.id for e in reports[HE].events}
    assert len(ids) == 7
    for id in ids:
        assert [e.id for e in merged.events].count(id) == 1
        assert {c.source for c in merged[id].citations} == {GU, HE}, id
    unmerged = load_seeds(merged=False)
    assert sum(1 for e in unmerged.events if e.id in ids) == 2 * len(ids)


def test_ambassador_spellings_are_labels_of_one_person(merged: Dataset) -> None:
    gatto = merged.actor("emilia-gatto")
    assert sorted(gatto.labels("gu")) == ["એમિલિયા કાટો", "એમિલિયા ગેટ્ટો"]
    assert sorted(gatto.labels("he")) == ["אמיליה גאטו", "אמיליה קאטו"]
    assert sum(1 for a in merged.actors if a.name == "Emilia Gatto") == 1


def test_the_market_that_signed_is_hanam_city(merged: Dataset) -> None:
    mou = merged["hanam-arkansas-mou"]
    assert mou.parties == ("arkansas", "hanam")
    assert "시장" in mou.note
    assert {(s.person, s.on_behalf_of) for s in mou.signatories} == {
        ("lee-hyeon-jae", "hanam"),
        ("sarah-huckabee-sanders", "arkansas"),
    }
    assert str(mou.signed) == "2024-03"


def test_resolution_59_is_one_document_from_two_articles(merged: Dataset) -> None:
    (resolution,) = [d for d in merged.documents if d.number == "59-NQ/TW"]
    assert {c.source for c in resolution.citations} == {HI, FA}
    assert (resolution.issuer, str(resolution.date)) == ("cpv-politburo", "2025-01-24")
    implementing = {d.number for d in merged.documents if resolution.id in d.implements}
    assert implementing == {"356-KH/TU", "239/KH-UBND"}


def test_document_numbers_are_official_latin_numbers(merged: Dataset) -> None:
    for document in merged.documents:
        if document.number is not None:
            assert str(citydiplo.parse_document_number(document.number)) == document.number


def test_merged_seeds_validate_without_errors(merged: Dataset) -> None:
    report = citydiplo.validate(merged)
    assert report.ok, str(report.errors)
    assert not list(report.warnings), str(report.warnings)


def test_unmerged_seeds_are_the_concatenation(reports: dict[str, Dataset]) -> None:
    unmerged = load_seeds(merged=False)
    gazetteer = citydiplo.load(SEEDS / "gazetteer.jsonl")
    assert len(unmerged) == sum(len(r) for r in reports.values()) + len(gazetteer)


# -- demo ---------------------------------------------------------------------------------


def test_demo_prints_timeline_validation_and_answers() -> None:
    from citydiplo._demo import run

    out = io.StringIO()
    assert run(out) == 0
    text = out.getvalue()
    for heading in ("Merged timeline", "Validation", "Partners of Gwangju", "Agreements of Hanoi"):
        assert f"== {heading}" in text
    assert "Zibo" in text and "2025-03-06" in text and "Emilia Gatto" in text
    assert len(text.splitlines()) < 120


# -- the seeds completed (issue 15, item 7): each fact with its quote ---------------------------


def _quotes(record: object) -> str:
    return " ".join(c.quote for c in record.citations)  # type: ignore[attr-defined]


def test_hanoi_is_the_capital(merged: Dataset) -> None:
    hanoi = merged.actor("hanoi")
    assert hanoi.category is citydiplo.CityCategory.CAPITAL  # type: ignore[union-attr]
    assert "राजधानी" in _quotes(hanoi) and "हनोई" in _quotes(hanoi)


def test_the_arkansas_signing_venue_is_in_samseong_dong(merged: Dataset) -> None:
    mou = merged["hanam-arkansas-mou"]
    assert mou.venue == "Grand InterContinental hotel, Samseong-dong"  # type: ignore[union-attr]
    assert mou.place == "gangnam-gu"  # type: ignore[union-attr]
    assert "בסמסונג-דונג" in _quotes(mou)


def test_the_aeg_visit_presents_k_star_world_to_investors(merged: Dataset) -> None:
    visit = merged["hanam-aeg-visit"]
    assert visit.document == "hanam-k-star-world"  # type: ignore[union-attr]
    assert "investor relations" in visit.title  # type: ignore[union-attr]
    project = merged["hanam-k-star-world"]
    assert project.kind is citydiplo.DocumentKind.PROJECT  # type: ignore[union-attr]
    assert "K-Star World" in _quotes(project) and "K-સ્ટાર વર્લ્ડ" in _quotes(project)
    assert "IR" in _quotes(visit)


def test_quang_nam_and_da_nang_were_separate_from_1997(merged: Dataset) -> None:
    for id in ("old-da-nang", "old-quang-nam"):
        actor = merged.actor(id)
        assert actor.lifetime == DateRange("1997/2025")
        assert "پس از 28 سال جدایی" in _quotes(actor)


def test_gwangju_june_12_has_no_year(merged: Dataset) -> None:
    event = merged["gwangju-exchange-announcement"]
    assert event.date == YearlessDate("XXXX-06-12")  # type: ignore[union-attr]
    assert _quotes(event) == "According to Gwangju City on June 12"


def test_hundreds_of_agreements_is_a_qualified_count(merged: Dataset) -> None:
    claim = merged["da-nang-agreements-count"]
    assert (claim.counted, claim.qualifier, claim.value) == (  # type: ignore[union-attr]
        citydiplo.Counted.AGREEMENTS, citydiplo.Qualifier.AT_LEAST, 100)
    assert "صدها توافقنامه" in _quotes(claim)
    delegates = merged["da-nang-conference-delegates"]
    assert delegates.event == "da-nang-integration-conference"  # type: ignore[union-attr]
    assert merged.claims_where(subject="da-nang", counted="people") == [delegates]


def test_hanam_is_a_member_of_unesco_gnlc(merged: Dataset) -> None:
    [membership] = merged.memberships_where(member="hanam")
    assert membership.network == "unesco-gnlc" and len(membership.citations) == 2
    assert merged.partnership_between("hanam", "unesco-gnlc") is None


def test_seeds_still_validate_without_warnings(merged: Dataset) -> None:
    report = citydiplo.validate(merged)
    assert not report.filter(severity="error") and not report.filter(severity="warning"), report
