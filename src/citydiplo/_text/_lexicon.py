"""Per-language date vocabulary: CLDR month names from Babel plus the ``data/<lang>.json`` files.

Nothing is loaded or compiled at import: :func:`grammar` builds and caches them on first use.

Month names come from CLDR (wide and abbreviated, format and stand-alone contexts, so Russian
genitive "марта" and nominative "март" both match); the data files add what CLDR lacks:
inflected or variant spellings, relative words ("this year", "지난해", "השנה"), half-year and
quarter words, range connectors, prefixes and postpositions, and the Solar Hijri months.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from citydiplo._text._figures import GLUED_TIME, bare_day_month, figure_templates
from citydiplo._text._first import guarded_with_prefixes, optional_as_branch, sequence_guard
from citydiplo._text._numerals import fold_word
from citydiplo._text._starts import first_characters

if TYPE_CHECKING:
    from citydiplo._text._first import Prefix
    from citydiplo._text._vocab import Vocabulary

__all__ = ["LANGUAGES", "Grammar", "alternation", "grammar", "load_data", "month_names"]

LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")

# No word character nor Indic sign (not "।") touches a date, but CJK does ("在2025年3月"); a date
_CJK_RUN = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # in CJK may follow Latin: "NPO来月"
_NOT_CJK = rf"[^\W{_CJK_RUN}]|[\u0900-\u0963\u0966-\u0dff]"
LB = rf"(?:(?<!{_NOT_CJK})|(?<=[A-Za-z])(?=[{_CJK_RUN}]))(?<![\d][.,:])"
RB = rf"(?!(?!{GLUED_TIME})(?:{_NOT_CJK}|[.,:]\d))"  # no letter nor figure touches the end

_END_WORD = r"(?![^\W\d\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"  # after "г": CJK only ("年3月")
APART = r"(?!(?<=[a-z])[a-z])"  # a count in Latin letters is a word: "in and" is no "in an d"

_RELATIVE_KEYS = ("this_year", "last_year", "next_year", "same_year")
_MONTH_KEYS = ("this_month", "last_month", "next_month")


@functools.cache
def load_data(lang: str) -> dict[str, Any]:
    """The parsed ``data/<lang>.json`` file of one language."""
    text = resources.files("citydiplo._text").joinpath("data", f"{lang}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def month_names(lang: str) -> dict[str, int]:
    """Folded month name -> month number, from CLDR (via Babel) and the language's aliases."""
    from babel.dates import get_month_names  # Babel's locale data load only on first use

    names: dict[str, int] = {}

    def add(name: str, month: int) -> None:
        key = fold_word(name)
        stripped = key.rstrip(".॰׳'")
        # "जन॰" without its mark is the word "जन" (people): drop marks only from longer names
        variants = {key, stripped} if len(stripped) >= 3 else {key}
        if any(ch.isdigit() for ch in key):  # "3월", "tháng 3": also "03월", "tháng 03"
            variants |= {re.sub(r"(?<!\d)(\d)(?!\d)", r"0\1", v) for v in list(variants)}
        for v in variants:
            if v and len(v) > 1:
                names.setdefault(v, month)

    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for month, name in get_month_names(width, context, lang).items():
                # Babel falls back to the root locale ("一月", "1月") for contexts some
                # locales lack; only Chinese and Japanese write months that way.
                if "月" in name and lang not in ("zh", "ja"):
                    continue
                add(name, int(month))
    for month, aliases in load_data(lang).get("month_aliases", {}).items():
        for alias in aliases:
            add(alias, int(month))
    for other in load_data(lang).get("month_names_from", []):  # English bylines in Hindi news
        for name, month in month_names(other).items():
            names.setdefault(name, month)
    return names


def _alt(words: Iterable[str], *, folded: bool = False) -> str:
    folded_words = set(words) if folded else {fold_word(w) for w in words}
    folded_words.discard("")
    return alternation(folded_words)


def alternation(folded: set[str]) -> str:
    """One of ``folded``, as a pattern factored into a trie: the regex engine then tries a
    word's first character once, not once per word, and longer words before their prefixes."""
    if not folded:
        return "(?!)"
    trie: dict[str, Any] = {}
    for word in folded:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie(trie) + ")"


def _trie(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie(node[ch]) for ch in sorted(node) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@attrs.frozen
class Grammar:
    """The compiled vocabulary of one or more languages (a union when the script is shared)."""

    langs: tuple[str, ...]
    months: dict[str, int]
    hijri_months: dict[str, int]
    words: dict[str, frozenset[str]]
    groups: dict[str, int]
    pattern: re.Pattern[str]
    kinds: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]
    eras: dict[str, int]
    ambiguous_bare: frozenset[str]
    capitalised: bool
    vocab: Vocabulary

    def classify(self, key: str, word: str) -> bool:
        """Whether folded ``word`` is in the word list ``key``."""
        return word in self.words.get(key, frozenset())


def _merged(langs: tuple[str, ...], key: str) -> list[str]:
    out: list[str] = []
    for lang in langs:
        out.extend(load_data(lang).get(key, []))
    return out


@functools.cache
def grammar(langs: tuple[str, ...]) -> Grammar:
    """The grammar for ``langs``, built once per tuple of languages."""
    months: dict[str, int] = {}
    hijri: dict[str, int] = {}
    groups: dict[str, int] = {}
    ambiguous: set[str] = set()
    for lang in langs:
        for name, month in month_names(lang).items():
            months.setdefault(name, month)
        data = load_data(lang)
        for i, name in enumerate(data.get("solar_hijri_months", []), start=1):
            hijri[fold_word(name)] = i
            for suffix in data.get("hijri_month_suffixes", []):  # "مهرماه", "مهر ماه"
                hijri.setdefault(fold_word(name + suffix), i)
        for code, words in data.get("groups", {}).items():
            for w in words:
                groups.setdefault(fold_word(w), int(code))
        ambiguous.update(fold_word(w) for w in data.get("ambiguous_bare_months", []))
    keys = (
        "prefixes",
        "suffixes",
        "year_words",
        "year_suffixes",
        "day_words",
        "day_suffixes",
        "links",
        "last_modifier",
        "next_modifier",
        "range_prefixes",
        "range_connectors",
        "day_range_connectors",
        "range_suffixes",
        "open_prefixes",
        "open_suffixes",
        "approximate_words",
        *_RELATIVE_KEYS,
        *_MONTH_KEYS,
    )
    from citydiplo._text._vocab import vocabulary  # imports Babel and num2words data

    words = {k: frozenset(fold_word(w) for w in _merged(langs, k)) for k in keys}
    vocab = vocabulary(langs)
    pattern, kinds, eras = _patterns(langs, months, hijri, groups, vocab)
    capitalised = any(load_data(lang).get("capitalised_months", False) for lang in langs)
    return Grammar(
        langs=langs,
        months=months,
        hijri_months=hijri,
        words=words,
        groups=groups,
        pattern=pattern,
        kinds=kinds,
        eras={fold_word(k): v for k, v in eras.items()},
        ambiguous_bare=frozenset(ambiguous),
        capitalised=capitalised,
        vocab=vocab,
    )


def _patterns(
    langs: tuple[str, ...],
    months: dict[str, int],
    hijri: dict[str, int],
    groups: dict[str, int],
    v: Vocabulary,
) -> tuple[
    re.Pattern[str], tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...], dict[str, int]
]:
    def w(key: str) -> str:
        return _alt(_merged(langs, key))

    pfx = f"(?:{w('prefixes')}-?)?"
    sfx = f"(?:{w('suffixes')})?"
    eras: dict[str, int] = {}
    for lang in langs:
        eras.update(load_data(lang).get("eras", {}))
    era = rf"|(?P<era>{_alt(eras)}) ?(?P<ey>\d{{1,3}}|元)" if eras else ""
    yg = f"(?:{w('year_glued_suffixes')})?"  # "2025ના", "05/10/2025ના": glued to the year
    year = (
        rf"(?:{w('year_words')} ?)?(?:(?P<y>\d{{4}}){era}){yg}"
        rf"(?: ?{w('year_suffixes')}{_END_WORD})?"
    )
    rel = "|".join(f"(?P<{k}>{w(k)})" for k in _RELATIVE_KEYS)
    yslot = f"(?:{year}|{rel})"
    # month figures never run into more ("tháng 12"), nor day figures into 월/月 ("5월까지")
    month = rf"{pfx}(?P<m>{_alt(months)})(?:(?<=\d)(?!\d)|(?<!\d))\.?{sfx}"
    day_number = rf"(?:[12]\d|3[01]|0?[1-9])(?![\d월月])|{_alt(v.days, folded=True)}{_END_WORD}"
    dsx = w("day_suffixes")  # apart from the day ("૧ લી મે") only before a word's end
    day = rf"(?:{w('day_words')} ?)?(?P<d>{day_number})(?:(?:{dsx})| (?:{dsx})(?!\w))?"
    of = f"(?: {_alt(v.lists.get('day_month_links', ()), folded=True)})?"
    first_day = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
    # joining two days: a dash, a tilde or a word ("5 to 7 May", "с 5 по 7"), never "and"
    # "મે મહિનાની 9મી તારીખ", "मई महीने की 9 तारीख": the link only before a day so marked
    mof, ends = w("month_day_of_links"), "|".join(x for x in (dsx, w("rel_month_day_words")) if x)
    mof = rf"(?:(?:{mof}) (?=(?:[12]\d|3[01]|0?[1-9]) ?(?:{ends})))?" if mof and ends else ""
    joint = rf" ?(?:[-~]|{w('day_range_connectors')}) ?"
    # the first day may carry its suffix ("5日から7日"), the second opens no month ("12月30日至")
    first_day = rf"(?P<d0>{first_day})(?:{w('day_suffixes')})?{joint}(?!{_alt(months)})"
    # after a word opening a span ("between", "между"), "and" joins days: "between May 10 and 12"
    opened_days = (
        r"(?P<d0>(?:[12]\d|3[01]|0?[1-9])(?!\d))"
        rf"(?:{w('day_suffixes')})?(?! ?(?:[-~]|{w('day_range_connectors')}) ?)"
        rf" ?(?:{w('range_connectors')}) ?(?!{_alt(months)})"
    )
    opened_day = rf"(?:{w('range_prefixes')}) ?-?{opened_days}"
    opened_month = rf"(?:{w('range_prefixes')}) ?(?=\w)"
    link = rf"(?: ?(?:{w('links')}|[,/])(?= ?[\w]))? ?"
    group = f"(?P<g>{_alt(groups)})"
    this_month = "|".join(f"(?P<{k}>{w(k)})" for k in _MONTH_KEYS)
    day_then_month = "" if v.flags.get("numeric_order") == "ymd" else f"|{this_month}"
    mod = f"(?:(?P<mod_last>{w('last_modifier')})|(?P<mod_next>{w('next_modifier')}))"
    count = rf"(?P<n>\d{{1,4}}(?!\d)|{_alt(v.counts, folded=True)}){APART}"
    # with a word before the count ("через 2 года", "in 3 days") and without ("3 days ago"):
    # two alternatives, so that a count followed by a bare unit ("2024 год") matches neither
    with_prefix = {suffix for prefix, suffix in v.counted if prefix}
    without_prefix = {suffix for prefix, suffix in v.counted if not prefix}
    ago_p = (
        rf"(?P<rp>{_alt(v.count_prefixes, folded=True)}) ?{count} ?"
        rf"(?P<rs>{_alt(with_prefix, folded=True)})"
    )
    # a suffix only before the words the language lets follow it ("3년 전에", not "1992년 전라남도")
    followers = _alt(v.lists.get("counted_followers", ()), folded=True)
    after = rf"(?=\W|$|{followers})" if followers else ""
    ago_s = rf"{count} ?(?P<rs>{_alt(without_prefix, folded=True)}){after}"
    preposition = f"(?:(?P<wdp>{_alt(v.lists.get('weekday_prepositions', ()), folded=True)}) )?"
    weekday = (
        f"{preposition}{pfx}(?P<wd>{_alt(v.weekdays, folded=True)})"
        f"(?:{w('weekday_suffixes')}{_END_WORD})?"
    )
    time = r"(?:t\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?"
    no_more_digits = r"(?! ?[/.\-] ?\d)"
    decade_suffix = f"(?:{w('decade_suffixes')}){_END_WORD}"
    numeric_figures, span_figures, figures_before_full = figure_templates(
        order=v.flags.get("numeric_order", "dmy"),
        weekday_before=bool(v.flags.get("md_num_with_weekday")),
        weekdays=_alt(v.weekdays, folded=True),
        dm_prefixes=_alt(v.lists.get("dm_num_prefixes", ()), folded=True),
        bare_dm=bool(v.flags.get("dm_num_bare")),
        centuries=(w("century_19"), w("century_20")),
        decade_suffix=decade_suffix,
        md_prefixes=w("md_num_prefixes"),
        bracket_day_words=w("bracket_day_words"),
        day_joints=w("day_range_connectors"),
        span_openers=w("range_prefixes"),
        bracket_year_words=w("bracket_year_words"),
    )
    templates = [
        ("ymd_num", rf"(?P<y>\d{{4}})(?P<s>[-/.])(?P<mn>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}}){time}"),
        # "2024. 5. 15.": the Korean way of writing a date in figures
        ("ymd_num", r"(?P<y>\d{4})\. (?P<mn>\d{1,2})\. (?P<d>\d{1,2})(?!\d)\.?"),
        ("dmy_num", rf"(?P<d>\d{{1,2}})(?P<s>[./-]| - )(?P<mn>\d{{1,2}})(?P=s)(?P<y>\d{{4}}){yg}"),
        ("dmy_num2", r"(?P<d>\d{1,2})/(?P<mn>\d{1,2})/(?P<yy>\d{2})(?![\d/])"),
        *numeric_figures,
        (
            "dm_num",
            bare_day_month(v.flags, v.lists, w("year_words"), _alt)
            + rf"(?P<d>\d{{1,2}})(?P<s>[./])(?P<mn>\d{{1,2}}){no_more_digits}",
        ),
        *figures_before_full,
        ("ymd", f"{yslot}(?: ?(?:{w('links')}))? ?{month} ?{day}"),  # "2010年の2月18日"
        # a span of days in one month: "30–31 марта 2024 года", "5-7 June", "June 5-7, 2025"
        ("days_my", f"{opened_day}{day}{of} ?{month}{link}{yslot}"),
        ("days_m", f"{opened_day}{day}{of} ?{month}"),
        ("m_days", f"{opened_month}{month} ?{opened_days}{day}(?: ?,? ?{yslot})?"),
        ("m_days", f"{yslot} {opened_month}{month} ?{opened_days}{day}"),
        ("days_my", f"{first_day}{day}{of} ?{month}{link}{yslot}"),
        ("days_m", f"{first_day}{day}{of} ?{month}"),
        ("m_days", f"(?:{mod} )?{month} ?{first_day}{day}(?: ?,? ?{yslot})?"),
        ("dmy", f"{day}(?:{of} ?[,.]? ?|-(?=[^\\W\\d_])){month}(?:-(?=\\d)|{link}){yslot}"),
        ("mdy", f"{month},? ?(?:{w('month_day_links')} )?{day} ?,? ?{yslot}"),  # "August the 15th"
        # a decade: "the 1970s", "1970년대", "1970-е годы", "những năm 1970"
        (
            "decade",
            rf"(?:{w('decade_prefixes')} ?(?=\d{{3}}0(?!\d))|(?=\d{{3}}0 ?{decade_suffix}))"
            rf"(?P<dec>\d{{3}}0)(?: ?{decade_suffix})?",
        ),
        ("my", f"{month}{link}{yslot}"),
        ("ym", f"{yslot}{link}{month}"),
        ("gy", f"{group}{link}{yslot}"),
        ("yg", f"{yslot}{link}{group}"),
        # counted spans after the full dates, before anything a count could be read as
        ("ago", ago_p),
        ("ago", ago_s),
        ("md", f"{month.removesuffix(sfx)} ?{mof}{day}"),  # no "જાન્યુઆરીમાં 6": in January, six
        ("dm", f"{day}(?:{of} ?|-(?=[^\\W\\d_]))(?:{month}{day_then_month})"),  # "તા.17-મે"
        ("mod_m", f"{mod} {month}(?: ?{mof}{day})?"),  # "오는 5월 20일": the coming 20 May
        ("mod_m", f"{month} (?:(?P<mod_last>{w('last_suffix')})|(?P<mod_next>{w('next_suffix')}))"),
        *span_figures,
        ("rel_month_d", f"(?:{this_month}) ?{day}"),
        ("phrase", f"{pfx}(?P<ph>{_alt(v.phrases, folded=True)})"),  # "מהיום": from today
        ("rel_month", this_month),
        ("rel", rel),
        ("wd", f"{mod} {pfx}{weekday}"),
        ("wd", f"{weekday} (?:(?P<mod_last>{w('last_suffix')})|(?P<mod_next>{w('next_suffix')}))"),
        ("wd", weekday),
        ("m", month),
        ("y", year),
    ]
    if v.flags.get("day_only"):
        day_only_words = _alt(_merged(langs, "day_words") + _merged(langs, "day_only_words"))
        sfx_day = rf"\d{{1,2}} ?(?:{w('day_suffixes')})"
        suffixed = rf"(?:\d{{1,2}}(?:{w('day_suffixes')})?{joint})?{sfx_day}"
        templates.insert(
            -2,
            (
                "d_only",
                # a day word before it, or a day suffix after it: a bare number never
                # matches here, so it leaves the place to a later reading ("5月に": May)
                rf"(?:{mod} ?)?(?:(?P<dw>{day_only_words}) ?|(?={suffixed}))(?:{first_day})?"
                r"(?P<d>[12]\d|3[01]|0?[1-9])(?!\d)"
                rf"(?: ?(?P<dsx>{w('day_suffixes')}))?(?! ?[/.\-] ?(?!{_alt(months)})\d)"
                rf"(?! ?{_alt(months)})",  # a day before a month is of it; "28일-9월": a span
            ),
        )
    if hijri:
        yy = rf"(?P<yy>[5-9]\d|0\d|10)(?!\d)(?! ?(?:{w('counters')}))"  # "مرداد ۹۶", no count
        hm, hy = f"(?P<h>{_alt(hijri)})", rf" ?(?:{w('year_words')} ?|- )?(?:(?P<y>\d{{4}})|{yy})"
        templates[0:0] = [
            ("h_dmy", rf"(?P<d>{day_number})(?: ?|/){hm}(?:/?{hy}| ?(?:{rel}))"),  # "15/مرداد/1399"
            ("h_my", rf"{hm}(?:{hy}| ?(?:{rel}))"),  # "مهرماه سال جاری": this Solar Hijri year
            # "۱۰ تا ۱۲ اردیبهشت": a span of days in one Solar Hijri month
            *(
                (kind, rf"{days}(?P<d>{day_number}) ?{hm}{yw}")
                for days in (first_day, opened_day)
                for kind, yw in (("h_dmy", hy), ("h_dm", ""))
            ),
            ("h_dm", rf"(?P<d>{day_number}) ?{hm}"),
        ]
    # One alternation, tried in order (specific first); group names get their alternative's index
    kinds: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    bodies: list[str] = []
    starts: list[frozenset[Prefix]] = []  # each alternative's first characters
    for i, (kind, body) in enumerate(templates):
        names = tuple(dict.fromkeys(re.findall(r"\(\?P<(\w+)>", body)))
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{i}>", body)
        renamed = re.sub(r"\(\?P=(\w+)\)", rf"(?P=\1_{i})", renamed)
        body, found = guarded_with_prefixes(f"(?P<K{i}>{renamed}){RB}")
        bodies.append(body)
        starts.append(found)
        kinds.append((kind, names, tuple(f"{n}_{i}" for n in names)))
    word_start = r"(?<![^\W\d_\u3040-\u30ff\u3400-\u9fff])"  # not "만약": Han may touch ("约")
    approx = f"(?:{word_start}(?P<approx>{w('approximate_words')})[ -]?)?"
    # A date starts with a digit or with the first letter of a word of the vocabulary: one
    # character-class test rejects every other position before any alternative is tried.
    first = "".join(sorted(first_characters(langs, months, hijri, groups, eras, v)))
    guard = f"(?=[0-9{re.escape(first)}])"
    # optional groups as branches (_first.optional_as_branch: same matches, faster), and one
    # lookahead for the first 3 characters of any alternative (their own) after the boundary
    outer = sequence_guard([guarded_with_prefixes(approx, 3)[1], frozenset().union(*starts)], 3)
    body = f"{LB}{outer or ''}{approx}(?:{'|'.join(bodies)})"
    pattern = re.compile(optional_as_branch(f"{guard}{body}"))
    return pattern, tuple(kinds), eras
