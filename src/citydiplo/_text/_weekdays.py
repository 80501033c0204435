"""A weekday beside a dated day joins it ("Thursday, March 6", "3月6日(木)", "יום רביעי
ה-19 בנובמבר"), to be checked against it, as does a weekday right after a phrase naming one
day ("tomorrow, Sunday", "فردا یکشنبه"): never a second mention read as another week's day;
an abbreviated weekday anywhere else is dropped.
A weekday right after a phrase naming the last or the next week ("上星期五", "先週金曜日",
"다음 주 월요일", "last week Friday") is that day of that week, the week starting on the
day CLDR gives for where the language is written (Sunday in Israel, Saturday in Iran). "This
week" and a weekday stay two mentions: where the week starts decides which day is meant."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from citydiplo._text._cldr import first_week_day
from citydiplo._text._guards import prefix_gap
from citydiplo._text._hindi_short_year import short_year
from citydiplo._text._week_span import same_week_spans

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["in_named_week", "with_weekdays"]

_DAY_KINDS = frozenset(
    {
        "md_num",
        "ymd_num",
        "dmy_num",
        "dmy_num2",
        "dm_num",
        "ymd",
        "dmy",
        "mdy",
        "md",
        "dm",
        "d_only",
        "h_dmy",
        "h_dm",
    }
)
_WEEKDAY_GAP = re.compile(r"[ ,.()（）、]{0,4}")
# between a week's phrase and its weekday: a space, a comma or a genitive particle
_WEEK_GAP = re.compile(r"(?: ?[,、]? ?|の|的)")
# a genitive particle between a day's phrase and its weekday: "明日の土曜日"
_OF = re.compile(r"の ?")


def with_weekdays(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """A weekday beside a dated day joins it ("Thursday, March 6", "3月6日(木)"), to be
    checked against it; an abbreviated weekday anywhere else is dropped ("Sun", "(木)")."""
    atoms = _second_weekdays(_unjoined_suffixes(atoms, folded, g), folded, g)
    out: list[Candidate] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        yy = None if b is None else short_year(a, b, folded, g)  # "29 अप्रेल 14 मंगलवार"
        if (
            b is not None
            and {a.kind, b.kind} & {"wd"}
            and {a.kind, b.kind} & _DAY_KINDS
            and not _closes_a_span(b, g)
            and not _and_next(b, folded, g)
            and not _begins_a_word(b, folded, g)
            and (
                yy is not None
                or _WEEKDAY_GAP.fullmatch(folded, a.end, b.start)
                or prefix_gap(folded, a.end, b.start, g)
                # "يكشنبه مورخ 27/9/90": a word saying "dated" between them
                or folded[a.end : b.start].strip(" ,") in g.vocab.lists.get("weekday_links", ())
                # "27 जुलाई यानी शनिवार", "27 июля, то есть в субботу": "that is"
                or _apposition_gap(folded, a.end, b.start, g)
            )
        ):
            day, weekday = (a, b) if b.kind == "wd" else (b, a)
            end = b.end
            if weekday is b and end < len(folded) and folded[end] in ")）":
                end += 1
            out.append(
                day._replace(
                    start=a.start,
                    end=end,
                    kind="dmy" if yy else day.kind,
                    fields={
                        **day.fields,
                        "weekday": weekday.fields["wd"],
                        **({"y": yy} if yy else {}),
                    },
                )
            )
            i += 2
            continue
        if (
            b is not None
            and b.kind == "wd"
            and a.kind == "phrase"
            and _names_a_day(a, g)
            and not _closes_a_span(b, g)
            and (
                _WEEKDAY_GAP.fullmatch(folded, a.end, b.start)
                or _OF.fullmatch(folded, a.end, b.start)
            )
            and b.fields.get("wdp") not in g.words["day_range_connectors"]  # "до вторника"
        ):
            # "tomorrow, Sunday", "فردا یکشنبه", "היום (ראשון)": the same day, checked
            end = b.end + (b.end < len(folded) and folded[b.end] in ")）")
            out.append(a._replace(end=end, fields={**a.fields, "weekday": b.fields["wd"]}))
            i += 2
            continue
        if (
            b is not None
            and a.kind == "wd"
            and b.kind == "phrase"
            and _names_a_day(b, g)
            and not {"mod_last", "mod_next", "wdp"}.intersection(a.fields)
            and folded[a.end : b.start].strip() in g.vocab.lists.get("weekday_links", ())
        ):
            # "토요일인 내일(13일)": Saturday, which is tomorrow: one day, checked
            out.append(b._replace(start=a.start, fields={**b.fields, "weekday": a.fields["wd"]}))
            i += 2
            continue
        if a.kind == "wd" and not out and (until := _after_until(a, folded, g)) is not None:
            if until:  # "until Friday"; never "từ 10/3 đến thứ Sáu" without its first end
                out.append(a._replace(fields={**a.fields, "future": "1"}))
        elif a.kind != "wd" or _ends_a_span(out, a, folded, g):
            out.append(a)
        elif g.vocab.weekdays[a.fields["wd"]][1] and (out or not _closes_a_span(a, g)):
            out.append(a)  # "до пятницы" alone (until Friday): which Friday is not said
        i += 1
    return out


def _begins_a_word(b: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``b`` is a weekday of one letter, abbreviated, that begins a longer word
    ("28日、日本の南海上": 日 of 日本, Japan): no weekday of the day before it.

    >>> from citydiplo._text._lexicon import grammar
    >>> from citydiplo._text._scan import Candidate
    >>> g = grammar(("ja",))
    >>> wd = Candidate(4, 5, "wd", {"wd": "日"})
    >>> _begins_a_word(wd, "28日、日本", g), _begins_a_word(wd, "28日(日)", g)
    (True, False)
    """
    if b.kind != "wd" or b.end - b.start != 1 or g.vocab.weekdays[b.fields["wd"]][1]:
        return False
    return b.end < len(folded) and folded[b.end].isalpha()


def _and_next(b: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``b`` is a weekday opening with a glued word of the language's ``and_words``
    ("29.7.18 וביום שני, 30.7.18": and on Monday): the next item of a list, never the
    weekday of the date before it."""
    if b.kind != "wd":
        return False
    head = folded[b.start : b.end]
    prefix = head[: max(head.find(b.fields["wd"]), 0)]
    return any(prefix.startswith(w) for w in g.vocab.lists.get("and_words", ()))


def _apposition_gap(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether only a word of the language's ``apposition_links`` ("यानी", "то есть":
    that is), with spaces and commas, stands between a day and its weekday."""
    gap = folded[start:end].strip(" ,")
    return bool(gap) and gap in g.vocab.lists.get("apposition_links", ())


def _after_until(a: Candidate, folded: str, g: Grammar) -> bool | None:
    """Whether the weekday ``a`` stands right after one of the language's
    ``weekday_until_words`` ("until Friday", "đến thứ Sáu"): the end of a span that runs
    from now, so the coming such day, never the one before ``ref``. ``False`` when a figure
    no date was read from stands before that word: the span's first end, unread (the
    weekday alone would drop it); ``None`` when no such word stands before ``a``."""
    words = g.vocab.lists.get("weekday_until_words")
    if not words or {"mod_last", "mod_next", "week"}.intersection(a.fields):
        return None
    head = folded[max(0, a.start - 24) : a.start].rstrip()
    word = next((w for w in words if head == w or head.endswith(" " + w)), None)
    if word is None:
        return None
    return not any(ch.isdigit() for ch in head[: -len(word)].rstrip().rsplit(" ", 1)[-1])


def _second_weekdays(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """A weekday before one of ``weekday_before_last`` or ``weekday_after_next`` ("the Tuesday
    before last", "the Friday after next"): a week before the last such day, or after the
    next one; never the last or next one itself."""
    out = []
    for a in atoms:
        if a.kind == "wd" and not {"mod_last", "mod_next", "week"}.intersection(a.fields):
            for key, mod, weeks in (
                ("weekday_before_last", "mod_last", "-1"),
                ("weekday_after_next", "mod_next", "1"),
            ):
                word = next(
                    (w for w in g.vocab.lists.get(key, ()) if folded.startswith(" " + w, a.end)),
                    None,
                )
                if word is not None and not folded[a.end + len(word) + 1 :][:1].isalnum():
                    a = a._replace(
                        end=a.end + len(word) + 1, fields={**a.fields, mod: "", "wk": weeks}
                    )
        out.append(a)
    return out


def _unjoined_suffixes(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """A weekday's suffix that also joins a span ("tới": coming, and to) is no suffix right
    before another weekday or a date: "thứ Hai tới thứ Sáu" is Monday to Friday, not the
    coming Monday and a Friday."""
    joints = g.words["range_connectors"] | g.words["day_range_connectors"]
    out = list(atoms)
    for i, (a, b) in enumerate(itertools.pairwise(atoms)):
        if a.kind != "wd" or not {"mod_last", "mod_next"}.intersection(a.fields):
            continue
        word = next((j for j in joints if folded.endswith(" " + j, 0, a.end)), None)
        if word is not None and b.start - a.end <= 1 and (b.kind == "wd" or b.kind in _DAY_KINDS):
            fields = {k: v for k, v in a.fields.items() if k not in ("mod_last", "mod_next")}
            out[i] = a._replace(end=a.end - len(word) - 1, fields=fields)
    return out


def _ends_a_span(out: list[Candidate], a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether the weekday ``a`` ends a span from a phrase naming one day ("从今天到周二":
    from today to Tuesday), read by :func:`._spans.day_span`."""
    prev = out[-1] if out else None
    if (
        prev is None
        or prev.kind != "phrase"
        or not (_names_a_day(prev, g) or _one_weekday(prev, g))
    ):
        return False  # ("from next Monday to Friday": a weekday's phrase opens it too)
    gap = folded[prev.end : a.start].strip() or a.fields.get("wdp", "")
    return gap in g.words["day_range_connectors"]


def _closes_a_span(b: Candidate, g: Grammar) -> bool:
    """Whether ``b`` is a weekday after a word that closes a span ("с 10 июня по пятницу":
    from the 10th to Friday), so no weekday of the date before it."""
    words = g.words
    return b.fields.get("wdp", "") in words["range_connectors"] | words["day_range_connectors"]


def _one_weekday(a: Candidate, g: Grammar) -> bool:
    """Whether a relative phrase names one weekday ("next Monday")."""
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    return len(readings) == 1 and all(r.kind == "weekday" for r in readings)


def _names_a_day(a: Candidate, g: Grammar) -> bool:
    """Whether a relative phrase names one day ("tomorrow", "فردا", "היום")."""
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    return len(readings) == 1 and all(r.kind == "offset" and r.unit == "day" for r in readings)


def in_named_week(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """A bare weekday right after a phrase that names the last, this or the next week
    ("先週金曜日", "다음 주 월요일", "Friday this week") is that day of that week, one
    mention: never the weekday alone, which is the last such day ("Friday this week" read on
    a Wednesday is the Friday to come, not the one past)."""
    out: list[Candidate] = []
    for a in atoms:
        prev = out[-1] if out else None
        if (  # the weekday first: "Friday next week", "جمعه هفته آینده"
            a.kind == "phrase"
            and prev is not None
            and prev.kind == "wd"
            and not {"mod_last", "mod_next"}.intersection(prev.fields)
            # never across a comma ("Friday, next week"); across a word of
            # ``weekday_week_links`` ("Monday of last week")
            and folded[prev.end : a.start].strip(" ")
            in g.vocab.lists.get("weekday_week_links", frozenset()) | {""}
            and "," not in folded[prev.end : a.start]
            and (fields := _week_fields(a, prev, g)) is not None
        ):
            out[-1] = prev._replace(end=a.end, fields=fields)
            _shared_week(out, folded, fields, g)  # "یکشنبه و سه شنبه هفته آینده"
            continue
        if (
            a.kind == "wd"
            and prev is not None
            and prev.kind == "phrase"
            and not {"mod_last", "mod_next"}.intersection(a.fields)
            and _WEEK_GAP.fullmatch(folded, prev.end, a.start)
        ):
            fields = _week_fields(prev, a, g)
            if fields is not None:
                out[-1] = a._replace(start=prev.start, fields=fields)
                continue
        out.append(a)
    return same_week_spans(out, folded, g)  # "下周一至周五": Friday of the same week


def _shared_week(out: list[Candidate], folded: str, fields: dict[str, str], g: Grammar) -> None:
    """A bare weekday joined by a word of ``and_words`` alone to the weekday the week phrase
    follows ("Sunday and Tuesday next week", "روزهای یکشنبه و سه شنبه هفته آینده") is a day of
    the same week: the phrase names the week of both."""
    if len(out) < 2:
        return
    first, second = out[-2], out[-1]
    if (
        first.kind == "wd"
        and not {"mod_last", "mod_next", "week"}.intersection(first.fields)
        and folded[first.end : second.start].strip() in g.vocab.lists.get("and_words", ())
    ):
        out[-2] = first._replace(fields={**fields, "wd": first.fields["wd"]})


def _week_fields(phrase: Candidate, wd: Candidate, g: Grammar) -> dict[str, str] | None:
    """The fields of weekday ``wd`` of the week ``phrase`` names, or ``None``."""
    readings = g.vocab.phrases.get(phrase.fields.get("ph", ""), frozenset())
    weeks = {r.n for r in readings if r.kind == "offset" and r.unit == "week"}
    starts = {first_week_day(lang) for lang in g.langs}
    if len(weeks) == 1 and len(readings) == 1 and len(starts) == 1:
        return {"wd": wd.fields["wd"], "week": str(weeks.pop()), "w0": str(starts.pop())}
    return None
