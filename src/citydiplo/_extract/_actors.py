"""One draft actor per actor: spellings fused where that is certain, and never two places of
different GeoNames ids under one id.

In one article (:func:`fuse_mentions`, on the entity mentions before any rule reads them):

1. **GeoNames ids.** Places the gazetteer linked to one GeoNames id are one actor: a
   ``known`` actor carrying that id (identifier scheme ``geonames``) if there is one, else
   one draft id. Places of different GeoNames ids never share an id: when their names give
   the same draft id ("Córdoba" in Spain and in Argentina), each gets its country appended
   ("city-cordoba-es", "city-cordoba-ar"), or its GeoNames id when the countries agree.
2. **Spellings.** A place the gazetteer did not link takes the identity of the one actor
   (a linked place of the article, or a ``known`` actor) whose name folds to the same key:
   the look-up key (case, diacritics and generic words such as "City" or "시" removed)
   transliterated to ASCII by ``anyascii`` ("Hà Nội" and "Ha Noi", "Сеул" and "Seul").
   Nothing is fused when two actors share the key.
3. **Consonant skeletons.** In Hebrew and Arabic script vowels are written, if at all, with
   letters: places that no rule above linked and whose look-up keys, transliterated by
   ``anyascii``, keep the same consonants once vowels, "y", "w" and the glottal mark are
   dropped (at least two: "האנם", "חנם" and "הנאם" are all "hnm"; also after a glued Hebrew
   preposition: "בהנאם") are one actor: the one linked place of that skeleton (a linked
   name in any script counts with three consonants or more: "Hanam"), else the one named
   first. Nothing is fused when two linked actors share the skeleton.
4. **Abbreviations.** A name followed by its initials in brackets ("Los Angeles (LA)",
   "United Nations Development Programme (UNDP)") makes the initials a label of that name:
   every mention of them takes its actor.

Across drafts (:func:`fuse_drafts`, used by ``extract_many``): the same GeoNames rule, over
the actors of every draft, so that drafts merge into one actor per GeoNames id and never
fuse two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from citydiplo._extract._closure import referred
from citydiplo._extract._mention import Mention
from citydiplo._extract._onecity import one_city
from citydiplo._model import Actor, Participant, Person, Signatory
from citydiplo._query._names import lookup_keys

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset
    from citydiplo._extract._extraction import Extraction

__all__ = [
    "canonical_ids", "folded_key", "fuse_drafts", "fuse_mentions", "geonames_of", "referred",
]

_ABBR = re.compile(r"\s*[(（]\s*([A-Z][A-Za-z.&-]{1,9})\s*[)）]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_NOT_CONSONANT = re.compile(r"[^a-z]|[aeiouyw]")


def folded_key(name: str) -> str:
    """A name's look-up key in ASCII: what two spellings of one name share.

    >>> folded_key("Hà Nội") == folded_key("Ha Noi City") == "hanoi"
    True
    """
    from anyascii import anyascii

    key = lookup_keys(name)[-1]
    return _NOT_ALNUM.sub("", anyascii(key).lower())


def geonames_of(actor: Actor) -> int | None:
    """The GeoNames id an actor carries, if exactly one."""
    ids = {int(i.value) for i in getattr(actor, "identifiers", ()) if i.scheme == "geonames"
           and str(i.value).isdigit()}
    return next(iter(ids)) if len(ids) == 1 else None


def canonical_ids(places: Iterable[tuple[str, int, str | None]]) -> dict[int, str]:
    """One id per GeoNames id, from ``(draft id, geonames id, country)`` triples: the
    smallest draft id no other GeoNames id uses, else the draft id with the country (or,
    when the countries agree, the GeoNames id) appended.

    >>> canonical_ids([("city-cordoba", 2519240, "ES"), ("city-cordoba", 3860259, "AR")])
    {2519240: 'city-cordoba-es', 3860259: 'city-cordoba-ar'}
    """
    ids_of: dict[int, set[str]] = {}
    geo_of: dict[str, set[int]] = {}
    country: dict[int, str | None] = {}
    for aid, geo, cc in places:
        ids_of.setdefault(geo, set()).add(aid)
        geo_of.setdefault(aid, set()).add(geo)
        country.setdefault(geo, cc)
    out: dict[int, str] = {}
    for geo in sorted(ids_of):
        own = sorted(i for i in ids_of[geo] if geo_of[i] == {geo})
        if own:
            out[geo] = own[0]
            continue
        base = min(ids_of[geo])
        rivals = geo_of[base]
        countries = [country[g] for g in rivals]
        distinct = None not in countries and len(set(countries)) == len(countries)
        out[geo] = f"{base}-{(country[geo] or '').lower()}" if distinct else f"{base}-{geo}"
    return out


_INDEX_CACHE: list[tuple[object, tuple[dict[int, Actor], dict[str, list[Actor]]]]] = []


def _known_index(known: Any) -> tuple[dict[int, Actor], dict[str, list[Actor]]]:
    """Known actors by GeoNames id and by folded key (the last few datasets are kept)."""
    if known is None:
        return {}, {}
    for ds, index in _INDEX_CACHE:
        if ds is known:
            return index
    by_geo: dict[int, Actor] = {}
    by_key: dict[str, list[Actor]] = {}
    for a in known.actors:
        geo = geonames_of(a)
        if geo is not None:
            by_geo.setdefault(geo, a)
        for key in sorted({folded_key(label) for label in a.labels()}):
            if len(key) >= 3:
                by_key.setdefault(key, []).append(a)
    _INDEX_CACHE[:] = [*_INDEX_CACHE[-3:], (known, (by_geo, by_key))]
    return by_geo, by_key


def fuse_mentions(mentions: list[Mention], text: str, known: Dataset | None = None
                  ) -> list[Mention]:
    """The entity mentions with the actors of one article fused by the module's rules."""
    mentions = one_city(mentions)  # "창원특례시" and "창원시": one city, two records
    by_geo, by_key = _known_index(known)
    known_ids = frozenset(a.id for a in known.actors) if known is not None else frozenset()
    linked = [m for m in mentions if m.kind == "place" and m.geonames is not None and m.actor]
    canon = canonical_ids((m.actor or "", m.geonames or 0, m.country) for m in linked)
    target: dict[int, tuple[str, str]] = {}
    country = {m.geonames: m.country for m in linked}
    name = {m.geonames: m.name or m.text for m in linked}
    for geo, aid in canon.items():
        k = by_geo.get(geo)
        if k is None:  # a known actor of that name and country, carrying no other id
            alike = [a for a in by_key.get(folded_key(name[geo]), ())
                    if getattr(a, "country", None) == country[geo] and country[geo]
                    and geonames_of(a) is None]
            k = alike[0] if len(alike) == 1 else None
        if k is None and aid in known_ids:  # a known actor of the draft's id is another
            aid = _apart(aid, country[geo], geo, known_ids)
        target[geo] = (k.id, k.type) if k is not None else (aid, "")
    # a key shared by two actors fuses nothing
    keys: dict[str, set[tuple[str, str]]] = {}
    for m in linked:
        keys.setdefault(folded_key(m.name or m.text), set()).add(target[m.geonames or 0])
    out = []
    for m in mentions:
        if m.geonames is not None and m.geonames in target:
            aid, atype = target[m.geonames]
            m = attrs.evolve(m, actor=aid, actor_type=atype or m.actor_type)
        elif m.kind == "place" and m.actor_type in ("city", "region"):
            key = folded_key(m.name or m.text)
            same = keys.get(key, set())
            kn = {(a.id, a.type) for a in by_key.get(key, ()) if a.type == m.actor_type}
            choice = same | kn
            if len(choice) == 1 and len(key) >= 3:
                aid, atype = next(iter(choice))
                m = attrs.evolve(m, actor=aid, actor_type=atype or m.actor_type)
        out.append(m)
    return _abbreviations(_skeletons(out), text)


def _apart(aid: str, country: str | None, geo: int, taken: frozenset[str]) -> str:
    """An id for a linked place whose draft id a known actor holds that is not that place
    (another GeoNames id, name or country): its country appended, else its GeoNames id."""
    if country and (apart := f"{aid}-{country.lower()}") not in taken:
        return apart
    return f"{aid}-{geo}"


_PROCLITICS = frozenset("בכלמש")  # Hebrew one-letter prepositions glued to a name


def _skeleton(word: str) -> str:
    """The consonants of ``word`` transliterated to ASCII: vowels, "y", "w" and the glottal
    mark dropped (Hebrew and Arabic write vowels, if at all, with letters that become them)."""
    from anyascii import anyascii

    return _NOT_CONSONANT.sub("", anyascii(word).lower())


def _abjad(m: Mention) -> str:
    """The skeleton of a place's look-up key in Hebrew or Arabic script, else ""."""
    key = lookup_keys(m.name or m.text)[-1]
    if not any("\u0590" <= c <= "\u06ff" for c in key):
        return ""
    return _skeleton(key)


def _skeletons(mentions: list[Mention]) -> list[Mention]:
    """Rule 3 of the module docstring."""
    groups: dict[str, list[Mention]] = {}
    glued: list[tuple[str, Mention]] = []
    for m in mentions:
        if m.kind == "place" and m.actor_type in ("city", "region") and m.actor:
            key = lookup_keys(m.name or m.text)[-1]
            sk = _abjad(m)
            if len(sk) >= 2:
                groups.setdefault(sk, []).append(m)
                if key[:1] in _PROCLITICS and len(_skeleton(key[1:])) >= 2:
                    glued.append((_skeleton(key[1:]), m))
    for m in mentions:  # a linked place whose name has the skeleton of an unlinked spelling
        if m.kind == "place" and m.geonames is not None and not _abjad(m):
            sk = _skeleton(m.name or m.text)
            if len(sk) >= 3 and sk in groups:
                groups[sk].append(m)
    for sk, m in glued:  # "בהנאם": "in" + הנאם, when הנאם's consonants are named on their own
        if sk in groups and m not in groups[sk]:
            groups[sk].append(m)
    new: dict[str, str] = {}
    for group in groups.values():
        actors = list(dict.fromkeys(m.actor or "" for m in group))
        if len(actors) < 2:
            continue
        linked = list(dict.fromkeys(m.actor or "" for m in group if m.geonames is not None))
        if len(linked) > 1:
            continue
        into = linked[0] if linked else actors[0]
        new.update({a: into for a in actors if a != into and not any(
            m.geonames is not None for m in group if m.actor == a)})
    if not new:
        return mentions
    return [attrs.evolve(m, actor=new[m.actor]) if m.actor in new and m.kind == "place" else m
            for m in mentions]


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())


def _abbreviations(mentions: list[Mention], text: str) -> list[Mention]:
    alias: dict[str, tuple[str, str | None]] = {}
    for m in mentions:
        if not m.actor or m.actor_type == "person":
            continue
        hit = _ABBR.match(text, m.end)
        if hit is None:
            continue
        abbr = hit.group(1).replace(".", "")
        if len(abbr) >= 2 and abbr.upper() == _initials(m.text).upper() and len(
                _initials(m.text)) >= 2:
            for other in mentions:
                if other.text.replace(".", "") == abbr and other.actor and other.actor != m.actor:
                    alias.setdefault(other.actor, (m.actor, m.actor_type))
    if not alias:
        return mentions
    return [attrs.evolve(m, actor=alias[m.actor][0], actor_type=alias[m.actor][1])
            if m.actor in alias else m for m in mentions]


def rename_record(record: Any, new: Mapping[str, str]) -> Any:
    """``record`` with the actor ids in ``new`` replaced, wherever it refers to an actor."""
    def f(i: str | None) -> str | None:
        return new.get(i, i) if i is not None else None

    changes: dict[str, Any] = {}
    for name in ("place", "issuer", "subject"):
        if getattr(record, name, None) in new:
            changes[name] = f(getattr(record, name))
    if hasattr(record, "parties"):
        changes["parties"] = tuple(dict.fromkeys(new.get(p, p) for p in record.parties))
    if hasattr(record, "signatories"):
        changes["signatories"] = [Signatory(person=f(s.person), on_behalf_of=new.get(
            s.on_behalf_of, s.on_behalf_of), office=s.office) for s in record.signatories]
    if hasattr(record, "participants"):
        changes["participants"] = [Participant(actor=new.get(p.actor, p.actor), role=p.role,
                                               office=p.office) for p in record.participants]
    return attrs.evolve(record, **changes)


def _rename_actor(actor: Actor, new: Mapping[str, str]) -> Actor:
    changes: dict[str, Any] = {}
    if actor.id in new:
        changes["id"] = new[actor.id]
    if isinstance(actor, Person) and any(r.of in new for r in actor.roles):
        changes["roles"] = [attrs.evolve(r, of=new.get(r.of, r.of) if r.of else None)
                            for r in actor.roles]
    return attrs.evolve(actor, **changes) if changes else actor


def fuse_drafts(drafts: list[Extraction]) -> list[Extraction]:
    """Drafts whose places of one GeoNames id share one id, and whose places of different
    GeoNames ids never do (see the module docstring)."""
    triples = [(a.id, geo, getattr(a, "country", None))
               for x in drafts for a in x.actors if (geo := geonames_of(a)) is not None]
    canon = canonical_ids(triples)
    owner = {aid: country for aid, geo, country in triples if canon[geo] == aid}
    out = []
    for x in drafts:
        new = {a.id: canon[g] for a in x.actors
               if (g := geonames_of(a)) is not None and canon[g] != a.id}
        for a in x.actors:  # an unlinked place of another country keeps apart
            cc = getattr(a, "country", None)
            if geonames_of(a) is None and a.id in owner and cc and owner[a.id] != cc:
                new[a.id] = f"{a.id}-{cc.lower()}"
        if not new:
            out.append(x)
            continue
        out.append(attrs.evolve(
            x, records=tuple(rename_record(r, new) for r in x.records),
            actors=tuple(_rename_actor(a, new) for a in x.actors),
            mentions=tuple(attrs.evolve(m, actor=new[m.actor]) if m.actor in new else m
                           for m in x.mentions),
            evidence={k: attrs.evolve(e, mentions=tuple(
                attrs.evolve(m, actor=new[m.actor]) if m.actor in new else m
                for m in e.mentions)) for k, e in x.evidence.items()}))
    return out


def attach_offices(actors: list[Actor], records: Iterable[Any]) -> list[Actor]:
    """Draft people with the party their title is held at, where a signature says it: the
    person signed in that office on behalf of that party."""
    held: dict[str, dict[str, str]] = {}
    for r in records:
        for s in getattr(r, "signatories", ()):
            if s.person and s.office:
                held.setdefault(s.person, {}).setdefault(s.office, s.on_behalf_of)
    out = []
    for a in actors:
        if isinstance(a, Person) and a.id in held and any(r.of is None for r in a.roles):
            offices = held[a.id]
            a = attrs.evolve(a, roles=[
                attrs.evolve(r, of=offices.get(" ".join(r.title.split()).casefold()))
                if r.of is None else r for r in a.roles])
        out.append(a)
    return out
