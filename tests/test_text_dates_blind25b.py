"""Dates of the 25b blind set (ru hi gu he fa): a noun of a plan in a sentence told in the
past, perfective futures of Russian, a Gujarati July typed with the long vowel sign."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _parsed(text: str, lang: str, ref: PartialDate | None) -> str | None:
    try:
        return str(parse_date(text, lang=lang, ref=ref))
    except DateParseError:
        return None


SUNDAY = PartialDate("2024-09-29")
FRIDAY = PartialDate("2024-11-29")


# --- a noun of a plan ("આયોજન": arrangement, "योजना": scheme) marks no future in a sentence
# whose verbs are all of the past tense: its bare weekday is the last one, not the next
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # https://vatsalyamsamachar.com/gujarat/panchmahal/kalol-municipal-corporation-organized-a-street-play-under-swachhta-hi-seva-to-give-the-message-of-cleanliness-to-the-people-of-the-town
        (
            "જે અંતર્ગત કાલોલ નગરપાલિકા દ્વારા શનિવાર ના રોજ નગરપાલિકા પટાંગણ મા શેરી નાટક"
            " કાર્યક્રમનું આયોજન કરવામાં આવેલ અને શેરી નાટક દ્વારા લોકોને સ્વછતા જાળવવા અપીલ"
            " કરવામાં આવી હતી.",
            "gu",
            SUNDAY,
            "2024-09-28",
        ),
        # https://khabarmantra.net/3027-applications-for-palamu-abua-housing-and-2715-applications-for-guruji-student-credit-card-scheme-31290.html
        (
            "जिले में आपकी योजना-आपकी सरकार-आपके द्वार कार्यक्रम के तहत बुधवार को भी सभी"
            " प्रखंडों में शिविर का आयोजन किया गया।",
            "hi",
            FRIDAY,
            "2024-11-27",
        ),
        (
            "बुधवार को आयोजित यह शिविर में आवास विहीन लोगों के लिये अलग से स्टॉल लगाकर अबुआ"
            " आवास योजना के तहत आवेदन प्राप्त किये गये।",
            "hi",
            FRIDAY,
            "2024-11-27",
        ),
    ],
)
def test_a_plan_told_in_the_past_dates_the_last_weekday(
    text: str, lang: str, ref: PartialDate, expected: str
) -> None:
    assert _parsed(text, lang, ref) == expected


# the same nouns with a verb of the future, or with no verb, still speak of what is to come
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("શનિવારે કાર્યક્રમનું આયોજન કરવામાં આવશે.", "gu"),
        ("શનિવારે કાર્યક્રમનું આયોજન", "gu"),
        ("योजना के तहत शनिवार को शिविर लगाया जाएगा।", "hi"),
    ],
)
def test_a_plan_told_in_the_future_dates_the_next_weekday(text: str, lang: str) -> None:
    assert _parsed(text, lang, SUNDAY) == "2024-10-05"


def test_a_day_and_month_told_in_the_past_keeps_the_year_of_ref() -> None:
    # a scheme named in a report of what was done is no plan: April before a June ref is
    # this year's, not next year's
    text = "योजना के तहत 25 अप्रैल को शिविर लगाया गया था।"
    assert _parsed(text, "hi", PartialDate("2025-06-18")) == "2025-04-25"


# --- Russian perfective verbs have no present: "начнут" (will start) speaks of the future
# http://news.nashbryansk.ru/2019/07/04/routine/v-bryanske-na-ulice-saharova-zatrudneno-dvijenie/
def test_a_russian_perfective_future_dates_the_next_weekday() -> None:
    text = (
        "Сейчас дорожники укладывают выравнивающий слой асфальта, а с понедельника начнут"
        " обустраивать основной, верхний."
    )
    assert _parsed(text, "ru", PartialDate("2019-07-04")) == "2019-07-08"


@pytest.mark.parametrize("verb", ["начнут", "откроют", "закроют", "проведут", "завершат"])
def test_russian_perfective_futures(verb: str) -> None:
    assert _parsed(f"В понедельник {verb} работы", "ru", PartialDate("2019-07-04")) == "2019-07-08"


# --- Gujarati July typed with the long vowel sign: the month, not the days alone in ref's month
# https://khaskhabarrajkot.com/?p=42914
def test_gujarati_july_with_the_long_vowel() -> None:
    text = "તા. 11થી 16 જૂલાઈ સુધી ફોર્મ સ્વીકારાશે"
    assert _parsed(text, "gu", None) == "XXXX-07-11/XXXX-07-16"
    assert _parsed(text, "gu", PartialDate("2022-07-08")) == "2022-07-11/2022-07-16"


# --- a day after "તા." (date) that opens a list of days is never read alone: the list is read
# whole with the month that closes it, as without "તા.", or not at all (forms of Gujarati
# schedules: "તા. 15 અને 16", "તા. 15, 16 અને 17")
JUNE = PartialDate("2025-06-18")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("તા. 15 અને 16 જૂનના રોજ મેળો યોજાશે", "2025-06-15/2025-06-16"),
        ("તા. 15, 16 અને 17 જૂનના રોજ", "2025-06-15/2025-06-17"),
        ("તા. 15, 16 અને 17ના રોજ", None),
        ("તા. 15 તથા 17ના રોજ", None),
    ],
)
def test_listed_days_after_the_word_for_date(text: str, expected: str | None) -> None:
    assert _parsed(text, "gu", JUNE) == expected
    no_tha = text.replace("તા. ", "")
    if expected is not None:  # the same as the list without the word
        assert _parsed(no_tha, "gu", JUNE) == expected


def test_a_day_after_the_word_for_date_alone_is_still_read() -> None:
    assert _parsed("તા. 15ના રોજ બેઠક મળશે", "gu", JUNE) == "2025-06-15"
    assert _parsed("તા. 15-16ના રોજ", "gu", JUNE) == "2025-06-15/2025-06-16"


# --- a day glued to the word before it, with its month's name and year after, is the date
# the text states, not its month alone (https://sepidarnews.ir/siasi/print:page,1,292806-...:
# the headline run into its date)
def test_a_day_glued_to_a_word_is_read_with_its_month_and_year() -> None:
    text = "خواهر خواندگی محمد شهربا مدینه منوره شهر پیامبر مهربانی ها6 مهر 1402."
    [mention] = find_dates(text, lang="fa")
    assert (mention.text, str(mention.value)) == ("6 مهر 1402", "2023-09-28")
    [mention] = find_dates("Москва25 мая 2010 года", lang="ru")
    assert str(mention.value) == "2010-05-25"


@pytest.mark.parametrize(
    ("text", "lang"), [("ماده6 قانون", "fa"), ("ها6 مهر", "fa"), ("COVID19 мая", "ru")]
)
def test_a_figure_glued_to_a_word_without_a_full_date_stays_unread(text: str, lang: str) -> None:
    assert find_dates(text, lang=lang) == []
