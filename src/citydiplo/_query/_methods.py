"""The query methods of :class:`citydiplo.Dataset`, kept apart from its storage.

``Dataset`` inherits them; each delegates to the dataset's lazily built
:class:`~citydiplo._query.QueryIndex` or to a query helper module.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from citydiplo._errors import check_args
from citydiplo._model._checks import to_enum
from citydiplo._views import Partners

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset
    from citydiplo._model import (
        Actor,
        Agreement,
        CountClaim,
        Counted,
        Document,
        DocumentKind,
        Event,
        EventKind,
        Field,
        Membership,
        MembershipRole,
        Partnership,
        PartnershipKind,
        PartnershipStatus,
        Record,
    )
    from citydiplo._query._index import ActorRef, QueryIndex
    from citydiplo._query._lifecycle import Status, StatusStep
    from citydiplo._query._types import Anniversary, DateLike, Partner

__all__ = ["QueryMethods"]


class QueryMethods:
    """Query methods for a class with a ``_query`` index (``Dataset``)."""

    __slots__ = ()
    if TYPE_CHECKING:

        @property
        def _query(self) -> QueryIndex: ...

    def _dataset(self) -> Dataset:
        return self  # type: ignore[return-value]  # only Dataset inherits these methods

    def partners(
        self,
        actor: ActorRef,
        *,
        at: DateLike | None = None,
        kind: PartnershipKind | str | None = None,
        status: PartnershipStatus | str | None = None,
        include_proposed: bool = False,
    ) -> list[Partner]:
        """Partners of an actor (by id, :class:`Actor` or name), with the partnership to each.

        Only partnerships in force are listed: a partnership whose status is ``proposed`` or
        ``agreed`` (a letter of intent) is left out unless ``include_proposed=True`` (or
        ``status`` asks for it). ``at`` keeps partnerships whose established..ended interval
        may include that date (unknown ends are open) and whose status history (see
        :meth:`status_at`) does not show them proposed, suspended or ended then. ``kind``
        and ``status`` filter on the partnership (a partnership of unknown status never
        matches a ``status``). Partners that are no actor of the dataset are left out
        (``validate`` reports them).

        >>> from citydiplo import City, Dataset, Partnership
        >>> ds = Dataset.of([City(id="a", name="A"), City(id="b", name="B"),
        ...     City(id="c", name="C"), Partnership(id="ab", parties=("a", "b"), kind="sister"),
        ...     Partnership(id="ac", parties=("a", "c"), status="proposed")])
        >>> [p.actor.id for p in ds.partners("a")]
        ['b']
        >>> [p.actor.id for p in ds.partners("a", include_proposed=True)]
        ['b', 'c']
        """
        return Partners(
            self._query.partners(
                actor, at=at, kind=kind, status=status, include_proposed=include_proposed
            )
        )

    def agreements_where(
        self,
        *,
        party: ActorRef | None = None,
        between: Iterable[ActorRef] | None = None,
        field: Field | str | None = None,
        signed: DateLike | None = None,
        planned: bool | None = None,
        include_organs: bool = False,
    ) -> list[Agreement]:
        """Agreements with ``party`` among their parties, binding every actor of ``between``,
        in a field of cooperation, signed at a date that may fall within ``signed``.

        ``planned=True`` keeps only announced agreements, ``False`` only reported ones
        (``None``, the default: both). Parties are matched by id exactly; with
        ``include_organs=True`` an actor also stands for its organs (the Hanoi People's
        Committee for Hanoi; see :data:`~citydiplo._query._links.ORGAN_KINDS`).
        """
        return self._query.agreements(
            party=party,
            between=between,
            field=field,
            signed=signed,
            planned=planned,
            include_organs=include_organs,
        )

    def events_where(
        self,
        *,
        actor: ActorRef | None = None,
        during: DateLike | None = None,
        kind: EventKind | str | None = None,
        planned: bool | None = None,
        include_organs: bool = False,
    ) -> list[Event]:
        """Events an actor (or, with ``include_organs``, one of its organs) takes part in, of
        a kind, dated so they may fall within ``during``; ``planned`` as for agreements."""
        return self._query.events(
            actor=actor, during=during, kind=kind, planned=planned, include_organs=include_organs
        )

    def documents_where(
        self,
        *,
        issuer: ActorRef | None = None,
        number: str | None = None,
        kind: DocumentKind | str | None = None,
        during: DateLike | None = None,
        planned: bool | None = None,
        include_organs: bool = False,
    ) -> list[Document]:
        """Documents by issuer (or its organs), official number (case, spaces and digit
        script ignored), kind, date and ``planned``."""
        return self._query.documents(
            issuer=issuer,
            number=number,
            kind=kind,
            during=during,
            planned=planned,
            include_organs=include_organs,
        )

    def claims_where(
        self,
        *,
        subject: ActorRef | None = None,
        counted: Counted | str | None = None,
        during: DateLike | None = None,
        include_organs: bool = False,
    ) -> list[CountClaim]:
        """Count claims about an actor, counting ``counted``, whose ``as_of`` (or ``during``
        scope) may fall within ``during``.

        >>> from citydiplo import City, CountClaim, Dataset
        >>> ds = Dataset.of([City(id="da-nang", name="Da Nang"),
        ...                  CountClaim(id="c", subject="da-nang", counted="partners", value=60)])
        >>> [c.value for c in ds.claims_where(subject="da-nang", counted="partners")]
        [60]
        """
        from citydiplo._model import Counted
        from citydiplo._query._links import claims

        subjects = None if subject is None else self._query.group(subject, include_organs)
        what = None if counted is None else to_enum(Counted, counted, "counted")
        return claims(self._dataset(), subjects, what, during)

    def memberships_where(
        self,
        *,
        member: ActorRef | None = None,
        network: ActorRef | None = None,
        at: DateLike | None = None,
        role: MembershipRole | str | None = None,
        planned: bool | None = None,
        include_organs: bool = False,
    ) -> list[Membership]:
        """Memberships of an actor, in a network, that may be held at ``at``, in a role.

        >>> from citydiplo import City, Dataset, Membership, Organization, PartialDate
        >>> ds = Dataset.of([City(id="hanam", name="Hanam"),
        ...                  Organization(id="unesco-gnlc", name="UNESCO GNLC"),
        ...                  Membership(id="m", member="hanam", network="unesco-gnlc",
        ...                             joined=PartialDate("2024"))])
        >>> [m.network for m in ds.memberships_where(member="hanam", at="2025")]
        ['unesco-gnlc']
        >>> ds.memberships_where(member="hanam", at="2023")
        []
        """
        from citydiplo._model import MembershipRole
        from citydiplo._query._links import memberships

        members = None if member is None else self._query.group(member, include_organs)
        where = None if network is None else self._query.actor_id(network)
        role_ = None if role is None else to_enum(MembershipRole, role, "role")
        return memberships(self._dataset(), members, where, at, role_, planned)

    def partnership_between(self, a: ActorRef, b: ActorRef) -> Partnership | None:
        """The partnership between two actors, or ``None`` if there is none.

        Raises:
            CitydiploError: several partnerships tie the two (merge the dataset first, or use
                ``partners``); the message lists their ids.

        >>> from citydiplo import City, Dataset, Partnership
        >>> ds = Dataset.of([City(id="zibo", name="Zibo"), City(id="gwangju-gg", name="Gwangju"),
        ...                  Partnership(id="p", parties=("zibo", "gwangju-gg"))])
        >>> ds.partnership_between("gwangju-gg", "zibo").id
        'p'
        """
        from citydiplo._errors import CitydiploError
        from citydiplo._query._links import partnerships_between

        found = partnerships_between(
            self._dataset(), self._query.actor_id(a), self._query.actor_id(b)
        )
        if len(found) > 1:
            raise CitydiploError(
                f"{len(found)} partnerships tie {a!r} and {b!r}: "
                f"{', '.join(repr(p.id) for p in found)} (merge the dataset, or use partners())"
            )
        return found[0] if found else None

    def citing(self, source: str) -> list[Record]:
        """Every record (actors included) with a citation of the source ``source``.

        >>> from citydiplo import Citation, Dataset, Partnership
        >>> ds = Dataset.of([Partnership(id="p", parties=("a", "b"),
        ...                              citations=[Citation(source="s1", quote="q")])])
        >>> [r.id for r in ds.citing("s1")], ds.citing("s2")
        (['p'], [])
        """
        from citydiplo._query._links import citing

        return citing(self._dataset(), source)

    def status_history(self, record: Partnership | Agreement | ActorRef) -> list[StatusStep]:
        """The dated steps of a partnership's or agreement's lifecycle, with their evidence
        (see :mod:`citydiplo._query._lifecycle`); undated steps last.

        Given an actor (a city's id, name or the actor itself), the steps of every
        partnership and agreement it is a party of, in date order: the city's status history.
        """
        from citydiplo._model import ActorBase, Agreement, Partnership
        from citydiplo._query._lifecycle import StatusStep, history

        ds = self._dataset()
        if isinstance(record, ActorBase) or (
            isinstance(record, str) and not isinstance(ds.get(record), Partnership | Agreement)
        ):
            actor = self._query.actor_id(record)
            records: list[Partnership | Agreement] = [
                *(p for p in ds.partnerships if actor in p.parties),
                *(a for a in ds.agreements if actor in a.parties),
            ]
            steps = [s for r in records for s in history(ds, r)]
            return sorted(steps, key=StatusStep.sort_key)
        return history(ds, self._lifecycle_record(record))

    def status_at(self, record: Partnership | Agreement | str, at: DateLike) -> Status | None:
        """The status the evidence gives a partnership or agreement at ``at``; ``None`` when
        no step happened by then or a step of uncertain date could change the answer.

        >>> from citydiplo import Dataset, Event, Participant, Partnership, PartialDate
        >>> ds = Dataset.of([
        ...     Partnership(id="p", parties=("a", "b"), established=PartialDate("2003")),
        ...     Event(id="e", kind="suspension", partnership="p", date=PartialDate("2020-05"),
        ...           participants=[Participant(actor="a")])])
        >>> ds.status_at("p", "2010"), ds.status_at("p", "2021"), ds.status_at("p", "2001")
        (PartnershipStatus.ACTIVE, PartnershipStatus.SUSPENDED, None)
        """
        from citydiplo._query._lifecycle import status_at
        from citydiplo._query._types import as_date_value

        when = as_date_value(at, "at")
        return status_at(self._dataset(), self._lifecycle_record(record), when)

    def _lifecycle_record(self, record: Partnership | Agreement | str) -> Partnership | Agreement:
        from citydiplo._model import Agreement, Partnership

        found = self._dataset()[record] if isinstance(record, str) else record
        if not isinstance(found, Partnership | Agreement):
            raise TypeError(f"{record!r} is not a partnership or an agreement")
        return found

    def search(
        self,
        text: str,
        *,
        lang: str | None = None,
        kind: str | type | None = None,
        limit: int | None = 20,
    ) -> list[Actor]:
        """Actors whose names or labels contain the words of ``text``, as people type.

        Case, accents, full-width forms and kana are ignored, labels in every script are
        searched, and across scripts they are also compared through their Latin
        transliteration ("Kato" finds "કાટો"; such matches rank last); results are ranked
        exact, prefix, whole words, substring (then dataset order), each actor once.
        :meth:`find` and :meth:`resolve` demand a whole name.

        >>> from citydiplo import City, Dataset, Organization
        >>> ds = Dataset.of([City(id="qn", name="Quảng Nam Province"),
        ...                  City(id="gn", name="Gangnam"), Organization(id="moe",
        ...                  name="Ministry of Education and Training")])
        >>> [a.id for a in ds.search("quang nam")], [a.id for a in ds.search("ministry of ed")]
        (['qn'], ['moe'])
        """
        check_args("search", text=(text, str))
        return [a for a, _ in self._query.searcher.search(text, lang=lang, kind=kind, limit=limit)]

    def find(
        self, name: str, *, lang: str | None = None, kind: str | type | None = None
    ) -> list[Actor]:
        """Actors one of whose names, in any language or script, matches ``name``.

        Case, accents, spaces and generic words ("City", "시", "市") are ignored, so "Hanam"
        finds both Hanam (KR) and the province of Hà Nam (VN). ``lang`` restricts to labels
        in that language (the canonical name counts as English); ``kind`` is a type tag
        (``"city"``) or an actor class.
        """
        return self._query.find(name, lang=lang, kind=kind)

    def resolve(
        self,
        name: str,
        *,
        lang: str | None = None,
        kind: str | type | None = None,
        country: str | None = None,
    ) -> Actor:
        """The one actor ``name`` designates (``country``: ISO code or name).

        Raises:
            AmbiguousNameError: several match; ``candidates`` gives their ids, countries and
                subdivisions.
            UnknownNameError: none does; ``suggestions`` holds names within typing distance.

        >>> from citydiplo import load_seeds
        >>> load_seeds().resolve("하남시").id
        'hanam'
        >>> load_seeds().resolve("Hanam")
        Traceback (most recent call last):
        ...
        citydiplo.AmbiguousNameError: 'Hanam' matches 2 actors...
        """
        return self._query.resolve(name, lang=lang, kind=kind, country=country)

    def by_country(self) -> dict[str, int]:
        """Partnerships per country: each partnership counts once for each distinct country
        of its parties (a domestic one once); ``"??"`` collects parties of unknown country.
        Sorted by count, largest first."""
        return self._query.by_country()

    def anniversaries(self, year: int, *, every: int = 5) -> list[Anniversary]:
        """Partnerships established and agreements signed a round number of years before
        ``year``: a positive multiple of ``every`` (5th, 10th, 15th...), sorted by date.
        Partnerships that ended before ``year`` are left out."""
        return self._query.anniversaries(year, every=every)

    def dormant(self, since: DateLike) -> list[Partnership]:
        """Partnerships, established before ``since`` and not ended before it, with no dated
        event or agreement between the two parties (or naming the partnership) that may
        fall on or after ``since``."""
        return self._query.dormant(since)
