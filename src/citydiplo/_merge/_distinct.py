"""Telling reports met before from new ones, cheaply: only reports of one id are compared."""

from __future__ import annotations

from typing import Any

__all__ = ["Distinct"]


class Distinct:
    """The reports of one collection seen so far, by id; :meth:`seen` tells an equal one met
    before.

    Identical reports count once in a merge, and so do reports that become equal once
    actors are fused (two accounts that named twin cities). Comparing only reports that
    share an id is much cheaper than hashing every record.

    >>> from citydiplo import Event, Participant
    >>> visit = lambda actor: Event(id="v", kind="visit",
    ...                             participants=[Participant(actor=actor, role="visitor")])
    >>> distinct = Distinct()
    >>> [distinct.seen(visit("a")), distinct.seen(visit("b")), distinct.seen(visit("a"))]
    [False, False, True]
    """

    __slots__ = ("_by_id",)

    def __init__(self) -> None:
        self._by_id: dict[str, Any] = {}  # one record, or a list of them

    def seen(self, record: Any) -> bool:
        """Whether a report equal to ``record`` was seen; remembers it when not."""
        key = record.id
        earlier = self._by_id.get(key)
        if earlier is None:
            self._by_id[key] = record
            return False
        if isinstance(earlier, list):
            if record in earlier:
                return True
            earlier.append(record)
            return False
        if earlier == record:
            return True
        self._by_id[key] = [earlier, record]
        return False
