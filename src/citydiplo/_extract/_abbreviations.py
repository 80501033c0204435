"""pysbd's abbreviation step with its patterns compiled once, not once per abbreviation found.

pysbd (0.3.4) marks the period of each abbreviation it finds in a line ("Dr.", "г.") with
patterns it builds from that abbreviation: ``re.findall(r"(?:^|\\s|\\r|\\n)" + abbr, ...)``,
``re.sub(r"(?<=\\s" + abbr + r")\\.(?=...)", ...)``. Each distinct abbreviation seen makes
two to four patterns, which go through ``re``'s cache of 512; over a stream of articles they
push out the patterns pysbd's rules and the cue files reuse, so that ``re`` compiles those
again and again. Here the same steps run with the same pattern strings, the same flags and
the same order of operations, compiled once each and kept in a table of their own (keyed
by the pattern string: an abbreviation, as written in a text, in a fixed frame). The
abbreviations a line contains are listed in one comprehension, in the list's order, before
the loop. The methods follow pysbd 0.3.4's ``AbbreviationReplacer`` line for line, with
its Russian and Persian variants; :func:`replacer_for` gives pysbd's own class for any
other version.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["replacer_for"]

_PATTERNS: dict[tuple[str, int], re.Pattern[str]] = {}
_LIMIT = 8192  # distinct patterns kept; the table starts again when full


def _re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    key = (pattern, flags)
    found = _PATTERNS.get(key)
    if found is None:
        if len(_PATTERNS) >= _LIMIT:
            _PATTERNS.clear()
        found = _PATTERNS[key] = re.compile(pattern, flags)
    return found


def _period_after(before: str) -> str:
    """pysbd's ``(?<=BEFORE)\\.``: a period after what ``before`` matches. Written as
    ``\\.(?<=BEFORE\\.)`` where ``before`` is a run of plain characters, ``.``, ``\\s``,
    ``\\A``, ``^`` and escapes (a look-behind of fixed width either way): the same periods,
    but ``re`` then looks only at periods, not at every position of the text."""
    if _PLAIN.fullmatch(before) is None:
        return rf"(?<={before})\."
    return rf"\.(?<={before}\.)"


# a look-behind body of fixed width whose meaning a "\." after it cannot change: no
# alternation, group, class, repeat; a backslash only as an escape of a character
_PLAIN = re.compile(r"(?:\\.|[^\\|()\[\]{}*+?])*")


def _pre_number(txt: str, abbr: str) -> str:
    """pysbd's ``replace_pre_number_abbr``."""
    txt = " " + txt
    pattern = _period_after(rf"\s{abbr.strip()}") + r"(?=(\s\d|\s+\())"
    return _re(pattern).sub("∯", txt)[1:]


def _prepositive(txt: str, abbr: str) -> str:
    """pysbd's ``replace_prepositive_abbr``."""
    txt = " " + txt
    pattern = _period_after(rf"\s{abbr.strip()}") + r"(?=(\s|:\d+))"
    return _re(pattern).sub("∯", txt)[1:]


class _Standard:
    """pysbd's ``AbbreviationReplacer`` steps that build patterns, with cached patterns."""

    text: str
    lang: Any
    SENTENCE_STARTERS: list[str]

    def replace_abbreviation_as_sentence_boundary(self) -> str:
        sent_starters = "|".join(rf"(?=\s{word}\s)" for word in self.SENTENCE_STARTERS)
        regex = rf"(U∯S|U\.S|U∯K|E∯U|E\.U|U∯S∯A|U\.S\.A|I|i.v|I.V)∯({sent_starters})"
        self.text = _re(regex).sub("\\1.", self.text)
        return self.text

    def replace_multi_period_abbreviations(self) -> None:
        period = _re(re.escape("."))

        def mpa_replace(match: re.Match[str]) -> str:
            return period.sub("∯", match.group())

        self.text = _re(self.lang.MULTI_PERIOD_ABBREVIATION_REGEX, re.IGNORECASE).sub(
            mpa_replace, self.text
        )

    def replace_period_of_abbr(self, txt: str, abbr: str) -> str:
        txt = " " + txt
        after = r"(?=((\.|\:|-|\?|,)|(\s([a-z]|I\s|I'm|I'll|\d|\())))"
        pattern = _period_after(rf"\s{re.escape(abbr.strip())}") + after
        return _re(pattern).sub("∯", txt)[1:]

    def search_for_abbreviations_in_string(self, text: str) -> str:
        # Each step only turns periods into "∯", and a period turned elsewhere can only
        # take a match from a pattern (one that wants a period after), never give one, so a
        # pattern once applied finds nothing more in this loop: a line with "No." written
        # n times applies it once, not n times over the whole line (its square).
        self._applied: set[tuple[str, str]] = set()
        found = _present(text, self.lang)
        periods = [m.start() for m in _PERIOD.finditer(text)] if found else []
        for stripped in found:
            if not _before_a_period(text, stripped, periods):
                continue  # every step below marks a period right after the abbreviation
            abbrev_match = _re(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE).findall(text)
            if not abbrev_match:
                continue
            next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
            # (the look-behind holds pysbd's literal braces: no "{", no match)
            char_array = _re(next_word_start).findall(text) if "{" in text else []
            for ind, match in enumerate(abbrev_match):
                text = self.scan_for_replacements(text, match, ind, char_array)
        return text

    def scan_for_replacements(self, txt: str, am: str, ind: int, char_array: list[str]) -> str:
        try:
            char = char_array[ind]
        except IndexError:
            char = ""
        prepositive = self.lang.Abbreviation.PREPOSITIVE_ABBREVIATIONS
        number_abbr = self.lang.Abbreviation.NUMBER_ABBREVIATIONS
        upper = str(char).isupper()
        if not upper or am.strip().lower() in prepositive:
            if am.strip().lower() in prepositive:
                step = "prepositive"
            elif am.strip().lower() in number_abbr:
                step = "number"
            else:
                step = "period"
            if (step, am.strip()) in self._applied:
                return txt  # the same pattern again: nothing left for it
            self._applied.add((step, am.strip()))
            if step == "prepositive":
                txt = _prepositive(txt, am)
            elif step == "number":
                txt = _pre_number(txt, am)
            else:
                txt = self.replace_period_of_abbr(txt, am)
        return txt


class _Russian(_Standard):
    def replace_period_of_abbr(self, txt: str, abbr: str) -> str:
        txt = _re(_period_after(rf"\s{abbr.strip()}")).sub("∯", txt)
        txt = _re(_period_after(rf"\A{abbr.strip()}")).sub("∯", txt)
        return _re(_period_after(rf"^{abbr.strip()}")).sub("∯", txt)


class _Persian(_Standard):
    def scan_for_replacements(self, txt: str, am: str, ind: int, char_array: list[str]) -> str:
        if ("after", am) in self._applied:
            return txt
        self._applied.add(("after", am))
        return _re(_period_after(am)).sub("∯", txt)


_LETTERS = re.compile(r"[^\W\d_]+")
_PERIOD = re.compile(r"\.")


def _before_a_period(text: str, stripped: str, periods: list[int]) -> bool:
    """Whether the abbreviation ``stripped`` (a pattern, as pysbd writes it) may stand right
    before one of the ``periods`` of ``text`` (case ignored), as every step that marks an
    abbreviation's period needs: when it is letters alone, it matches as many characters
    as it has, so only the letters before each period are read (a line holds few periods
    and may hold "в" or "st" at many word starts); otherwise ``True`` (the steps run)."""
    if _LETTERS.fullmatch(stripped) is None:
        return True
    size, word = len(stripped), _re(stripped, re.IGNORECASE)
    return any(word.fullmatch(text, p - size, p) is not None for p in periods if p >= size)


def _present(text: str, lang: type) -> list[str]:
    """The language's abbreviations (stripped) that ``text`` holds, case ignored, in the
    list's order -- but for those of ASCII letters that stand before none of its periods,
    which :func:`_before_a_period` would have the steps pass over. Those are looked for
    only among the letters before each period (a line holds few periods and the list
    holds some hundred such abbreviations); where those letters are not all ASCII, by
    the look-up each would get (``re`` matches "K" to the Kelvin sign)."""
    lowered = text.lower()
    stripped, plain, sizes = _kinds(lang)
    tails: set[str] = set()
    odd: list[int] = []  # the periods with other letters before them
    at = text.find(".")
    while at >= 0:
        for size in sizes:
            if size <= at:
                tail = text[at - size : at]
                if tail.isascii():
                    tails.add(tail.lower())
                elif at not in odd[-1:]:
                    odd.append(at)
        at = text.find(".", at + 1)
    index, others = _indexed(lang)
    if len(others) * 2 >= len(stripped):  # a list mostly of other abbreviations: each read
        return [
            s
            for s, ascii_letters in zip(stripped, plain, strict=True)
            if (
                (s in tails or (bool(odd) and s in lowered and _before_a_period(text, s, odd)))
                if ascii_letters
                else s in lowered
            )
        ]
    # An abbreviation of ASCII letters stands in the text only within a run of its ASCII
    # letters: those runs, apart, are searched instead of the whole text (in a text of
    # another script, a short search of one-byte characters where the text's was long)
    letter_runs = " ".join(_ASCII_LETTERS.findall(lowered)) if odd else ""
    if not letter_runs:  # those of ASCII letters: the tails read (fewer than the list holds)
        chosen = [i for tail in tails for i in index.get(tail, ())]
        chosen += [i for i, s in others if s in lowered]
        chosen.sort()
        return [stripped[i] for i in chosen]
    return [
        s
        for s, ascii_letters in zip(stripped, plain, strict=True)
        if (
            (s in tails or (s in letter_runs and _before_a_period(text, s, odd)))
            if ascii_letters
            else s in lowered
        )
    ]


_ASCII_LETTERS = re.compile("[A-Za-z]+")

_INDEXED: dict[type, tuple[dict[str, list[int]], list[tuple[int, str]]]] = {}


def _indexed(lang: type) -> tuple[dict[str, list[int]], list[tuple[int, str]]]:
    """Where each abbreviation of ASCII letters stands in the list (every place, should it
    be listed twice), and the others with their places."""
    found = _INDEXED.get(lang)
    if found is None:
        stripped, plain, _ = _kinds(lang)
        index: dict[str, list[int]] = {}
        others: list[tuple[int, str]] = []
        for i, (s, ascii_letters) in enumerate(zip(stripped, plain, strict=True)):
            if ascii_letters:
                index.setdefault(s, []).append(i)
            else:
                others.append((i, s))
        found = _INDEXED[lang] = (index, others)
    return found


_KINDS: dict[type, tuple[list[str], list[bool], tuple[int, ...]]] = {}


def _kinds(lang: type) -> tuple[list[str], list[bool], tuple[int, ...]]:
    """:func:`_stripped`, whether each is of ASCII letters alone, and their lengths."""
    found = _KINDS.get(lang)
    if found is None:
        stripped = _stripped(lang)
        plain = [s.isascii() and _LETTERS.fullmatch(s) is not None for s in stripped]
        sizes = tuple(sorted({len(s) for s, p in zip(stripped, plain, strict=True) if p}))
        found = _KINDS[lang] = (stripped, plain, sizes)
    return found


_STRIPPED: dict[type, list[str]] = {}


def _stripped(lang: type) -> list[str]:
    """The language's abbreviations, stripped, in the list's order."""
    found = _STRIPPED.get(lang)
    if found is None:
        found = _STRIPPED[lang] = [a.strip() for a in lang.Abbreviation.ABBREVIATIONS]  # type: ignore[attr-defined]
    return found


_MIXINS: dict[str, type[_Standard]] = {
    "en": _Standard,
    "hi": _Standard,
    "ja": _Standard,
    "zh": _Standard,
    "ru": _Russian,
    "fa": _Persian,
}
_CLASSES: dict[str, Any] = {}


def replacer_for(lang: str, language: Any) -> Any:
    """A pysbd language class (``pysbd.languages.LANGUAGE_CODES[lang]``) whose abbreviation
    step caches its patterns; the class itself unless pysbd is 0.3.4 (the version these
    methods follow) and the language's replacer is one of those followed here."""
    import pysbd  # type: ignore[import-untyped]

    if getattr(pysbd, "__version__", None) != "0.3.4" or lang not in _MIXINS:
        return language
    made = _CLASSES.get(lang)
    if made is None:
        own = language.AbbreviationReplacer
        mixin = _MIXINS[lang]
        replacer = type(own.__name__, (mixin, own), {})
        made = _CLASSES[lang] = type(
            language.__name__, (language,), {"AbbreviationReplacer": replacer}
        )
    return made
