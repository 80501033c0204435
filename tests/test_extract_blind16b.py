"""Families of faults found on bench/extract_devset16b (ru, hi, gu, he, fa) and on the
ru/fa/he articles of devsets 14 and 15: literal cases written from the texts, positives and
negatives."""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import extract


def _records(text: str, lang: str, published: str | None = None) -> list[Any]:
    return [
        r
        for r in extract(text, lang=lang, published=published).dataset
        if r.type in ("partnership", "agreement", "event", "claim")
    ]


def _names(text: str, lang: str) -> tuple[set[str], set[str]]:
    ds = extract(text, lang=lang).dataset
    return (
        {a.name for a in ds.actors if a.type == "person"},
        {a.name for a in ds.actors if a.type == "city"},
    )


# -- a clock time or a dateline is no count of partners --------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "24.09.2015 15:08\nРазвитие партнерских отношений между муниципальными "
            "образованиями Москвы и Севастополя",
        ),
        ("fa", "29 ارديبهشت 1397 ساعت 8:13\n\nشهر نانجینگ چین هم خواهرخوانده شیراز شد!"),
        ("en", "Posted 12 May 2024\n3\ncities signed the declaration in Suwon."),
    ],
)
def test_no_count_from_a_time_or_the_next_line(lang: str, text: str) -> None:
    assert [r for r in _records(text, lang) if r.type == "claim"] == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ru", "У Севастополя 8 городов-побратимов.", 8),
    ],
)
def test_a_count_in_one_line_stays(lang: str, text: str, value: int) -> None:
    claims = [r for r in _records(text, lang) if r.type == "claim"]
    assert [c.value for c in claims] == [value]


# -- Persian typed with the Arabic letters yeh and kaf -----------------------------------------

_TABRIZ = (
    "با امضاي تفاهمنامه خواهرخواندگي ميان شهرداران تبريز و استانبول، خواهرخواندگي "
    "اين دو شهر در سفر اخير استاندار آذربايجان شرقي به تركيه نهايي شد."
)


def test_arabic_letters_reach_the_persian_cues() -> None:
    kinds = {
        (r.type, r.kind.value)
        for r in _records(_TABRIZ, "fa")
        if r.type in ("agreement", "partnership")
    }
    assert ("agreement", "sister_city") in kinds  # "تفاهمنامه خواهرخواندگي": a sister-city MoU
    assert ("partnership", "sister") in kinds


@pytest.mark.parametrize(
    "text",
    [
        _TABRIZ,
        "تفاهمنامه میان شهرداران تبریز و استانبول امضا شد.",
        "در سفر اخیر استاندار آذربایجان شرقی به ترکیه تفاهمنامه همکاری امضا شد.",
    ],
)
def test_a_preposition_or_an_adjective_before_a_title_is_no_name(text: str) -> None:
    persons, _ = _names(text, "fa")
    assert not persons & {"ميان", "میان", "اخير", "اخیر"}


def test_a_persian_name_after_a_title_stays() -> None:
    persons, _ = _names("علیرضا زاکانی شهردار تهران با شهردار مسکو دیدار کرد.", "fa")
    assert any("زاکانی" in p for p in persons) or persons == set()


# -- a place whose name ends like a particle keeps its ending ----------------------------------


def test_shiraz_is_not_cut_at_az() -> None:
    text = (
        "طی انعقاد تفاهمنامه ای میان شهردار شیراز و شهردار نانجینگ چین، این شهر نیز به "
        "جمع خواهرخواندگان شهر شیراز پیوست!"
    )
    _, cities = _names(text, "fa")
    assert "شیر" not in cities
    assert {"Shiraz", "Nanjing"} <= cities


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("અમદાવાદની મુલાકાતે જાપાનના હમામાત્સુ શહેરના મેયર આવ્યા હતા.", "અમદાવાદની"),
    ],
)
def test_a_particle_after_a_place_is_still_cut(text: str, city: str) -> None:
    _, cities = _names(text, "gu")
    assert city not in cities


# -- Hebrew visits told in the future -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ראש עיריית רומא יגיע לירושלים ביום שני לרגל חנוכת ככר.",
        "ראש עיריית חיפה ייסע לברלין בחודש הבא.",
    ],
)
def test_a_hebrew_visit_in_the_future_is_a_planned_visit(text: str) -> None:
    visits = [r for r in _records(text, "he") if r.type == "event"]
    assert visits and all(v.planned for v in visits)


def test_a_hebrew_past_visit_is_not_planned() -> None:
    visits = [
        r for r in _records("ראש עיריית רומא ביקר בירושלים ביום שני.", "he") if r.type == "event"
    ]
    assert visits and not any(v.planned for v in visits)


# -- a visit and the return visit are two events -----------------------------------------------


def test_a_visit_and_the_return_visit_on_one_day_are_two() -> None:
    text = (
        "On 3 May 2024 the mayor of Suwon visited Hue. "
        "On 3 May 2024 the mayor of Hue visited Suwon."
    )
    visits = [r for r in _records(text, "en") if r.type == "event"]
    sides = sorted(tuple(sorted((p.actor, p.role.value) for p in v.participants)) for v in visits)
    assert len(visits) == 2
    assert sides[0] != sides[1]


def test_one_visit_told_twice_is_one() -> None:
    text = (
        "On 3 May 2024 the mayor of Suwon visited Hue. During the visit on 3 May 2024 the "
        "mayor of Suwon toured Hue's old citadel."
    )
    visits = [r for r in _records(text, "en") if r.type == "event" and r.kind.value == "visit"]
    assert len(visits) == 1


# -- Russian: an exchange of delegations is a programme, not a delegation ------------------------


def test_an_exchange_of_delegations_dates_no_delegation() -> None:
    text = (
        "Ярославль встретил делегацию из китайского города Цзюцзян. Отметим, дружба между "
        "городами Ярославль и Цзюцзян имеет историю — в 2016 году достигнута договоренность "
        "об обмене творческими делегациями."
    )
    events = [r for r in _records(text, "ru", "2024-10-17") if r.type == "event"]
    assert not any(e.kind.value == "delegation" and str(e.date) == "2016" for e in events)
    assert any(e.kind.value == "exchange_programme" for e in events)
    assert any(e.date is None for e in events)  # the headline's visit stays undated


def test_peoples_government_is_no_person() -> None:
    text = (
        "Ярославль встретил делегацию из китайского города Цзюцзян. Делегацию китайского "
        "города возглавил мэр Народного Правительства Цзюцзяна господин Цзян Вэньдин."
    )
    persons, _ = _names(text, "ru")
    assert "Народного" not in persons


def test_the_persian_variants_file_is_what_the_tool_builds() -> None:
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location(
        "build_fa_variants", root / "tools" / "build_fa_variants.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    data = root / "src" / "citydiplo" / "_extract" / "data" / "fa.variants.json"
    shipped = json.loads(data.read_text("utf-8"))
    assert shipped["variants"] == tool.build()
    assert shipped["variants"]["بازدید"] == ["بازديد"]
