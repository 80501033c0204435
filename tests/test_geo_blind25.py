"""Families of faults found by the places blind set 25 (``bench/places_news_blind25.json``):
sentences quoted from its pages (and, for the Persian compounds, from two more pages on the
same province), each read once (a module-level cache), plus the controls that show each
rule leaves ordinary readings alone."""

from __future__ import annotations

from functools import cache

from citydiplo import find_places, parse_place

Reading = tuple[tuple[str, str | None, str | None], ...]


@cache
def _read(text: str, lang: str) -> Reading:
    return tuple(
        (m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)
    )


# vologda.mk.ru (2024): the governor of Shaanxi is Zhao Gang, in the genitive "Чжао Гана".
VOLOGDA = (
    "Врио губернатора Вологодской области Георгий Филимонов в Москве провел встречу с "
    "губернатором Китайской провинции Шэньси Чжао Гана. Стороны договорились о сотрудничестве."
)


def test_a_given_name_after_a_chinese_surname_is_no_country() -> None:
    read = _read(VOLOGDA, "ru")
    assert not [r for r in read if r[1] == "GH"]
    assert ("Вологодской области", "RU", "RU-VLG") in read


def test_a_country_after_no_surname_stays() -> None:
    assert _read("Делегация из Ганы прибыла в Пекин.", "ru")[0] == ("Ганы", "GH", None)


# newsdrum.in (PTI, 2024): the wire's dateline names the month before the day.
AHMEDABAD = (
    "Ahmedabad, Jul 17 (PTI) Gujarat Chief Minister Bhupendra Patel on Wednesday held a "
    "meeting with an 18-member delegation from Japan's Shizuoka Prefecture in state capital "
    "Gandhinagar."
)


def test_a_dateline_with_the_month_first_names_the_city() -> None:
    read = _read(AHMEDABAD, "en")
    assert read[0] == ("Ahmedabad", "IN", "IN-GJ")
    assert ("Shizuoka Prefecture", "JP", "JP-22") in read


def test_a_name_opening_a_sentence_without_a_date_stays_unread() -> None:
    assert _read("Mobile phones were sold out, he said.", "en") == ()
    assert _read("Reading, he said, is fun.", "en") == ()


# thoidai.com.vn (2024): Vientiane is Laos's capital prefecture; haiphong.gov.vn (2025)
# names China by its formal Vietnamese name.
VIENTIANE = (
    "Chủ tịch UBND thành phố Hà Nội gặp gỡ Bí thư Thành ủy, Chủ tịch HĐND Thủ đô Viêng Chăn "
    "(Ảnh: T.L)."
)
HAI_PHONG = (
    "Bí thư Thành ủy tiếp xã giao Đại sứ đặc mệnh toàn quyền nước Cộng hòa nhân dân Trung Hoa "
    "tại Việt Nam"
)


def test_a_capital_city_has_its_first_level_division() -> None:
    assert ("Viêng Chăn", "LA", "LA-VT") in _read(VIENTIANE, "vi")
    assert parse_place("Naxçıvan").subdivision == "AZ-NX"
    assert parse_place("Cairo, Egypt").subdivision == "EG-C"


def test_the_formal_vietnamese_name_of_china() -> None:
    read = _read(HAI_PHONG, "vi")
    assert read[0] == ("Cộng hòa nhân dân Trung Hoa", "CN", None)
    assert _read("Đại sứ quán Trung Hoa Dân Quốc", "vi") == ()  # the Republic of China


# ibc24.in (PTI-Bhasha, 2025): the wire abbreviates Madhya Pradesh.
ASSAM = "असम और मप्र के मुख्यमंत्रियों ने गुवाहाटी में मुलाकात की"


def test_the_hindi_wire_abbreviation_of_a_state() -> None:
    read = _read(ASSAM, "hi")
    assert ("मप्र", "IN", "IN-MP") in read and ("गुवाहाटी", "IN", "IN-AS") in read
    assert _read("भाजपा सांसद (एमपी) ने कहा", "hi") == ()  # MP, a Member of Parliament


# etvbharat.com (2019): "ગોંડલ પંથક", the country round Gondal.
GONDAL = "રાજકોટના ગોંડલ પંથકમાં 4 ઈંચ વરસાદ નોંધાયો"


def test_the_area_round_a_town_names_the_town() -> None:
    assert ("ગોંડલ", "IN", "IN-GJ") in _read(GONDAL, "gu")


# regaonline.ir (IRNA) and payameazari.ir: Eslamabad-e Gharb, Kermanshah, written with its
# first two words glued (the non-joiner dropped), is no Islamabad, Pakistan.
KERMANSHAH = (
    "استان کرمانشاه با ۲ میلیون نفر جمعیت یکونیم درصد از مساحت و ۲.۴ جمعیت کشور را در بر "
    "میگیرد که براساس آخرین تقسیمات کشوری دارای۱۴ شهرستان با نامهای کرمانشاه، اسلامآباد غرب، "
    "پاوه، جوانرود، سنقر و کلیایی، سرپلذهاب، کنگاور، گیلانغرب، هرسین، صحنه، قصرشیرین، دالاهو، "
    "ثلاث باباجانی و روانسر است."
)
DEPUTY = (
    "استاندار کرمانشاه صبح پنج شنبه در چهارمین سفر شهرستانی خود با استقبال نماینده مردم "
    "اسلامآباد غرب در مجلس، فرماندار و امام جمعه شهرستان، وارد شهر اسلام آباد غرب شد."
)


def test_a_glued_compound_that_runs_on_is_the_longer_name() -> None:
    for text in (KERMANSHAH, DEPUTY):
        read = _read(text, "fa")
        assert ("اسلامآباد غرب", "IR", "IR-05") in read
        assert not [r for r in read if r[1] == "PK"]


def test_islamabad_alone_stays_islamabad() -> None:
    read = _read("سفیر ایران در اسلام\u200cآباد با وزیر خارجه پاکستان دیدار کرد", "fa")
    assert ("اسلام\u200cآباد", "PK", "PK-IS") in read
