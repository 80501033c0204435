"""A place name read inside a transliterated personal name.

Chinese writes the parts of a foreign personal name joined by an interpunct (间隔号, the
punctuation standard GB/T 15834: "拉萨罗·布凯尔", Lazaro Bukel; "詹姆斯·鲁滨逊"). A part
may begin or end with a place name -- "拉萨" (Lhasa) in "拉萨罗", "罗马" (Rome) in
"罗马诺" -- which is no place there. The language's ``name_joiners`` (cue data) are those
marks: a place whose name is followed, after one or two more letters, by a joiner, or
preceded by a joiner and one or two letters, is part of such a name. A joiner right
beside the place ("中国·沧州", a place and its country) leaves it a place.
"""

from __future__ import annotations

__all__ = ["in_joined_name"]

_REACH = 2  # letters of the name part beyond the place name


def in_joined_name(text: str, start: int, end: int, joiners: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` is the start or the end of a part of a name whose parts
    are joined by one of ``joiners`` (and not the whole part).

    >>> in_joined_name("市长拉萨罗·布凯尔", 2, 4, ("·",))
    True
    >>> in_joined_name("中国·沧州市", 3, 5, ("·",))
    False
    """
    if not joiners:
        return False
    after = text[end : end + _REACH + 1]
    for n in range(1, min(_REACH, len(after) - 1) + 1):
        if after[n] in joiners and after[:n].isalpha():
            return True
    before = text[max(0, start - _REACH - 1) : start]
    for n in range(1, min(_REACH, len(before) - 1) + 1):
        if before[-n - 1] in joiners and before[-n:].isalpha():
            return True
    return False
