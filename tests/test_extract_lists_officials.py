"""Recall rules of the seventh round: places read from lists they share with found places
(``_extract/_coordinated``) -- literal positive and negative cases."""

from __future__ import annotations

import pytest

from citydiplo import extract
from citydiplo._extract._mention import Mention


def _places(x: object) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor) for m in x.mentions if m.kind == "place"]  # type: ignore[attr-defined]


def _parties(x: object) -> list[tuple[str, list[str]]]:
    return [(r.type, sorted(r.actors)) for r in x.records]  # type: ignore[attr-defined]


# --- lists of places -------------------------------------------------------------------


def test_en_list_items_beside_a_found_place_are_places() -> None:
    x = extract("The municipalities of Gorizia, Nova Gorica, Klagenfurt and Zalaegerszeg "
                "signed a friendship agreement on 18 September 2014.", lang="en")
    assert [t for t, _ in _places(x)] == ["Gorizia", "Nova Gorica", "Klagenfurt",
                                          "Zalaegerszeg"]
    assert ("agreement", ["city-gorizia", "city-klagenfurtamworthersee", "city-novagorica",
                          "city-zalaegerszeg"]) in _parties(x)


def test_en_a_learned_name_named_again_is_the_same_place() -> None:
    x = extract("Mayors of Klagenfurt and Zalaegerszeg met in May. Later, the city of "
                "Zalaegerszeg hosted a sister city festival. A festival opened in Zalaegerszeg's "
                "square.", lang="en")
    assert [a for t, a in _places(x) if "Zalaegerszeg" in t] == ["city-zalaegerszeg"] * 3


def test_en_partner_list_gives_one_partnership_each() -> None:
    x = extract("Gwangju City in Korea has 10 partner cities, including Zibo in China, and "
                "domestic cities such as Donghae, Goheung, Taebaek, Boeun, and Andong.",
                lang="en")
    partners = [actors for t, actors in _parties(x) if t == "partnership"]
    for city in ("goheung", "boeun", "andong"):
        assert sorted(["city-gwangju", f"city-{city}"]) in partners


def test_en_apposition_is_no_list() -> None:
    x = extract("Mayor Kim of Suwon met the Mayor of Cincinnati, Mark Mallory, and signed "
                "a sister city agreement.", lang="en")
    assert "Mark Mallory" not in [t for t, _ in _places(x)]


def test_en_sentence_first_word_is_no_list_item() -> None:
    x = extract("However, Klagenfurt and Zalaegerszeg signed a friendship agreement.",
                lang="en")
    assert "However" not in [t for t, _ in _places(x)]


def test_en_list_with_a_person_is_no_list_of_places() -> None:
    x = extract("Mayor Kim Min-su, Klagenfurt and Zalaegerszeg signed an agreement.",
                lang="en")
    assert "Zalaegerszeg" not in [t for t, _ in _places(x)]


def test_ru_items_share_the_case_of_the_found_place() -> None:
    x = extract("Мэры Краснодара и Сухума подтвердили побратимские связи между городами. "
                "Договор о побратимстве между Краснодаром и Сухумом был заключен 10 лет "
                "назад.", lang="ru")
    assert [a for t, a in _places(x) if t.startswith("Сухум")] == ["city-сухум"] * 2
    assert ("partnership", ["city-krasnodar", "city-сухум"]) in _parties(x)


def test_ru_another_case_is_no_place() -> None:
    x = extract("Мэр Краснодара и Иван Петров подписали соглашение.", lang="ru")
    assert "Иван Петров" not in [t for t, _ in _places(x)]


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("vi", "Thành phố Huế và Cộng hòa Séc ký kết thỏa thuận hợp tác.", "Huế"),
    ("ko", "수원시와 하노이, 그리고 다낭은 자매결연을 맺었다.", "수원시"),
    ("zh", "苏州市和威尼斯、布鲁日签署友好城市协议。", "苏州市"),
    ("ja", "京都市とボストン、パリが姉妹都市協定を締結した。", "京都市"),
    ("hi", "दिल्ली और सियोल तथा डेलवारे ने समझौते पर हस्ताक्षर किए।", "दिल्ली"),
    ("gu", "અમદાવાદ અને કોબે તથા ડેલવેરે કરાર પર હસ્તાક્ષર કર્યા.", "અમદાવાદ"),
    ("he", "חיפה ובת ים וקריית ים חתמו על הסכם.", "חיפה"),
    ("fa", "تهران و دوشنبه و آنکارا تفاهم‌نامه امضا کردند.", "تهران"),
    ("en", "Klagenfurt, Gorizia and Zalaegerszeg signed an agreement.", "Klagenfurt"),
])
def test_only_cased_languages_with_coordinators_learn_places_from_lists(
        lang: str, text: str, first: str) -> None:
    """Without capitals (or, in Vietnamese, with capitals on every word of a title as well
    as of a name) a list shows no name's edges: the rule reads nothing there."""
    from citydiplo._extract._coordinated import coordinated_places
    from citydiplo._extract._cues import cues
    from citydiplo._extract._mention import Mention

    found = Mention(kind="place", start=0, end=len(first), text=first, actor="city-x",
                    actor_type="city", geonames=1)
    got = coordinated_places([found], text, cues(lang), [], [], lang)
    if lang == "en":
        assert [m.text for m in got] == ["Klagenfurt", "Gorizia", "Zalaegerszeg"]
    else:
        assert got == [found]


# --- names a place marker cut to one word (scripts without capitals) ---------------------

_WOLVERHAMPTON = ("वॉलवर हैमटन सिटी और नगर निगम शिमला के बीच समझौते पर हस्ताक्षर किए गए। वॉलवर "
                  "हैमटन सिटी के "
                  "पार्षद शिमला आए। नगर निगम शिमला और वॉलवर हैमटन सिटी के बीच दोस्ती है।")


def test_hi_word_always_before_a_marked_name_is_part_of_it() -> None:
    x = extract(_WOLVERHAMPTON, lang="hi")
    assert [t for t, a in _places(x) if a != "city-shimla"] == ["वॉलवर हैमटन सिटी"] * 3
    assert ("agreement", ["city-shimla", "city-वॉलवरहैमटन"]) in _parties(x)


def test_gu_whole_name_without_its_marker_is_the_same_place() -> None:
    x = extract("લિટલ રોક સિટી અને હનમ સિટી વચ્ચે કરાર થયો. મેયરે લિટલ રોક, અરકાનસાસ, એક ભગિની "
                "શહેરની મુલાકાત લીધી. લિટલ રોક સિટીના યુવાનો આવ્યા.", lang="gu")
    assert [a for t, a in _places(x) if "રોક" in t] == ["city-લિટલરોક"] * 3


def test_hi_name_written_after_another_word_keeps_its_length() -> None:
    text = _WOLVERHAMPTON.replace("। वॉलवर हैमटन सिटी के", "। नया हैमटन सिटी के")
    assert text != _WOLVERHAMPTON
    x = extract(text, lang="hi")
    assert "city-वॉलवरहैमटन" not in [a for _, a in _places(x)]


def test_gu_word_inside_a_longer_word_is_no_occurrence() -> None:
    """"રોકાણ" (investment) holds "રોક" but is no occurrence of the name: twice written
    after "લિટલ" is below the three times the rule asks."""
    x = extract("લિટલ રોક સિટી અને હનમ સિટી વચ્ચે કરાર થયો. વિદેશી રોકાણ વધ્યું. લિટલ રોક "
                "સિટીના યુવાનો આવ્યા.", lang="gu")
    assert "city-લિટલરોક" not in [a for _, a in _places(x)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Wolver Hampton City and Shimla. Wolver Hampton City came. Wolver Hampton City.",
     "Hampton City"),
    ("ru", "Вольвер Хэмптон и Шимла. Вольвер Хэмптон приехал. Вольвер Хэмптон.", "Хэмптон"),
    ("vi", "Wolver Hampton và Shimla. Wolver Hampton đến. Wolver Hampton.", "Hampton"),
    ("zh", "沃尔弗汉普顿市和西姆拉。沃尔弗汉普顿市来了。沃尔弗汉普顿市。", "汉普顿市"),
    ("ja", "ウルヴァー ハンプトン市と シムラ。ウルヴァー ハンプトン市。ウルヴァー ハンプトン市。",
     "ハンプトン市"),
    ("ko", "울버 햄프턴시와 심라. 울버 햄프턴시가 왔다. 울버 햄프턴시.", "햄프턴시"),
    ("he", "העיר וולבר המפטון ושימלה. וולבר המפטון הגיעה. וולבר המפטון.", "המפטון"),
    ("fa", "شهر ولور همپتون و شیملا. ولور همپتون آمد. ولور همپتون.", "همپتون"),
])
def test_scripts_with_capitals_or_without_spaces_keep_their_names(
        lang: str, text: str, name: str) -> None:
    """Capitals show where a name starts, Han and kana names are read whole elsewhere, and
    Korean is read without spaces: only the spaced scripts without capitals (hi, gu, he,
    fa) grow a name."""
    from citydiplo._extract._cues import cues
    from citydiplo._extract._cut import whole_names
    from citydiplo._extract._mention import Mention

    at = text.index(name)
    m = Mention(kind="place", start=at, end=at + len(name), text=name, actor="city-x",
                actor_type="city", name=name)
    got = whole_names([m], text, cues(lang), [])
    if lang in ("he", "fa"):  # spaced, no capitals: the name is grown, and found again
        assert [x.text for x in got] == [text[:at].split()[-1] + " " + name] * 3
    else:
        assert got == [m]


# --- a holder named in apposition after a title and its owner ----------------------------


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The Mayor of Hue, Nguyen Van Phuong, visited Suwon in May 2024.",
     "Nguyen Van Phuong"),
    ("ru", "Мэр Краснодара, Иван Петров, посетил Сухуми в мае 2024 года.", "Иван Петров"),
    ("vi", "Chủ tịch UBND tỉnh Quảng Nam, Lê Trí Thanh, đã tiếp đoàn công tác của thành "
           "phố Yongin.", "Lê Trí Thanh"),
    ("he", 'באפריל 2023, מזכ"ל האו"ם לשעבר, באן קי-מון, נתן הרצאה מיוחדת בעיר האנם.',
     "באן קי-מון"),
    ("he", "שגרירת איטליה, אמיליה גטו, ביקרה בעיר האנם.", "אמיליה גטו"),
    ("fa", "سفیر ایتالیا، امیلیا گاتو، از شهر هانام بازدید کرد.", "امیلیا گاتو"),
])
def test_holder_named_after_a_comma_is_the_person(lang: str, text: str, person: str) -> None:
    x = extract(text, lang=lang)
    people = [m for m in x.mentions if m.kind == "person"]
    assert [m.text for m in people] == [person]
    assert people[0].title is not None and people[0].title in text[:text.index(person)]


def test_he_acronym_after_a_title_is_no_name() -> None:
    x = extract('באפריל 2023, מזכ"ל האו"ם לשעבר, באן קי-מון, נתן הרצאה מיוחדת בעיר האנם.',
                lang="he")
    assert not any(m.kind == "person" and "האו" in m.text for m in x.mentions)
    lectures = [r for r in x.records if r.type == "event"]
    assert lectures and any(p.actor == "person-באןקימון" for p in lectures[0].participants)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Mayor, Kim Min-su, visited Hue."),  # no owner between title and comma
    ("en", "Mayor of Hue, the city of Suwon and Hanam signed."),  # no name after the comma
    ("en", "The Mayor of Hue, Nguyen Van Phuong and others visited Suwon."),  # not closed
    ("ru", "Мэр Краснодара, иван петров, посетил Сухуми."),  # a cased script, no capitals
    # Han, kana and Hangul glue a title to its owner and set no name off by a Latin comma
    ("zh", "大分市市长，佐藤树一郎，会见了武汉市副市长。"),
    ("ja", "大分市の市長、佐藤樹一郎、が武漢市を訪問した。"),
    ("ko", "하남시장, 이현재, 리틀록시를 방문했다."),
    # a title with nothing the article found before the comma
    ("hi", "महापौर श्री, एमिलिया गैटो, ने हनम शहर का दौरा किया।"),
    ("gu", "મેયર શ્રી, એમિલિયા ગેટો, હનમ સિટીની મુલાકાત લીધી."),
])
def test_no_apposition_without_owner_or_a_closed_name(lang: str, text: str) -> None:
    from citydiplo._extract._apposition import appositions
    from citydiplo._extract._cues import cues
    from citydiplo._extract._mentions import cue_lexicon, unmasked
    from citydiplo._extract._scan import fold_case

    hits = unmasked(cue_lexicon(lang).scan(fold_case(text)))
    x = extract(text, lang=lang)
    ents = [m for m in x.mentions if m.kind in ("place", "organization", "actor")]
    assert [m.kind for m in appositions(ents, text, cues(lang), hits)] == \
        [m.kind for m in ents]


# --- a municipality read as the city it governs (Hebrew "עיריית") -------------------------


@pytest.mark.parametrize(("text", "city"), [
    ("ראש עיריית בת ים, צביקה ברוט, נפגש עם משלחת ראשי ערים מקולומביה.", "city-batyam"),
    ("יצא השבוע ראש עיריית קריית ים דוד אבן צור לביקור עבודה קצר בפוטי.", "city-qiryatyam"),
])
def test_he_municipality_of_a_gazetteer_city_is_the_city(text: str, city: str) -> None:
    x = extract(text, lang="he")
    assert city in [m.actor for m in x.mentions if m.kind == "place"]
    assert not any(m.kind == "organization" and m.text.startswith("עיריית")
                   for m in x.mentions)


def test_he_apposed_mayor_of_a_municipality_is_the_person() -> None:
    x = extract("ראש עיריית בת ים, צביקה ברוט, נפגש עם משלחת ראשי ערים מקולומביה.",
                lang="he")
    assert [m.text for m in x.mentions if m.kind == "person"] == ["צביקה ברוט"]


def test_he_municipality_of_no_known_city_stays_an_organization() -> None:
    x = extract("נציגי עיריית הבירה החדשה נפגשו עם המשלחת.", lang="he")
    assert any(m.kind == "organization" and m.text.startswith("עיריית") for m in x.mentions)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Bat Yam Municipality met the delegation."),
    ("ru", "Мэрия Бат-Яма встретила делегацию."),
    ("vi", "Ủy ban nhân dân Bat Yam tiếp đoàn."),
    ("zh", "巴特亚姆市政府会见了代表团。"),
    ("ja", "バットヤム市役所が代表団と会談した。"),
    ("ko", "바트얌 시청이 대표단을 맞았다."),
    ("hi", "बैट याम नगर निगम ने प्रतिनिधिमंडल से मुलाकात की।"),
    ("gu", "બેટ યામ મહાનગરપાલિકાએ પ્રતિનિધિમંડળ સાથે મુલાકાત કરી."),
    ("fa", "شهرداری بت یام با هیئت دیدار کرد."),
])
def test_only_languages_with_municipality_words_read_a_municipality_as_its_city(
        lang: str, text: str) -> None:
    from citydiplo._extract._cues import cues
    from citydiplo._extract._cut import municipal_places

    org = Mention(kind="organization", start=0, end=len(text) - 1, text=text[:-1],
                  actor="organization-x", actor_type="organization", name=text[:-1])
    assert municipal_places([org], text, cues(lang), lang) == [org]


# --- a list of partners pairs none of them: one tie each with the focus -------------------


@pytest.mark.parametrize(("lang", "text", "focus", "partners"), [
    ("en", "Suwon City in Korea has sister cities in Hue, Istanbul and Cologne.",
     "city-suwon", ["city-cologne", "city-hue", "city-istanbul"]),
    ("vi", "Thành phố Huế kết nghĩa với các thành phố Suwon, Nancy và Kanazawa.",
     "city-hue", ["city-kanazawa", "city-nancy", "city-suwon"]),
    ("ru", "Городами-побратимами Казани являются Ташкент, Стамбул и Кёльн.",
     "city-kazan", ["city-istanbul", "city-koln", "city-tashkent"]),
])
def test_list_of_partners_gives_one_tie_each_with_the_focus(
        lang: str, text: str, focus: str, partners: list[str]) -> None:
    x = extract(text, lang=lang)
    ties = [sorted(r.actors) for r in x.records if r.type == "partnership"]
    assert sorted(ties) == sorted(sorted([focus, p]) for p in partners)


@pytest.mark.parametrize(("lang", "text", "pair"), [
    # the focus is one of the places listed: the pair the conjunction joins stays
    ("fa", "خواهرخواندگی سه جانبه بین یزد، اصفهان و تبریز پیشنهاد شد.",
     ["city-isfahan", "city-tabriz"]),
    # pairs joined one by one, set apart by list marks
    ("zh", "内蒙古自治区兴安盟与蒙古国东方省、黑龙江省大庆市与韩国忠清北道忠州市结为友好城市。",
     ["city-chungju", "city-daqing"]),
])
def test_pairs_joined_by_a_conjunction_stay_pairs(lang: str, text: str,
                                                  pair: list[str]) -> None:
    x = extract(text, lang=lang)
    assert pair in [sorted(r.actors) for r in x.records if r.type == "partnership"]
