"""Extraction: cue data shape, spans, validation, determinism, cue families per language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import City, Dataset, extract, load, validate
from citydiplo._cli import main
from citydiplo._extract._cues import LANGUAGES, CueDataError, check_cues, cues
from citydiplo._extract._many import extract_many
from citydiplo._extract._segment import PYSBD_LANGUAGES
from citydiplo._seeds import seed_reports

ROOT = Path(__file__).resolve().parent.parent
SEED_LANGS = {"000": "gu", "001": "he", "002": "hi", "003": "en", "004": "fa"}
SEEDS = sorted((ROOT / "seeds").glob("[0-9]*.txt"))

NAMES = {
    "en": ("Suwon", "Hue"), "ko": ("수원시", "후에시"), "vi": ("Suwon", "Huế"),
    "zh": ("水原市", "顺化市"), "ja": ("水原市", "順化市"), "ru": ("Сувон", "Хюэ"),
    "hi": ("सुवोन", "ह्यू"), "gu": ("સુવોન", "હ્યુ"), "he": ("סוון", "הואה"),
    "fa": ("سوون", "هوئه"),
}
KNOWN = Dataset(actors=[
    City(id="suwon", name="Suwon", names={lang: [a] for lang, (a, _) in NAMES.items()}),
    City(id="hue", name="Hue", names={lang: [b] for lang, (_, b) in NAMES.items()}),
])
# lang -> (sister partnership, signed MOU, visit, negated partnership, planned agreement)
EXAMPLES = {
    "en": ("Suwon and Hue became sister cities in 2005.",
           "Suwon signed an MOU with Hue in May 2024.",
           "A delegation from Suwon visited Hue in May 2024.",
           "Suwon and Hue are not yet sister cities.",
           "Suwon plans to sign an agreement with Hue."),
    "ko": ("수원시는 2005년 후에시와 자매결연을 맺었다.",
           "수원시는 2024년 5월 후에시와 업무협약을 체결했다.",
           "수원시 대표단이 2024년 5월 후에시를 방문했다.",
           "수원시와 후에시는 아직 자매결연을 맺지 않았다.",
           "수원시는 후에시와 협약을 체결할 예정이다."),
    "vi": ("Suwon và Huế kết nghĩa năm 2005.",
           "Suwon và Huế đã ký kết biên bản ghi nhớ vào tháng 5 năm 2024.",
           "Đoàn Suwon đến thăm Huế vào tháng 5 năm 2024.",
           "Suwon và Huế chưa kết nghĩa.",
           "Suwon sẽ ký biên bản ghi nhớ với Huế."),
    "zh": ("水原市与顺化市于2005年缔结姐妹城市关系。",
           "2024年5月，水原市与顺化市签署了合作谅解备忘录。",
           "2024年5月，水原市代表团访问了顺化市。",
           "水原市与顺化市尚未缔结姐妹城市关系。",
           "水原市将与顺化市签署合作协议。"),
    "ja": ("水原市と順化市は2005年に姉妹都市提携を結んだ。",
           "水原市は2024年5月、順化市と覚書に署名した。",
           "水原市の代表団が2024年5月に順化市を訪問した。",
           "水原市と順化市はまだ姉妹都市ではない。",
           "水原市は順化市と協定を締結する予定だ。"),
    "ru": ("Сувон и Хюэ стали городами-побратимами в 2005 году.",
           "В мае 2024 года Сувон и Хюэ подписали меморандум о сотрудничестве.",
           "Мэр города Сувон посетил Хюэ в мае 2024 года.",
           "Сувон и Хюэ пока не являются городами-побратимами.",
           "Сувон планирует подписать соглашение с Хюэ."),
    "hi": ("सुवोन और ह्यू 2005 में सिस्टर सिटी बने।",
           "मई 2024 में सुवोन और ह्यू ने समझौता ज्ञापन पर हस्ताक्षर किए।",
           "मई 2024 में सुवोन के प्रतिनिधिमंडल ने ह्यू का दौरा किया।",
           "सुवोन और ह्यू अभी तक सिस्टर सिटी नहीं हैं।",
           "सुवोन ह्यू के साथ समझौते पर हस्ताक्षर करेगा।"),
    "gu": ("સુવોન અને હ્યુ 2005 માં ભગિની શહેર બન્યા.",
           "મે 2024 માં સુવોને હ્યુ સાથે MOU પર હસ્તાક્ષર કર્યા.",
           "મે 2024 માં સુવોન પ્રતિનિધિમંડળે હ્યુ ની મુલાકાત લીધી.",
           "સુવોન અને હ્યુ હજુ ભગિની શહેર નથી.",
           "સુવોન હ્યુ સાથે કરાર પર હસ્તાક્ષર કરશે."),
    "he": ("סוון והואה הפכו לערים תאומות בשנת 2005.",
           "במאי 2024 חתמו סוון והואה על מזכר הבנות.",
           "במאי 2024 ביקרה משלחת מסוון בהואה.",
           "סוון והואה טרם הפכו לערים תאומות.",
           "סוון מתכננת לחתום על הסכם עם הואה."),
    "fa": ("سوون و هوئه در سال ۲۰۰۵ خواهرخوانده شدند.",
           "سوون و هوئه در ماه مه ۲۰۲۴ تفاهم‌نامه همکاری امضا کردند.",
           "هیئتی از سوون در ماه مه ۲۰۲۴ از هوئه بازدید کرد.",
           "سوون و هوئه هنوز خواهرخوانده نشده‌اند.",
           "سوون قصد دارد با هوئه تفاهم‌نامه امضا کند."),
}


def _types(x: object, kind: str) -> list[object]:
    return [r for r in x.records if r.type == kind]  # type: ignore[attr-defined]


# -- cue data -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cue_file_has_the_documented_shape(lang: str) -> None:
    path = ROOT / "src" / "citydiplo" / "_extract" / "data" / f"{lang}.json"
    data = json.loads(path.read_text("utf-8"))
    assert check_cues(data) == []
    assert data["lang"] == lang
    assert cues(lang)["lang"] == lang


def test_shape_check_reports_departures() -> None:
    data = json.loads(json.dumps(cues("en")))
    data["script"]["word_order"] = "VSO"
    data["event"]["parade"] = ["parade"]
    data["negation"] = "not"
    problems = check_cues(data)
    assert any("word_order" in p for p in problems)
    assert any("event.parade" in p for p in problems)
    assert any("$.negation" in p for p in problems)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(CueDataError, match="'xx'"):
        extract("text", lang="xx")


def test_pysbd_covers_the_languages_claimed() -> None:
    from pysbd.languages import LANGUAGE_CODES

    assert set(LANGUAGES) & set(LANGUAGE_CODES) == PYSBD_LANGUAGES


# -- cue families, per language -----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sister_partnership(lang: str) -> None:
    x = extract(EXAMPLES[lang][0], lang=lang, known=KNOWN)
    parts = _types(x, "partnership")
    assert [(p.parties, p.kind.value) for p in parts] == [(("hue", "suwon"), "sister")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_signed_mou(lang: str) -> None:
    x = extract(EXAMPLES[lang][1], lang=lang, known=KNOWN)
    agreements = _types(x, "agreement")
    assert [(a.parties, a.kind.value, a.planned) for a in agreements] == [
        (("hue", "suwon"), "mou", False)
    ]
    assert str(agreements[0].signed) == "2024-05"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_visit(lang: str) -> None:
    x = extract(EXAMPLES[lang][2], lang=lang, known=KNOWN)
    events = _types(x, "event")
    assert [e.kind.value for e in events] == ["visit"]
    roles = {(p.actor, p.role.value) for p in events[0].participants}
    assert {("suwon", "visitor"), ("hue", "host")} <= roles
    assert str(events[0].date) == "2024-05"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Mayor Kim of Hue received a delegation from Suwon."),
    ("ko", "후에시는 수원시 대표단을 접견했다."),
    ("vi", "Huế tiếp đoàn Suwon."),
    ("zh", "顺化市会见了水原市代表团。"),
])
def test_reception_makes_the_subject_host(lang: str, sentence: str) -> None:
    events = _types(extract(sentence, lang=lang, known=KNOWN), "event")
    assert len(events) == 1
    roles = {(p.actor, p.role.value) for p in events[0].participants}
    assert ("hue", "host") in roles and ("suwon", "guest") in roles


def test_signatories_sign_for_the_nearest_party() -> None:
    text = "Mayor Kim Min-su of Suwon and Mayor Tran Van An of Hue signed an MOU."
    (agreement,) = _types(extract(text, lang="en", known=KNOWN), "agreement")
    assert {(s.person, s.on_behalf_of) for s in agreement.signatories} == {
        ("person-kimminsu", "suwon"), ("person-tranvanan", "hue")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_negated_partnership_gives_none(lang: str) -> None:
    x = extract(EXAMPLES[lang][3], lang=lang, known=KNOWN)
    assert _types(x, "partnership") == []
    assert any("negated" in s.reason for s in x.skipped)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plans_to_sign_is_planned(lang: str) -> None:
    x = extract(EXAMPLES[lang][4], lang=lang, known=KNOWN)
    agreements = _types(x, "agreement")
    assert len(agreements) == 1 and agreements[0].planned
    assert agreements[0].signed is None


# -- whole articles -----------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_quotes_are_the_text_at_their_spans_and_validate_cleanly(path: Path) -> None:
    text = path.read_text("utf-8")
    x = extract(text, lang=SEED_LANGS[path.name[:3]])
    assert x.records
    for r in x.records:
        for c in r.citations:
            assert c.span is not None and text[c.span[0]:c.span[1]] == c.quote
    for m in x.mentions:
        assert text[m.start:m.end] == m.text
    report = validate(x.dataset)
    assert [f for f in report.findings if f.severity.value == "error"] == []
    for rid, ev in x.evidence.items():
        assert 0 <= ev.score <= 1 and text[ev.cue_span[0]:ev.cue_span[1]] == ev.cue
        assert rid in x.status


def test_known_never_lowers_recall_on_the_seeds() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_extract_seeds as bench
    finally:
        sys.path.pop(0)
    for _name, lang, text, curated, published in bench.articles(None):
        gold = bench._records(curated)
        without = extract(text, lang=lang, published=published)
        known = extract(text, lang=lang, published=published,
                        known=Dataset(actors=curated.actors))
        hits = [
            bench.score(bench._records(x.dataset), gold, bench.actor_map(x, curated))
            for x in (without, known)
        ]
        assert sum(v for k, v in hits[1].items() if k.endswith(":hit")) >= sum(
            v for k, v in hits[0].items() if k.endswith(":hit"))


_UNRELATED = [
    "The weather was mild on Tuesday.",
    "Prices of vegetables rose slightly.",
    "A new library opened downtown.",
    "Football fans gathered in the square.",
]


def _keys(x: object) -> set[tuple[object, ...]]:
    return {(r.type, getattr(r, "kind", None), r.citations[0].quote, tuple(r.actors))
            for r in x.records}  # type: ignore[attr-defined]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_UNRELATED), max_size=4), st.lists(st.sampled_from(_UNRELATED),
                                                                    max_size=4))
def test_unrelated_sentences_never_remove_a_candidate(before: list[str], after: list[str]) -> None:
    base = "\n".join(EXAMPLES["en"][:3])
    text = "\n".join([*before, base, *after])
    assert _keys(extract(base, lang="en", known=KNOWN)) <= _keys(
        extract(text, lang="en", known=KNOWN))


def test_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"d{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "citydiplo", "extract", str(SEEDS[0]), "--lang",
                        "gu", "-o", str(out), "--quiet"], check=True, env=env,
                       capture_output=True)
        outputs.append(out.read_bytes() + out.with_name(out.stem + ".evidence.jsonl").read_bytes())
    assert outputs[0] == outputs[1]


# -- review -------------------------------------------------------------------------------


def test_accept_reject_edit_return_new_extractions() -> None:
    x = extract(" ".join(EXAMPLES["en"][:3]), lang="en", known=KNOWN)
    ids = [r.id for r in x.records]
    assert len(ids) == 3
    y = x.reject([ids[0]]).accept([ids[1]]).edit(ids[2], planned=True)
    assert x.status[ids[0]] == "proposed"
    assert (y.status[ids[0]], y.status[ids[1]], y.status[ids[2]]) == (
        "rejected", "accepted", "edited")
    assert ids[0] not in y.dataset and ids[1] in y.dataset
    assert y.dataset[ids[2]].planned and not x.dataset[ids[2]].planned
    from citydiplo import UnknownIdError

    with pytest.raises(UnknownIdError):
        x.accept(["nope"])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors = 0
        self.marks: list[dict[str, str | None]] = []
        self.rows: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append(dict(attrs))
        if tag == "tr" and dict(attrs).get("data-record"):
            self.rows.append(dict(attrs))
        if tag != "meta":
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors += 1


def test_review_html_structure() -> None:
    text = SEEDS[3].read_text("utf-8")
    x = extract(text, lang="en").reject([extract(text, lang="en").records[0].id])
    page = x.to_html()
    assert page.startswith("<!DOCTYPE html>")
    parser = _Tags()
    parser.feed(page)
    assert parser.errors == 0 and parser.stack == []
    assert len(parser.rows) == len(x.records)
    assert parser.rows[0]["data-status"] == "rejected"
    for m in parser.marks:
        start, end = int(m["data-start"] or 0), int(m["data-end"] or 0)
        assert any(n.start == start and n.end == end for n in x.mentions)
        assert (m.get("class") or "").startswith("m-")
    assert "<div>" in x._repr_html_()[:5]


# -- many articles and the command line ---------------------------------------------------


def test_extract_many_is_deterministic_and_merges() -> None:
    items = [(t, {"lang": "en", "known": KNOWN}) for t in EXAMPLES["en"][:3]]
    a = extract_many(items)
    b = extract_many(list(reversed(items)))[::-1]
    assert [x.records for x in a] == [x.records for x in b]
    merged = extract_many(items, merge=True)
    assert len(merged.dataset.agreements) == 1
    with pytest.raises(TypeError, match="lang"):
        extract_many([("text", {})])


def test_cli_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(" ".join(EXAMPLES["ko"][:3]), encoding="utf-8")
    register = tmp_path / "register.jsonl"
    from citydiplo import dump

    dump(KNOWN, register)
    out, page = tmp_path / "draft.jsonl", tmp_path / "review.html"
    code = main(["extract", str(article), "--lang", "ko", "--published", "2024-05-20",
                 "--known", str(register), "-o", str(out), "--html", str(page), "--quiet"])
    assert code == 0
    draft = load(out)
    assert {r.type for r in draft if r.type in ("partnership", "agreement", "event")} == {
        "partnership", "agreement", "event"}
    evidence = [json.loads(line) for line in
                (tmp_path / "draft.evidence.jsonl").read_text("utf-8").splitlines()]
    assert {e["record"] for e in evidence} == {r.id for r in draft if r.type not in (
        "city", "source")}
    assert "<!DOCTYPE html>" in page.read_text("utf-8")
    assert main(["validate", str(out)]) == 0
    assert main(["extract", str(tmp_path / "missing.txt"), "--lang", "ko", "-o",
                 str(out)]) == 2
    capsys.readouterr()


def test_a_given_source_is_cited() -> None:
    report = seed_reports()[SEEDS[3].stem]
    src = next(s for s in report.sources if s.text)
    x = extract(src.text or "", lang="en", source=src)
    assert all(c.source == src.id for r in x.records for c in r.citations)


def test_progress_bar_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    items = [(t, {"lang": "en"}) for t in EXAMPLES["en"][:2]]
    extract_many(items)
    quiet = capsys.readouterr()
    assert quiet.out == "" and quiet.err == ""
    extract_many(items, progress=True)
    shown = capsys.readouterr()
    assert shown.out == "" and "extract" in shown.err


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_any_part_of_a_register_never_lowers_recall(data: st.DataObject) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_extract_seeds as bench
    finally:
        sys.path.pop(0)
    _name, lang, text, curated, published = bench.articles(None)[3]
    gold = bench._records(curated)
    chosen = data.draw(st.lists(st.sampled_from(curated.actors), unique_by=lambda a: a.id))

    def hits(known: Dataset | None) -> int:
        x = extract(text, lang=lang, published=published, known=known)
        tally = bench.score(bench._records(x.dataset), gold, bench.actor_map(x, curated))
        return sum(v for k, v in tally.items() if k.endswith(":hit"))

    assert hits(Dataset(actors=chosen)) >= hits(None)


@pytest.mark.parametrize("unit", [
    "Suwon visited Hue and signed an MOU with Hue in May 2024. ",  # many sentences
    "Suwon, Hue and Mayor Kim of Suwon City, ",  # one endless sentence
])
def test_time_is_linear_in_the_text(unit: str) -> None:
    import time

    def cost(size: int) -> float:
        text = unit * (size // len(unit))
        if not text.endswith(". "):
            text += "signed an MOU."
        extract(text, lang="en", known=KNOWN)  # warm
        start = time.perf_counter()
        extract(text, lang="en", known=KNOWN)
        return time.perf_counter() - start

    small, large = cost(10_000), cost(100_000)
    assert large / small < 25, (small, large)


def test_the_draft_is_an_ordinary_dataset() -> None:
    from citydiplo import dumps, loads, merge

    text = SEEDS[3].read_text("utf-8")
    ds = extract(text, lang="en", published="2025-06-12").dataset
    assert loads(dumps(ds)) == ds
    merged = merge(ds, ds)
    assert len(merged.dataset.partnerships) == len(ds.partnerships)
    assert merged.conflicts == ()
