"""Paragraphs, sentences and clauses, as character spans of the original text.

Sentences come from pysbd (a maintained rule-based segmenter) for the languages it covers
among citydiplo's ten: en, fa, hi, ja, ru, zh; a line longer than 2,000 characters is first
cut where the fallback rule ends a sentence, because pysbd's time grows faster than the
length it reads. For ko, vi, gu and he, which pysbd does not
cover, the documented fallback applies: a sentence ends after one of the language's
``sentence_end`` marks (from its cue file) when whitespace or the end of the paragraph
follows, except after a capital letter standing alone or followed by one letter ("Mr.", "TP."):
abbreviations, and after one of the language's ``abbreviations`` (Gujarati "મ્યુ.", the
initial "ડી."). A line break always ends a sentence (a
paragraph break in news text), for both paths. A sentence mark written onto the next
sentence without a space ("... towards Japan.He said that ...", copied text that lost its
spaces) also ends a sentence, for both paths, in the scripts that write capitals: the mark
stands after two lower-case letters and before a capital followed by a lower-case letter
(not "U.S.", "e.g.", "3.5", "Ph.D."). Clauses split a sentence at the language's
``clause_break`` marks.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from typing import Any

from citydiplo._extract._abbreviations import replacer_for
from citydiplo._extract._cues import cues

__all__ = ["PYSBD_LANGUAGES", "Sentence", "clauses", "sentences"]

PYSBD_LANGUAGES = frozenset({"en", "fa", "hi", "ja", "ru", "zh"})
_LINE = re.compile(r"[^\n]+")

Sentence = tuple[int, int, int]
"""(start, end, paragraph number)."""


@cache
def _pysbd(lang: str) -> Any:
    import pysbd  # type: ignore[import-untyped]  # lazy: only extraction needs it

    segmenter = pysbd.Segmenter(language=lang, clean=False, char_span=False)
    # the same rules, with the patterns of the abbreviation step compiled once each
    segmenter.language_module = replacer_for(lang, segmenter.language_module)
    return segmenter


@cache
def _fallback(lang: str) -> re.Pattern[str]:
    marks = sorted({m for m in cues(lang)["sentence_end"] if not m.endswith("\n")}, key=len)
    alt = "|".join(re.escape(m) for m in reversed(marks))
    # not after a capital standing alone or followed by one letter ("Mr.", "TP."): abbreviations
    up, letter = "A-ZÀ-ÝĐƠƯ", "A-Za-zÀ-ỹĐđƠơƯư"
    return re.compile(rf"(?<!\b[{up}])(?<!\b[{up}][{letter}])(?:{alt})+(?=\s|$)")


@cache
def _marks(lang: str) -> re.Pattern[str]:
    ends = sorted(set(cues(lang)["sentence_end"]) | {".", "!", "?"})
    return re.compile("|".join(re.escape(m) for m in ends))


def _split_line(line: str, offset: int, lang: str) -> list[tuple[int, int]]:
    body = line.rstrip()
    if _marks(lang).search(body, 0, max(0, len(body) - 1)) is None:
        return [(offset, offset + len(line))]  # no sentence mark before the end: one sentence
    if lang in PYSBD_LANGUAGES:
        spans = []
        for s, e in _windows(line, lang):
            spans += _pysbd_spans(line[s:e], offset + s, lang)
    else:
        spans = _split_regex(line, offset, lang)
    return _unglued(spans, line, offset, lang)


def _unglued(spans: list[tuple[int, int]], line: str, offset: int,
             lang: str) -> list[tuple[int, int]]:
    """The spans, each cut after a sentence mark written onto the next sentence's first
    word: "Japan.He" (two lower-case letters before the mark, a capital and a lower-case
    letter after it)."""
    marks = _marks(lang)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        start = s
        for m in marks.finditer(line, s - offset, e - offset):
            i, j = m.start(), m.end()
            if i >= 2 and j + 1 < len(line) and line[i - 1].islower() and line[i - 2].islower() \
                    and line[j].isupper() and line[j + 1].islower():
                out.append((start, offset + j))
                start = offset + j
        out.append((start, e))
    return out


def _windows(line: str, lang: str, size: int = 2000) -> list[tuple[int, int]]:
    """The line cut into pieces of about ``size`` characters, each cut made where the
    fallback rule ends a sentence, so that pysbd (whose time grows faster than the length
    of what it reads) only ever reads short pieces."""
    if len(line) <= size:
        return [(0, len(line))]
    cuts = [0]
    for m in _fallback(lang).finditer(line):
        if m.end() - cuts[-1] >= size:
            cuts.append(m.end())
    if cuts[-1] != len(line):
        cuts.append(len(line))
    return list(itertools.pairwise(cuts))


def _pysbd_sentences(piece: str, lang: str) -> list[str]:
    """``pysbd.Segmenter.segment(piece)`` (``clean=False``): pysbd's sentences, each with
    the whitespace after it. pysbd finds each sentence again in the text by compiling it
    into a pattern of its own (``re.escape(sentence) + r"\\s*"``): one new pattern per
    sentence, which also pushes the patterns pysbd and citydiplo reuse out of ``re``'s
    cache. The same search is made here with ``str.find``: the first occurrence, of those
    the regular expression would find (leftmost, not overlapping), that ends after the
    previous sentence (``\\s`` matches exactly the characters ``str.isspace`` accepts)."""
    if not piece:
        return []
    found: list[str] = _pysbd(lang).processor(piece).process()
    if not all(found):  # never seen: an empty pattern is left to pysbd itself
        return list(_pysbd(lang).segment(piece))
    out: list[str] = []
    prior = 0
    # Where each sentence's search stands: its matches before it all end at or before
    # ``prior``, which only grows, so a sentence written again resumes there instead of
    # walking its earlier matches from the start (a text repeating one sentence n times).
    resume: dict[str, int] = {}
    for sentence in found:
        pos = resume.get(sentence, 0)
        while (at := piece.find(sentence, pos)) >= 0:
            end = at + len(sentence)
            while end < len(piece) and piece[end].isspace():
                end += 1
            if end > prior:
                out.append(piece[at:end])
                prior = end
                pos = end
                break
            pos = end
        else:
            pos = len(piece) + 1  # no match left
        resume[sentence] = pos
    return out


def _pysbd_spans(piece: str, offset: int, lang: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for sentence in _pysbd_sentences(piece, lang):
        at = piece.find(sentence, pos)
        if at < 0:  # pysbd changed the text: the fallback rule for this piece
            return _split_regex(piece, offset, lang)
        spans.append((offset + at, offset + at + len(sentence)))
        pos = at + len(sentence)
    return spans


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in cues(lang).get("abbreviations", ()))


def _abbreviated(line: str, at: int, lang: str) -> bool:
    """Whether the mark at ``at`` closes one of the language's ``abbreviations`` ("મ્યુ." in
    "રાજકોટ મ્યુ. કોર્પોરેશન", Rajkot Municipal Corporation; "ડી." the initial D.)."""
    words = _abbreviations(lang)
    if not words:
        return False
    head = line[max(0, at - 40):at]
    parts = head.rsplit(None, 1)
    word = parts[-1] if parts else ""
    return bool(word) and head.endswith(word) and word.lower() in words


def _split_regex(line: str, offset: int, lang: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _fallback(lang).finditer(line):
        if _abbreviated(line, m.start(), lang):
            continue
        spans.append((offset + start, offset + m.end()))
        start = m.end()
    if start < len(line):
        spans.append((offset + start, offset + len(line)))
    return spans


def sentences(text: str, lang: str) -> list[Sentence]:
    """Sentence spans, trimmed of surrounding whitespace, with their paragraph number.

    >>> t = "Mayor Kim visited Rome. He met the mayor.\\nNew paragraph."
    >>> [(t[s:e], p) for s, e, p in sentences(t, "en")]
    [('Mayor Kim visited Rome.', 0), ('He met the mayor.', 0), ('New paragraph.', 1)]
    """
    return list(_segmented(text, lang))


# Extraction reads an article's sentences in two passes: the last few texts keep theirs
# (segmenting is a large part of extracting an English article)
@lru_cache(maxsize=4)
def _segmented(text: str, lang: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for para, m in enumerate(_LINE.finditer(text)):
        for s, e in _split_line(m.group(), m.start(), lang):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append((s, e, para))
    return tuple(out)


@cache
def _clause_pattern(lang: str) -> re.Pattern[str]:
    marks = sorted(set(cues(lang)["clause_break"]), key=lambda m: (-len(m), m))
    return re.compile("|".join(re.escape(m) for m in marks))


def clauses(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Clause spans of the sentence ``text[start:end]``.

    >>> t = "They met in May; the deal was signed in June."
    >>> [t[s:e] for s, e in clauses(t, 0, len(t), "en")]
    ['They met in May', '; the deal was signed in June.']
    """
    spans = []
    pos = start
    for m in _clause_pattern(lang).finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
            pos = m.start()
    spans.append((pos, end))
    return spans
