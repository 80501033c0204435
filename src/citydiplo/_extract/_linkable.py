"""A tie's founding date is not the date a later sentence links to.

"韩国河东郡于2005年与张家界市结为友好郡市, … 开展了 … 交流活动。… 访问期间, 赵小明还先后考察了
…": the link word ("期间", "during", "then") ties the later sentence to the occasion told
before it, whose date is that occasion's ("12月13日至14日"), not the year the two places
became partners, told in between as background. The date-attachment rule's third step (the
nearest preceding date in the paragraph that the text links to the sentence,
:func:`citydiplo._extract._sentence.attach_date`) therefore passes over the dates that a
sentence gave a partnership as its founding: those date the tie, not an occasion.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import Candidate

__all__ = ["linkable_dates"]


def linkable_dates(dates: Iterable[Mention], made: Iterable[Candidate]) -> Iterator[Mention]:
    """The ``dates`` of a sentence that a later linked sentence may take: all but those that
    date a partnership ``made`` from it.

    >>> from citydiplo import extract
    >>> t = ("2017年3月31日,大分市市长佐藤树一郎访问武汉市。"
    ...      "武汉市与大分市于1979年缔结友好城市关系。随后,佐藤树一郎会见了武汉市市长万勇。")
    >>> for r in extract(t, lang="zh").records:
    ...     print(r.type, getattr(r, "date", getattr(r, "established", None)))
    event 2017-03-31
    partnership 1979
    event 2017-03-31
    """
    founded = {c.date.start for c in made if c.type == "partnership" and c.date is not None}
    return (d for d in dates if d.start not in founded)
