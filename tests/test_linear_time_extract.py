"""``extract`` runs in time linear in a long text's length, in all ten languages.

A hostile user hands ``extract`` one endless sentence: the same pair of partners and the
same partnership cue, over and over, joined by commas ("Suwon and Hue became sister cities,
Suwon and Hue became sister cities, ..."). Each repetition is a candidate that used to read
every place of the sentence (whether its pair runs on to a third item, which place is the
third, whether its sides are one place and its own bodies, whether a side is a person), so
the text cost the square of its length: on 6a924b0 a text ten times as long took 30 to 100
times as long. The units are timed at two sizes ten times apart, the best of several runs,
the small one in batches as long as one large call (as in ``test_linear_time.py``); the
ratio must stay under :data:`BOUND` (linear: about 10; a measurement over the bound is taken
again before the test fails, so that a busy machine does not fail it).
"""

from __future__ import annotations

import time

import pytest

import citydiplo as cd

SMALL, LARGE = 800, 8_000
BOUND = 25.0  # linear: about 10; quadratic (6a924b0): 30 to 100
ATTEMPTS = 3
RUNS = 3

# (language, one item of the endless sentence): two places joined by the language's "and",
# a partnership or agreement cue, and the language's comma
UNITS = [
    ("en", "Suwon and Hue became sister cities, "),
    ("ko", "수원시와 후에시는 자매도시 협약을 체결했고, "),
    ("ja", "萩市と蔚山市は姉妹都市協定を締結し、"),
    ("zh", "成都市代表团访问了东京和大阪，并签署了友好城市协议，"),
    ("vi", "Huế và Suwon ký kết thỏa thuận thành phố kết nghĩa, "),
    ("ru", "Новосибирск и Саппоро стали городами-побратимами, "),
    ("fa", "تفاهم نامه خواهرخواندگی میان اصفهان و کوالالامپور امضا شد، "),
    ("he", "חיפה ואשקלון חתמו על הסכם ערים תאומות, "),
    ("hi", "पटना और लखनऊ ने सिस्टर सिटी समझौते पर हस्ताक्षर किए, "),
    ("gu", "અમદાવાદ અને કોબે વચ્ચે સિસ્ટર સિટી કરાર થયો, "),
]


def _text(unit: str, size: int) -> str:
    return unit * (size // len(unit)) + "."


def _run(text: str, lang: str, times: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(times):
        cd.extract(text, lang=lang)
    return time.perf_counter() - start


def _ratio(unit: str, lang: str) -> float:
    """Time on the large text over time on the small one (best runs of each)."""
    small, large = _text(unit, SMALL), _text(unit, LARGE)
    _run(unit, lang)  # load the language's tables outside the measurement
    batch = LARGE // SMALL
    best_small = best_large = float("inf")
    for _ in range(RUNS):
        best_small = min(best_small, _run(small, lang, batch) / batch)
        best_large = min(best_large, _run(large, lang))
    return best_large / max(best_small, 1e-9)


def test_the_units_read_partnerships() -> None:
    """Each unit is read as a tie, so that the costs of reading ties are timed."""
    for lang, unit in UNITS:
        records = cd.extract(_text(unit, 3 * len(unit)), lang=lang).records
        assert any(type(r).__name__ in ("Partnership", "Agreement") for r in records), lang


@pytest.mark.parametrize(("lang", "unit"), UNITS, ids=[lang for lang, _ in UNITS])
def test_extract_time_grows_linearly_with_one_endless_sentence(lang: str, unit: str) -> None:
    ratios = []
    for _ in range(ATTEMPTS):
        ratios.append(_ratio(unit, lang))
        if ratios[-1] <= BOUND:
            return
    pytest.fail(
        f"extract({lang}): {LARGE:,} characters take "
        f"{', '.join(f'{r:.0f}' for r in ratios)} times as long as {SMALL:,} "
        f"(expected at most {BOUND:.0f}, about 10 when linear)"
    )
