"""What each field of a report states: a fact, a wording, or provenance.

Merge reports a :class:`~citydiplo.Conflict` when the reports of one occurrence disagree on a
*fact*: a date, a kind, a status, the parties, roles or signatories, a number, a place, an
amount. A *wording* is free text in the words of one source or curator (a note, a title, a
venue's name): two sources, often in two languages, word the same occurrence differently,
and that is no disagreement. Wording differences are kept as *variants*
(:attr:`~citydiplo.MergeResult.variants`: every wording with the reports and citations behind
it), and reported as conflicts only when asked (``merge(..., wording=True)``). A venue is a
fact stated in words: two venues are one place worded twice when their normalised words are
equal or one's words run inside the other's ("Grand InterContinental", "Grand Intercontinental
Samseong-dong"), or when they are written in different scripts (the letters cannot be
compared: "하남시청", "Hanam City Hall"); those are variants too. Two venues in one script
that name different places ("City Hall", "Arts Center") are a conflict. *Provenance*
(the id, the citations) is bookkeeping: every citation is kept, the id is chosen by
``_ids``.

:data:`FIELDS` is the one table of this rule: every field of every report type (records,
actors, sources) by name, what it states, and how merge keeps it. A field name means the same
thing in every type that has it; a test checks that every field of every model class is
listed, so a new field cannot be fused without a decision.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Final

from citydiplo._normalize import match_key

__all__ = ["FIELDS", "NAMES", "Nature", "is_wording", "nature_of", "same_name"]


class Nature(enum.StrEnum):
    """What a field states."""

    FACT = "fact"
    WORDING = "wording"
    PROVENANCE = "provenance"


F, W, P = Nature.FACT, Nature.WORDING, Nature.PROVENANCE

#: field name -> (what it states, how merge keeps the values of one occurrence's reports).
FIELDS: Final[Mapping[str, tuple[Nature, str]]] = {
    # provenance
    "id": (P, "the smallest id of the reports, unique across kinds (see _ids)"),
    "citations": (P, "every citation of every report, once each"),
    # wording: free text in the words of one source; variants kept, no conflict by default
    "note": (W, "the most precise report's note; every other note is a variant"),
    "title": (W, "the most precise report's title; every other title is a variant"),
    "venue": (F, "the most precise report's; compared as a name (see above), else a conflict"),
    "name": (W, "actors: the smallest id's name; every other name becomes a label"),
    "names": (W, "actors: every label of every report"),
    # facts about records
    "kind": (F, "a specific kind over a generic one; two specific kinds are a conflict"),
    "status": (F, "a stated status over none; two statuses are a conflict"),
    "parties": (F, "the same in every report (it decides the occurrence)"),
    "participants": (F, "the union; an actor on both sides never fuses (it decides); one "
                     "actor given other roles by another report is a conflict"),
    "signatories": (F, "the union; two signers for one party are a conflict"),
    "established": (F, "the most precise date, which the others contain; else a conflict"),
    "ended": (F, "the most precise compatible date; incompatible dates are a conflict"),
    "signed": (F, "the most precise date, which the others contain; else a conflict"),
    "date": (F, "the most precise date, which the others contain; else a conflict"),
    "term": (F, "the most precise compatible date range; else a conflict"),
    "joined": (F, "the most precise date, which the others contain; else a conflict"),
    "left": (F, "the most precise compatible date; else a conflict"),
    "as_of": (F, "the most precise date, which the others contain; else a conflict"),
    "during": (F, "the most precise compatible date; else a conflict"),
    "place": (F, "a stated place over none (two places never fuse)"),
    "document_number": (F, "a stated number over none (two numbers never fuse)"),
    "number": (F, "the same normalised number in every report (it decides)"),
    "amount": (F, "a stated amount over none; two amounts are a conflict"),
    "fields": (F, "the union of the fields of cooperation"),
    "planned": (F, "planned only when every report says so"),
    "partnership": (F, "the partnership referred to, after fusion; two are a conflict"),
    "agreement": (F, "the agreement referred to, after fusion; two are a conflict"),
    "document": (F, "the document referred to, after fusion; two are a conflict"),
    "event": (F, "the event referred to, after fusion; two are a conflict"),
    "implements": (F, "the union of the documents implemented, after fusion"),
    "issuer": (F, "a stated issuer over none; two issuers are a conflict"),
    "subject": (F, "claims: the same in every report (it decides)"),
    "counted": (F, "claims: the same in every report (it decides)"),
    "value": (F, "claims: the same in every report (it decides)"),
    "qualifier": (F, "claims: the same in every report (it decides)"),
    "kinds": (F, "claims: the same in every report (it decides)"),
    "enumerated": (F, "claims: the most precise report's; two values are a conflict"),
    "excluding": (F, "claims: the same in every report (it decides)"),
    "member": (F, "memberships: the same in every report (it decides)"),
    "network": (F, "memberships: the same in every report (it decides)"),
    "role": (F, "memberships: the most precise report's; two roles are a conflict"),
    # facts about actors
    "country": (F, "the first stated; two countries are a conflict"),
    "subdivision": (F, "the first stated in the chosen country; two are a conflict"),
    "parent": (F, "the first stated; two parents are a conflict"),
    "identifiers": (F, "every identifier (two GeoNames ids never fuse)"),
    "lifetime": (F, "the first stated; two lifetimes are a conflict"),
    "category": (F, "the first stated; two categories are a conflict"),
    "latitude": (F, "the first stated; two latitudes are a conflict"),
    "longitude": (F, "the first stated; two longitudes are a conflict"),
    "roles": (F, "people: every role held, with its dates"),
    # facts about sources (copies of one source under one id)
    "url": (F, "the first stated; two URLs are a conflict"),
    "publisher": (F, "the first stated; two publishers are a conflict"),
    "author": (F, "the first stated; two authors are a conflict"),
    "language": (F, "the first stated; two languages are a conflict"),
    "published": (F, "the first stated; two dates are a conflict"),
    "translation_of": (F, "the first stated; two originals are a conflict"),
    "text": (F, "the first stated; two texts under one source id are a conflict"),
}


#: facts stated as names, compared by :func:`same_name` rather than letter for letter.
NAMES: Final[frozenset[str]] = frozenset({"venue"})


def nature_of(field: str) -> Nature:
    """What ``field`` states; a field the table does not list counts as a fact (reported).

    >>> nature_of("note"), nature_of("date")
    (<Nature.WORDING: 'wording'>, <Nature.FACT: 'fact'>)
    """
    found = FIELDS.get(field)
    return Nature.FACT if found is None else found[0]


def is_wording(field: str, values: Sequence[object] = ()) -> bool:
    """Whether reports that give ``values`` for ``field`` differ only in wording (a variant,
    not a conflict): a wording field, or a name field whose values name one thing.

    >>> is_wording("title"), is_wording("date")
    (True, False)
    >>> is_wording("venue", ["Grand InterContinental", "Grand Intercontinental Samseong-dong"])
    True
    >>> is_wording("venue", ["City Hall", "Arts Center"]), is_wording("venue", ["시청", "Hall"])
    (False, True)
    """
    found = FIELDS.get(field)
    if found is not None and found[0] is Nature.WORDING:
        return True
    if field not in NAMES:
        return False
    texts = [v for v in values if isinstance(v, str)]
    return len(texts) == len(values) and all(
        same_name(a, b) for n, a in enumerate(texts) for b in texts[n + 1 :]
    )


def same_name(a: str, b: str) -> bool:
    """Whether two names can be one name worded twice: in different scripts (not comparable
    letter by letter), or one's normalised words running inside the other's.

    >>> same_name("Hanam City Hall", "hanam city hall."), same_name("City Hall", "Arts Center")
    (True, False)
    """
    if not _scripts(a) & _scripts(b):
        return True
    short, long = sorted((match_key(a).split(), match_key(b).split()), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _scripts(text: str) -> frozenset[str]:
    """The scripts of a text's letters ("LATIN", "HANGUL", "CJK"...)."""
    return frozenset(unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha())
