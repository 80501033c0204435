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

__all__ = ["quoted_only"]

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
    body = text[s.start:s.end]
    colon = -1
    at = body.find(":", c.cue.end - s.start)
    while at >= 0:
        head = body[:at].rstrip().lower()
        if at - len(head) <= _REACH and head.endswith(words):
            colon = s.start + at
            break
        at = body.find(":", at + 1)
    if colon < 0:
        return frozenset()
    before = {m.actor for m in s.entities if m.start < colon}
    return frozenset(m.actor for m in s.entities
                     if m.actor and m.start > colon and m.actor not in before)
