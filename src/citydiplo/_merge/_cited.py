"""Which sources name each participant of a fused event.

A fused event holds the union of its reports' participants and the union of their
citations; the model does not store citations per participant. They are kept all the same:
the result's ``clusters`` say which reports were fused into the event, and its ``reports``
hold them with their participants and citations. :func:`participant_citations` reads them
back: for each participant, the citations of the reports that name it.
"""

from __future__ import annotations

from collections import defaultdict

from citydiplo._dataset import UnknownIdError
from citydiplo._errors import check_args
from citydiplo._merge._result import MergeResult, sorted_citations
from citydiplo._model import Citation

__all__ = ["participant_citations"]


def participant_citations(result: MergeResult, event: str) -> dict[str, tuple[Citation, ...]]:
    """For each participant actor of the merged event ``event``, the citations of the
    reports that name it (actor ids as in the merged dataset, in order).

    A report counts for the event when it was fused into it (``result.clusters``) and its
    citations are the event's. A participant that no report names under its merged id (an
    unnamed office holder that merge resolved to a named person) gets no citation of its
    own: the event's citations cover it.

    Raises:
        UnknownIdError: ``event`` is no event of the merged dataset (the message says what
            it is: a report fused into another event, or a record of another kind).
        TypeError: ``result`` is no :class:`MergeResult` or ``event`` no id.

    >>> from citydiplo import Citation, City, Dataset, Event, Participant, PartialDate, merge
    >>> def forum(id, delegate, source):
    ...     return Event(id=id, kind="forum", place="kunming", date=PartialDate("2024-11-19"),
    ...                  participants=[Participant(actor=delegate, role="delegate")],
    ...                  citations=[Citation(source=source, quote=f"{delegate} came")])
    >>> cities = Dataset.of([City(id=c, name=c) for c in ("kunming", "chungju", "hue")])
    >>> result = merge(cities + Dataset.of([forum("a", "chungju", "ko"), forum("b", "hue", "vi")]))
    >>> {actor: [c.source for c in cited]
    ...  for actor, cited in participant_citations(result, "a").items()}
    {'chungju': ['ko'], 'hue': ['vi']}
    """
    check_args("participant_citations", result=(result, MergeResult), event=(event, str))
    fused = next((e for e in result.dataset.events if e.id == event), None)
    if fused is None:
        raise UnknownIdError(event, _what(result, event))
    actors = {p.actor for p in fused.participants}
    actor_of = _fused_actor_ids(result)
    members = set(result.clusters.get(event, (event,)))
    cited = set(fused.citations)
    found: dict[str, list[Citation]] = defaultdict(list)
    for report in result.reports.events:
        if report.id not in members or not set(report.citations) <= cited:
            continue
        for participant in report.participants:
            actor = actor_of.get(participant.actor, participant.actor)
            if actor in actors:
                found[actor].extend(report.citations)
    return {actor: sorted_citations(found.get(actor, ())) for actor in sorted(actors)}


def _fused_actor_ids(result: MergeResult) -> dict[str, str]:
    """Input actor id -> merged actor id, from the result's clusters."""
    merged = {a.id for a in result.dataset.actors}
    out: dict[str, str] = {}
    for new_id in sorted(merged):
        for old in result.clusters.get(new_id, ()):
            out.setdefault(old, new_id)
    return out


def _what(result: MergeResult, event: str) -> str:
    """What ``event`` is when it is no event of the merged dataset."""
    into = sorted(out for out, ids in result.clusters.items() if event in ids and out != event)
    if into:
        return f"the report {event!r} was fused into the event {into[0]!r}"
    record = result.dataset.get(event)
    if record is not None:
        return f"{event!r} is a {record.type}, not an event"
    return "expected the id of an event of the merged dataset"
