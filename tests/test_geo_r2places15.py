"""Round 15, second pass on places: Hebrew names of foreign cities written with a geresh
after a proclitic, and Persian provinces named by their governor.

Hebrew writes its proclitics (ו "and", ב "in", ל "to", מ "from"...) on a foreign city's
name as on any word. A name read only through another spelling of its geresh ("צ'נגדו" for
GeoNames' "צנגדו", Chengdu) was tried at the word's start alone, so "בצ'נגדו" (in Chengdu)
was missed where "צ'נגדו" was read. Expected places are from ordinary geography (Chengdu is
the capital of Sichuan, Nanjing of Jiangsu, Hangzhou of Zhejiang; Tianjin is a
municipality).

Persian names a province through its governor ("استاندار فارس") or governorate
("استانداری فارس"); CLDR writes "استان فارس" (Fars, IR-07), and the bare "فارس" is also the
Persian language and the Fars news agency, so it was read only with "استان".
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang="he")]


@pytest.mark.parametrize(
    ("text", "name", "subdivision"),
    [
        ("ביקרו בבייג'ינג ובצ'נגדו", "צ'נגדו", "CN-SC"),  # in Beijing and in Chengdu
        ("ביקרו בבייג'ינג ובנאנג'ינג", "נאנג'ינג", "CN-JS"),  # ... and in Nanjing
        ("ביקרו בבייג'ינג ובהאנגג'ואו", "האנגג'ואו", "CN-ZJ"),  # ... and in Hangzhou
        ("ראש העיר נסע לסין, לטיאנג'ין", "טיאנג'ין", "CN-TJ"),  # to China, to Tianjin
        ("המשלחת ביקרה בצ'נגדו שבסין", "צ'נגדו", "CN-SC"),  # in Chengdu, in China
        ("המשלחת שחזרה מצ'נגדו שבסין", "צ'נגדו", "CN-SC"),  # back from Chengdu
    ],
)
def test_a_respelled_name_after_a_proclitic_is_read(text: str, name: str, subdivision: str) -> None:
    found = _read(text)
    assert (name, "CN", subdivision) in found  # the mention starts after the proclitic


@pytest.mark.parametrize(
    "text",
    [
        "ביקרו בצ'נגדו",  # no mention of China: a respelled foreign name stays unread
        "המשלחת הגיעה לצ'נגדו ביום שני",
    ],
)
def test_without_its_country_the_name_stays_unread(text: str) -> None:
    assert _read(text) == []


def test_ordinary_words_with_a_proclitic_stay_unread() -> None:
    # "in Beijing and in the museum, and to the Chinese embassy"
    found = _read("ביקרו בבייג'ינג ובמוזיאון ולשגרירות הסינית")
    assert found == [("בייג'ינג", "CN", "CN-BJ")]


def test_the_name_read_without_a_proclitic_is_unchanged() -> None:
    assert _read("ראש עיריית צ'נגדו שבסין")[0] == ("צ'נגדו", "CN", "CN-SC")


def _read_fa(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang="fa")]


@pytest.mark.parametrize(
    "text",
    [
        "استاندار فارس با سفیر چین دیدار کرد",  # the governor of Fars met China's ambassador
        "استانداری فارس اعلام کرد",  # the governorate of Fars announced
        "معاون استاندار فارس گفت",  # the deputy governor of Fars said
    ],
)
def test_a_province_named_by_its_governor_is_read(text: str) -> None:
    assert any(country == "IR" and sub == "IR-07" for _, country, sub in _read_fa(text))


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش خبرگزاری فارس، شهردار گفت",  # the Fars news agency: no province
        "استاندارد فارسی نوشتن",  # "standard" and "Persian": no governor
        "زبان فارس و استاندار گفت",
    ],
)
def test_without_the_governor_word_fars_stays_unread(text: str) -> None:
    assert all(sub != "IR-07" for _, _, sub in _read_fa(text))


def test_a_province_read_alone_keeps_its_reading() -> None:
    assert _read_fa("استاندار خوزستان گفت") == [("خوزستان", "IR", "IR-06")]
