"""Names built on markers: people beside a title, organizations and cities beside a word
that marks them ("Mayor Lee Hyeon-jae", "... University", "하남시", "thành phố X")."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from citydiplo._extract._cues import cues
from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._placed_body import placed_start, word_start
from citydiplo._extract._scan import Hit, loose_suffix, word_end
from citydiplo._normalize import match_key

__all__ = ["Finder"]

_TOKEN = re.compile(r"[^\s,.;:!?()\[\]\"«»“”،؛।|/]+")
_ACRONYM = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z&]{2,7}(?![\w-])")  # (opens with its class)
_HAN = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff]")  # kanji and katakana; kana particles end a name
_KATAKANA = re.compile(r"[\u30a0-\u30ff]")
_ACTS = frozenset({"event", "signing", "agreement", "partnership", "link"})


class _Tokens:
    """Word tokens of the text, for reaching out from a marker to the name beside it."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span() for m in _TOKEN.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def index_at(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1


def _strip_particles(text: str, start: int, end: int, particles: Sequence[str]) -> tuple[int, bool]:
    """``end`` less the longest particle the word ends with (``particles`` longest first) --
    unless the whole word names a place: Persian "شیراز" (Shiraz) ends with "از" (from) and
    is no "شیر" (lion) with a particle."""
    word = text[start:end]
    for p in particles:
        if len(word) > len(p) + 1 and word.endswith(p):
            if _a_place(word):
                return end, False
            return end - len(p), True
    return end, False


@cache
def _a_place(word: str) -> bool:
    from citydiplo._geo._places import candidates

    key = match_key(word)
    return bool(key) and bool(candidates(key))


class Finder:
    """Entity mentions built from markers (titles, organization and city words)."""

    def __init__(self, text: str, folded: str, lang: str, hits: list[Hit]) -> None:
        self.text, self.folded, self.lang = text, folded, lang
        self.data: dict[str, Any] = cues(lang)
        self.script = self.data["script"]
        self.tokens = _Tokens(text)
        self.cue_starts = {h.start for h in hits if not loose_suffix(h, text, lang)}
        # a Han name beside a title holds no word of what the person did ("总领事访问圣地亚哥":
        # the consul general visited San Diego, no one named 访问圣; "期间拜会了市长": called
        # on the mayor, no mayor named 拜会了)
        self.acts = frozenset(k for h in hits if h.family in _ACTS for k in range(h.start, h.end)
                              ) if lang in ("zh", "ja") else frozenset()
        self.place_starts: frozenset[int] = frozenset()
        self.places: dict[int, Any] = {}
        # an organization's name in a spaced script without word boundaries is its word
        self.bodies = bool(self.script.get("spaced")) and self.script["boundary"] == "none"
        self.markers = (*self.data["city"]["suffix"], *self.data.get("subunit", ()))
        self.han = lang in ("zh", "ja")
        self._counts: dict[str, int] | None = None
        self.particles: tuple[str, ...] = tuple(
            sorted(self.script["particles"], key=len, reverse=True))
        # Persian writes its particles apart: "حیدر", "قلندر" end with "در" (in) and keep it
        self.glued = self.particles if self.script.get("glued_particles", True) else ()
        self.prefixes = frozenset(self.script["prefixes"])
        self.determiners = frozenset(w.lower() for w in self.data["determiners"])
        # no conjunction is part of a name ("और नगर", "મેયર અને"), nor, read back from a
        # marker, a name stop ("ગઈકાલે", yesterday)
        self.conjunctions = frozenset(w.lower() for w in self.data["conjunctions"])
        self.name_stops = frozenset(w.lower() for w in self.data.get("name_stops", ()))
        # one-character particles and place markers end a name glued to a suffix (an
        # organization marker does not: "부" in "부안군" is the name's first letter)
        self.stops = frozenset(
            w for w in (*self.particles, *self.data["city"]["suffix"]) if len(w) == 1)

    def _ok(self, s: int, e: int, *, cased: bool) -> bool:
        word = self.text[s:e]
        if not word or word[0].isdigit() or s in self.cue_starts:
            return False
        if self.prefixes and word[0] in self.prefixes and s + 1 in self.cue_starts:
            return False
        if word in self.particles or word.lower() in self.conjunctions:
            return False
        return not cased or word[0].isupper()

    def reach(self, pos: int, direction: int, limit: int, *, cased: bool) -> tuple[int, int] | None:
        """Up to ``limit`` tokens after (``direction`` 1) or before (-1) ``pos``, separated
        by nothing but whitespace; a token carrying a particle ends a name."""
        if self.han:
            return self._reach_han(pos, direction)
        spans = self.tokens.spans
        i = self.tokens.index_at(pos - 1 if direction < 0 else pos)
        if direction > 0 and (i < 0 or spans[i][1] <= pos):
            i += 1
        elif direction < 0 and i >= 0 and spans[i][1] > pos:
            i -= 1
        taken: list[tuple[int, int]] = []
        edge = pos
        while 0 <= i < len(spans) and len(taken) < limit:
            s, e = spans[i]
            gap = self.text[edge:s] if direction > 0 else self.text[e:edge]
            if (gap and not gap.isspace()) or len(gap) > 2 or "\n" in gap \
                    or not self._ok(s, e, cased=cased) or (  # a name ends with its line
                        direction < 0 and self.text[s:e].lower() in self.name_stops):
                break
            e2, had = _strip_particles(self.text, s, e, self.glued)
            if had and direction < 0 and taken:
                break
            taken.append((s, e2))
            if had and direction > 0:
                break
            edge = e if direction > 0 else s
            i += direction
        if not taken:
            return None
        return (min(t[0] for t in taken), max(t[1] for t in taken))

    def _reach_han(self, pos: int, direction: int) -> tuple[int, int] | None:
        n = 0
        i = pos if direction > 0 else pos - 1
        while 0 <= i < len(self.text) and _HAN.match(self.text[i]) and i not in self.acts and (
                n < 3 or _KATAKANA.match(self.text[i])):  # a katakana name is taken whole
            if i in self.cue_starts and n:
                break  # no name starts with a cue word ("市長表敬訪問": a courtesy call)
            n += 1
            i += direction
        if n == 3 and 0 <= i < len(self.text) and _HAN.match(self.text[i]) \
                and i not in self.cue_starts:
            # a fourth letter when something that is no Han letter bounds the run right after
            # it ("して|塚部芳和|市長"): four-letter names are common in Japanese
            j = i + direction
            if not 0 <= j < len(self.text) or not _HAN.match(self.text[j]):
                n = 4
        if n < 2:
            return None
        return (pos, pos + n) if direction > 0 else (pos - n, pos)

    def people(self, hits: list[Hit], places: Sequence[Any] = ()) -> list[Mention]:
        """People beside a title; ``places`` (gazetteer hits, with ``start`` and ``end``) are
        passed over between a name and a place's office written wider first ("오태원 부산
        북구청장": Oh Tae-won, head of Buk district, Busan)."""
        wider = {p.start: p.end for p in places} if (
            self.script.get("spaced") and self.script["wider_first"]) else {}
        out = []
        cased = self.script["cased"]
        limit = self.data["name_tokens"]
        for h in hits:
            if h.family == "titles_after":  # "X 시장"; Persian "علیرضا زاکانی شهردار" (two)
                span = self._posted(h.start, self.text[h.start:h.end])
                named = span is None and self._wider(h.start, wider)
                if named:  # the name alone: the places between stay places
                    out.append(self._person(*named, self.text[h.start:h.end]))
                    continue
                span = span or self.reach(
                    h.start, -1, self.data.get("name_tokens_before", 1), cased=cased)
                if span is None and self.lang == "ko":
                    span = self.reach(word_end(self.text, h.end), 1, 1, cased=cased)
            elif h.family == "titles_before":
                span = self.reach(h.end, 1, limit, cased=cased)
            else:
                continue
            if span is None:
                continue
            s, e = span
            name = self.text[s:e]
            title = self.text[h.start:h.end]
            out.append(Mention(kind="person", start=min(s, h.start), end=max(e, h.end),
                               text=self.text[min(s, h.start):max(e, h.end)],
                               actor=draft_id("person", name), actor_type="person",
                               name=name, title=title))
        return out

    def _person(self, s: int, e: int, title: str) -> Mention:
        name = self.text[s:e]
        return Mention(kind="person", start=s, end=e, text=name,
                       actor=draft_id("person", name), actor_type="person", name=name,
                       title=title)

    def _posted(self, pos: int, title: str) -> tuple[int, int] | None:
        """The name before a word that says where a diplomat is posted, standing between the
        name and a diplomat's title (``posted_at``, ``posted_titles``: "진일표 주부산중국
        총영사", "응우옌 부 뚱 주한 베트남 대사", "싱하이밍 주한중국대사"): the posting word is
        one of the two words before the title (or carries it), and the name is the word before
        it, with up to two more before that while the word last taken is short (one or two
        letters: a foreign name written in hangul, "응우옌 부 뚱"), none ending in a particle."""
        marks = tuple(self.data.get("posted_at", ()))
        if not marks or title not in self.data.get("posted_titles", ()):
            return None
        spans = self.tokens.spans
        i = self.tokens.index_at(pos - 1)
        edge = pos
        if i >= 0 and spans[i][1] > pos - 1:  # the title written onto a word: "주한중국대사"
            if self.text[spans[i][0]:pos].startswith(marks):
                return self._name_before(i)
            edge, i = spans[i][0], i - 1
        for _ in range(2):
            if i < 0 or not self.text[spans[i][1]:edge].isspace():
                return None
            if self.text[spans[i][0]:spans[i][1]].startswith(marks):
                return self._name_before(i)
            edge, i = spans[i][0], i - 1
        return None

    def _wider(self, pos: int, wider: dict[int, int]) -> tuple[int, int] | None:
        """The name before the wider place written before a title glued onto a place
        ("오태원 부산 북구청장", "이충우 경기 여주시장"): the word before the title's word is a
        place of ``wider``, and the word before that is no place."""
        if not wider:
            return None
        spans = self.tokens.spans
        i = self.tokens.index_at(pos - 1)
        if i < 1 or spans[i][1] <= pos - 1 or spans[i][0] >= pos:
            return None  # the title is not written onto a word
        s, e = spans[i - 1]
        if wider.get(s) != e or self.text[e:spans[i][0]] != " ":
            return None
        name = self.reach(s, -1, 1, cased=False)
        return None if name is None or name[0] in wider else name

    def _name_before(self, k: int) -> tuple[int, int] | None:
        spans = self.tokens.spans
        taken: list[tuple[int, int]] = []
        edge = spans[k][0]
        for i in range(k - 1, max(-1, k - 4), -1):
            s, e = spans[i]
            word = self.text[s:e]
            if (taken and len(self.text[taken[-1][0]:taken[-1][1]]) > 2) \
                    or self.text[e:edge] != " " or not word.isalpha() \
                    or word.endswith(self.particles):
                break
            taken.append((s, e))
            edge = s
        return (taken[-1][0], taken[0][1]) if taken else None

    def marked(self, hits: list[Hit], kind: str, actor_type: str,
               places: Sequence[Any] = ()) -> list[Mention]:
        """Names built on a marker: "Hanam City", "Ministry of Foreign Affairs". A Han name
        glued to its marker is not taken back over the start of a place of ``places``
        (gazetteer hits, with ``start``): "中国安徽省" is no organization."""
        self.place_starts = frozenset(p.start for p in places)
        self.places = {p.end: p for p in places}
        return [m for m, _ in self.marked_with_core(hits, kind, actor_type)]

    def marked_with_core(self, hits: list[Hit], kind: str, actor_type: str,
                         stops: frozenset[int] = frozenset()) -> list[tuple[Mention, str]]:
        """Names built on a marker, each with its core: the name without the marker. A name
        glued to its marker never reaches back past one of ``stops`` (where another name
        ends)."""
        out = []
        cased = bool(self.script["cased"])
        limit = 4 if cased else 1
        for h in hits:
            # a stem runs on to its word's end ("столиц|е"); a marker ending in a space
            # ("города ") is whole, and the name starts after it
            end = word_end(self.text, h.end) if self.script["extend"] \
                and self.text[h.end - 1:h.end].isalpha() else h.end
            if h.family.endswith("_suffix"):
                if self.bodies and actor_type == "organization":  # Korean: see _placed_body
                    w = word_start(self.text, h.start, self.stops)  # (no places: "고성군청" parts)
                    span = (w if ends == "title" else placed_start(  # an office holder's post
                        self.text, w, h.start, self.places, self.markers), h.start) \
                        if h.start - w >= 2 and (ends := self._word_ends(h.end)) else None
                elif self.han or self.script["boundary"] != "word":
                    span = self._attached(h, stops, actor_type == "organization")
                else:  # an uncased organization name may run to three words before its marker
                    wide = 3 if actor_type == "organization" and not cased else limit
                    span = self.reach(h.start, -1, wide, cased=cased)
                if span is None:
                    continue
                s, e = span[0], h.end if not cased else end
            else:
                if actor_type != "organization" and self.text[h.end - 1:h.end].isalpha() \
                        and word_end(self.text, h.end) != h.end:
                    continue  # "شهرهای" (cities of) is no "شهر" (city) marker
                span = self.reach(end, 1, limit, cased=cased)
                if span is not None and not cased and actor_type != "organization" and \
                        self.text[span[0]:span[1]].split()[0].lower() in self.determiners:
                    span = self.reach(span[1], 1, limit, cased=cased)  # "העיר התאומה טלאבי"
                if span is None:
                    continue
                s, e = h.start, span[1]
            core = self.text[span[0]:span[1]]
            if {core.split()[0].lower(), core[:2] * self.han} & self.determiners:
                continue  # "એક શહેર" (one city), "两座城市" (two cities): no name
            text = name = self.text[s:e]
            if actor_type != "organization" and not h.family.endswith("_suffix"):
                name = core  # "thành phố Huế", "העיר טלאבי", "город Гродно": the place is the core
            out.append((Mention(kind=kind, start=s, end=e, text=text,
                                actor=draft_id(actor_type, name), actor_type=actor_type,
                                name=name), core))
        return out

    def recurs(self, core: str, besides: int = 0) -> bool:
        """Whether the core of a name stands as a word at least twice in the article (also
        after a one-letter proclitic, or before a particle), counting ``besides`` more
        mentions of it with its marker."""
        if self._counts is None:
            # each word once, with its count; one with a particle or proclitic adds its bare word
            counts, more = Counter([self.text[a:b] for a, b in self.tokens.spans]), Counter[str]()
            for word, n in counts.items():
                bare, had = (_strip_particles(word, 0, len(word), self.particles)
                             if word.endswith(self.particles) else (len(word), False))
                if had:  # "부안의" names 부안 again
                    more[word[:bare]] += n
                if self.prefixes and word[:1] in self.prefixes:
                    more[word[1:]] += n
            counts.update(more)
            self._counts = dict(counts)
        first = core.split()[0] if core.split() else core
        return self._counts.get(first, 0) + besides >= 2

    def _attached(self, h: Hit, stops: frozenset[int] = frozenset(),
                  org: bool = False) -> tuple[int, int] | None:
        """The word a suffix is glued to ("하남" in "하남시는", "蘇州" in "蘇州市"): up to four
        letters (three in Han script, a katakana run whole: "サンブルーノ市"; up to eight when
        a country or region name ends right before: "新西兰北帕默斯顿市"; an organization's up
        to six when a place marker, a particle or no Han letter stands right before and no cue
        word starts the name: "长野市日中友好协会"), stopping at a particle, a kana particle or
        another place marker."""
        i = h.start
        n = 0
        limit = 3 if self.han else 4
        while (i > 0 and self.text[i - 1].isalpha() and i not in stops
               and self.text[i - 1] not in self.stops
               and (not self.han or _HAN.match(self.text[i - 1]))
               and (n < limit or (self.han and _KATAKANA.match(self.text[i - 1])))):
            i -= 1  # in Han script kana particles end a name; a katakana name is taken whole
            n += 1
        if self.han and n == limit and i not in stops:
            # a name that a country or region name just before delimits ("新西兰|北帕默斯顿市",
            # "米国|ロングビーチ市"): the whole run between them, up to eight letters
            k = i
            while (k > 0 and h.start - k < 8 and k not in stops and _HAN.match(self.text[k - 1])
                   and self.text[k - 1] not in self.stops):
                k -= 1
            if k in stops and k < i:
                i = k
            elif (org and k < i <= k + 3 and k not in self.cue_starts
                  and not any(j in self.place_starts for j in range(k, i))):
                i = k  # "长野市|日中友好协会", "，|日中友好协会": not "中友好协会"
        if n < 2 or (i in self.cue_starts and n < 2):
            return None
        if "・" in self.text[max(0, i - 1):h.start] and not self._named_alone(i, h.end):
            # "レックス・リチャードソン市長": the last part of a person's name before a title,
            # unless the article names that place on its own ("ゴレーロフ・ナホトカ市長" and
            # "ナホトカ市は")
            return None
        return (i, h.start)

    def _word_ends(self, end: int) -> str:
        """"word" if a word ends at ``end`` or only a particle follows, "title" if a title
        follows ("인민정부|시장": the mayor of the people's government), else "" ("이날부|터")."""
        rest = self.text[end:end + 5]
        if not rest[:1].isalpha() or rest.startswith(self.particles):
            return "word"
        return "title" if rest.startswith(tuple(self.data["titles_after"])) else ""

    def _named_alone(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` stands elsewhere, neither right after a "・" nor
        followed by what follows it here (the rest of a title: "リチャードソン市|長")."""
        name = self.text[start:end]
        after = self.text[end:end + 1]
        at = self.text.find(name)
        while at >= 0:
            if at != start and (at == 0 or self.text[at - 1] != "・") \
                    and self.text[at + len(name):at + len(name) + 1] != after:
                return True
            at = self.text.find(name, at + 1)
        return False

    def acronyms(self) -> list[Mention]:
        out = []
        for m in _ACRONYM.finditer(self.text):
            if m.start() in self.cue_starts:
                continue
            out.append(Mention(kind="organization", start=m.start(), end=m.end(), text=m.group(),
                               actor=draft_id("organization", m.group()),
                               actor_type="organization", name=m.group()))
        return out
