"""Build ``tests/data/date_news_corpus.jsonl``: date forms as the news writes them, annotated.

Run: ``python bench/build_date_news_corpus.py``. Each case has a text, its language, a
reference date (the publication date) or null, the expected EDTF value (null: no date may be
read), a ``kind`` (relative, weekday, dayonly, numword, technical, negative) and a ``source``:
the URL of the news article whose phrasing it follows, or "constructed". Expected values are
computed here with ``datetime`` and ``dateutil.relativedelta`` from the documented rules
(see ``citydiplo._text._relative``), never by citydiplo's parser.

Phrasing follows real articles found in the stored news pages, e.g. Korean "지난 9일",
"지난달 31일", "자매결연 16주년" (krnews21.co.kr/news/164201, kbsm.net/news/view.php?idx=452017,
thesejong.tv/html/view.html?idx=579867); Russian "4868 дней назад", "6 июня 2022 года"
(smolensk2.ru, tolyatti-news.net/society/2024/05/31/179045.html).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "date_news_corpus.jsonl"
R1 = datetime.date(2025, 6, 12)  # a Thursday
R2 = datetime.date(2024, 11, 29)  # a Friday
REFS = (R1, R2)
NS = (1, 2, 3, 5, 8, 10, 12, 20)

SOURCES = {
    "ko": "https://krnews21.co.kr/news/164201",
    "ru": "https://tolyatti-news.net/society/2024/05/31/179045.html",
}


def iso(d: datetime.date) -> str:
    return d.isoformat()


def past(unit: str, n: int, ref: datetime.date) -> str:
    if unit == "day":
        return iso(ref - datetime.timedelta(days=n))
    if unit == "week":
        return iso(ref - datetime.timedelta(days=7 * n))
    if unit == "month":
        return (ref - relativedelta(months=n)).strftime("%Y-%m")
    if unit == "decade":
        return f"{ref.year - 10 * n:04d}"
    return f"{ref.year - n:04d}"


def future(unit: str, n: int, ref: datetime.date) -> str:
    if unit == "day":
        return iso(ref + datetime.timedelta(days=n))
    if unit == "week":
        return iso(ref + datetime.timedelta(days=7 * n))
    if unit == "month":
        return (ref + relativedelta(months=n)).strftime("%Y-%m")
    return f"{ref.year + n:04d}"


def offset(unit: str, n: int, ref: datetime.date) -> str:
    """last (-1) / this (0) / next (1) calendar unit."""
    if unit == "day":
        return iso(ref + datetime.timedelta(days=n))
    if unit == "week":
        monday = ref - datetime.timedelta(days=ref.weekday()) + datetime.timedelta(days=7 * n)
        return f"{iso(monday)}/{iso(monday + datetime.timedelta(days=6))}"
    if unit == "month":
        return (ref + relativedelta(months=n)).strftime("%Y-%m")
    return f"{ref.year + n:04d}"


def last_weekday(day: int, ref: datetime.date, strict: bool) -> str:
    back = (ref.weekday() - day) % 7
    if strict and back == 0:
        back = 7
    return iso(ref - datetime.timedelta(days=back))


def next_weekday(day: int, ref: datetime.date) -> str:
    ahead = (day - ref.weekday()) % 7 or 7
    return iso(ref + datetime.timedelta(days=ahead))


def week_day(day: int, ref: datetime.date, weeks: int) -> str:
    """The day of the Monday-to-Sunday week ``weeks`` away ("上周一", "来週の木曜日")."""
    return iso(ref - datetime.timedelta(days=ref.weekday() - day - 7 * weeks))


def day_only(day: int, ref: datetime.date, past: bool = False) -> str | None:
    """The day alone; ``past`` when the phrase says so itself (Korean "지난 {d}일": the
    last such day, never one after ref's). ``None`` where nothing decides between ref's
    month and the month before."""
    first = ref.replace(day=1)
    if past:
        return iso((first - relativedelta(months=day > ref.day)).replace(day=day))
    if day > ref.day + 7:  # up to a week after ref's day: one of the coming days
        first = first - relativedelta(months=1)
        back = (ref - first.replace(day=day)).days
        if back > 14 or back >= day - ref.day:  # the month before only if nearer, within 14
            return None
    elif day < ref.day and 0 < (first + relativedelta(months=1, day=day) - ref).days <= 7:
        first = first + relativedelta(months=1)  # the coming days run into the next month
    return iso(first.replace(day=day))


# Per language: counted patterns (past, future), phrases, number words for counts,
# weekday names Monday first, "last <weekday>" pattern, month names, day-month pattern.
L: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).resolve().parent / "date_news_phrases.json").read_text("utf-8")
)


def plural_ru(n: int, forms: list[str]) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def counted(lang: str, pattern: str, n: int) -> str:
    spec = L[lang]
    text = pattern.replace("{n}", spec.get("digits", {}).get(str(n), str(n)))
    for key, forms in spec.get("plural", {}).items():
        text = text.replace("{" + key + "}", plural_ru(n, forms))
    return text


def build(lang: str) -> list[dict[str, Any]]:
    spec = L[lang]
    src = SOURCES.get(lang, "constructed")
    out: list[dict[str, Any]] = []

    def add(text: str, ref: datetime.date | None, expected: str | None, kind: str) -> None:
        out.append(
            {
                "text": text,
                "lang": lang,
                "ref": iso(ref) if ref else None,
                "expected": expected,
                "kind": kind,
                "source": src,
            }
        )

    # relative: counted past and future, number words, phrases
    for i, (unit, pattern) in enumerate(spec["past"].items()):
        for j, n in enumerate(NS[:5]):
            ref = REFS[(i + j) % 2]
            add(counted(lang, pattern, n), ref, past(unit, n, ref), "relative")
    for i, (unit, pattern) in enumerate(spec["future"].items()):
        for n in NS[1:4]:
            ref = REFS[(i + n) % 2]
            add(counted(lang, pattern, n), ref, future(unit, n, ref), "relative")
    for text, unit, n in spec["phrases"]:
        for ref in REFS:
            add(text, ref, offset(unit, n, ref), "relative")
    # weekdays: bare (most recent on or before ref), "last X" (strictly before), next
    for day, name in enumerate(spec["weekdays"]):
        ref = REFS[day % 2]
        add(
            spec.get("weekday_frame", "{w}").replace("{w}", name),
            ref,
            last_weekday(day, ref, False),
            "weekday",
        )
    # where the phrase names the week ("上周一", "thứ Hai tuần trước"), a day of that week
    named = spec.get("weekdays_of_named_weeks", False)
    for day in (0, 4, 2):
        for ref in REFS:
            value = week_day(day, ref, -1) if named else last_weekday(day, ref, True)
            add(spec["last_weekday"][str(day)], ref, value, "weekday")
    for day in (0, 3):
        value = week_day(day, R1, 1) if named else next_weekday(day, R1)
        add(spec["next_weekday"][str(day)], R1, value, "weekday")

    # day-only (with ref) and day-month (with ref: ref's year, or the year before for a day
    # more than three months after ref, none if both are over three months away;
    # without: year-less)
    for day in spec.get("day_only_days", []):
        for ref in REFS:
            last = spec.get("day_only_past", False)  # (the phrase's own word says "last")
            add(spec["day_only"].replace("{d}", str(day)), ref, day_only(day, ref, last), "dayonly")
    for month, day in ((3, 6), (5, 10), (11, 3), (8, 14), (1, 24), (12, 31), (2, 28), (7, 4)):
        text = spec["day_month"].replace("{d}", str(day)).replace("{m}", spec["months"][month - 1])
        ahead = (datetime.date(R1.year, month, day) - R1).days
        back = (R1 - datetime.date(R1.year - 1, month, day)).days
        year = R1.year - (ahead > 92)  # both over three months away: no reading
        add(
            text,
            R1,
            None if ahead > 92 and back > 92 else f"{year}-{month:02d}-{day:02d}",
            "dayonly",
        )
        add(text, None, f"XXXX-{month:02d}-{day:02d}", "dayonly")
    # number words, technical forms, negatives: hand-written per language
    for text, ref, expected in spec["numword"]:
        add(text, datetime.date.fromisoformat(ref) if ref else None, expected, "numword")
    for text, ref, expected in spec["technical"]:
        add(text, datetime.date.fromisoformat(ref) if ref else None, expected, "technical")
    for text in spec["negative"]:
        add(text, R1, None, "negative")
    return out


def main() -> None:
    cases = [case for lang in L for case in build(lang)]
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), "utf-8")
    print(f"{len(cases)} cases written to {OUT}")


if __name__ == "__main__":
    main()
