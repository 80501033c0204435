"""Cases from real ru/hi/gu/he/fa municipal news (bench/extract_devset18b): the families of
wrong and missed records they stand for, each shown in several languages and wordings."""

from __future__ import annotations

import pytest

from citydiplo import extract, find_dates

# -- a number offered as one of two ("10 or 30 years ago") dates nothing ---------------------

EITHER_COUNTS = [
    ("fa", "شهر تهران نیز با آنچه که ۱۰ یا ۳۰ سال قبل بود، متفاوت است."),
    ("fa", "دو یا سه روز پیش هیئتی به شهر آمد."),
    ("ru", "Это было 5 или 6 лет назад."),
    ("ru", "Делегация приезжала два-три года назад."),
    ("hi", "यह 10 या 20 साल पहले की बात है।"),
    ("hi", "दो-तीन दिन पहले प्रतिनिधिमंडल आया था।"),
    ("gu", "૧૦ કે ૨૦ વર્ષ પહેલા આ શહેર નાનું હતું."),
    ("en", "The mayor visited two or three years ago."),
    ("en", "It was 10 or 30 years ago."),
    ("ko", "2~3년 전 방문했다."),
    ("vi", "Đoàn đã đến thăm 2 hoặc 3 năm trước."),
    ("ru", "Соглашение подпишут 5 или 6 марта 2020 года."),
    ("hi", "समझौता 5 या 6 मार्च 2020 को होगा।"),
    ("ru", "Форум пройдет в 2019 или 2020 году."),
]


@pytest.mark.parametrize(("lang", "text"), EITHER_COUNTS)
def test_one_of_two_numbers_is_no_date(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang, ref="2025-10-27") == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fa", "۳۰ سال قبل", "1995"),
        ("ru", "5 лет назад", "2020"),
        ("ru", "5-6 марта 2020", "2020-03-05/2020-03-06"),
        ("he", "19-18 בספטמבר 2018", "2018-09-18/2018-09-19"),
        ("hi", "3 साल पहले", "2022"),
    ],
)
def test_a_single_number_or_a_read_span_stays(lang: str, text: str, value: str) -> None:
    """Negatives of the rule above (they pass before it too)."""
    assert [str(m.value) for m in find_dates(text, lang=lang, ref="2025-10-27")] == [value]


def test_a_retold_past_trip_takes_no_date_from_an_either_count() -> None:
    text = (
        "رئیس شورای اسلامی شهر تهران با اشاره به اینکه مدتها قبل به مسکو سفر کرده است، "
        "چهره کنونی پایتخت روسیه با زمان سفر قبلی خود متفاوت توصیف کرد و گفت: شهر تهران "
        "نیز با آنچه که ۱۰ یا ۳۰ سال قبل بود، متفاوت است."
    )
    x = extract(text, lang="fa", published="2025-10-27")
    assert all(e.date is None for e in x.dataset.events)


# -- a meeting and a visit told of one and the same stated day are one occasion -------------

ONE_DAY = [
    (
        "fa",
        "رؤسای پارلمانهای شهری (نهادهای قانونگذاری) تهران و مسکو روز دوشنبه با یکدیگر دیدار و "
        "بر تقویت همکاریها بین پایتختهای جمهوری اسلامی ایران و فدراسیون روسیه تأکید کردند.\n\n"
        "باشگاه خبرنگاران جوان - مهدی چمران رئیس شورای اسلامی شهر تهران که در رأس هیأتی برای "
        "شرکت در آیین امضای بیانیه جنبش پارلمانی پایتختهای کشورهای عضو گروه بریکس به مسکو سفر "
        "کرده است، روز دوشنبه پس از شرکت در این آیین با الکسی شاپوشنیکوف رئیس دومای شهر مسکو "
        "درباره توسعه همکاریها گفتوگو کرد.",
        "2025-10-27",
        {"city-tehran", "city-moscow"},
    ),
    (
        "en",
        "The mayors of Suwon and Hue met on 3 May 2024. Mayor Kim Min-su of Suwon, who is "
        "visiting Hue City, held talks with the mayor of Hue on 3 May 2024.",
        "2024-05-10",
        {"city-suwon", "city-hue"},
    ),
    (
        "ru",
        "Мэры Казани и Стамбула встретились 5 марта 2024 года. Мэр Казани Илсур Метшин, "
        "прибывший с визитом в Стамбул, 5 марта 2024 года провел переговоры с мэром Стамбула.",
        "2024-03-06",
        {"city-kazan", "city-istanbul"},
    ),
    (
        "hi",
        "जयपुर और लखनऊ के महापौरों ने 17 अक्टूबर 2024 को मुलाकात की। जयपुर की महापौर सौम्या "
        "गुर्जर 17 अक्टूबर 2024 को लखनऊ के दौरे पर पहुंचीं।",
        "2024-10-18",
        {"city-jaipur", "city-lucknow"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "published", "cities"), ONE_DAY)
def test_meeting_and_visit_of_one_stated_day_are_one_event(
    lang: str, text: str, published: str, cities: set[str]
) -> None:
    events = extract(text, lang=lang, published=published).dataset.events
    assert len(events) == 1
    assert cities <= set(events[0].actors)


def test_a_meeting_of_the_same_day_with_another_party_stays_apart() -> None:
    """A negative (it passes before the rule too)."""
    text = (
        "The mayor of Suwon visited Hue City on 3 May 2024. On 3 May 2024 the mayor of Suwon "
        "also met the ambassador of Japan in Hanoi."
    )
    assert len(extract(text, lang="en", published="2024-05-10").dataset.events) == 2


# -- Hebrew: the definite noun after a title is the office's complement, not a name ----------


def _people(text: str) -> list[str | None]:
    return [m.name for m in extract(text, lang="he").mentions if m.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "ביקרה לאחרונה בארץ משלחת גדולה מהמדינה בראשות שר המים ואנשים בכירים ממשק המים.",
        "המשלחת התקבלה אצל שר המים.",
    ],
)
def test_a_title_and_its_complement_name_no_one(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("שר התחבורה מירי רגב ביקרה בעיר נשר.", "מירי רגב"),
        ("שר החינוך יואב קיש נפגש עם ראש העיר.", "יואב קיש"),
    ],
)
def test_the_name_is_read_past_the_complement(text: str, name: str) -> None:
    assert _people(text) == [name]


def test_a_name_that_begins_with_the_article_letter_stays() -> None:
    """A negative (it passes before the rule too)."""
    assert _people("השגריר הרצל לוי ביקר בעיר.") == ["הרצל לוי"]


def test_no_delegation_record_rests_on_a_complement_read_as_a_person() -> None:
    text = (
        'בעקבות הקשרים שנוצרו עם מדינת מהראשטרה (Maharashtra) שבהודו, לה מכינה עכשיו "מקורות" '
        "תוכנית אב לאזור מהרטוודה (Marathwada), ביקרה לאחרונה בארץ משלחת גדולה מהמדינה בראשות "
        "שר המים ואנשים בכירים ממשק המים של המדינה."
    )
    x = extract(text, lang="he")
    assert not any("המים" in a.id for a in x.dataset.actors)


# -- Gujarati: the consul general's title in its other spellings -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("જાપાનના કાઉન્સિલ જનરલ કોજી યાગી અમદાવાદ આવ્યા હતા.", "કોજી યાગી"),
        ("કૉન્સ્યુલ જનરલ માઇક હેન્કી ગાંધીનગર આવ્યા.", "માઇક હેન્કી"),
        ("અમેરિકી દુતાવાસના કાઉન્સેલ જનરલ ડેવિડ જે. રેન્ઝની સાથે બેઠક થઈ.", "ડેવિડ જે"),
    ],
)
def test_gujarati_consul_general_spellings_introduce_a_name(text: str, name: str) -> None:
    people = [m.name for m in extract(text, lang="gu").mentions if m.kind == "person"]
    assert people == [name]


# -- Persian "روابط دوستی" (friendship relations) between two named cities ------------------


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        (
            "سال ۲۰۱۴ شهر پکن با تهران روابط دوستی را ایجاد و از آن موقع روابط دوستانه ای بین "
            "این دو شهر برقرار شده است.",
            {"city-beijing", "city-tehran"},
        ),
        (
            "شهرداری اصفهان و شهرداری کوالالامپور در سال ۲۰۱۰ روابط دوستی برقرار کردند.",
            {"city-isfahan", "city-kualalumpur"},
        ),
    ],
)
def test_persian_friendship_relations_found_a_tie(text: str, cities: set[str]) -> None:
    ties = extract(text, lang="fa", published="2022-09-21").dataset.partnerships
    assert [(t.kind.value, set(t.parties)) for t in ties] == [("friendship", cities)]
