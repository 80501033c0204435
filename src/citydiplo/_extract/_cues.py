"""Per-language cue data (``data/<lang>.json``): its documented shape, loading and checking.

One file per language; adding a language is adding a file. The shape (checked by
:func:`check_cues`, and by a test on every shipped file):

``lang`` (str), ``source`` (str: where the words come from), ``script`` (object:
``boundary`` "word" or "none" -- whether a cue must start a word; ``extend`` -- whether a
matched cue runs on to the end of its word, for stems; ``word_order`` "SVO" or "SOV" -- used
to read visitor and host; ``cased`` -- whether names are capitalised; ``prefixes`` --
one-letter proclitics that may precede a cue or name (Hebrew); ``wider_first`` -- whether
addresses run from the wider place down ("대구 수성구", "黑龙江省大庆市"); ``particles`` -- case
particles and postpositions stripped from the end of a name; ``role_prefixes`` -- proclitics
that mark a place's part in a visit, "visitor" (from) or "host" (in, to): Hebrew "מ", "ב";
``endings`` -- optional, case endings a place name named again may carry: Russian "ом";
``glued_particles`` -- optional (default true), whether a particle may be written onto the
end of a name, so that a name's last letters that spell one are cut off (false in Persian,
which writes "در", "از", "را" apart: "قلندر", "حیدر" are whole names);
``stem_cases`` -- optional, whether a known place's one-word name is also read in its other
case forms, its stem plus an ending ("Ялта" → "Ялты"; :mod:`._case_echo`);
``spaced`` -- optional, whether words are spaced although cues may be glued to a name, as
in Korean: an ``anaphora`` word then counts only where it starts a word, "시는" alone but
not in "대경시는"),
``sentence_end`` and
``clause_break`` (lists of str), ``partnership`` / ``agreement`` / ``event`` / ``document``
(objects: kind -> list of cue words; the kinds are the model's vocabularies, plus the event
families ``receive`` and ``anniversary``), ``signing``, ``negation``, ``planned``, ``link``,
``anaphora`` (words for the article's focus: "the city"), ``pair_anaphora`` (words for the
two places last named: "the two cities"), ``titles_before``, ``titles_after`` (lists of
str), ``name_tokens`` (int), ``name_tokens_before`` (int, optional, default 1: the words
of a name written before a ``titles_after`` word, "علیرضا زاکانی شهردار"), ``posted_at`` and
``posted_titles`` (optional lists of str: the words that say where a diplomat is posted,
written between a name and a diplomat's title -- "주한", "주부산" in "진일표 주부산중국
총영사" -- and those titles),
``organization`` (``suffix``, ``prefix``: lists; ``acronyms``: bool), ``city`` (``suffix``,
``prefix``), ``region`` (optional; ``suffix``, ``prefix``: the markers of the ``city`` lists
that name a first-level division -- "tỉnh", "省", "استان" -- so that a name built on one is a
region, with the gazetteer's identity when it knows the region), ``count`` (object: what is
counted -> nouns), ``count_links``, ``qualifiers``
``recent_anaphora`` (optional list of str: the ``anaphora`` that stand for the place named
last before them rather than for the focus: "同市", "该市"),
``owner_links`` and ``conjunctions`` (lists of str; ``owner_links`` are the words between an
official and the place they serve when the place comes after: "Mayor Kim of Suwon";
``conjunctions`` the words that join the two sides of a pair: "and", "与", "와"),
``date_attributive`` (list of str: endings that make a date name the period a record
covers rather than when it happened: "年度" in "2017年度友好交流协议"; may be empty),
``date_modifiers`` (optional list of str: the particles after a year that make it the
year of the noun that follows, not a record's: "の" in "2010年の上海万博", "的"),
``relative_markers`` (optional list of str: the marker after a visit word that makes its
clause modify the noun after it, whose guest that noun is: "的" in "来镇江访问的…郡守"),
``delegation_owners`` (optional list of str: where a delegation's owner follows its word in
the genitive, "делегация Хэйхэ", the words that end the owner's phrase: "в", "и"),
``agent_particles``, ``goal_particles`` and ``company_words`` (optional lists of str: the
case particles after the doer of a visit and after the one visited, "ने" and "को", and the
words of company that undo the second, "साथ"; see ``_relative_visit.marked_visits``),
``dateline`` (list of str: the marks that end a news dateline: " - " in "CEBU, Philippines -
", "电" in "中新社昆明11月19日电", "기자]" in a Korean byline; may be empty),
``determiners`` (list of str: words that stand before a place word without being a name --
"one", "which", "other", "this", "both" -- and the partnership words that qualify one:
"એક શહેર", "ક્યા શહેર", "sister city" are no cities named એક, ક્યા or Sister),
``not_cues`` (list of str: words and phrases in which a cue word does not carry its
diplomatic sense -- "a sign of", "according" (not "accord"), "metropolitan" (not "met"),
"thư ký" (secretary, not "ký": sign); a cue inside one of them is no cue; may be empty),
``date_bounds`` (list of str: words that make a date the bound of a stretch rather than
the day something happened, with "…" standing for the date: "until …", "… まで", "… 까지",
"до …"),
``vague_time`` (optional list of str: phrases that put a plan off to no time in particular,
or leave it open -- "in the future", "trong tương lai", "в будущем", "در آینده", "in talks",
"در حال مذاکره", and the words of a hope or a wish, "hopes to", "희망", "希望", "надеется",
"امیدوار": a planned record in the clause of one is no candidate, it reports no
occurrence), ``mutual`` (optional list of str: words of a mutual undertaking -- "상호",
"相互", "lẫn nhau", "each other": a planned record in the clause of one is what the parties
commit to do for each other, a practice, read as ``vague_time``), ``multilateral``
(optional list of str: words of a tie among three or more places -- "three-way", "سه
جانبه", "трёхсторонн", "三方": a list of places ending in "B and C" is one such tie only
where one stands just before it), ``terms`` (optional list
of str:
phrases that introduce an agreement's terms -- "under the agreement", "theo thỏa thuận",
"согласно соглашению": an event told after one is what the parties undertake, no
occurrence), ``possessive`` (optional list of str: the particles that join a place to
the name of its official before an office title -- Japanese "の" in "亳州市の劉健市長": Liu
Jian, mayor of Bozhou, no city 劉健), ``subunit`` (optional list of str: the markers of
units below a city that an address writes after their city -- Korean "면", "읍", "동" in
"합천군 대병면" -- each such unit being a
place of its own), ``respectively`` (optional list of str: "respectively", "分别", "それぞれ":
an agreement of the focus with several places listed in a sentence with one is one
agreement with each), ``retold_before`` and ``retold_after`` (optional lists of str: the
demonstratives and "after" subordinators written before or after an event or agreement word
that mark it as one already told -- "this", "이번", "此次", "この", "этот", "यह", "આ", "این",
Vietnamese "này", Hebrew "הזה"; "after", "후", "后", "после", "के बाद", "پس از": see
:mod:`citydiplo._extract._retold`), ``definite_before`` (optional list of str: the
words that, written right before a delegation word, make it the delegation already told --
the article "the", Vietnamese "tiếp" (received) before a bare "đoàn", a comma
before a bare Chinese "代表团" opening its clause: an encounter told of it with no date of
its own is the visit's, see :mod:`citydiplo._extract._retold`), ``decided`` and
``done_links`` (optional lists of str: the plan words written on the one verb they end --
Korean "-기로" (decided to) -- and the verb endings that close a done predicate and join the
next one -- "체결하고 ", "했으며": a decision after such a link plans no cue before it, see
:mod:`citydiplo._extract._decided`), ``founding`` (optional
list of str: words that found a tie -- "establish", "thiết lập", "建立", "установлении",
"برقراری": a cooperation named after one in the clause of an agreement is a tie the
agreement founds, see
:mod:`citydiplo._extract._topic`), ``relation_words`` (optional list of str: the partnership
cues that name relations in general -- "quan hệ hữu nghị", "友好关系", "partnership": a tie
read from one alone is talk, see :mod:`citydiplo._extract._relations`), ``legislatures``
(optional list of str: the words for a city's council or assembly written beside its name,
"…" standing for the name -- "…議会", "… council", "شورای شهر …": an agreement of the
council founds no tie of the city, see :mod:`citydiplo._extract._founded_ties`),
``coordinators``
(optional list of str: the words that join the items of a list of names in a cased
script -- "and", "и", "và": an item of a list that names a found place is a place, see
:mod:`citydiplo._extract._coordinated`),
``request_granted`` (optional list of str: the phrases of a visit made at an
invitation -- "at the invitation of", "theo lời mời", "应": a ``requested`` phrase written
before the cue then asks for nothing, see :mod:`citydiplo._extract._requested`),
``standing`` (optional list of str: the stative forms of a signing verb written right after
a tie's cue, "…" standing for it -- "… を締結してい", "… 을 맺고 있는": see
:mod:`citydiplo._extract._standing`),
``name_joiners`` (optional list of str: the marks that join the parts of a
transliterated foreign personal name -- Chinese "·" in "拉萨罗·布凯尔": a place name that
begins or ends such a part is none, see :mod:`citydiplo._extract._joined`),
``municipality`` (optional list of str: the ``organization`` prefixes that mean "the
municipality of" -- Hebrew "עיריית": such an organization whose name the gazetteer knows as
a city is that city, see :func:`citydiplo._extract._cut.municipal_places`),
``date_reported`` (optional list of str: the reporting phrases, "…" standing for the date,
that make a date the day of a statement rather than of what it reports: "… 밝혔" in "방문했다고
15일 밝혔다", "said …"; see :mod:`citydiplo._extract._reported`),
``requested`` (optional list of str: the phrases of asking written right after a cue, "…"
standing for it -- "… 을 요청" in "답방을 요청했다", "… を要請" -- or shortly before it,
"invited …", "mời …", "邀请 …": the occurrence is only asked for;
see :mod:`citydiplo._extract._requested`),
``recurring`` (optional list of str: "every year", "해마다", "毎年": an event told with one
is a yearly custom, not an occurrence; see :mod:`citydiplo._extract._recurring`),
``office_organs`` (optional list of str: the organs of local government an office is named
by -- Vietnamese "UBND" in "Chủ tịch UBND thành phố Lê Trung Chinh": an unknown place read from
a city marker right after one is the officer's name; see :mod:`citydiplo._extract._officeholder`),
``counterpart`` (optional list of str: the words for "with" that mark the other side of a
tie, where they differ from the words for "and" -- "with", "با", "с", "với", "עם": see
:mod:`citydiplo._extract._pairs`), ``prospect`` (optional list of str: the phrases that make
a tie one the article only seeks or discusses, "…" standing for the cue -- "prospect of …",
"آمادگی …", "… 추진", "… に向け": see :mod:`citydiplo._extract._prospects`), ``between``
(optional list of str: the words for "between" that mark two names as the two sides of a tie,
"…" standing for the pair -- "между …", "میان …", "… के बीच", "… વચ્ચે", "בין …": see
:mod:`citydiplo._extract._pairs`), ``abbreviations`` (optional list of str: for a language
without a maintained segmenter, the words whose period ends no sentence -- Gujarati "મ્યુ"
(municipal), "ડૉ" (Dr), the letter names of initials, "ડી": see
:mod:`citydiplo._extract._segment`), ``said`` (optional list of str: speech verbs that
may close with a colon before what is said -- "said", "заявил", "اظهار کرد", "कहा": see
:mod:`citydiplo._extract._quoted`), ``venue`` (optional list of str: the locative
postpositions after which a place only locates a meeting -- Hindi "में" -- or the marks
around it, "…" standing for the place -- Chinese "在…举行": see
:mod:`citydiplo._extract._venue`), ``attend`` (optional list of str: the words for
attending, "出席", "참석", "attend", that make an anniversary celebration named beside a
visit's cue an event of its own: see :func:`citydiplo._extract._events._attended`),
``not_names``
(optional list of str: words read after a title that name no one -- Korean "등" (etc.),
"외" (and others): see :mod:`citydiplo._extract._people`), ``place_name_endings``
(optional list of str: endings of a place name's genitive that no one-word personal name
after a title takes -- Russian "ска" in "Глава Благовещенска": see
:mod:`citydiplo._extract._people`), ``name_stops`` (optional list of
str: words that end a name read after a title -- Hebrew "של" (of), Gujarati "તરીકે" (as):
see :mod:`citydiplo._extract._people`), ``complement_prefixes`` (optional list of str: the
article that makes a common word right after a title the office's complement, not a name --
Hebrew "ה" in "שר המים": see :mod:`citydiplo._extract._complement`), ``title_places``
(optional list of str: a title's
office, residence or hall written after the title -- Hindi "कार्यालय", Chinese "办公室": a
name read after a title that begins with one names no one; see
:mod:`citydiplo._extract._rooms`), ``hoped`` (optional list of str: the phrases of
hope written right before or after a cue, "…" standing for it -- "надежду на …", "… की
उम्मीद": the occurrence is only hoped for; see :mod:`citydiplo._extract._hoped`),
``national_ties`` (optional list of str: the words of relations between states written
right before or after an anniversary word, "…" standing for it -- "수교 …", "… diplomatic
ties": the jubilee is the nation's, no city's event; see :mod:`citydiplo._extract._national`),
``partners_before_cue`` (optional bool: whether an agreement's partners stand before its
word -- "与A、B签署友好城市协议" -- as in an SOV language, the default there; see
:mod:`citydiplo._extract._cue_parts`).

A language may also have ``data/<lang>.variants.json`` (``source``, ``variants``: word -> its
other written forms), built from a maintained converter by a tool, never by hand: Chinese
``zh.variants.json`` holds the traditional forms of the simplified words (OpenCC, by
``tools/build_zh_variants.py``); Persian ``fa.variants.json`` the forms typed with the Arabic
letters yeh and kaf ("بازديد" for "بازدید", by ``tools/build_fa_variants.py``). Each form joins
every list its word is in.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from citydiplo._errors import CitydiploError

__all__ = ["EVENT_FAMILIES", "LANGUAGES", "CueDataError", "check_cues", "cues", "put_off"]

LANGUAGES = ("en", "fa", "gu", "he", "hi", "ja", "ko", "ru", "vi", "zh")
EVENT_FAMILIES = (
    "visit", "receive", "meeting", "delegation", "lecture", "conference", "festival",
    "anniversary", "exchange_programme",
)
_KINDS = {
    "partnership": ("sister", "friendship", "partner", "exchange", "cooperation"),
    "agreement": (
        "mou", "sister_city", "friendship", "cooperation", "letter_of_intent", "distribution",
    ),
    "event": EVENT_FAMILIES,
    "document": (
        "resolution", "plan", "project", "decision", "decree", "directive", "strategy", "report",
    ),
    "count": ("partners", "countries", "agreements", "events"),
}
_LISTS = (
    "sentence_end", "clause_break", "signing", "negation", "planned", "link", "anaphora",
    "pair_anaphora",
    "titles_before", "titles_after", "count_links", "qualifiers", "owner_links", "conjunctions",
    "date_attributive", "dateline", "determiners", "not_cues", "date_bounds",
)


class CueDataError(CitydiploError, ValueError):
    """A cue data file does not have the documented shape."""


def _words(value: object, where: str, problems: list[str]) -> None:
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        problems.append(f"{where}: expected a list of non-empty strings, got {value!r:.60}")


def check_cues(data: Any) -> list[str]:
    """Every way ``data`` departs from the documented shape (empty: it conforms).

    >>> check_cues({"lang": "xx"})[:2]
    ['$.source: missing', '$.script: missing']
    """
    if not isinstance(data, dict):
        return ["$: expected an object"]
    problems: list[str] = []
    for key in ("lang", "source"):
        if not isinstance(data.get(key), str) or not data.get(key):
            problems.append(f"$.{key}: missing")
    script = data.get("script")
    if not isinstance(script, dict):
        problems.append("$.script: missing")
    else:
        if script.get("boundary") not in ("word", "none"):
            problems.append("$.script.boundary: expected 'word' or 'none'")
        if script.get("word_order") not in ("SVO", "SOV"):
            problems.append("$.script.word_order: expected 'SVO' or 'SOV'")
        for flag in ("extend", "cased", "wider_first"):
            if not isinstance(script.get(flag), bool):
                problems.append(f"$.script.{flag}: expected true or false")
        for key in ("prefixes", "particles"):
            _words(script.get(key), f"$.script.{key}", problems)
        _words_or_empty(script.get("endings", []), "$.script.endings", problems)
        for flag in ("spaced", "stem_cases", "glued_particles"):
            if not isinstance(script.get(flag, False), bool):
                problems.append(f"$.script.{flag}: expected true or false")
        roles = script.get("role_prefixes")
        if not isinstance(roles, dict) or not all(
            isinstance(k, str) and v in ("visitor", "host") for k, v in roles.items()
        ):
            problems.append("$.script.role_prefixes: expected an object of 'visitor'/'host'")
    for key in _LISTS:
        _words(data.get(key), f"$.{key}", problems)
    for family, kinds in _KINDS.items():
        table = data.get(family)
        if not isinstance(table, dict):
            problems.append(f"$.{family}: missing")
            continue
        for kind in table:
            if kind not in kinds:
                problems.append(f"$.{family}.{kind}: unknown kind (expected one of {kinds})")
            else:
                _words(table[kind], f"$.{family}.{kind}", problems)
    for key in ("name_tokens", "name_tokens_before"):
        if not isinstance(data.get(key, 1), int) or data.get(key, 1) < 1:
            problems.append(f"$.{key}: expected an int >= 1")
    for key, parts in (("organization", ("suffix", "prefix")), ("city", ("suffix", "prefix"))):
        table = data.get(key)
        if not isinstance(table, dict):
            problems.append(f"$.{key}: missing")
            continue
        for part in parts:
            _words_or_empty(table.get(part), f"$.{key}.{part}", problems)
    _words_or_empty(data.get("recent_anaphora", []), "$.recent_anaphora", problems)
    _words_or_empty(data.get("vague_time", []), "$.vague_time", problems)
    _words_or_empty(data.get("mutual", []), "$.mutual", problems)
    _words_or_empty(data.get("multilateral", []), "$.multilateral", problems)
    _words_or_empty(data.get("terms", []), "$.terms", problems)
    _words_or_empty(data.get("respectively", []), "$.respectively", problems)
    _words_or_empty(data.get("retold_before", []), "$.retold_before", problems)
    _words_or_empty(data.get("retold_after", []), "$.retold_after", problems)
    _words_or_empty(data.get("definite_before", []), "$.definite_before", problems)
    _words_or_empty(data.get("decided", []), "$.decided", problems)
    _words_or_empty(data.get("done_links", []), "$.done_links", problems)
    _words_or_empty(data.get("posted_at", []), "$.posted_at", problems)
    _words_or_empty(data.get("posted_titles", []), "$.posted_titles", problems)
    _words_or_empty(data.get("date_modifiers", []), "$.date_modifiers", problems)
    _words_or_empty(data.get("relative_markers", []), "$.relative_markers", problems)
    for key in ("delegation_owners", "agent_particles", "goal_particles", "company_words"):
        _words_or_empty(data.get(key, []), f"$.{key}", problems)
    _words_or_empty(data.get("founding", []), "$.founding", problems)
    _words_or_empty(data.get("relation_words", []), "$.relation_words", problems)
    _words_or_empty(data.get("legislatures", []), "$.legislatures", problems)
    _words_or_empty(data.get("subunit", []), "$.subunit", problems)
    _words_or_empty(data.get("possessive", []), "$.possessive", problems)
    _words_or_empty(data.get("coordinators", []), "$.coordinators", problems)
    _words_or_empty(data.get("counterpart", []), "$.counterpart", problems)
    _words_or_empty(data.get("prospect", []), "$.prospect", problems)
    _words_or_empty(data.get("between", []), "$.between", problems)
    _words_or_empty(data.get("abbreviations", []), "$.abbreviations", problems)
    _words_or_empty(data.get("said", []), "$.said", problems)
    _words_or_empty(data.get("venue", []), "$.venue", problems)
    _words_or_empty(data.get("attend", []), "$.attend", problems)
    _words_or_empty(data.get("not_names", []), "$.not_names", problems)
    _words_or_empty(data.get("place_name_endings", []), "$.place_name_endings", problems)
    _words_or_empty(data.get("name_stops", []), "$.name_stops", problems)
    _words_or_empty(data.get("title_places", []), "$.title_places", problems)
    _words_or_empty(data.get("complement_prefixes", []), "$.complement_prefixes", problems)
    if not isinstance(data.get("partners_before_cue", False), bool):
        problems.append("$.partners_before_cue: expected true or false")
    _words_or_empty(data.get("adjective_endings", []), "$.adjective_endings", problems)
    _words_or_empty(data.get("country_endings", []), "$.country_endings", problems)
    _words_or_empty(data.get("possessive_words", []), "$.possessive_words", problems)
    finals = data.get("final_letters", {})
    if not isinstance(finals, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and len(k) == 1 == len(v)
            for k, v in finals.items()):
        problems.append("$.final_letters: expected an object of one letter to one letter")
    _words_or_empty(data.get("hoped", []), "$.hoped", problems)
    _words_or_empty(data.get("national_ties", []), "$.national_ties", problems)
    _words_or_empty(data.get("municipality", []), "$.municipality", problems)
    _words_or_empty(data.get("name_joiners", []), "$.name_joiners", problems)
    _words_or_empty(data.get("request_granted", []), "$.request_granted", problems)
    _words_or_empty(data.get("standing", []), "$.standing", problems)
    region = data.get("region", {"suffix": [], "prefix": []})
    if not isinstance(region, dict):
        problems.append("$.region: expected an object")
    else:
        for part in ("suffix", "prefix"):
            _words_or_empty(region.get(part, []), f"$.region.{part}", problems)
    org = data.get("organization")
    if isinstance(org, dict) and not isinstance(org.get("acronyms"), bool):
        problems.append("$.organization.acronyms: expected true or false")
    return problems


def _words_or_empty(value: object, where: str, problems: list[str]) -> None:
    if value == []:
        return
    _words(value, where, problems)


def put_off(data: dict[str, Any]) -> tuple[str, ...]:
    """The words that make a planned record in their clause no occurrence: ``vague_time``
    and ``mutual``, folded to lower case.

    >>> put_off({"vague_time": ["In the future"], "mutual": ["each other"]})
    ('in the future', 'each other')
    """
    return tuple(w.lower() for w in (*data.get("vague_time", ()), *data.get("mutual", ())))


@cache
def cues(lang: str) -> dict[str, Any]:
    """The cue data of ``lang``, checked (cached; read on first use).

    Raises:
        CueDataError: ``lang`` has no file, or its file breaks the documented shape.

    >>> cues("ko")["script"]["word_order"]
    'SOV'
    """
    if lang not in LANGUAGES:
        raise CueDataError(
            f"language {lang!r} has no extraction cues; expected one of {', '.join(LANGUAGES)}"
        )
    folder = resources.files("citydiplo._extract").joinpath("data")
    text = folder.joinpath(f"{lang}.json").read_text("utf-8")
    data = json.loads(text)
    problems = check_cues(data)
    if problems:
        raise CueDataError(f"data/{lang}.json: " + "; ".join(problems))
    variants = folder.joinpath(f"{lang}.variants.json")
    if variants.is_file():
        table = json.loads(variants.read_text("utf-8"))["variants"]
        data = {k: v if k in ("lang", "source", "script") else _with_variants(v, table)
                for k, v in data.items()}
    return dict(data)


def _with_variants(value: Any, table: dict[str, list[str]]) -> Any:
    """Every list of words in ``value`` with the other written forms of its words after them
    ("签订" and "簽訂"), each once."""
    if isinstance(value, list) and all(isinstance(w, str) for w in value):
        return list(dict.fromkeys([*value, *(f for w in value for f in table.get(w, ()))]))
    if isinstance(value, dict):
        return {k: _with_variants(v, table) for k, v in value.items()}
    return value
