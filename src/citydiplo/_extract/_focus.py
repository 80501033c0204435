"""Which place a sentence makes a party: :func:`focus_as_party`."""

from __future__ import annotations

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import PLACE_TYPES, Sentence

__all__ = ["focus_as_party", "named_together", "unnamed_pair"]


def focus_as_party(s: Sentence, focus: str | None) -> str | None:
    """The article's focus as a party to the ties sentence ``s`` tells -- None where the
    sentence names it only as the city that locates a narrower place ("상주시 동성동"), and
    names two other places apart: those two are the parties ("상주시 동성동 ...와 서울 강남구
    세곡동 ... 자매결연": Dongseong-dong and Segok-dong, not Sangju with each).

    >>> from citydiplo._extract._mention import Mention
    >>> from types import SimpleNamespace as S
    >>> ms = (Mention(kind="place", start=0, end=3, text="상주시", actor="city-sangju",
    ...               actor_type="city"),
    ...       Mention(kind="place", start=4, end=7, text="동성동", actor="city-a",
    ...               actor_type="city"),
    ...       Mention(kind="place", start=10, end=13, text="세곡동", actor="city-b",
    ...               actor_type="city"))
    >>> focus_as_party(S(entities=ms, qualified=frozenset({0})), "city-sangju") is None
    True
    >>> focus_as_party(S(entities=ms, qualified=frozenset()), "city-sangju")
    'city-sangju'
    """
    if focus is None:
        return None
    mine = [m for m in s.entities if m.actor == focus]
    if not mine or any(m.start not in s.qualified for m in mine):
        return focus
    others = {
        m.actor
        for m in s.entities
        if m.actor_type in PLACE_TYPES and m.actor != focus and m.start not in s.qualified
    }
    return None if len(others) >= 2 else focus


def unnamed_pair(s: Sentence, focus: str | None, others: list[Mention]) -> bool:
    """Whether a tie or agreement of sentence ``s`` is between the two places it names,
    ``others`` (the places named besides the focus), rather than between the focus and each:
    the sentence names exactly two such places, both cities, and neither names nor refers to
    the focus nor says "the two cities" (whose two places come from before it)
    ("לרחובות יש הסכם ערים תאומות עם גרנובל": Rehovot has a twin-city agreement with
    Grenoble, in an article that names Lyon most). The focus, unnamed, would be a side taken
    by default, which the sentence gives no ground for. So are two organizations when
    ``others`` holds no place ("수성구 통장연합회는 예천군 이장연합회와 자매결연 협약을
    체결": two federations sign for themselves), and so are two organizations the sentence
    marks as the two sides ("A અને B વચ્ચે", between A and B: ``s.sides``,
    :mod:`citydiplo._extract._bodies`), whatever places locate them. A word for "the city"
    inside the tie's cue refers to no one (:func:`_refers_to`).

    >>> from types import SimpleNamespace as S
    >>> a = Mention(kind="place", start=0, end=1, text="A", actor="city-a", actor_type="city")
    >>> b = Mention(kind="place", start=5, end=6, text="B", actor="city-b", actor_type="city")
    >>> s = S(entities=(a, b), hits=())
    >>> unnamed_pair(s, "city-f", [a, b]), unnamed_pair(s, "city-a", [b])
    (True, False)
    >>> o = Mention(kind="organization", start=9, end=10, text="O", actor="org-o",
    ...             actor_type="organization")
    >>> p = Mention(kind="organization", start=12, end=13, text="P", actor="org-p",
    ...             actor_type="organization")
    >>> unnamed_pair(S(entities=(o, p), hits=()), "city-f", [o, p])
    True
    >>> unnamed_pair(S(entities=(a, b, o), hits=()), "city-f", [a, b, o])
    True
    """
    sides2: frozenset[str] = getattr(s, "sides", frozenset())
    if focus is not None and len(sides2) == 2 and sides2 <= {m.actor for m in others} \
            and not _refers_to(s, focus):
        return True
    sides = [m for m in others if m.actor_type != "organization"] or others
    named = {m.actor for m in sides
             if m.actor_type in ("city", "organization") and m in s.entities}
    return (
        focus is not None
        and len(named) == 2 == len({m.actor for m in sides})
        and not _refers_to(s, focus)
        and not any(h.family == "pair_anaphora" for h in s.hits)
    )


def _refers_to(s: Sentence, focus: str) -> bool:
    """Whether the sentence names the focus or refers to it by an anaphor -- where a word for
    "the city" that is part of a tie's cue is the cue's noun, no anaphor:
    "תל אביב היא העיר התאומה של בייג'ינג" (Tel Aviv is *the twin city* of Beijing),
    "जुड़वा शहर", "thành phố kết nghĩa" name the tie of the two cities the sentence names,
    not the article's city.

    >>> from types import SimpleNamespace as S, SimpleNamespace as H
    >>> cue = H(start=1, end=11, family="partnership")
    >>> s = S(entities=(), hits=(H(start=0, end=4, family="anaphora"), cue))
    >>> _refers_to(s, "city-f"), _refers_to(S(entities=(), hits=s.hits[:1]), "city-f")
    (False, True)
    """
    if any(m.actor == focus for m in s.entities):
        return True
    cues = [(h.start, h.end) for h in s.hits if h.family in ("partnership", "agreement")]
    return any(
        h.family == "anaphora" and not any(a < h.end and h.start < b for a, b in cues)
        for h in s.hits
    )


def named_together(last: tuple[Mention, ...], named_in: dict[str, int], s: Sentence) -> bool:
    """Whether the two places named last before sentence ``s`` were named in one sentence,
    and ``s`` reports a done act (no ``planned`` cue): a pair anaphor ("the two cities",
    "Мэры городов", "שני ראשי הערים") then names both, as it does after a record of the two.
    "Власти Ялты и Ниццы договорились о дальнейшем сотрудничестве. Мэры городов подписали
    меморандум ...": the mayors of Yalta and Nice signed. A sentence telling what the two
    will do ("Under the freshly-signed MoU, the two sides will step up exchanges") retells
    the terms of a tie told before, and the pair stays unnamed.

    >>> from types import SimpleNamespace as S
    >>> a = Mention(kind="place", start=0, end=1, text="A", actor="city-a", actor_type="city")
    >>> b = Mention(kind="place", start=5, end=6, text="B", actor="city-b", actor_type="city")
    >>> done, will = S(hits=()), S(hits=(S(family="planned"),))
    >>> named_together((a, b), {"city-a": 0, "city-b": 0}, done)
    True
    >>> named_together((a, b), {"city-a": 0, "city-b": 1}, done)
    False
    >>> named_together((a, b), {"city-a": 0, "city-b": 0}, will)
    False
    """
    return (
        len(last) == 2
        and named_in.get(last[0].actor or "") == named_in.get(last[1].actor or "", -1)
        and not any(h.family == "planned" for h in s.hits)
    )
