"""What a speaker says after "said:" is no part of the event the speaker's clause tells.

"مراد ارکول در دیدار با محمد رضا قلندر شریف شهردار مشهد مقدس اظهار کرد: روابط میان ایران و
ترکیه، به‌ویژه شهر مشهد با استانبول و بورسا، ظرفیت‌های گسترده‌ای ... دارد" (Murat Erkol, meeting
the mayor of Mashhad, said: the ties of Iran and Turkey, of Mashhad with Istanbul and Bursa
above all, ...): Istanbul and Bursa are what he spoke of, not who met. An actor named only
after a colon that closes one of the language's ``said`` words (speech verbs: "اظهار کرد",
"заявил", "कहा", "જણાવ્યું", "אמר") takes no part in an event whose cue stands before
that colon. Ties are not judged here: a speaker often names the tie itself.
"""

from __future__ import annotations

from functools import cache

from citydiplo._extract._sentence import Candidate

__all__ = ["quoted_only", "speech_colon", "unspoken_sides"]

_REACH = 3  # characters between the speech word and its colon


@cache
def _said(lang: str) -> tuple[str, ...]:
    from citydiplo._extract._cues import cues

    return tuple(w.lower() for w in cues(lang).get("said", ()))


def quoted_only(c: Candidate, text: str, lang: str) -> frozenset[str]:
    """The actors of event ``c`` that its sentence names only in speech reported after a
    colon following the cue (module docstring).

    >>> from citydiplo import extract
    >>> t = "Мэр Казани встретился с мэром Минска и заявил: связи с Гродно тоже важны."
    >>> [sorted(r.actors) for r in extract(t, lang="ru").records]
    [['city-kazan', 'city-minsk']]
    """
    words = _said(lang)
    if c.type != "event" or not words:
        return frozenset()
    s = c.sentence
    colon = speech_colon(c, text, lang)
    if colon < 0:
        return frozenset()
    before = {m.actor for m in s.entities if m.start < colon}
    return frozenset(m.actor for m in s.entities
                     if m.actor and m.start > colon and m.actor not in before)


def speech_colon(c: Candidate, text: str, lang: str) -> int:
    """The offset of the first colon after the cue of ``c`` that closes one of the language's
    ``said`` words, or -1."""
    words = _said(lang)
    if not words:
        return -1
    s = c.sentence
    body = text[s.start:s.end]
    at = body.find(":", c.cue.end - s.start)
    while at >= 0:
        head = body[:at].rstrip().lower()
        if at - len(head) <= _REACH and head.endswith(words):
            return s.start + at
        at = body.find(":", at + 1)
    return -1


def unspoken_sides(c: Candidate, text: str, lang: str) -> frozenset[str]:
    """The actors of ``c`` when its cue stands in speech after a colon closing a ``said``
    word and the speech names sides of its own, none of them the candidate's: the speech tells
    of another act, and the speaker's clause lent it its sides ("استاندار مازندران مراسم
    یادداشت تفاهمنامه میان مازندران و مارکه ... گفت: دیروز سالروز امضاء تفاهمنامههای
    هستهای ... بوده است": the governor, at the
    Mazandaran-Marche MoU ceremony, said yesterday was the anniversary of signing the nuclear
    accords). A speech that names one of them ("... said: we signed with Minsk"), or names no
    side at all ("... said: an agreement was signed"), keeps them.

    >>> from citydiplo import extract
    >>> t = ("Мэр Казани встретился с мэром Минска и заявил: соглашение между Францией и "
    ...      "Германией подписано давно.")
    >>> [r.type for r in extract(t, lang="ru").records]  # no Kazan-Minsk agreement
    []
    """
    words = _said(lang)
    if not words:
        return frozenset()
    s = c.sentence
    body = text[s.start:c.cue.start]
    at = body.rfind(":")
    while at >= 0:
        head = body[:at].rstrip().lower()
        if at - len(head) <= _REACH and head.endswith(words):
            break
        at = body.rfind(":", 0, at)
    if at < 0:
        return frozenset()
    colon = s.start + at
    ids = {a for a, _ in c.actors}
    spoken = {m.actor for m in s.entities if m.actor and m.start > colon}
    if not spoken or spoken & ids:
        return frozenset()
    return frozenset(ids)
