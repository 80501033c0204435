"""Extraction: cue data shape, spans, validation, determinism, cue families per language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import City, Dataset, extract, load, validate
from citydiplo._cli import main
from citydiplo._extract._cues import LANGUAGES, CueDataError, check_cues, cues
from citydiplo._extract._many import extract_many
from citydiplo._extract._segment import PYSBD_LANGUAGES
from citydiplo._seeds import seed_reports

ROOT = Path(__file__).resolve().parent.parent
SEED_LANGS = {"000": "gu", "001": "he", "002": "hi", "003": "en", "004": "fa"}
SEEDS = sorted((ROOT / "seeds").glob("[0-9]*.txt"))

NAMES = {
    "en": ("Suwon", "Hue"), "ko": ("수원시", "후에시"), "vi": ("Suwon", "Huế"),
    "zh": ("水原市", "顺化市"), "ja": ("水原市", "順化市"), "ru": ("Сувон", "Хюэ"),
    "hi": ("सुवोन", "ह्यू"), "gu": ("સુવોન", "હ્યુ"), "he": ("סוון", "הואה"),
    "fa": ("سوون", "هوئه"),
}
KNOWN = Dataset(actors=[
    City(id="suwon", name="Suwon", names={lang: [a] for lang, (a, _) in NAMES.items()}),
    City(id="hue", name="Hue", names={lang: [b] for lang, (_, b) in NAMES.items()}),
])
# lang -> (sister partnership, signed MOU, visit, negated partnership, planned agreement)
EXAMPLES = {
    "en": ("Suwon and Hue became sister cities in 2005.",
           "Suwon signed an MOU with Hue in May 2024.",
           "A delegation from Suwon visited Hue in May 2024.",
           "Suwon and Hue are not yet sister cities.",
           "Suwon plans to sign an agreement with Hue."),
    "ko": ("수원시는 2005년 후에시와 자매결연을 맺었다.",
           "수원시는 2024년 5월 후에시와 업무협약을 체결했다.",
           "수원시 대표단이 2024년 5월 후에시를 방문했다.",
           "수원시와 후에시는 아직 자매결연을 맺지 않았다.",
           "수원시는 후에시와 협약을 체결할 예정이다."),
    "vi": ("Suwon và Huế kết nghĩa năm 2005.",
           "Suwon và Huế đã ký kết biên bản ghi nhớ vào tháng 5 năm 2024.",
           "Đoàn Suwon đến thăm Huế vào tháng 5 năm 2024.",
           "Suwon và Huế chưa kết nghĩa.",
           "Suwon sẽ ký biên bản ghi nhớ với Huế."),
    "zh": ("水原市与顺化市于2005年缔结姐妹城市关系。",
           "2024年5月，水原市与顺化市签署了合作谅解备忘录。",
           "2024年5月，水原市代表团访问了顺化市。",
           "水原市与顺化市尚未缔结姐妹城市关系。",
           "水原市将与顺化市签署合作协议。"),
    "ja": ("水原市と順化市は2005年に姉妹都市提携を結んだ。",
           "水原市は2024年5月、順化市と覚書に署名した。",
           "水原市の代表団が2024年5月に順化市を訪問した。",
           "水原市と順化市はまだ姉妹都市ではない。",
           "水原市は順化市と協定を締結する予定だ。"),
    "ru": ("Сувон и Хюэ стали городами-побратимами в 2005 году.",
           "В мае 2024 года Сувон и Хюэ подписали меморандум о сотрудничестве.",
           "Мэр города Сувон посетил Хюэ в мае 2024 года.",
           "Сувон и Хюэ пока не являются городами-побратимами.",
           "Сувон планирует подписать соглашение с Хюэ."),
    "hi": ("सुवोन और ह्यू 2005 में सिस्टर सिटी बने।",
           "मई 2024 में सुवोन और ह्यू ने समझौता ज्ञापन पर हस्ताक्षर किए।",
           "मई 2024 में सुवोन के प्रतिनिधिमंडल ने ह्यू का दौरा किया।",
           "सुवोन और ह्यू अभी तक सिस्टर सिटी नहीं हैं।",
           "सुवोन ह्यू के साथ समझौते पर हस्ताक्षर करेगा।"),
    "gu": ("સુવોન અને હ્યુ 2005 માં ભગિની શહેર બન્યા.",
           "મે 2024 માં સુવોને હ્યુ સાથે MOU પર હસ્તાક્ષર કર્યા.",
           "મે 2024 માં સુવોન પ્રતિનિધિમંડળે હ્યુ ની મુલાકાત લીધી.",
           "સુવોન અને હ્યુ હજુ ભગિની શહેર નથી.",
           "સુવોન હ્યુ સાથે કરાર પર હસ્તાક્ષર કરશે."),
    "he": ("סוון והואה הפכו לערים תאומות בשנת 2005.",
           "במאי 2024 חתמו סוון והואה על מזכר הבנות.",
           "במאי 2024 ביקרה משלחת מסוון בהואה.",
           "סוון והואה טרם הפכו לערים תאומות.",
           "סוון מתכננת לחתום על הסכם עם הואה."),
    "fa": ("سوون و هوئه در سال ۲۰۰۵ خواهرخوانده شدند.",
           "سوون و هوئه در ماه مه ۲۰۲۴ تفاهم‌نامه همکاری امضا کردند.",
           "هیئتی از سوون در ماه مه ۲۰۲۴ از هوئه بازدید کرد.",
           "سوون و هوئه هنوز خواهرخوانده نشده‌اند.",
           "سوون قصد دارد با هوئه تفاهم‌نامه امضا کند."),
}


def _types(x: object, kind: str) -> list[object]:
    return [r for r in x.records if r.type == kind]  # type: ignore[attr-defined]


# -- cue data -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cue_file_has_the_documented_shape(lang: str) -> None:
    path = ROOT / "src" / "citydiplo" / "_extract" / "data" / f"{lang}.json"
    data = json.loads(path.read_text("utf-8"))
    assert check_cues(data) == []
    assert data["lang"] == lang
    assert cues(lang)["lang"] == lang


def test_shape_check_reports_departures() -> None:
    data = json.loads(json.dumps(cues("en")))
    data["script"]["word_order"] = "VSO"
    data["event"]["parade"] = ["parade"]
    data["negation"] = "not"
    problems = check_cues(data)
    assert any("word_order" in p for p in problems)
    assert any("event.parade" in p for p in problems)
    assert any("$.negation" in p for p in problems)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(CueDataError, match="'xx'"):
        extract("text", lang="xx")


def test_pysbd_covers_the_languages_claimed() -> None:
    from pysbd.languages import LANGUAGE_CODES

    assert set(LANGUAGES) & set(LANGUAGE_CODES) == PYSBD_LANGUAGES


# -- cue families, per language -----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sister_partnership(lang: str) -> None:
    x = extract(EXAMPLES[lang][0], lang=lang, known=KNOWN)
    parts = _types(x, "partnership")
    assert [(p.parties, p.kind.value) for p in parts] == [(("hue", "suwon"), "sister")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_signed_mou(lang: str) -> None:
    x = extract(EXAMPLES[lang][1], lang=lang, known=KNOWN)
    agreements = _types(x, "agreement")
    assert [(a.parties, a.kind.value, a.planned) for a in agreements] == [
        (("hue", "suwon"), "mou", False)
    ]
    assert str(agreements[0].signed) == "2024-05"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_visit(lang: str) -> None:
    x = extract(EXAMPLES[lang][2], lang=lang, known=KNOWN)
    events = _types(x, "event")
    assert [e.kind.value for e in events] == ["visit"]
    assert {"hue", "suwon"} <= set(events[0].actors)
    assert str(events[0].date) == "2024-05"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_negated_partnership_gives_none(lang: str) -> None:
    x = extract(EXAMPLES[lang][3], lang=lang, known=KNOWN)
    assert _types(x, "partnership") == []
    assert any("negated" in s.reason for s in x.skipped)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plans_to_sign_is_planned(lang: str) -> None:
    x = extract(EXAMPLES[lang][4], lang=lang, known=KNOWN)
    agreements = _types(x, "agreement")
    assert len(agreements) == 1 and agreements[0].planned
    assert agreements[0].signed is None
