"""Chinese text that mixes traditional and simplified characters, and encounters of different
kinds in a text whose first line is no headline (issue 14)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from citydiplo import extract
from citydiplo._extract._script_fold import fold_script

ROOT = Path(__file__).resolve().parent.parent
FOLD = ROOT / "src" / "citydiplo" / "_extract" / "data" / "zh.fold.json"


def _records(text: str, lang: str) -> list[tuple[str, str, str, tuple[str, ...], str]]:
    x = extract(text, lang=lang, published="2024-11-21")
    out = []
    for r in x.records:
        sides = getattr(r, "parties", None) or [p.actor for p in r.participants]
        out.append((r.type, r.kind.value, str(getattr(r, "date", None)), tuple(sorted(sides)),
                    x.evidence[r.id].cue))
    return out


# -- the fold table: one character for one, from OpenCC's traditional -> simplified table ----

def test_fold_table_shape_and_known_characters() -> None:
    data = json.loads(FOLD.read_text("utf-8"))
    assert "OpenCC" in data["source"]
    old, new = data["traditional"], data["simplified"]
    assert len(old) == len(new) > 3000
    assert len(set(old)) == len(old)  # each traditional character once
    table = dict(zip(old, new, strict=True))
    assert all(k != v for k, v in table.items())
    # 關係 (relations), 簽 (sign), 議 (deliberate), 與 (and), 訪 (visit): one simplified form each
    assert [table[c] for c in "關係簽議與訪"] == ["关", "系", "签", "议", "与", "访"]
    # characters also written in simplified text with a meaning of their own are not folded
    for c in "於著乾":
        assert c not in table


def test_fold_keeps_length_and_leaves_other_languages() -> None:
    assert fold_script("杭州市與京都市友好城市關系", "zh") == "杭州市与京都市友好城市关系"
    assert fold_script("關係", "ja") == "關係"  # Japanese kanji are no traditional Chinese
    text = "於2024年簽訂"
    assert len(fold_script(text, "zh")) == len(text)
    assert fold_script(text, "zh") == "於2024年签订"


def test_fold_table_rebuilds_from_opencc() -> None:
    opencc = pytest.importorskip("opencc")
    spec = importlib.util.spec_from_file_location("build_zh_fold",
                                                  ROOT / "tools" / "build_zh_fold.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.build("關\t关\n於\t于 於\n乾\t干 乾\n") == {"關": "关"}
    table = (Path(opencc.__file__).resolve().parent / "dictionary" / "TSCharacters.txt")
    built = tool.build(table.read_text("utf-8"))
    data = json.loads(FOLD.read_text("utf-8"))
    assert "".join(built) == data["traditional"]
    assert "".join(built.values()) == data["simplified"]


# -- the cue scan reads a mixed-script word as its simplified form; spans stay the text's ----

@pytest.mark.parametrize("text", [
    "杭州市与京都市建立友好城市关系。",  # simplified
    "杭州市與京都市建立友好城市關係。",  # traditional
    "杭州市与京都市建立友好城市關系。",  # mixed: 關 traditional, 系 simplified
])
def test_friendship_city_relations_in_any_script(text: str) -> None:
    # "Hangzhou and Kyoto establish friendship-city relations": 友好城市 is the Chinese name
    # of a sister-city tie (the cue file's sister kind), between the two cities named
    got = _records(text, "zh")
    assert [(t, k, s) for t, k, _, s, _ in got] == [
        ("partnership", "sister", ("city-hangzhou", "city-kyoto"))]
    assert got[0][4] == text[9:15]  # the cue quoted as written: 友好城市 + the two characters


def test_visit_word_in_mixed_script() -> None:
    # 訪 (traditional) + 问 (simplified): "a Kyoto delegation visited Hangzhou on 5 May 2024"
    text = "2024年5月5日，京都市代表团訪问杭州市。"
    got = _records(text, "zh")
    assert [(t, k, d) for t, k, d, _, _ in got] == [("event", "visit", "2024-05-05")]
    assert got[0][4] == "訪问"


# -- a first line that is the article, not its headline -------------------------------------

BUSAN = ("박형준 시장은 지난 20일 오후 시청 국제의전실에서 마에다 신타로 "
         "일본 시모노세키시 시장을 포함한 대표단을 만나 상호 교류와 협력 방안을 "
         "논의했다고 21일 밝혔다. 부산시와 시모노세키시는 자매도시이며, 대표단은 "
         "'시모노세키항 부산 세미나'를 개최하기 위해 부산을 방문했다. "
         "(부산=연합뉴스)\n")


def test_one_line_article_keeps_meeting_and_visit_apart() -> None:
    # Mayor Park met the Shimonoseki delegation on the 20th; the delegation came to Busan to
    # hold a seminar: the encounter of that day, and the visit it was part of -- two records
    got = _records(BUSAN, "ko")
    events = [(k, d) for t, k, d, _, _ in got if t == "event"]
    assert len(events) == 2
    assert ("visit", "None") in events
    assert any(d == "2024-11-20" and k != "visit" for k, d in events)


def test_lead_paragraph_with_a_credit_is_no_headline() -> None:
    # a first line of two sentences ending in a source credit, then another paragraph
    text = ("Mayor Kim Min-su of Suwon City met Mayor Tran of Hue City on 5 May 2024. The "
            "delegation of Suwon City visited Hue City for a festival (Yonhap)\n\n"
            "Suwon and Hue have been partners since 2010.")
    kinds = [(t, k) for t, k, _, _, _ in _records(text, "en") if t == "event"]
    assert kinds == [("event", "meeting"), ("event", "visit")]


def test_real_headline_still_joins_its_encounter() -> None:
    # contrast: a one-sentence title over the article tells the article's encounter again
    text = ("Suwon mayor visits Hue City\n"
            "Mayor Kim Min-su of Suwon City met Mayor Tran of Hue City on 5 May 2024.\n")
    got = _records(text, "en")
    assert [(t, k, d) for t, k, d, _, _ in got] == [("event", "meeting", "2024-05-05")]
    x = extract(text, lang="en", published="2024-11-21")
    assert len(x.records[0].citations) == 2
