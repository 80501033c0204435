"""A city is no second side of a tie with the region it lies in.

"Wang Taihui, the mayor of the city of Xiangyang, and Brainard signed an agreement to
establish a sister-city relationship" in an article about Hubei (its focus, a party of every
record whether named or not), "ساری ... استان مازندران", "Майкоп ... Республика Адыгея": a
partnership read between a city and the region (state, province, oblast) that contains it
ties a place to itself -- a partnership links two communities, and a city is part of its
region. The region was read as a side because it is the article's focus or is named beside
the city as where it lies, while the other side is missing or was read elsewhere.

Rule (in :func:`citydiplo._extract._parties.parties_only`): a partnership candidate whose two
parties are a city and a region whose first-level subdivision code (ISO 3166-2, from the
gazetteer: the region's own code, and the subdivision the city lies in) is the same is
skipped, and listed in ``Extraction.skipped``. Agreements and events keep such a pair: a
province and its city may both sign, host or visit ("Hubei and Wuhan officials met the
delegation"). A place of unknown subdivision (not in the gazetteer) is never judged to lie
within another.
"""

from __future__ import annotations

from citydiplo._extract._sentence import Candidate

__all__ = ["OWN_REGION", "own_region_tie", "subdivisions"]

OWN_REGION = "a partnership between a city and the region it lies in"


def _region_code(actor: str, seen: dict[str, tuple[str, str]]) -> str | None:
    kind_sub = seen.get(actor)
    if kind_sub is not None:
        return kind_sub[1] if kind_sub[0] == "region" else None
    if actor.startswith("region-"):  # the focus, a party though not named in the sentence
        return actor.removeprefix("region-").upper()
    return None


def subdivisions(cands: list[Candidate]) -> dict[str, tuple[str, str]]:
    """The kind and first-level subdivision of each place the sentences of ``cands`` name
    (the first mention of each place decides), for a side the sentence does not name itself
    (the article's focus)."""
    seen: dict[str, tuple[str, str]] = {}
    read: set[int] = set()  # each sentence once: a long sentence may hold many candidates
    for c in cands:
        fresh = c.sentence.start not in read
        read.add(c.sentence.start)
        for m in (*c.mentions, *(c.sentence.entities if fresh else ())):
            if m.actor and m.actor_type and m.subdivision:
                seen.setdefault(m.actor, (m.actor_type, m.subdivision.upper()))
    return seen


def own_region_tie(c: Candidate, article: dict[str, tuple[str, str]] | None = None) -> bool:
    """Whether ``c`` is a partnership between a city and the region it lies in (``article``:
    :func:`subdivisions` of the article's candidates, for the sides its sentence does not
    name).

    >>> from citydiplo._extract._scan import Hit
    >>> from citydiplo._extract._sentence import Sentence
    >>> from citydiplo._extract._mention import Mention
    >>> t = "Xiangyang became a sister city."
    >>> city = Mention(kind="place", start=0, end=9, text="Xiangyang", actor="city-xiangyang",
    ...                actor_type="city", subdivision="CN-HB")
    >>> cue = Hit(19, 31, "partnership", "sister")
    >>> s = Sentence(start=0, end=len(t), paragraph=0, clauses=((0, len(t)),), hits=(cue,),
    ...              entities=(city,), dates=(), others=())
    >>> def tie(other: str) -> Candidate:
    ...     return Candidate(type="partnership", kind="sister", sentence=s, cue=cue,
    ...                      actors=((other, "party"), ("city-xiangyang", "party")),
    ...                      mentions=(city,), date=None, date_rule=None, planned=False, rule="")
    >>> own_region_tie(tie("region-cn-hb")), own_region_tie(tie("region-cn-zj"))
    (True, False)
    """
    if c.type != "partnership":
        return False
    parties = [a for a, r in c.actors if r == "party"]
    if len(parties) != 2:
        return False
    seen = {m.actor: (m.actor_type, m.subdivision.upper()) for m in c.mentions
            if m.actor and m.actor_type and m.subdivision}
    wider = article if article is not None else subdivisions([c])
    for region, city in (parties, parties[::-1]):
        code = _region_code(region, seen if region in seen else wider)
        where = seen.get(city) or wider.get(city)
        if code and where is not None and where[0] == "city" and where[1] == code:
            return True
    return False
