"""Hypothesis strategies for citydiplo values, one section per module."""

from __future__ import annotations

import calendar

from hypothesis import strategies as st

from citydiplo.dates import DateRange, DateValue, PartialDate, Unbounded

# ---------------------------------------------------------------------------------------------
# Dates (citydiplo.dates)
# ---------------------------------------------------------------------------------------------

# Most draws come from a few neighbouring years so that containment, overlap and ties happen
# often; the rest cover the whole range, edges included.
_YEARS = st.one_of(
    st.integers(2000, 2003), st.integers(1, 9999), st.sampled_from([1, 9998, 9999])
)
_SPILLING_GROUPS = frozenset({24, 28, 30})  # winter, northern winter, southern summer


@st.composite
def partial_dates(draw: st.DrawFn, *, qualifiers: bool = True) -> PartialDate:
    """Any valid :class:`PartialDate`, at every precision, with or without qualifiers."""
    year = draw(_YEARS)
    kind = draw(st.sampled_from(["year", "group", "month", "day"]))
    month = day = group = None
    if kind == "group":
        groups = [g for g in range(21, 42) if not (year == 9999 and g in _SPILLING_GROUPS)]
        group = draw(st.sampled_from(groups))
    elif kind in ("month", "day"):
        month = draw(st.integers(1, 12))
        if kind == "day":
            day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    approximate = draw(st.booleans()) if qualifiers else False
    uncertain = draw(st.booleans()) if qualifiers else False
    return PartialDate(
        year=year, month=month, day=day, group=group, approximate=approximate, uncertain=uncertain
    )


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Any valid :class:`DateRange`: two ordered dates, one end possibly open or unknown."""
    first, second = draw(partial_dates()), draw(partial_dates())
    if first.earliest() > second.latest():
        first, second = second, first
    start: PartialDate | Unbounded = first
    end: PartialDate | Unbounded = second
    unbounded = draw(st.sampled_from(["none", "none", "start", "end"]))
    if unbounded == "start":
        start = draw(st.sampled_from(Unbounded))
    elif unbounded == "end":
        end = draw(st.sampled_from(Unbounded))
    return DateRange(start=start, end=end)


def date_values() -> st.SearchStrategy[DateValue]:
    """A :class:`PartialDate` or a :class:`DateRange`."""
    return st.one_of(partial_dates(), date_ranges())


# EDTF-looking text for fuzzing parsers: mostly junk, sometimes valid.
edtf_like_texts = st.text(alphabet="0123456789-/~?%.X ", max_size=24)


# ---------------------------------------------------------------------------------------------
# Model (citydiplo._model) and Dataset
# ---------------------------------------------------------------------------------------------
# Ids come from a small pool so that references between records resolve often; names mix the
# scripts of the seed articles.

import citydiplo as cd  # noqa: E402
from citydiplo._normalize import clean  # noqa: E402

ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10).filter(
    lambda s: s.strip() == s
)
actor_ids = st.sampled_from([f"a{i}" for i in range(12)])
source_ids = st.sampled_from([f"s{i}" for i in range(4)])
names = st.sampled_from(
    ["Hanam", "하남시", "חנם", "હનમ", "Gwangju", "광주시", "Zibo", "淄博市", "Hà Nội", "हनोई",
     "Đà Nẵng", "دانانگ", "Санкт-Петербург", "Little Rock", "Córdoba", "Ha Long"]
) | st.text(min_size=1, max_size=20).filter(lambda s: clean(s) != "")
langs = st.sampled_from(["en", "ko", "he", "gu", "hi", "fa", "vi", "zh", "ru", "ja", "und"])
quotes = st.sampled_from(
    ["એપ્રિલ 2024 માં", "באפריל 2024", "6 मार्च, 2025 को", "since establishing a sister-city "
     "relationship in 2003", "۲۴ ژانویه ۲۰۲۵", "השוק חתם על הסכם"]
) | st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")
# (country, subdivision) pairs that belong together
places = st.sampled_from(
    [(None, None), ("KR", None), ("KR", "KR-41"), ("KR", "KR-29"), ("US", "US-AR"), ("VN", "VN-HN"),
     ("VN", "VN-DN"), ("CN", "CN-SD"), ("RU", "RU-SPE"), ("IT", None), ("XK", None)]
)
fields_ = st.frozensets(st.sampled_from(cd.Field), max_size=3)
maybe_dates = st.none() | date_values()


@st.composite
def citations(draw: st.DrawFn) -> cd.Citation:
    """A citation of one of a few sources."""
    span = draw(st.none() | st.tuples(st.integers(0, 500), st.integers(0, 500)).map(sorted))
    return cd.Citation(source=draw(source_ids), quote=draw(quotes),
                       span=None if span is None else (span[0], span[1]))


@st.composite
def labels(draw: st.DrawFn) -> cd.Label:
    """A name in some language."""
    return cd.Label(lang=draw(langs), text=draw(names))


@st.composite
def actors(draw: st.DrawFn, id: str | None = None) -> cd.Actor:
    """Any kind of actor, with a consistent country and subdivision."""
    kind = draw(st.sampled_from([cd.City, cd.Region, cd.Country, cd.Organization, cd.Person]))
    country, subdivision = draw(places)
    common: dict[str, object] = {
        "id": id or draw(actor_ids),
        "name": draw(names),
        "names": draw(st.lists(labels(), max_size=3)),
        "country": country,
        "identifiers": draw(st.lists(st.builds(cd.Identifier, scheme=st.sampled_from(
            ["wikidata", "geonames"]), value=st.sampled_from(["Q1", "Q2", "123"])), max_size=1)),
        "lifetime": draw(st.none() | date_values()),
        "citations": draw(st.lists(citations(), max_size=2)),
    }
    if kind is cd.Country:
        common["country"] = country or "KR"
        return cd.Country(**common)
    common["subdivision"] = subdivision
    if kind is cd.Person:
        roles = draw(st.lists(st.builds(cd.PersonRole, title=st.sampled_from(
            ["Mayor", "Ambassador", "Governor"]), of=st.none() | actor_ids,
            during=maybe_dates), max_size=2))
        return cd.Person(roles=roles, **common)
    if kind is cd.Organization:
        return cd.Organization(kind=draw(st.sampled_from(cd.OrganizationKind)), **common)
    return kind(category=draw(st.none() | st.sampled_from(["city", "district", "state"])),
                **common)


@st.composite
def sources(draw: st.DrawFn, id: str | None = None) -> cd.Source:
    """A source, sometimes with a publication date and a translation link."""
    return cd.Source(
        id=id or draw(source_ids),
        url=draw(st.none() | st.just("https://example.org/a")),
        title=draw(st.none() | names),
        language=draw(st.none() | langs),
        published=draw(st.none() | partial_dates()),
        translation_of=draw(st.none() | source_ids),
        text=draw(st.none() | quotes),
    )


two_actors = st.lists(actor_ids, min_size=2, max_size=2, unique=True)


@st.composite
def partnerships(draw: st.DrawFn) -> cd.Partnership:
    """A partnership between two distinct actors of the pool."""
    return cd.Partnership(
        id=draw(ids), parties=draw(two_actors), kind=draw(st.sampled_from(cd.PartnershipKind)),
        status=draw(st.none() | st.sampled_from(cd.PartnershipStatus)),
        established=draw(maybe_dates), ended=draw(maybe_dates), fields=draw(fields_),
        citations=draw(st.lists(citations(), max_size=3)), note=draw(st.none() | names),
    )


@st.composite
def agreements(draw: st.DrawFn) -> cd.Agreement:
    """An agreement with signatories acting for its parties."""
    parties = draw(st.lists(actor_ids, min_size=2, max_size=3, unique=True))
    signatories = draw(st.lists(st.builds(cd.Signatory, person=actor_ids,
                                          on_behalf_of=st.sampled_from(parties)), max_size=2))
    return cd.Agreement(
        id=draw(ids), parties=parties, kind=draw(st.sampled_from(cd.AgreementKind)),
        title=draw(st.none() | names), signatories=set(signatories), signed=draw(maybe_dates),
        place=draw(st.none() | actor_ids), term=draw(maybe_dates),
        document_number=draw(st.none() | st.sampled_from(["59-NQ/TW", "239/KH-UBND"])),
        planned=draw(st.booleans()), fields=draw(fields_),
        citations=draw(st.lists(citations(), max_size=3)),
    )


@st.composite
def events(draw: st.DrawFn) -> cd.Event:
    """An event with one to three participants in roles."""
    participants = draw(st.lists(st.builds(cd.Participant, actor=actor_ids,
                                           role=st.sampled_from(cd.Role)),
                                 min_size=1, max_size=3))
    return cd.Event(
        id=draw(ids), kind=draw(st.sampled_from(cd.EventKind)), title=draw(st.none() | names),
        date=draw(maybe_dates), participants=participants, place=draw(st.none() | actor_ids),
        planned=draw(st.booleans()), fields=draw(fields_),
        citations=draw(st.lists(citations(), max_size=3)),
    )


@st.composite
def documents(draw: st.DrawFn) -> cd.Document:
    """An official document, sometimes numbered."""
    return cd.Document(
        id=draw(ids), kind=draw(st.sampled_from(cd.DocumentKind)),
        number=draw(st.none() | st.sampled_from(["59-NQ/TW", "334-KH/TU", "19/DA-UBND"])),
        title=draw(st.none() | names), issuer=draw(st.none() | actor_ids), date=draw(maybe_dates),
        fields=draw(fields_), citations=draw(st.lists(citations(), max_size=2)),
    )


@st.composite
def claims(draw: st.DrawFn) -> cd.CountClaim:
    """A count a source states."""
    return cd.CountClaim(
        id=draw(ids), subject=draw(actor_ids), counted=draw(st.sampled_from(cd.Counted)),
        value=draw(st.integers(0, 100)), kinds=draw(st.frozensets(
            st.sampled_from(cd.PartnershipKind), max_size=2)),
        enumerated=draw(st.booleans()), as_of=draw(maybe_dates),
        citations=draw(st.lists(citations(), max_size=2)),
    )


@st.composite
def datasets(draw: st.DrawFn, max_size: int = 6) -> cd.Dataset:
    """A dataset of every kind of record (references may dangle: validate reports them)."""
    return cd.Dataset(
        actors=draw(st.lists(actors(), max_size=max_size)),
        sources=draw(st.lists(sources(), max_size=3)),
        partnerships=draw(st.lists(partnerships(), max_size=max_size)),
        agreements=draw(st.lists(agreements(), max_size=max_size)),
        events=draw(st.lists(events(), max_size=max_size)),
        documents=draw(st.lists(documents(), max_size=3)),
        claims=draw(st.lists(claims(), max_size=2)),
    )


# ---------------------------------------------------------------------------------------------
# Merge (citydiplo._merge): datasets with planted duplicates
# ---------------------------------------------------------------------------------------------
# A few real occurrences (a partnership, visits told by the visitor and by the host, an
# agreement) are each reported by several sources: at the true date or coarser (month, year,
# undated), under different ids, with roles or without, sometimes with a differing title or
# venue. The reports are then spread over a few datasets, some given twice. Actors come with
# twins: the same city under another id with the same name in another script.

MERGE_CITIES = (
    cd.City(id="hanam", name="Hanam", names={"ko": ["하남시"], "he": ["חנם"]}, country="KR",
            subdivision="KR-41"),
    cd.City(id="hanam-si", name="하남시", names={"gu": ["હનમ"]}, country="KR", subdivision="KR-41"),
    cd.City(id="little-rock", name="Little Rock", country="US", subdivision="US-AR"),
    cd.City(id="lr", name="Little Rock", names={"he": ["ליטל רוק"]}, country="US",
            subdivision="US-AR", identifiers=[cd.Identifier(scheme="wikidata", value="Q33405")]),
    cd.City(id="zibo", name="Zibo", names={"zh": ["淄博市"]}, country="CN"),
    cd.City(id="gwangju-gg", name="Gwangju", country="KR", subdivision="KR-41"),
    cd.City(id="da-nang", name="Đà Nẵng", names={"fa": ["دانانگ"]}, country="VN"),
    cd.City(id="danang", name="Da Nang", country="VN",
            identifiers=[cd.Identifier(scheme="wikidata", value="Q25282")]),
)
_MERGE_ACTORS = st.sampled_from([c.id for c in MERGE_CITIES])


def _coarsen(draw: st.DrawFn, day: PartialDate) -> PartialDate | None:
    level = draw(st.sampled_from(["day", "month", "year", "none"]))
    if level == "day":
        return day
    if level == "month":
        return PartialDate(year=day.year, month=day.month)
    if level == "year":
        return PartialDate(year=day.year)
    return None


@st.composite
def _occurrence_reports(draw: st.DrawFn, n: int) -> list[cd.Partnership | cd.Event | cd.Agreement]:
    """Several reports of one occurrence number ``n``."""
    kind = draw(st.sampled_from(["partnership", "visit", "agreement"]))
    first, second = draw(st.lists(_MERGE_ACTORS, min_size=2, max_size=2, unique=True))
    day = PartialDate(year=draw(st.integers(2023, 2024)), month=draw(st.integers(1, 12)),
                      day=draw(st.integers(1, 28)))
    reports: list[cd.Partnership | cd.Event | cd.Agreement] = []
    for k in range(draw(st.integers(1, 4))):
        rid = f"o{n}-r{k}"
        cites = [cd.Citation(source=draw(source_ids), quote=f"report {rid}")]
        date = _coarsen(draw, day)
        title = draw(st.none() | st.sampled_from(["Visit to Little Rock", "Official visit"]))
        if kind == "partnership":
            reports.append(cd.Partnership(
                id=rid, parties=(first, second), kind=draw(st.sampled_from(["sister", "partner"])),
                established=date, status=draw(st.none() | st.sampled_from(["active", "ended"])),
                citations=cites))
        elif kind == "visit":
            roles = draw(st.sampled_from([("visitor", "host"), ("participant", "participant"),
                                          ("visitor", "participant")]))
            reports.append(cd.Event(
                id=rid, kind=draw(st.sampled_from(["visit", "visit", "meeting"])), date=date,
                title=title, venue=draw(st.none() | st.sampled_from(["City Hall", "Arts Center"])),
                participants=[cd.Participant(actor=first, role=roles[0]),
                              cd.Participant(actor=second, role=roles[1])],
                citations=cites))
        else:
            reports.append(cd.Agreement(
                id=rid, parties=(first, second), kind="mou", signed=date, title=title,
                document_number=draw(st.none() | st.just("12/MOU")), citations=cites))
    return reports


@st.composite
def planted_datasets(draw: st.DrawFn, count: int = 3) -> list[cd.Dataset]:
    """``count`` datasets sharing reports of a few occurrences (and some unrelated records)."""
    reports: list[cd.Partnership | cd.Event | cd.Agreement] = []
    for n in range(draw(st.integers(1, 4))):
        reports.extend(draw(_occurrence_reports(n)))
    out: list[list[object]] = [[] for _ in range(count)]
    for record in [*MERGE_CITIES, *reports]:
        targets = draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=2, unique=True))
        for t in targets:
            out[t].append(record)
    datasets_ = [cd.Dataset.of(records) for records in out]  # type: ignore[arg-type]
    noise = draw(st.lists(st.one_of(partnerships(), events()), max_size=2))
    if noise:
        datasets_[0] = datasets_[0] + cd.Dataset.of(noise)
    return datasets_


# ---------------------------------------------------------------------------------------------
# Merge: datasets whose records refer to each other and whose ids collide across kinds
# ---------------------------------------------------------------------------------------------
# Few ids, shared by actors of several types and by records of every kind, external
# identifiers shared between actors, references between records: the material of dangling
# references, duplicate ids and wrong-kind references after a merge.

_SHARED_IDS = st.sampled_from(["a0", "a1", "a2", "a3", "x", "y"])
_RECORD_IDS = st.sampled_from(["x", "y", "a3", "r1", "r2"])


@st.composite
def _linked_actor(draw: st.DrawFn) -> cd.Actor:
    kind = draw(st.sampled_from([cd.City, cd.Region, cd.Person, cd.Organization]))
    common: dict[str, object] = {
        "id": draw(_SHARED_IDS),
        "name": draw(st.sampled_from(["Hanam", "Zibo", "Lee"])),  # same names: name fusion
        "country": "KR" if kind is not cd.Person else None,
        "parent": draw(st.none() | _SHARED_IDS),
        "identifiers": draw(st.lists(st.builds(cd.Identifier, scheme=st.just("wikidata"),
                                                value=st.sampled_from(["Q1", "Q2"])),
                                      max_size=1)),
    }
    if kind is cd.Person:
        roles = draw(st.lists(st.builds(cd.PersonRole, title=st.just("Mayor"),
                                        of=_SHARED_IDS), max_size=1))
        return cd.Person(roles=roles, **common)
    return kind(**common)


@st.composite
def linked_datasets(draw: st.DrawFn) -> cd.Dataset:
    """A dataset of few shared ids, with references between actors and records."""
    two = st.lists(_SHARED_IDS, min_size=2, max_size=2, unique=True)
    date = st.none() | st.sampled_from([PartialDate("2024"), PartialDate("2024-04"),
                                        PartialDate("2024-05"), PartialDate("2024-04~")])
    cites = st.lists(citations(), max_size=1)
    partnerships_ = st.builds(cd.Partnership, id=_RECORD_IDS, parties=two, established=date,
                              status=st.none() | st.sampled_from(["active", "ended"]),
                              citations=cites)
    agreements_ = two.flatmap(lambda parties: st.builds(
        cd.Agreement, id=_RECORD_IDS, parties=st.just(parties), signed=date, citations=cites,
        partnership=st.none() | _RECORD_IDS, place=st.none() | _SHARED_IDS,
        signatories=st.lists(st.builds(cd.Signatory, person=_SHARED_IDS,
                                       on_behalf_of=st.sampled_from(parties)), max_size=2)))
    events_ = st.builds(
        cd.Event, id=_RECORD_IDS, kind=st.sampled_from(["visit", "meeting"]), date=date,
        participants=st.lists(st.builds(cd.Participant, actor=_SHARED_IDS,
                                        role=st.sampled_from(["visitor", "host", "participant"])),
                              min_size=1, max_size=2),
        agreement=st.none() | _RECORD_IDS, partnership=st.none() | _RECORD_IDS, citations=cites)
    documents_ = st.builds(cd.Document, id=_RECORD_IDS, issuer=st.none() | _SHARED_IDS,
                           implements=st.lists(_RECORD_IDS, max_size=1), citations=cites)
    return cd.Dataset(
        actors=draw(st.lists(_linked_actor(), max_size=6)),
        sources=[cd.Source(id=s) for s in ("s0", "s1", "s2", "s3")],
        partnerships=draw(st.lists(partnerships_, max_size=3)),
        agreements=draw(st.lists(agreements_, max_size=2)),
        events=draw(st.lists(events_, max_size=3)),
        documents=draw(st.lists(documents_, max_size=2)),
    )
