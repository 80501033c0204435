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
