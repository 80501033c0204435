"""Round 27 extraction rules, on phrases of the development set ``bench/extract_devset27``.

Each text is extracted once (module-level cache): the Russian holders named after a title
in an oblique case and an organ of government, the place of a meeting that is no first side
of a tie, a name built on a marker that ends with a province, a festival's year that dates
no reception, a hypothetical agreement in Persian, and a signatory whose side the sentence
does not give.
"""

from __future__ import annotations

from functools import cache

from citydiplo import Extraction, extract


@cache
def _x(text: str, lang: str) -> Extraction:
    return extract(text, lang=lang)


def _people(x: Extraction) -> list[str]:
    return sorted(m.name or "" for m in x.mentions if m.kind == "person")


# vestnikmogileva.by, "Могилев и городской округ Астрахань стали побратимами"
_MEETING = ("Соответствующий документ подписан в областном центре во время встречи "
            "председателя Могилевского облисполкома Анатолия Исаченко с губернатором "
            "Астраханской области Игорем Бабушкиным.")
_SIGNED = ("Документы подписали председатель Могилевского горисполкома Александр Студнев и "
           "глава муниципального образования Олег Полумордвинов, пишет БЕЛТА.")


def test_ru_holder_named_after_a_title_in_the_genitive_and_an_organ() -> None:
    assert "Анатолия Исаченко" in _people(_x(_MEETING, "ru"))
    assert "Могилевского" not in _people(_x(_MEETING, "ru"))


def test_ru_holder_named_after_the_organ_of_a_city() -> None:
    assert _people(_x(_SIGNED, "ru")) == ["Александр Студнев", "Олег Полумордвинов"]


def test_ru_a_verb_after_a_place_is_no_organ() -> None:
    x = _x("Мэр Москвы встретился с Иваном Петровым.", "ru")
    assert "Иваном Петровым" not in _people(x) or all(
        m.title is None for m in x.mentions if m.name == "Иваном Петровым")


def test_ru_meeting_names_the_host() -> None:
    (event,) = _x(_MEETING, "ru").dataset.events
    assert "person-анатолияисаченко" in set(event.actors)


# pref.kanagawa.jp, "第7回友好県省道交流会議"
_CONFERENCE = ("平成20年10月28日、遼寧省において、神奈川県と友好提携関係にある"
               "中国・遼寧省(りょうねいしょう)、韓国・京畿道(キョンギド)の代表者が"
               "一堂に会し、3地域の連携と協力について話し合う"
               "「第7回友好県省道交流会議」を開催いたしました。")
_SIGNING = ("この会議では、松沢知事と陳政高(ちん・せいこう)遼寧省長、"
            "金文洙(キム・ムンス)京畿道知事が会談を行い、合意をし、"
            "「第7回遼寧省・神奈川県・京畿道友好交流会議覚書」に署名いたしました。")


def test_ja_the_place_of_the_meeting_is_no_first_side_of_the_ties() -> None:
    ties = sorted(tuple(sorted(p.parties)) for p in _x(_CONFERENCE, "ja").dataset.partnerships)
    assert ties == [("region-cn-ln", "region-jp-14"), ("region-jp-14", "region-kr-41")]


def test_ja_a_session_number_glued_onto_a_province_is_no_organization() -> None:
    orgs = [m.text for m in _x(_SIGNING, "ja").mentions if m.kind == "organization"]
    assert not any(o.endswith("遼寧省") for o in orgs)


def test_ja_a_governor_listed_before_another_takes_no_side_of_the_other() -> None:
    for a in _x(_SIGNING, "ja").dataset.agreements:
        assert ("person-松泽", "region-cn-ln") not in {
            (s.person, s.on_behalf_of) for s in a.signatories}


# baotuyenquang.com.vn, reception of the Mongolian embassy
_RECEPTION = ("Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Sơn bày tỏ sự phấn khởi "
              "được đón tiếp Đoàn đại biểu Đại sứ quán Mông Cổ tại Việt Nam tới tham dự Lễ đón "
              "nhận Bằng ghi danh và Lễ hội Thành Tuyên năm 2022.")


def test_vi_a_festival_year_dates_no_reception() -> None:
    events = _x(_RECEPTION, "vi").dataset.events
    assert events and all(e.date is None for e in events)


def test_vi_a_year_after_a_lowercase_word_still_dates_the_event() -> None:
    x = _x("Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp Đại sứ quán Mông Cổ năm 2022.", "vi")
    assert [str(e.date) for e in x.dataset.events] == ["2022"]


# rokna.net, the mayors of Isfahan and Istanbul
_IMPORTANCE = ("علی قاسمزاده در دیدار با «اکرم اماماوغلو»، شهردار استانبول اظهار کرد: قرابت بسیار "
               "زیادی که بین دو شهر اصفهان و استانبول وجود دارد، بر اهمیت عقد تفاهمنامه "
               "خواهرخواندگی میان این دو شهر می افزاید.")


def test_fa_the_importance_of_concluding_an_agreement_is_no_agreement() -> None:
    assert not _x(_IMPORTANCE, "fa").dataset.agreements
