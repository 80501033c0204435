"""The article's main city weighed by whose head its lead names (``_extract/_main_city.py``).

Short articles written for these tests, in several languages. Each positive names the
partner city more often than the article's own city, whose head the lead names with its
title; on the rule's earlier form (the most-named city) each positive took the partner. Each
negative is a near miss the rule must leave alone, or where it must take no main city.
"""

from __future__ import annotations

from typing import Any

import pytest

import citydiplo._extract._extraction as extraction
from citydiplo import extract
from citydiplo._extract._main_city import main_city


def _main(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> str | None:
    seen: list[str | None] = []

    def spy(*args: Any) -> str | None:
        seen.append(main_city(*args))
        return seen[-1]

    monkeypatch.setattr(extraction, "main_city", spy)
    extract(text, lang=lang)
    return seen[0]


def _sides(text: str, lang: str, kind: str) -> list[list[str]]:
    out = []
    for r in extract(text, lang=lang).records:
        if r.type == "event" and r.kind.value == kind:
            out.append(sorted(p.actor for p in r.participants))
    return out


GUNSAN = ("문동신 군산시장이 26일 중국 옌타이시를 방문했다.\n"
          "문 시장은 옌타이시에서 전시회를 열고 옌타이시 부시장과 만났다.\n"
          "옌타이시는 군산시의 자매도시다.")


def test_ko_head_glued_to_the_city_in_the_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _main(GUNSAN, "ko", monkeypatch) == "city-gunsan"


def test_ko_the_acting_head_acts_for_the_headed_city() -> None:
    # "문 시장" is 문동신, Gunsan's mayor: the meeting in Yantai has both cities
    assert _sides(GUNSAN, "ko", "meeting") == [["city-gunsan", "city-yantai", "person-문동신"]]


def test_fa_place_named_with_the_head_title(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("شهردار اصفهان در دیدار با هیئتی از استان گانسو چین گفت.\n"
            "هیئت استان گانسو از شهر اصفهان بازدید کرد و استان گانسو آماده همکاری است.")
    assert _main(text, "fa", monkeypatch) == "city-isfahan"


def test_ru_head_with_his_city_in_the_genitive(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Мэр Новосибирска Анатолий Локоть встретился с делегацией Саппоро.\n"
            "Делегация Саппоро посетила Новосибирск. Саппоро и Новосибирск дружат, "
            "Саппоро ждёт гостей.")
    assert _main(text, "ru", monkeypatch) == "city-novosibirsk"


def test_en_head_of_the_city_in_the_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Mayor Jane Doe of Suwon visited Hue on 5 May 2024.\n"
            "Hue and Suwon are sister cities. Hue hosted a dinner. Hue is in Vietnam.")
    assert _main(text, "en", monkeypatch) == "city-suwon"


# --- negatives ------------------------------------------------------------------------


def test_en_other_head_beside_an_acting_head_is_the_host(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Hue's mayor is Tran Van Nam; the acting mayor, Ann Lee, is another person
    text = ("Mayor Ann Lee met Hue Mayor Tran Van Nam on Tuesday.\n"
            "Ms. Lee invited Mr. Nam to Suwon. Suwon and Hue are sister cities. "
            "Suwon is in Korea.")
    assert _main(text, "en", monkeypatch) == "city-suwon"


def test_ja_surname_read_as_a_city_is_no_head(monkeypatch: pytest.MonkeyPatch) -> None:
    # "濱田市長" is Mayor Hamada; the city Hamada is named nowhere else
    text = ("濱田市長は高槻市役所で常州市の代表団を迎えた。\n"
            "常州市と高槻市は友好都市で、常州市の代表団は高槻市を訪れた。")
    assert _main(text, "ja", monkeypatch) != "city-hamada"


def test_en_two_heads_and_a_third_city_named_most_is_no_main_city(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Mayor Ann Roe of Suwon and Mayor Bob Li of Hue met in Hanoi on Monday.\n"
            "Hanoi hosted the forum. Hanoi will host it again.")
    assert _main(text, "en", monkeypatch) is None


def test_head_named_only_after_the_lead_does_not_move_the_main_city(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("중국 옌타이시에서 축제가 열렸다.\n옌타이시에 관광객이 왔다.\n옌타이시의 항구는 크다.\n"
            "문동신 군산시장이 옌타이시를 방문했다. 군산시는 자매도시다.")
    assert _main(text, "ko", monkeypatch) == "city-yantai"


def test_no_head_title_keeps_the_most_named_city(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Suwon and Hue are sister cities.\nHue hosted a festival. Hue is in Vietnam."
    assert _main(text, "en", monkeypatch) == "city-hue"
