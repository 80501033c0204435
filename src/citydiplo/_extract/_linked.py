"""An event word inside a linking phrase names the event a sentence happens in, not its news.

"Во время визита представители Харькова встретились с мэром Ришон ле-Циона" (during the
visit, Kharkiv's representatives met the mayor of Rishon LeZion), "במהלך הביקור נפגשו ראשי
הערים", "During the visit, the mayor met the ambassador": the language's ``link`` phrases
("во время визита", "במהלך הביקור", "during the visit", "در جریان این بازدید") tie the
sentence to a visit already told, and the sentence reports the meeting. When a sentence holds
an event word outside every link phrase, the event words inside its link phrases are no cues;
a sentence whose only event word stands in a link phrase keeps it (it may be the only telling
of that visit).
"""

from __future__ import annotations

import attrs

from citydiplo._extract._sentence import Sentence

__all__ = ["linked_events"]


def linked_events(s: Sentence) -> Sentence:
    """``s`` without the event words of its link phrases when it holds another event word.

    >>> from citydiplo import extract
    >>> t = ("The mayor of Suwon visited Hue City. During the visit, the mayor of Suwon met "
    ...      "the mayor of Hue City.")
    >>> [r.kind.value for r in extract(t, lang="en").records]
    ['visit', 'meeting']
    """
    links = [h for h in s.hits if h.family == "link"]
    if not links:
        return s
    inside = {i for i, h in enumerate(s.hits) if h.family == "event"
              and any(k.start <= h.start and h.end <= k.end and k.end - k.start > h.end - h.start
                      for k in links)}
    if not inside or all(i in inside for i, h in enumerate(s.hits) if h.family == "event"):
        return s
    return attrs.evolve(s, hits=tuple(h for i, h in enumerate(s.hits) if i not in inside))
