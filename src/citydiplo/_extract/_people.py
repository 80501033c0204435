"""People beside a title, repaired where a title is glued to the place it is held at.

In Korean, Japanese and Chinese the office of a city is the city's name fused with the
office word: "하남시장" (Hanam + mayor), "上尾市長", "北京市长". The title finder reads such a
word as a person named "하남시장" and loses the city. Here each such mention becomes:

- the **place**, the name before the title with the title's first character, which is the
  city marker ("하남시", "上尾市", "北京市"), with the gazetteer's identity when it knows the
  name, else a draft city. In Japanese and Chinese a person's name too stands before the
  title ("畠山稔市長"): there the split needs the gazetteer to know the place, or the
  article to name it again;
- the **place** keeps the title, so that an unnamed holder ("하남시장은 ... 방문했다": the
  mayor of Hanam) takes part as the city in that office;
- the **person**, when a name stands there: in Korean the word right before ("이현재
  하남시장"); after a title in Japanese and Chinese, the name that follows, unless it starts
  with a particle ("上尾市長は" names no one).

A "person" whose name the gazetteer knows as a place ("شهردار تهران") and a place right
after a title and an owner word ("the Mayor of Suwon City") are that place named with the
office, its holder unnamed.

And a name read after a title stops before the first of the language's ``name_ends`` (slot
data: "率", "一行", "表示" in "市长王伟率团"; one that starts with one of them names no one:
"市长热情赞扬", the mayor warmly praised), and a "name" that starts with a particle, or
is one of the language's ``not_names`` (Korean "등", "etc.", in "주민자치위원장 등 40명":
the committee chairs and others, no one named 등), or is one word ending as a place name's
genitive does (``place_name_endings``: Russian "Глава Благовещенска", the head of
Blagoveshchensk; a surname after a title, "мэр Собянин", ends otherwise), is none; a name
read after a title ends before its first word that is one of the language's ``name_stops``
(Hebrew "של", of: "לי היון-ג'ה של העיר"; a name that starts with one, Gujarati "તરીકે", as,
is none).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from citydiplo._extract._complement import title_complements
from citydiplo._extract._cues import cues
from citydiplo._extract._glossed import glossed_names
from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._officeholder import officeholders
from citydiplo._extract._places import PlaceHit, find_places
from citydiplo._extract._rooms import names_a_place
from citydiplo._extract._scan import Hit
from citydiplo._extract._slotdata import slot_data
from citydiplo._extract._titled import named_after_organ

__all__ = ["repair_people"]

_GLUED = ("ko", "ja", "zh")


def _cjk(ch: str) -> bool:
    return ("\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3"
            or "\u30a0" <= ch <= "\u30ff")


def _place(text: str, start: int, end: int, lang: str,
           read: dict[str, list[PlaceHit]] | None = None) -> Mention:
    """The place named ``text[start:end]``; ``read``: the names of this article looked up
    so far, with what :func:`find_places` found in each (one look-up per name)."""
    name = text[start:end]
    found = read.get(name) if read is not None else None
    if found is None:
        found = find_places(name, lang)
        if read is not None:
            read[name] = found
    hits = [p for p in found if p.kind in ("city", "region")
            and p.end - p.start >= len(name) - 1]
    if len(hits) == 1:
        p = hits[0]
        actor = f"region-{p.subdivision.lower()}" if p.kind == "region" and p.subdivision \
            else draft_id(p.kind, p.name)
        return Mention(kind="place", start=start, end=end, text=name, actor=actor,
                       actor_type=p.kind, name=p.name, country=p.country,
                       subdivision=p.subdivision, geonames=p.geonames)
    return Mention(kind="place", start=start, end=end, text=name,
                   actor=draft_id("city", name), actor_type="city", name=name)


def _person(text: str, start: int, end: int, title: str | None) -> Mention:
    name = text[start:end]
    return Mention(kind="person", start=start, end=end, text=name,
                   actor=draft_id("person", name), actor_type="person", name=name, title=title)


def _glued(m: Mention, text: str, lang: str, taken: list[tuple[int, int]],
           ends: tuple[str, ...], places: frozenset[int] = frozenset(),
           read: dict[str, list[PlaceHit]] | None = None) -> list[Mention]:
    """The place and the person of a person mention whose title is glued to a city name;
    ``[m]`` when it is not one. ``places``: where country and region names end ("米国|")."""
    title = m.title or ""
    markers = [w for w in cues(lang)["city"]["suffix"] if title.startswith(w)]
    at = text.find(title, m.start, m.end)
    if not markers or at < 0:
        return [m]
    j = at
    while (j > 0 and _cjk(text[j - 1]) and j not in places
           and (at - j < 5 or "\u30a0" <= text[j - 1] <= "\u30ff")):
        j -= 1  # a katakana name whole ("ロングビーチ市長"); never into a place before it
    if "・" in text[max(0, j - 1):at]:
        return [m]  # "レックス・リチャードソン市長": a person's name, the title after it
    marker = markers[0]
    doubled = text.endswith(marker, j, at)
    stop = at if doubled else at + len(marker)  # "北京市市长", "하남시장"
    if doubled and lang != "ko":  # "到访的华盛顿市市长": the place named elsewhere in the text
        named = {text[a:b] for a, b in taken}
        j = next((k for k in range(j, stop - 1) if text[k:stop] in named), j)
    if stop - j < 2 + (lang == "ko") or stop - j - len(marker) < 1:
        return [m]
    place = _place(text, j, stop, lang, read)
    if lang != "ko" and place.geonames is None and text.count(place.text) < 2:
        return [m]  # "畠山稔市長": a name before the title, unless the place is known
    out = [attrs.evolve(place, title=title)]  # the office stands there, named or not
    if lang == "ko":  # the name is the word before: "이현재 하남시장"
        k = j - 1
        if k > 0 and text[k] == " ":
            s = k
            while s > 0 and "\uac00" <= text[s - 1] <= "\ud7a3":
                s -= 1
            if 2 <= k - s <= 4 and (s == 0 or not text[s - 1].isalnum()) and not any(
                    a < k and s < b for a, b in taken):
                out.insert(0, _person(text, s, k, title))
        return out
    a = at + len(title)  # a name after the title: "北京市市长王伟率团"
    if ends and text.startswith(ends, a):
        return out  # "上海市市长先生", "市长热情赞扬": no name follows the title
    b = a
    while b < len(text) and "\u4e00" <= text[b] <= "\u9fff" and b - a < 3:
        b += 1
    cut = min((i for w in ends if 0 < (i := text.find(w, a + 1, b + len(w) - 1)) < b),
              default=b)
    if cut - a >= 2:
        out.append(_person(text, a, cut, title))
    return out


def repair_people(mentions: list[Mention], text: str, lang: str, hits: Sequence[Hit] = ()
                  ) -> list[Mention]:
    """The entity mentions with glued titles split and names trimmed (module docstring)."""
    mentions = officeholders(mentions, text, lang)  # "UBND thành phố Lê Trung Chinh": a person
    mentions = _listed_offices(mentions, text, lang, hits)  # "정문헌 종로구청장, 라도균 …"
    mentions = glossed_names(mentions, text, lang, hits)  # "陳政高(ちん・せいこう)遼寧省長"
    if not any(m.kind == "person" for m in mentions):
        return _titled_places(mentions, text, lang, hits)
    script = cues(lang)["script"]
    particles = tuple(script["particles"])
    nonames = frozenset(w.lower() for w in cues(lang).get("not_names", ()))
    placelike = tuple(cues(lang).get("place_name_endings", ()))
    organs = list(cues(lang).get("office_organs", ())) if script["cased"] else []
    stops = frozenset(w.lower() for w in cues(lang).get("name_stops", ()))
    rooms = tuple(cues(lang).get("title_places", ()))
    joiners = tuple(cues(lang).get("name_joiners", ()))
    ends = tuple(slot_data(lang).get("name_ends", ()))
    taken = [(m.start, m.end) for m in mentions if m.kind != "person"]
    wider = frozenset(m.end for m in mentions if m.actor_type in ("country", "region"))
    out: list[Mention] = []
    read: dict[str, list[PlaceHit]] = {}  # this article's names looked up so far
    for m in mentions:
        if m.kind != "person" or not m.name:
            out.append(m)
            continue
        name_at = text.rfind(m.name, m.start, m.end)
        if ends and name_at > m.start and m.name.startswith(ends):
            m = attrs.evolve(m, name=None)  # "市长热情赞扬", "市长出席了": a word, no name
        elif ends and name_at == m.start and m.name and name_at + len(m.name) < m.end:
            m = _after_last_end(m, ends)  # "晚间由许市长": by Mayor Xu, no "晚间由许"
        elif ends and name_at >= 0 and m.name:
            # an end word may run on past the name read ("副区长金晖参加": 金晖, then 参加)
            said = text[name_at:name_at + len(m.name) + 3]
            cut = min((i for w in ends if 0 < (i := said.find(w, 1)) < len(m.name)), default=-1)
            if cut > 0:
                name = m.name[:cut]
                end = name_at + cut
                m = attrs.evolve(m, end=max(end, m.start + 1), text=text[m.start:end],
                                 name=name, actor=draft_id("person", name))
        if script["boundary"] == "none" and m.name and name_at > m.start and (
                m.name.startswith(particles) or _particle_after_title(m, text, name_at,
                                                                      particles)):
            # "市長は本宮", "시장을 포함한": no name follows the title. A name before its
            # title may start as a particle does: "이장우 시장" (the surname Lee, 이)
            m = attrs.evolve(m, name=None)
        if m.name and m.name.lower() in nonames:
            m = attrs.evolve(m, name=None)  # "주민자치위원장 등 40명": "etc." names no one
        m = named_after_organ(m, text, organs)  # "председателя Могилевского облисполкома Х Y"
        if m.name and placelike and " " not in m.name and m.name.endswith(placelike):
            m = attrs.evolve(m, name=None)  # "Глава Благовещенска": of a city, no one named
        spaced = script["boundary"] != "none"
        said = text[name_at:name_at + len(m.name or "") + 24] if spaced and name_at >= 0 else ""
        if m.name and rooms and any(names_a_place(n, rooms, particles=particles, spaced=spaced)
                                    for n in (m.name, said) if n):
            m = attrs.evolve(m, name=None)  # "महापौर कार्यालय": the mayor's office (_rooms)
        if m.name and stops:
            m = _cut_at_stops(m, text, stops)  # "לי היון-ג'ה של": "of" ends the name
        m = _joined_on(m, text, name_at, joiners, ends)  # "市长文森特·格雷": the whole name
        parts = _glued(m, text, lang, taken, ends, wider, read) if lang in _GLUED else [m]
        parts = [_joined_on(p, text, text.rfind(p.name or "\0", p.start, p.end), joiners, ends)
                 for p in parts]
        out += [_office_of_place(p, text, lang, read) for p in parts
                if p.kind != "person" or p.name]
    out = title_complements(out, text, lang)  # "שר המים": the office's complement
    return _titled_places(sorted(out, key=lambda m: (m.start, m.end)), text, lang, hits)


def _joined_on(m: Mention, text: str, name_at: int, joiners: tuple[str, ...],
               ends: tuple[str, ...]) -> Mention:
    """``m`` with its name, when it ends the mention (read after a title), run on
    over the parts a name joiner adds ("市长文森特·格雷一行": 文森特, then ·格雷 -- a foreign
    name written in Chinese characters), each part up to four characters and stopping
    before the first of ``ends`` ("一行")."""
    if (m.kind != "person" or not m.name or not joiners or name_at < 0
            or name_at + len(m.name) != m.end):
        return m
    end = m.end
    while end + 1 < len(text) and text[end] in joiners and _cjk(text[end + 1]):
        stop = end + 1
        while (stop < len(text) and _cjk(text[stop]) and stop - end <= 4
               and not text.startswith(ends, stop)):
            stop += 1
        if stop == end + 1:
            break
        end = stop
    if end == m.end:
        return m
    name = text[name_at:end]
    return attrs.evolve(m, end=end, text=text[m.start:end], name=name,
                        actor=draft_id("person", name))


def _particle_after_title(m: Mention, text: str, name_at: int,
                          particles: tuple[str, ...]) -> bool:
    """Whether the name of ``m``, read after its title, is parted from it by a particle
    glued to the title ("시장을 포함한 대표단", the delegation including the mayor: the
    title's phrase ends at its particle, and what follows is no name)."""
    title = m.title or ""
    if not title or name_at <= m.start or not text.startswith(title, m.start):
        return False
    gap = text[m.start + len(title):name_at]
    word = gap.rstrip()
    return bool(word) and word != gap and word in particles


def _listed_offices(mentions: list[Mention], text: str, lang: str, hits: Sequence[Hit]
                    ) -> list[Mention]:
    """Korean offices glued to their place in a list, a comma after each ("구인모 거창군수,
    이홍희 …, 정문헌 종로구청장, 라도균 …"), or a space and no particle, as headlines and
    photo notes write them ("이장우 대전시장 12일 17시 …"): the title finder reads no name
    after such a title, so the place and the holder named before it are read here
    (:func:`_glued`); a place read inside the office word gives way to them. A title glued
    to no place gives nothing."""
    if lang != "ko":
        return mentions
    out = list(mentions)
    for h in hits:
        if h.family != "titles_after" or text[h.end:h.end + 1] not in (",", "、", " ") \
                or not _cjk(text[h.start - 1:h.start] or " ") \
                or any(m.kind != "place" and m.start <= h.start < m.end for m in out):
            continue
        raw = _person(text, h.start, h.end, text[h.start:h.end])
        parts = _glued(raw, text, lang, [], ())
        if parts == [raw]:
            continue
        out = [m for m in out if not (m.kind == "place" and any(
            p.start < m.end and m.start < p.end for p in parts))] + parts
    return sorted(out, key=lambda m: (m.start, m.end))


def _after_last_end(m: Mention, ends: tuple[str, ...]) -> Mention:
    """``m``, its name read before its title, starting after the last of ``ends`` in it
    ("晚间由许市长": "by" ends what stands before the name "许"); no name when one ends it."""
    assert m.name is not None
    cut = max((i + len(w) for w in ends if (i := m.name.rfind(w)) >= 0), default=0)
    if cut == 0:
        return m
    name = m.name[cut:]
    if not name:
        return attrs.evolve(m, name=None)
    return attrs.evolve(m, start=m.start + cut, text=m.text[cut:], name=name,
                        actor=draft_id("person", name))


def _cut_at_stops(m: Mention, text: str, stops: frozenset[str]) -> Mention:
    """``m`` with its name ended before its first word that names no one ("לי היון-ג'ה של":
    "of" ends the name; "રાષ્ટ્રપતિ તરીકે કામ કરતા": a name that starts with "as" is none)."""
    assert m.name is not None
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.name)]
    keep = next((i for i, (a, b) in enumerate(words) if m.name[a:b].lower() in stops),
                len(words))
    if keep == len(words):
        return m
    if keep == 0:
        return attrs.evolve(m, name=None)
    at = text.rfind(m.name, m.start, m.end)
    if at < 0 or at + len(m.name) != m.end:
        return m  # the title follows the name: leave it whole
    name = m.name[:words[keep - 1][1]]
    end = at + len(name)
    return attrs.evolve(m, end=end, text=text[m.start:end], name=name,
                        actor=draft_id("person", name))


def _office_of_place(m: Mention, text: str, lang: str,
                     read: dict[str, list[PlaceHit]] | None = None) -> Mention:
    """A "person" whose name the gazetteer knows as a city or region, whole, is that place
    named with an office ("شهردار تهران": the mayor of Tehran, unnamed) -- unless one of the
    language's ``name_joiners`` follows it: the first part of a foreign name."""
    if m.kind != "person" or not m.name or not m.title:
        return m
    at = text.rfind(m.name, m.start, m.end)
    joiners = tuple(cues(lang).get("name_joiners", ()))
    if at < 0 or (joiners and text[at + len(m.name):at + len(m.name) + 1] in joiners):
        return m  # "市长拉萨罗·布凯尔": a part of a foreign name (_joined.py), no Lhasa
    place = _place(text, at, at + len(m.name), lang, read)
    if place.geonames is None and place.subdivision is None:
        return m
    return attrs.evolve(place, title=m.title)


def _titled_places(mentions: list[Mention], text: str, lang: str, hits: Sequence[Hit]
                   ) -> list[Mention]:
    """Places right after a title and an owner word, with no name between ("the Mayor of
    Suwon City", "Chủ tịch UBND thành phố Huế" is not one: an organization stands there):
    the place named with that office."""
    titles = [h for h in hits if h.family == "titles_before"]
    if not titles:
        return mentions
    links = ("", *cues(lang)["owner_links"])
    starts = {m.start: i for i, m in enumerate(mentions) if m.kind == "place"}
    covered = sorted((m.start, m.end) for m in mentions if m.kind == "person")
    covered_starts = [a for a, _ in covered]
    out = list(mentions)
    for h in titles:
        at = bisect.bisect_right(covered_starts, h.start)  # people before it: linear time
        if any(a <= h.start < b for a, b in covered[max(0, at - 8):at]):
            continue
        for link in links:
            i = starts.get(h.end + len(link))
            if i is not None and text[h.end:h.end + len(link)].lower() == link.lower():
                out[i] = attrs.evolve(out[i], title=text[h.start:h.end])
                break
    return out
