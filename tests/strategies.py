"""Hypothesis strategies for citydiplo values, one section per module."""

from __future__ import annotations

import calendar
import datetime

from hypothesis import strategies as st

from citydiplo.dates import DateRange, DateValue, PartialDate, RecordDate, Unbounded, YearlessDate

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


@st.composite
def yearless_dates(draw: st.DrawFn) -> YearlessDate:
    """Any valid :class:`YearlessDate`: a month, or a month and a day (29 February included),
    or a span of two such with the same precision (one crossing the year's end included)."""
    month = draw(st.integers(1, 12))
    day = draw(st.none() | st.integers(1, calendar.monthrange(2000, month)[1]))
    if not draw(st.booleans()):
        return YearlessDate(month=month, day=day)
    end_month = draw(st.integers(1, 12))
    end_day = None if day is None else draw(st.integers(1, calendar.monthrange(2000, end_month)[1]))
    if (end_month, end_day) == (month, day):
        return YearlessDate(month=month, day=day)
    return YearlessDate(month=month, day=day, end_month=end_month, end_day=end_day)


def record_dates() -> st.SearchStrategy[RecordDate]:
    """What a record's date field holds: mostly dated values, sometimes year-less."""
    return st.one_of(partial_dates(), date_ranges(), yearless_dates())


# EDTF-looking text for fuzzing parsers: mostly junk, sometimes valid.
edtf_like_texts = st.text(alphabet="0123456789-/~?%.X ", max_size=24)


# ---------------------------------------------------------------------------------------------
# Model (citydiplo._model) and Dataset
# ---------------------------------------------------------------------------------------------
# Ids come from a small pool so that references between records resolve often; names mix the
# scripts of the seed articles.

import citydiplo as cd  # noqa: E402
from citydiplo._model._checks import hidden_character  # noqa: E402
from citydiplo._normalize import clean_label as clean  # noqa: E402

ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10).filter(
    lambda s: s.strip() == s
)
actor_ids = st.sampled_from([f"a{i}" for i in range(12)])
source_ids = st.sampled_from([f"s{i}" for i in range(4)])
names = st.sampled_from(
    ["Hanam", "하남시", "חנם", "હનમ", "Gwangju", "광주시", "Zibo", "淄博市", "Hà Nội", "हनोई",
     "Đà Nẵng", "دانانگ", "Санкт-Петербург", "Little Rock", "Córdoba", "Ha Long"]
) | st.text(min_size=1, max_size=20).filter(
    lambda s: clean(s) != "" and hidden_character(s, text=True) is None
)
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
maybe_record_dates = st.none() | record_dates()


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
    categories = cd.CityCategory if kind is cd.City else ["province", "state"]
    return kind(category=draw(st.none() | st.sampled_from(categories)), **common)


@st.composite
def sources(draw: st.DrawFn, id: str | None = None) -> cd.Source:
    """A source, sometimes with a publication date and a translation link."""
    return cd.Source(
        id=id or draw(source_ids),
        url=draw(st.none() | st.just("https://example.org/a")),
        title=draw(st.none() | names),
        language=draw(st.none() | langs),
        published=draw(st.none() | partial_dates() | publication_windows()),
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
        established=draw(maybe_record_dates), ended=draw(maybe_record_dates), fields=draw(fields_),
        citations=draw(st.lists(citations(), max_size=3)), note=draw(st.none() | names),
    )


@st.composite
def agreements(draw: st.DrawFn) -> cd.Agreement:
    """An agreement with signatories acting for its parties."""
    parties = draw(st.lists(actor_ids, min_size=2, max_size=3, unique=True))
    signers = draw(st.lists(signatories(parties), max_size=2))
    return cd.Agreement(
        id=draw(ids), parties=parties, kind=draw(st.sampled_from(cd.AgreementKind)),
        title=draw(st.none() | names), signatories=signers,
        signed=draw(maybe_record_dates),
        place=draw(st.none() | actor_ids), term=draw(maybe_record_dates),
        document_number=draw(st.none() | st.sampled_from(["59-NQ/TW", "239/KH-UBND"])),
        planned=draw(st.booleans()), fields=draw(fields_),
        citations=draw(st.lists(citations(), max_size=3)), amount=draw(st.none() | money()),
    )


@st.composite
def events(draw: st.DrawFn) -> cd.Event:
    """An event with one to three participants in roles."""
    participants = draw(st.lists(st.builds(cd.Participant, actor=actor_ids,
                                           role=st.sampled_from(cd.Role),
                                           office=st.none() | offices),
                                 min_size=1, max_size=3))
    return cd.Event(
        id=draw(ids), kind=draw(st.sampled_from(cd.EventKind)), title=draw(st.none() | names),
        date=draw(maybe_record_dates), participants=participants, place=draw(st.none() | actor_ids),
        planned=draw(st.booleans()), fields=draw(fields_),
        citations=draw(st.lists(citations(), max_size=3)),
        document=draw(st.none() | ids), amount=draw(st.none() | money()),
    )


@st.composite
def documents(draw: st.DrawFn) -> cd.Document:
    """An official document, sometimes numbered."""
    return cd.Document(
        id=draw(ids), kind=draw(st.sampled_from(cd.DocumentKind)),
        number=draw(st.none() | st.sampled_from(["59-NQ/TW", "334-KH/TU", "19/DA-UBND"])),
        title=draw(st.none() | names), issuer=draw(st.none() | actor_ids),
        date=draw(maybe_record_dates),
        fields=draw(fields_), citations=draw(st.lists(citations(), max_size=2)),
    )


@st.composite
def claims(draw: st.DrawFn) -> cd.CountClaim:
    """A count a source states, with its qualifier and scopes."""
    qualifier = draw(st.sampled_from(cd.Qualifier))
    value = None if qualifier is cd.Qualifier.UNSPECIFIED else draw(st.integers(0, 100))
    return cd.CountClaim(
        id=draw(ids), subject=draw(actor_ids), counted=draw(st.sampled_from(cd.Counted)),
        value=value, qualifier=qualifier, event=draw(st.none() | ids),
        country=draw(st.none() | st.sampled_from(["KR", "VN", "JP"])),
        excluding=draw(st.lists(actor_ids, max_size=2)), during=draw(maybe_dates),
        kinds=draw(st.frozensets(
            st.sampled_from(cd.PartnershipKind), max_size=2)),
        enumerated=draw(st.booleans()), as_of=draw(maybe_record_dates),
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
        memberships=draw(st.lists(memberships(), max_size=2)),
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
# each city id -> one id of the same city (twins share it)
_CITY_OF = {"hanam-si": "hanam", "lr": "little-rock", "danang": "da-nang"}
_CITY_OF.update({c.id: _CITY_OF.get(c.id, c.id) for c in MERGE_CITIES})


def _coarsen(draw: st.DrawFn, day: PartialDate) -> PartialDate | DateRange | None:
    """The day, or a date of another shape that holds it: its month, quarter, half, season
    (spring to autumn), year, a two-day range around it, or no date."""
    level = draw(st.sampled_from(["day", "month", "year", "none", "range", "group"]))
    assert day.month is not None and day.day is not None
    if level == "day":
        return day
    if level == "month":
        return PartialDate(year=day.year, month=day.month)
    if level == "year":
        return PartialDate(year=day.year)
    if level == "range":  # the day and the next, or the day before and the day
        start = day.day - draw(st.integers(0, 1))
        return DateRange(start=PartialDate(year=day.year, month=day.month, day=start),
                         end=PartialDate(year=day.year, month=day.month, day=start + 1))
    if level == "group":
        groups = [33 + (day.month - 1) // 3, 40 + (day.month - 1) // 6]
        if 3 <= day.month <= 11:
            groups.append(21 + (day.month - 3) // 3)
        return PartialDate(year=day.year, group=draw(st.sampled_from(groups)))
    return None


def _overlapping(day: PartialDate) -> DateRange:
    """A two-day range that overlaps the range of ``day`` and the next without holding it."""
    assert day.month is not None and day.day is not None
    return DateRange(start=PartialDate(year=day.year, month=day.month, day=day.day + 1),
                     end=PartialDate(year=day.year, month=day.month, day=day.day + 2))


@st.composite
def _occurrence_reports(draw: st.DrawFn, n: int) -> list[cd.Partnership | cd.Event | cd.Agreement]:
    """Several reports of one occurrence number ``n``."""
    kind = draw(st.sampled_from(["partnership", "visit", "agreement", "gathering"]))
    first, second = draw(st.lists(_MERGE_ACTORS, min_size=2, max_size=2, unique=True))
    day = PartialDate(year=draw(st.integers(2023, 2024)), month=draw(st.integers(1, 12)),
                      day=draw(st.integers(2, 26)))
    reports: list[cd.Partnership | cd.Event | cd.Agreement] = []
    for k in range(draw(st.integers(1, 4))):
        rid = f"o{n}-r{k}"
        cites = [cd.Citation(source=draw(source_ids), quote=f"report {rid}")]
        date = _overlapping(day) if draw(st.integers(0, 9)) == 0 else _coarsen(draw, day)
        title = draw(st.none() | st.sampled_from(["Visit to Little Rock", "Official visit"]))
        if kind == "partnership":
            # reports disagree on the kind (friendship / sister) and the status
            reports.append(cd.Partnership(
                id=rid, parties=(first, second),
                kind=draw(st.sampled_from(["sister", "partner", "friendship"])),
                established=date, status=draw(st.none() | st.sampled_from(["active", "ended"])),
                citations=cites))
        elif kind == "gathering":
            # a forum held at ``first`` (place, host or neither), each report naming its own
            # delegations
            others = [c.id for c in MERGE_CITIES if _CITY_OF[c.id] != _CITY_OF[first]]
            delegates = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3,
                                      unique=True))
            host = draw(st.booleans())
            participants = [cd.Participant(actor=a, role="delegate") for a in delegates]
            if host:
                participants.append(cd.Participant(actor=first, role="host"))
            reports.append(cd.Event(
                id=rid, kind=draw(st.sampled_from(["forum", "forum", "conference"])), date=date,
                title=draw(st.none() | st.sampled_from(["Mayors Forum", "forum of mayors",
                                                        "Smart City Forum"])),
                place=draw(st.none() | st.just(first)) if host else first,
                participants=participants, citations=cites))
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
                id=rid, parties=(first, second), kind=draw(st.sampled_from(["mou", "cooperation"])),
                signed=date, title=title,
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


# -- corners of what a model may hold (lone surrogates, integers past 64 bits) --------------

#: Any text, lone surrogates included: the model refuses what no UTF-8 file can hold.
any_texts = st.text(st.characters(exclude_categories=()), max_size=12)
#: Any integer, far past 64 bits included.
any_integers = st.integers() | st.integers(2**63 - 2, 2**63 + 2) | st.integers(-(2**70), 2**70)


def record_samples() -> st.SearchStrategy[object]:
    """One record of every kind, nested records included."""
    return st.one_of(actors(), sources(), partnerships(), agreements(), events(), documents(),
                     claims())


# ---------------------------------------------------------------------------------------------
# What real reports say (issue 15): offices, money, memberships, publication windows,
# lifecycles
# ---------------------------------------------------------------------------------------------

offices = st.sampled_from(["mayor", "governor", "vice mayor", "ambassador", "시장"])


@st.composite
def money(draw: st.DrawFn) -> cd.Money:
    """An amount in a currency ISO 4217 lists (integers and cents)."""
    cents = draw(st.integers(0, 10**12))
    amount = str(cents) if draw(st.booleans()) else f"{cents // 100}.{cents % 100:02d}"
    return cd.Money(amount=amount, currency=draw(st.sampled_from(["EUR", "KRW", "VND", "USD"])))


@st.composite
def signatories(draw: st.DrawFn, parties: list[str]) -> cd.Signatory:
    """A signatory for one of ``parties``: a person, an office, or a person in an office."""
    person, office = draw(st.sampled_from([(True, False), (False, True), (True, True)]))
    return cd.Signatory(person=draw(actor_ids) if person else None,
                        office=draw(offices) if office else None,
                        on_behalf_of=draw(st.sampled_from(parties)))


@st.composite
def publication_windows(draw: st.DrawFn) -> DateRange:
    """A publication date known only by bounds: on or after a date, or between two."""
    start = draw(partial_dates(qualifiers=False))
    if draw(st.booleans()):
        return DateRange(start=start, end=Unbounded.OPEN)
    end = draw(partial_dates(qualifiers=False))
    if end.earliest() < start.earliest() or end.latest() < start.latest():
        start, end = end, start
    return DateRange(start=start, end=end)


@st.composite
def memberships(draw: st.DrawFn) -> cd.Membership:
    """A membership of an actor of the pool in another (a network)."""
    member, network = draw(two_actors)
    return cd.Membership(
        id=draw(ids), member=member, network=network,
        role=draw(st.sampled_from(cd.MembershipRole)), joined=draw(maybe_record_dates),
        left=draw(maybe_record_dates), planned=draw(st.booleans()), fields=draw(fields_),
        citations=draw(st.lists(citations(), max_size=2)),
    )


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
    # kinds that disagree fuse (partnerships; agreements of one date), and so do open events
    # that name different participants: references must follow those fusions too
    partnerships_ = st.builds(cd.Partnership, id=_RECORD_IDS, parties=two, established=date,
                              kind=st.sampled_from(["sister", "friendship", "partner"]),
                              status=st.none() | st.sampled_from(["active", "ended"]),
                              citations=cites)
    agreements_ = two.flatmap(lambda parties: st.builds(
        cd.Agreement, id=_RECORD_IDS, parties=st.just(parties), signed=date, citations=cites,
        kind=st.sampled_from(["mou", "cooperation"]),
        partnership=st.none() | _RECORD_IDS, place=st.none() | _SHARED_IDS,
        signatories=st.lists(st.builds(cd.Signatory, person=_SHARED_IDS,
                                       on_behalf_of=st.sampled_from(parties)), max_size=2)))
    events_ = st.builds(
        cd.Event, id=_RECORD_IDS, kind=st.sampled_from(["visit", "meeting", "forum", "ceremony"]),
        date=date, place=st.none() | _SHARED_IDS, title=st.none() | st.just("Mayors Forum"),
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


# Gregorian days across the years a Hebrew-calendar date may name (``_text._hebrew_years``)
gregorian_days = st.dates(min_value=datetime.date(100, 1, 1), max_value=datetime.date(9998, 12, 31))


# Hangul syllables that are neither a one-letter Korean particle nor a place marker (시 군 구
# 면 동 읍): the letters of a name that nothing inside it cuts
_KO_STOPS = frozenset("은는이가을를과와의에도로측시군구면동읍")


def hangul_stems(min_size: int = 2, max_size: int = 6) -> st.SearchStrategy[str]:
    letters = st.integers(0xAC00, 0xD7A3).map(chr).filter(lambda c: c not in _KO_STOPS)
    return st.lists(letters, min_size=min_size, max_size=max_size).map("".join)
