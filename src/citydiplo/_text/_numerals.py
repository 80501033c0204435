"""Folding text for date matching while remembering where each character came from.

Native digits (Devanagari, Gujarati, Persian, Arabic-Indic, full-width, superscript and
subscript...) become ASCII,
case is folded, spacing collapsed, dashes unified, and the spelling variants that
:mod:`citydiplo._normalize` folds for names (invisible characters and ZWNJ, the nukta, Hebrew
points, Arabic harakat and the ezafe mark, Arabic yeh and kaf) are folded too, and so are Latin
and Greek look-alike letters inside Cyrillic words (:mod:`._lookalike`). Vietnamese and
other Latin accents are kept: they tell words apart ("năm" is a year, "Nam" a name).

Every folded character keeps the offset of the original character it came from, so a match
in the folded text maps back to an exact span of the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from citydiplo._normalize import strip_invisible
from citydiplo._text._lookalike import cyrillic_lookalikes

__all__ = ["fold", "fold_word"]

_DROP_MARKS = re.compile("[\u0591-\u05bd\u05bf-\u05c7\u064b-\u065f\u0670\u093c\u0abc]")
_LETTERS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "٬": ",", "،": ",", "־": "-", "−": "-"}
)
_DASHES = frozenset("‐‑‒–—―－")  # and the full-width hyphen-minus
_TILDES = frozenset("〜～∼")  # wave dashes and the tilde operator: "5〜7日" is "5~7日"


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    if ch in _DASHES:
        return "-"
    if ch in _TILDES:
        return "~"
    if ch in "[]":  # "[Oct] 12, 2019": brackets of an edited quote are spacing
        return " "
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    if ch.isdigit():  # superscript and subscript digits: "²⁰²³", "₂₅"
        return str(unicodedata.digit(ch))
    if not strip_invisible(ch):
        return ""
    decomposed = unicodedata.normalize("NFD", ch.casefold())
    decomposed = _DROP_MARKS.sub("", decomposed).translate(_LETTERS)
    return unicodedata.normalize("NFC", decomposed)


class _Table(dict[int, str]):
    """``str.translate`` table filled on demand: code point -> folded text. It also keeps
    the characters that do not fold to one character ("not simple": dropped or expanded),
    and those that fold to one combining mark (which may compose with the character before
    it), so that one class test tells whether a text folds one to one."""

    def __init__(self) -> None:
        super().__init__()
        self.not_simple: set[str] = set()
        self.not_simple_in = re.compile("(?!)").search
        self.combining: set[str] = set()
        self.combining_in = re.compile("(?!)").search
        self.odd: set[str] = set()  # both
        self.odd_in = re.compile("(?!)").search

    def __missing__(self, key: int) -> str:
        value = self[key] = _fold_char(chr(key))
        if len(value) != 1 or unicodedata.combining(value):
            self.odd.add(chr(key))
            chars = "".join(sorted(self.odd))
            self.odd_in = re.compile(f"[{re.escape(chars)}]").search
        if len(value) != 1:
            self.not_simple.add(chr(key))
            chars = "".join(sorted(self.not_simple))
            self.not_simple_in = re.compile(f"[{re.escape(chars)}]").search
        elif unicodedata.combining(value):
            self.combining.add(chr(key))
            chars = "".join(sorted(self.combining))
            self.combining_in = re.compile(f"[{re.escape(chars)}]").search
        return value


_HAN_NUMERALS = "〇零一二三四五六七八九十两兩"


class _Plain:
    """Characters whose fold needs no table ("plain"): those that fold to their own case
    fold, one to one, so that a text of them folds to ``text.casefold()`` (one C call,
    where the table costs a lookup per character); also the combining marks that fold to
    themselves (a text with them takes this path when its fold is in NFC, as
    :func:`_fold_table` decides) and the digits of other scripts, read after the case fold.
    Characters of the Basic Multilingual Plane are classified by blocks of 256 code points,
    on the first text that has one of a block's; any other character is not plain."""

    def __init__(self) -> None:
        self.blocks: set[int] = set()
        self.other: set[str] = set()  # none of the kinds above
        self.marks: set[str] = set()
        self.digits: dict[int, str] = {}
        self._compile()

    def _compile(self) -> None:
        def chars(found: Iterable[str]) -> str:
            return "".join(rf"\U{ord(ch):08x}" for ch in sorted(found))

        # a character of a block not classified yet (or above the plane): the blocks seen,
        # as runs, in a negated class (a class of the others would be slow to compile)
        runs: list[list[int]] = []
        for block in sorted(self.blocks):
            if runs and runs[-1][1] == block - 1:
                runs[-1][1] = block
            else:
                runs.append([block, block])
        # (as the ranges between the runs: one class with the characters below, which the
        # search tests character by character in C; an alternation of two classes would be
        # tried branch by branch at every position)
        gaps: list[str] = []
        start = 0
        for lo, hi in runs:
            if lo << 8 > start:
                gaps.append(rf"\U{start:08x}-\U{(lo << 8) - 1:08x}")
            start = (hi << 8) + 256
        unseen = "".join(gaps) + (rf"\U{start:08x}-\U0010ffff" if start <= 0x10FFFF else "")
        other = chars(self.other)
        self.other_in = re.compile(f"[{other}{unseen}]" if other or unseen else "(?!)").search
        self.marks_in = re.compile(f"[{chars(self.marks)}]" if self.marks else "(?!)").search
        digits = chars(chr(code) for code in self.digits)
        self.digit_run = re.compile(f"[{digits}][{digits}]*" if digits else "(?!)")
        # any character that is not plain, or needs a look after the case fold (a mark, a
        # digit, a Han numeral): a text without one folds to its case fold, one search
        odd = chars(self.other | self.marks | {chr(code) for code in self.digits})
        self.special_in = re.compile(f"[{odd}{_HAN_NUMERALS}{unseen}]").search

    def plain(self, text: str) -> bool:
        """Whether every character of ``text`` is plain, a mark or a digit."""
        m = self.other_in(text)
        if m is None:
            return True
        code = ord(m.group())
        if code > 0xFFFF or code >> 8 in self.blocks:
            return False
        for block in sorted({ord(ch) >> 8 for ch in text if ord(ch) <= 0xFFFF} - self.blocks):
            self.blocks.add(block)
            for code in range(block << 8, (block + 1) << 8):
                self._classify(chr(code))
        self._compile()
        return self.other_in(text) is None

    def _classify(self, ch: str) -> None:
        try:
            folded = _fold_char.__wrapped__(ch)
        except ValueError:  # not a character any text folds (a lone surrogate)
            self.other.add(ch)
            return
        case = ch.casefold()
        if folded == case and len(case) == 1:
            if unicodedata.combining(case):
                self.marks.add(ch)
        elif case == ch and len(folded) == 1 and folded.isascii() and folded.isdigit():
            self.digits[ord(ch)] = folded
        else:
            self.other.add(ch)

    def fold(self, text: str) -> str | None:
        """``text`` folded, if it is plain, one to one, and in NFC where it has marks."""
        folded = text.casefold()
        if "  " in folded or folded.startswith(" "):
            return None
        if folded.isascii():
            return folded
        if self.marks_in(text) is not None and not unicodedata.is_normalized("NFC", folded):
            return None
        if self.digit_run.search(folded) is None:
            return folded
        table = self.digits
        return self.digit_run.sub(lambda m: m.group().translate(table), folded)


_TABLE = _Table()
_PLAIN = _Plain()
# a zero among Han digits is as often written "0" or "○" (white circle) as "〇": "二0二五年"
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | dict.fromkeys("零0○", 0)
_HAN_DIGITS |= {"两": 2, "兩": 2}
# A run of Han numerals is matched whole and its next character checked after the match: a
# lookahead inside the pattern would retry every suffix of a long run (quadratic time).
# (written "[…][…]*", not "[…]+": a pattern that starts with a class is searched for it in C)
_HAN_NUMBER = re.compile(f"[{_HAN_NUMERALS}][{_HAN_NUMERALS}0○]*")
# what a number is counted in, in dates and spans: "三天前", "两个月前", "三か月前", "二週間"
_HAN_COUNTERS = frozenset("年月日号天周週个個かヶカケ箇")


def _han_value(run: str) -> str | None:
    if "十" not in run:
        return "".join(str(_HAN_DIGITS[c]) for c in run)
    tens, _, ones = run.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return str((_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[ones] if ones else 0))


def _han_numerals(folded: str, where: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Han numerals before 年, 月, 日 as digits: "二〇二五年" -> "2025年", "十一月" -> "11月"."""
    out: list[str] = []
    new_where: list[int] = []
    last = 0
    for m in _HAN_NUMBER.finditer(folded):
        if folded[m.end() : m.end() + 1] not in _HAN_COUNTERS:
            continue
        value = _han_value(m.group())
        if value is None:
            continue
        out.append(folded[last : m.start()])
        new_where.extend(where[last : m.start()])
        out.append(value)
        first, final = where[m.start()], where[m.end() - 1]
        new_where.extend([first] * (len(value) - 1) + [final])
        last = m.end()
    if not out:
        return folded, where
    out.append(folded[last:])
    new_where.extend(where[last:])
    return "".join(out), new_where


def fold(text: str) -> tuple[str, Sequence[int]]:
    """Fold ``text``; return the folded text and, per folded character, its original offset.

    The offsets list has one more entry than the folded text: ``len(text)``.

    >>> fold("۲۴  ژانویهٔ")[0]
    '24 ژانویه'
    >>> fold("二〇二五年十一月")[0]
    '2025年11月'
    >>> fold("二0二五年")[0]
    '2025年'
    """
    folded, where = _fold(text)
    return cyrillic_lookalikes(folded), where  # "пο 2 июля": a Greek omicron in "по"


def _fold(text: str) -> tuple[str, Sequence[int]]:
    """:func:`fold` but for look-alike letters in Cyrillic words."""
    if _PLAIN.special_in(text) is None:  # the case fold, unless spacing is to collapse
        case = text.casefold()
        if "  " not in case and not case.startswith(" "):
            return case, range(len(text) + 1)
    if _PLAIN.plain(text) and (folded := _PLAIN.fold(text)) is not None:
        if not folded.isascii() and _HAN_NUMBER.search(folded):
            return _han_numerals(folded, range(len(text) + 1))
        return folded, range(len(text) + 1)
    return _fold_table(text)


def _fold_table(text: str) -> tuple[str, Sequence[int]]:
    """:func:`fold` through the table, for any text."""
    folded = text.translate(_TABLE)  # first: it classifies every character of the text
    where: Sequence[int]
    if _TABLE.not_simple_in(text) is None and (
        # a combining mark that composes with the character before it is joined to it
        # (the slow path); when the folded text is in NFC, no such pair is in it: NFC
        # would have composed it
        _TABLE.combining_in(text) is None or unicodedata.is_normalized("NFC", folded)
    ):
        if "  " not in folded and not folded.startswith(" "):
            where = range(len(text) + 1)  # one to one: no list to build
        else:  # one to one but for runs of spaces ("\n\n" between paragraphs)
            folded, where = _collapse_spaces(folded)
    else:
        folded, where = _fold_slow(text)
    if not folded.isascii() and _HAN_NUMBER.search(folded):
        return _han_numerals(folded, where)
    return folded, where


_SPACE_RUN = re.compile("  +|^ +")


def _collapse_spaces(folded: str) -> tuple[str, list[int]]:
    """A text folded one to one, with its runs of spaces collapsed as :func:`_fold_slow`
    does (a run at the start goes, any other leaves its first space), by runs, not by
    characters."""
    pieces: list[str] = []
    where: list[int] = []
    last = 0
    for m in _SPACE_RUN.finditer(folded):
        start = m.start()
        keep = start + 1 if start else 0
        pieces.append(folded[last:keep])
        where.extend(range(last, keep))
        last = m.end()
    pieces.append(folded[last:])
    where.extend(range(last, len(folded) + 1))
    return "".join(pieces), where


def _fold_slow(text: str) -> tuple[str, list[int]]:
    """:func:`fold` of a text the table has classified (``text.translate(_TABLE)`` was
    called): run by run of characters that fold to one character each, and the others
    ("odd": dropped, expanded, or a combining mark that may compose) one by one."""
    out: list[str] = []  # (pieces; ``last`` is the last character out, "" when none)
    where: list[int] = []
    table, odd_in = _TABLE, _TABLE.odd_in
    last = ""
    pos, n = 0, len(text)
    while True:
        m = odd_in(text, pos)
        stop = n if m is None else m.start()
        if stop > pos:  # a run of simple characters: spacing collapsed as one by one
            run = text[pos:stop].translate(table)
            if "  " in run or (run[0] == " " and (not last or last == " ")):
                for i, folded in enumerate(run, pos):
                    if folded != " " or (last and last != " "):
                        out.append(folded)
                        where.append(i)
                        last = folded
            else:
                out.append(run)
                where.extend(range(pos, stop))
                last = run[-1]
        if m is None:
            break
        i, folded = stop, table[ord(text[stop])]
        pos = stop + 1
        if not folded:
            continue
        if folded == " " and (not last or last == " "):
            continue
        if last and unicodedata.combining(folded[0]) and last != " ":
            joined = unicodedata.normalize("NFC", last + folded[0])
            if len(joined) == 1:
                out[-1] = out[-1][:-1] + joined
                last = joined
                folded = folded[1:]
        if folded:
            out.append(folded)
            where.extend([i] * len(folded))
            last = folded[-1]
    where.append(n)
    return "".join(out), where


def fold_word(text: str) -> str:
    """Fold a lexicon entry the way :func:`fold` folds running text (no offsets).

    >>> fold_word("फ़रवरी") == fold_word("फरवरी")
    True
    """
    # (through the table: the lexicon's words, folded once each while a grammar is built,
    # would otherwise have the plain test classify block after block of code points)
    return _fold_table(text)[0].strip()
