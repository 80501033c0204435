"""``extract``: an article in, an :class:`Extraction` (mentions, candidates, evidence) out."""

from __future__ import annotations

import bisect
import datetime
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from citydiplo._dataset import Dataset, UnknownIdError
from citydiplo._errors import ArgumentTypeError, ArgumentValueError
from citydiplo._extract._actors import attach_offices, fuse_mentions, referred
from citydiplo._extract._ahead import ahead_as_planned
from citydiplo._extract._apposition import appositions
from citydiplo._extract._arguments import check_arguments
from citydiplo._extract._background import without_background_lists
from citydiplo._extract._bodies import two_bodies
from citydiplo._extract._build import Evidence, build_actors, build_record
from citydiplo._extract._coordinated import coordinated_places
from citydiplo._extract._cues import cues, put_off
from citydiplo._extract._cut import municipal_places, whole_names
from citydiplo._extract._dropped import dropped_subjects
from citydiplo._extract._echo import draft_echoes
from citydiplo._extract._groups import group_duplicates
from citydiplo._extract._hold import held_back
from citydiplo._extract._jubilee import record_dates
from citydiplo._extract._main_city import main_city
from citydiplo._extract._mentions import (
    Mention,
    entity_mentions,
    other_mentions,
    unmasked,
)
from citydiplo._extract._noparty import no_party_names
from citydiplo._extract._officials import official_references, surnames_alone
from citydiplo._extract._outside import dateless_people, outside_names, unspoken_days
from citydiplo._extract._pairs import split_pairs
from citydiplo._extract._parties import parties_only
from citydiplo._extract._people import repair_people
from citydiplo._extract._prospects import without_prospects
from citydiplo._extract._recall import glued_anaphora, last_of_kind, officials_of_places, subunits
from citydiplo._extract._relative_visit import marked_visits, owned_delegations, relative_visits
from citydiplo._extract._retold import rejoin_retold
from citydiplo._extract._rules import Sentence, candidates, qualified
from citydiplo._extract._scan import Lexicon, fold_case
from citydiplo._extract._script_fold import scan_cues
from citydiplo._extract._segment import clauses, sentences
from citydiplo._extract._slots import fill_slots
from citydiplo._extract._steps import add_step_events
from citydiplo._extract._topic import agreement_topics
from citydiplo._extract._unread import unread_unlinked
from citydiplo._model import Actor, Source
from citydiplo.dates import PartialDate

__all__ = ["Extraction", "Skipped", "extract"]

STATUSES = ("proposed", "accepted", "edited", "rejected", "held")
_KNOWN_CACHE: list[tuple[Dataset, str, Lexicon, dict[str, str]]] = []


@attrs.frozen(kw_only=True)
class Skipped:
    """A sentence with a cue that gave no candidate, and why (negated, no parties...)."""

    quote: str
    span: tuple[int, int]
    reason: str


@attrs.frozen(kw_only=True)
class Extraction:
    """What :func:`extract` found in one article, for a curator to review.

    ``records`` are the candidate records in text order; ``status`` maps each record id to
    "proposed", "accepted", "edited", "rejected" or "held" (held back by rule, see
    :mod:`citydiplo._extract._hold`); ``dataset`` holds the source, the actors the records
    neither rejected nor held need and those records. Reviewing never mutates: ``accept``,
    ``reject`` and ``edit`` return a new Extraction.
    """

    text: str
    lang: str
    source: Source
    mentions: tuple[Mention, ...]
    records: tuple[Any, ...]
    actors: tuple[Actor, ...]
    evidence: Mapping[str, Evidence] = attrs.field(repr=False)
    status: Mapping[str, str] = attrs.field(repr=False)
    skipped: tuple[Skipped, ...] = ()

    @property
    def dataset(self) -> Dataset:
        """The source, the records neither rejected nor held and the actors they refer to."""
        kept = [r for r in self.records if self.status[r.id] not in ("rejected", "held")]
        used = {a for r in kept for a in _refs(r)}
        actors = referred(self.actors, used)  # and the known actors they refer to
        return Dataset.of([*actors, self.source, *kept])

    def _check(self, ids: Iterable[str], method: str) -> list[str]:
        if isinstance(ids, str):
            ids = [ids]
        elif isinstance(ids, bytes | bytearray) or not isinstance(ids, Iterable):
            raise ArgumentTypeError(f"Extraction.{method}() takes a record id or an iterable of "
                                    f"record ids, not {type(ids).__name__}: {ids!r:.80}")
        ids = list(ids)
        for i in ids:
            if not isinstance(i, str):
                raise ArgumentTypeError(f"Extraction.{method}(): a record id is a str, not "
                                        f"{type(i).__name__}: {i!r:.80}")
            if i not in self.status:
                listed = ", ".join(map(repr, list(self.status)[:5]))
                more = ", ..." if len(self.status) > 5 else ""
                raise UnknownIdError(i, f"expected the id of one of the {len(self.status)} "
                                        f"candidate records ({listed}{more})"
                                     if self.status else "this extraction has no candidates")
        return ids

    def _with_status(self, ids: Iterable[str], status: str, method: str) -> Extraction:
        chosen = set(self._check(ids, method))
        new = {k: (status if k in chosen else v) for k, v in self.status.items()}
        return attrs.evolve(self, status=new)

    def accept(self, ids: Iterable[str]) -> Extraction:
        """A new Extraction with these records marked accepted."""
        return self._with_status(ids, "accepted", "accept")

    def reject(self, ids: Iterable[str]) -> Extraction:
        """A new Extraction without these records in its dataset (they stay listed)."""
        return self._with_status(ids, "rejected", "reject")

    def edit(self, id: str, /, **changes: Any) -> Extraction:
        """A new Extraction whose record ``id`` has ``changes`` applied (``attrs.evolve``).

        ``id=`` among the changes renames the record (its status and evidence follow).

        Raises:
            UnknownIdError: no candidate record has this id.
            ArgumentValueError: a change names no field of the record, an actor not held
                by the extraction, or a new id another record, actor or the source holds.
            InvalidModelError / TypeError: the changes break the record's invariants.

        >>> x = extract("Suwon City visited Hue City in May 2024.", lang="en")
        >>> y = x.edit(x.records[0].id, id="visit", kind="meeting")
        >>> [(r.id, r.kind.value, y.status[r.id]) for r in y.records]
        [('visit', 'meeting', 'edited')]
        """
        self._check([id], "edit")
        record = next(r for r in self.records if r.id == id)
        fields = [f.name for f in attrs.fields(type(record))]
        unknown = sorted(set(changes) - set(fields))
        if unknown:
            raise ArgumentValueError(
                f"Extraction.edit({id!r}): {', '.join(map(repr, unknown))} is no field of "
                f"the {record.type} record; expected some of {', '.join(fields)}")
        new_id = changes.get("id", id)
        if new_id != id:
            taken = {r.id for r in self.records} | {a.id for a in self.actors} | {self.source.id}
            if new_id in taken:
                raise ArgumentValueError(
                    f"Extraction.edit({id!r}, id={new_id!r}): that id is already held by "
                    "another record, actor or the source; expected an unused id")
        edited = attrs.evolve(record, **changes)
        actors = {a.id for a in self.actors}
        missing = sorted(set(_refs(edited)) - actors)
        if missing:
            raise ArgumentValueError(
                f"Extraction.edit({id!r}): {', '.join(map(repr, missing))} is no actor of this "
                f"extraction; expected one of {', '.join(sorted(actors)) or 'none'} (the "
                "dataset would refer to an actor it does not hold)")
        records = tuple(edited if r.id == id else r for r in self.records)
        status = {(new_id if k == id else k): ("edited" if k == id else v)
                  for k, v in self.status.items()}
        evidence = {(new_id if k == id else k): v for k, v in self.evidence.items()}
        return attrs.evolve(self, records=records, status=status, evidence=evidence)

    def _repr_html_(self) -> str:
        from citydiplo._extract._review import review_html

        return review_html(self, standalone=False)

    def to_html(self) -> str:
        """A standalone review page: the article with mentions highlighted, and the records."""
        from citydiplo._extract._review import review_html

        return review_html(self, standalone=True)


def _refs(record: Any) -> list[str]:
    refs = list(record.actors)
    for s in getattr(record, "signatories", ()):
        refs += [s.person, s.on_behalf_of]
    refs += [a for a in (getattr(record, "place", None), getattr(record, "issuer", None)) if a]
    return [r for r in refs if r]


def _known_lexicon(known: Dataset, lang: str) -> tuple[Lexicon, dict[str, str]]:
    """The known actors' labels as a lexicon (the last few datasets are kept, by identity)."""
    for ds, ds_lang, lex, types in _KNOWN_CACHE:
        if ds is known and ds_lang == lang:
            return lex, types
    script = cues(lang)["script"]
    types = {}
    claims: dict[str, set[str]] = {}
    for actor in known.actors:
        types[actor.id] = actor.type
        for label in actor.labels():
            if len(label) >= 2:
                claims.setdefault(label, set()).add(actor.id)
    # a label two known actors bear names neither for sure: it is read as any other name
    entries = [(label, "name.known", next(iter(ids)))
               for label, ids in claims.items() if len(ids) == 1]
    lex = Lexicon(entries, word_start=script["boundary"] == "word", prefixes=script["prefixes"],
                  particles=script["particles"])
    _KNOWN_CACHE[:] = [*_KNOWN_CACHE[-3:], (known, lang, lex, types)]
    return lex, types


def _as_partial(value: PartialDate | datetime.date | str | None) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value)
    return PartialDate(value)


def extract(
    text: str,
    *,
    lang: str,
    published: PartialDate | datetime.date | str | None = None,
    source: Source | None = None,
    known: Dataset | None = None,
) -> Extraction:
    """Mentions and candidate records of one article, each record citing its sentence.

    Args:
        text: the article, verbatim.
        lang: its language (en, ko, vi, zh, ja, ru, hi, gu, he, fa).
        published: reference for relative dates ("this year"); ``source.published`` if absent.
        source: the :class:`Source` to cite; one with an id from the text's SHA-1 if absent.
        known: a dataset whose actors are recognised by any of their labels and kept by id.

    >>> x = extract("Mayor Kim Min-su of Suwon City visited Hue City in May 2024.", lang="en")
    >>> [(r.type, r.kind.value, str(r.date)) for r in x.records]
    [('event', 'visit', '2024-05')]
    >>> sorted((p.actor, p.role.value) for p in x.records[0].participants)
    [('city-hue', 'host'), ('city-suwon', 'visitor'), ('person-kimminsu', 'visitor')]
    """
    check_arguments(text, published, source, known)
    data, ref = cues(lang), _as_partial(published)
    if source is None:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        source = Source(id=f"article-{digest}", language=lang, published=ref, text=text)
    elif ref is None and isinstance(source.published, PartialDate):
        ref = source.published  # a window of publication dates is no reference day
    folded = fold_case(text)  # cue words are matched without case in every script
    hits = glued_anaphora(unmasked(scan_cues(folded, lang)), text, data["script"])
    known_lex, known_types = _known_lexicon(known, lang) if known is not None else (None, {})
    entities = entity_mentions(text, folded, lang, hits, known_lex, known_types)
    entities = fuse_mentions(repair_people(entities, text, lang, hits), text, known)
    entities = officials_of_places(subunits(entities, text, data), text, data)
    entities = no_party_names(entities, text, hits, lang, data)
    if data.get("recent_anaphora"):
        entities, hits = _recent_anaphora(entities, hits, text, frozenset(data["recent_anaphora"]))
    others = unspoken_days(outside_names(other_mentions(text, lang, hits, ref), entities), text)
    listed = coordinated_places(dateless_people(entities, others), text, data, hits, others, lang)
    vouched = {m.actor for m in listed if m.actor} - {m.actor for m in entities}
    entities = municipal_places(whole_names(listed, text, data, hits), text, data, lang)
    entities = surnames_alone(appositions(entities, text, data, hits), text, lang)
    entities = draft_echoes(entities, text, data["script"], hits, lang)
    sents = _sentences(text, lang, hits, entities, others)
    focus = main_city(sents, text, lang, data["owner_links"])
    sents = official_references(sents, focus, text, lang, tuple(data["owner_links"]))
    skipped_raw: list[tuple[Sentence, str]] = []
    cands = candidates(sents, focus, data["script"]["word_order"], skipped_raw,
                       data["script"]["role_prefixes"], text, tuple(data["owner_links"]),
                       tuple(data["conjunctions"]), tuple(data["date_attributive"]),
                       tuple(data["date_bounds"]), put_off(data),
                       tuple(w.lower() for w in data.get("terms", ())),
                       tuple(data.get("respectively", ())), lang)
    cands = agreement_topics(cands, text, data, skipped_raw, focus)
    cands = record_dates(parties_only(cands, text, lang, skipped_raw), text, ref, lang)
    cands = without_prospects(split_pairs(cands, text, lang), text, lang, skipped_raw)
    cands = relative_visits(without_background_lists(cands, text, lang, skipped_raw), text, lang)
    cands = marked_visits(owned_delegations(cands, text, lang), text, lang)
    cands = unread_unlinked(ahead_as_planned(cands, ref), text, lang)  # see both modules
    records: list[Any] = []
    evidence: dict[str, Evidence] = {}
    groups = rejoin_retold(group_duplicates(cands), text,
                           tuple(data.get("retold_before", ())),
                           tuple(data.get("retold_after", ())),
                           data["script"]["boundary"] == "word", tuple(data["script"]["prefixes"]),
                           frozenset(a.id for a in known.actors) if known else frozenset(),
                           focus, tuple(data.get("definite_before", ())))
    for group in groups:
        c = group[0]
        rid = f"{source.id}-{c.type}-{c.sentence.start}-{c.cue.start}"
        if c.type == "partnership":
            rid += "-" + c.actors[1][0]
        if rid in evidence:  # one agreement with each place listed, from one cue
            rid += f"-{sum(1 for r in evidence if r.startswith(rid))}"
        record, ev = build_record(group, rid, source.id, text)
        record = fill_slots(record, group, text, lang)
        records.append(record)
        evidence[rid] = ev
    add_step_events(records, evidence, sents, source.id, text, lang)
    ids = sorted({a for r in records for a in _refs(r)})
    known_actors = {a.id: a for a in known.actors} if known is not None else {}
    mentions = tuple(sorted([*entities, *others], key=lambda m: (m.start, m.end, m.kind)))
    actors = attach_offices(build_actors(ids, list(mentions), lang, known_actors), records)
    held = held_back(records, mentions, known_actors if known is not None else None, vouched)
    if source.id in {a.id for a in actors} | {r.id for r in records}:
        raise ArgumentValueError(
            f"extract(): the source id {source.id!r} is also the id of an actor or record of "
            "the draft; expected an id of its own")
    return Extraction(
        text=text, lang=lang, source=source, mentions=mentions, records=tuple(records),
        actors=tuple(actors), evidence=evidence,
        status={r.id: "held" if r.id in held else "proposed" for r in records},
        skipped=tuple(Skipped(quote=text[s.start:s.end], span=(s.start, s.end), reason=why)
                      for s, why in skipped_raw))


def _within(items: list[Any], starts: list[int], s: int, e: int) -> tuple[Any, ...]:
    return tuple(items[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)])


def _sentences(text: str, lang: str, hits: list[Any], entities: list[Mention],
               others: list[Mention]) -> list[Sentence]:
    hits = sorted(hits, key=lambda h: h.start)
    dates = [m for m in others if m.kind == "date"]
    rest = [m for m in others if m.kind != "date"]
    keys = [[x.start for x in xs] for xs in (hits, entities, dates, rest)]
    out = []
    quals = list(cues(lang)["qualifiers"])
    marks = tuple(cues(lang)["dateline"])
    wider_first = bool(cues(lang)["script"]["wider_first"])
    paragraph = -1
    for s, e, para in sentences(text, lang):
        ents = _within(entities, keys[1], s, e)
        if marks and (para != paragraph or text[s - 1:s] == "\n"):  # a dateline starts a line
            ents = _after_dateline(text, s, ents, _within(hits, keys[0], s, e), marks)
        paragraph = para
        out.append(Sentence(
            start=s, end=e, paragraph=para, clauses=tuple(clauses(text, s, e, lang)),
            hits=_within(hits, keys[0], s, e), entities=ents,
            dates=_within(dates, keys[2], s, e), others=_within(rest, keys[3], s, e),
            qualified=qualified(ents, text, quals, wider_first)))
    return two_bodies(dropped_subjects(out, text, lang), text, lang)  # "并与…"; "between A and B"


def _recent_anaphora(entities: list[Mention], hits: list[Any], text: str,
                     words: frozenset[str]) -> tuple[list[Mention], list[Any]]:
    """"同市" (the said city) names the city or region named last before it, not the focus."""
    places = [m for m in entities if m.kind in ("place", "actor") and m.actor_type in _TOWNS]
    ends = [m.end for m in places]
    added: list[Mention] = []
    used: set[int] = set()
    for i, h in enumerate(hits):
        if h.family != "anaphora" or text[h.start:h.end] not in words:
            continue
        at = bisect.bisect_right(ends, h.start)
        last = last_of_kind(places, at, text[h.start:h.end])
        if last is None:
            continue
        added.append(attrs.evolve(last, start=h.start, end=h.end, text=text[h.start:h.end],
                                  title=None, proclitic=None))
        used.add(i)
    if not added:
        return entities, hits
    return (sorted((*entities, *added), key=lambda m: (m.start, m.end)),
            [h for i, h in enumerate(hits) if i not in used])


_DASHES, _TOWNS = frozenset({"-", "–", "—"}), ("city", "region")
_RECORD_CUES = frozenset({"partnership", "agreement", "signing", "event", "document"})


def _after_dateline(text: str, start: int, ents: tuple[Mention, ...], hits: tuple[Any, ...],
                    marks: tuple[str, ...], reach: int = 40) -> tuple[Mention, ...]:
    """The entities of a paragraph's first sentence without those of its dateline: the
    places before a dateline mark ("CEBU, Philippines - ", "中新社昆明11月19日电",
    "[... 대구 ... 기자]") within the first ``reach`` characters, when no cue word stands
    before the mark. A dateline says where the news was written, not who took part."""
    head = text[start:start + reach]
    ends = [head.find(m) + len(m) for m in marks if m in head
            # a dash ends a dateline after "CEBU, Philippines" or "CEBU", not "Suwon - Hue"
            if m.strip() not in _DASHES or ", " in head[:head.find(m)]
            or head[:head.find(m)].isupper()]
    if not ends:
        return ents
    cut = start + min(ends)
    if any(h.start < cut and h.family in _RECORD_CUES for h in hits) or not any(
            m.end <= cut and m.kind == "place" for m in ents):
        return ents
    return tuple(m for m in ents if m.start >= cut)
