"""The review loop (``Extraction.accept/reject/edit``, the review page, ``extract_many``,
``citydiplo extract``) used the way a hostile user would: wrong types, unknown ids and
fields, renamed records, texts no file can hold, outputs that are inputs, several articles
on one page, one actor described two ways. Each case failed on 953ab96."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest

import citydiplo as cd
from citydiplo._cli import main

VISIT = "Mayor Kim Min-su of Suwon City visited Hue City in May 2024."
MET = "Governor Kim Min-su of Suwon City met Hue City in July 2024."


@pytest.fixture(scope="module")
def draft() -> cd.Extraction:
    return cd.extract(VISIT, lang="en")


# -- accept / reject / edit ----------------------------------------------------------------

@pytest.mark.parametrize("ids", [5, None, b"article-1"])
def test_accept_takes_ids_only(draft: cd.Extraction, ids: object) -> None:
    with pytest.raises(cd.ArgumentTypeError, match=r"Extraction.accept\(\) takes a record id"):
        draft.accept(ids)  # type: ignore[arg-type]


def test_reject_refuses_an_id_that_is_no_str(draft: cd.Extraction) -> None:
    with pytest.raises(cd.ArgumentTypeError, match=r"a record id is a str, not int: 3"):
        draft.reject([draft.records[0].id, 3])  # type: ignore[list-item]


def test_an_unknown_id_is_refused_naming_the_candidates(draft: cd.Extraction) -> None:
    with pytest.raises(cd.UnknownIdError) as caught:
        draft.accept(["nope"])
    assert "'nope'" in str(caught.value)
    assert f"expected the id of one of the 1 candidate records ({draft.records[0].id!r})" in str(
        caught.value)


def test_edit_refuses_a_field_the_record_has_not(draft: cd.Extraction) -> None:
    rid = draft.records[0].id
    with pytest.raises(cd.ArgumentValueError, match=r"'colour' is no field of the event record; "
                                                    r"expected some of id, "):
        draft.edit(rid, colour="red")


def test_edit_renames_a_record_and_its_status_and_evidence_follow(draft: cd.Extraction) -> None:
    rid = draft.records[0].id
    renamed = draft.edit(rid, id="suwon-visit")
    assert [r.id for r in renamed.records] == ["suwon-visit"]
    assert renamed.status == {"suwon-visit": "edited"}
    assert renamed.evidence["suwon-visit"] == draft.evidence[rid]
    assert [e.id for e in renamed.dataset.events] == ["suwon-visit"]
    assert renamed.accept("suwon-visit").status["suwon-visit"] == "accepted"


def test_edit_refuses_an_id_already_held(draft: cd.Extraction) -> None:
    rid = draft.records[0].id
    with pytest.raises(cd.ArgumentValueError, match="already held"):
        draft.edit(rid, id=draft.source.id)
    with pytest.raises(cd.ArgumentValueError, match="already held"):
        draft.edit(rid, id="city-hue")


def test_edit_to_an_invalid_value_is_a_model_error(draft: cd.Extraction) -> None:
    with pytest.raises(cd.InvalidModelError, match="'bogus'"):
        draft.edit(draft.records[0].id, kind="bogus")


# -- extract and extract_many arguments ------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "said"), [
    ({"text": b"Suwon"}, "argument 'text' must be str, not bytes"),
    ({"text": None}, "argument 'text' must be str, not NoneType"),
    ({"published": 2024}, "argument 'published' must be PartialDate or date or str or None"),
    ({"known": [cd.City(id="c", name="Suwon")]}, "argument 'known' must be Dataset or None"),
])
def test_extract_refuses_arguments_of_the_wrong_type(kwargs: dict[str, object],
                                                     said: str) -> None:
    given = {"text": VISIT, "lang": "en", **kwargs}
    with pytest.raises(cd.ArgumentTypeError, match=said):
        cd.extract(**given)  # type: ignore[arg-type]


def test_extract_refuses_a_lone_surrogate_saying_where() -> None:
    with pytest.raises(cd.ArgumentValueError, match=r"'\\ud800' at character 11"):
        cd.extract("Suwon City \ud800 visited Hue City.", lang="en")


def test_a_date_for_published_is_taken() -> None:
    x = cd.extract("Suwon City visited Hue City this May.", lang="en",
                   published=datetime.date(2024, 6, 1))
    assert x.source.published == cd.PartialDate("2024-06-01")


@pytest.mark.parametrize(("item", "said"), [
    ("Suwon", r"expected a \(text, metadata\) pair, got 'Suwon'"),
    (("Suwon", None), "the metadata is a NoneType, None; expected a mapping"),
    (("Suwon", {"language": "en"}), r"unknown metadata \['language'\]"),
    (("Suwon", {}), "metadata has no 'lang'"),
])
def test_extract_many_refuses_items_it_cannot_read(item: object, said: str) -> None:
    with pytest.raises(cd.ArgumentTypeError, match=said):
        cd.extract_many([item])  # type: ignore[list-item]


# -- the review page ---------------------------------------------------------------------------

def test_the_review_of_several_articles_is_one_page(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> Suwon City visited Hue City in May 2024."
    paths = []
    for n, text in enumerate((hostile, MET)):
        paths.append(tmp_path / f"a{n}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    page = tmp_path / "review.html"
    assert main(["extract", *map(str, paths), "--lang", "en", "-o", str(tmp_path / "d.jsonl"),
                 "--html", str(page), "--quiet"]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.count("<html") == 1 and html.count("<!DOCTYPE") == 1
    assert html.count('class="cd-review"') == 2
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# -- the command -------------------------------------------------------------------------------

def _article(tmp_path: Path, text: str = VISIT, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["extract", *args, "--quiet"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(("options", "said"), [
    (["-o", "{a}.jsonl", "--html", "{a}.jsonl"], "--html {a}.jsonl: is also -o {a}.jsonl"),
    (["-o", "{d}/out.jsonl", "--html", "{a}"], "--html {a}: is also the article {a}"),
    (["-o", "{d}/out.jsonl", "--html", "{d}/out.evidence.jsonl"],
     "is also the evidence file {d}/out.evidence.jsonl"),
    (["-o", "{d}/k.jsonl", "--known", "{d}/k.jsonl"], "-o {d}/k.jsonl: is also --known"),
])
def test_no_file_is_written_over_an_input_or_another_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str],
        said: str) -> None:
    article = _article(tmp_path)
    cd.dump(cd.Dataset(), tmp_path / "k.jsonl")
    known = (tmp_path / "k.jsonl").read_bytes()
    names = {"a": str(article), "d": str(tmp_path)}
    code, text = _run(capsys, str(article), "--lang", "en",
                      *(o.format(**names) for o in options))
    assert code == 2
    assert said.format(**names) in text
    assert article.read_text(encoding="utf-8") == VISIT
    assert (tmp_path / "k.jsonl").read_bytes() == known
    assert not (tmp_path / "out.jsonl").exists()


def test_the_output_is_refused_when_it_is_a_directory_or_under_a_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _article(tmp_path)
    (tmp_path / "d.jsonl").mkdir()
    code, text = _run(capsys, str(article), "--lang", "en", "-o", str(tmp_path / "d.jsonl"))
    assert code == 2 and "is a directory; expected the name of a file to write" in text
    assert ".tmp" not in text
    code, text = _run(capsys, str(article), "--lang", "en", "-o", str(article / "x.jsonl"))
    assert code == 2 and f"{article} is a file, not a directory" in text


def test_an_output_of_no_dataset_format_is_refused(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    article = _article(tmp_path)
    code, text = _run(capsys, str(article), "--lang", "en", "-o", str(tmp_path / "draft.txt"))
    assert code == 2 and "the format is chosen from the suffix" in text
    assert not (tmp_path / "draft.txt").exists()


def test_a_known_directory_is_said_to_be_one(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    article = _article(tmp_path)
    code, text = _run(capsys, str(article), "--lang", "en", "-o", str(tmp_path / "d.jsonl"),
                      "--known", str(tmp_path))
    assert code == 2 and f"--known {tmp_path}: is a directory; expected a file to read" in text


def test_a_bad_published_date_names_the_option(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    article = _article(tmp_path)
    code, text = _run(capsys, str(article), "--lang", "en", "-o", str(tmp_path / "d.jsonl"),
                      "--published", "yesterday")
    assert code == 2 and "--published 'yesterday': 'yesterday' is not an EDTF date" in text


def test_a_byte_order_mark_is_no_part_of_the_article(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "bom.txt"
    article.write_bytes(b"\xef\xbb\xbf" + VISIT.encode())
    assert _run(capsys, str(article), "--lang", "en", "-o", str(tmp_path / "d.jsonl"))[0] == 0
    events = cd.load(tmp_path / "d.jsonl").events
    assert [c.quote for e in events for c in e.citations] == [VISIT]
    assert events[0].citations[0].span == (0, len(VISIT))


def test_an_actor_two_articles_describe_differently_keeps_both_accounts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the mayor of one article, the governor of the other: one draft's person was kept
    first, second = _article(tmp_path), _article(tmp_path, MET, "b.txt")
    code, _ = _run(capsys, str(first), str(second), "--lang", "en", "-o",
                   str(tmp_path / "d.jsonl"))
    assert code == 0
    (person,) = [a for a in cd.load(tmp_path / "d.jsonl").actors if a.type == "person"]
    assert sorted(r.title for r in person.roles) == ["Governor", "Mayor"]


def test_writes_are_all_or_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # a failure while the evidence is made leaves the earlier draft and evidence as they were:
    # never a new draft beside stale evidence
    article = _article(tmp_path)
    out = tmp_path / "d.jsonl"
    assert _run(capsys, str(article), "--lang", "en", "-o", str(out))[0] == 0
    before = out.read_bytes(), (tmp_path / "d.evidence.jsonl").read_bytes()
    article.write_text(MET, encoding="utf-8")

    def broken(*_: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("citydiplo._cli_extract.evidence_lines", broken)
    try:
        code = main(["extract", str(article), "--lang", "en", "-o", str(out), "--quiet"])
    except OSError:
        code = None
    assert code != 0
    assert (out.read_bytes(), (tmp_path / "d.evidence.jsonl").read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "d.evidence.jsonl",
                                                          "d.jsonl"]


# -- extract_directory -------------------------------------------------------------------------

def test_a_directory_article_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    dask = pytest.importorskip("citydiplo.dask")
    pytest.importorskip("dask.bag")
    _article(tmp_path)
    (tmp_path / "b.txt").write_bytes(b"Hu\xe9 City")
    with pytest.raises(UnicodeDecodeError) as caught:
        dask.extract_directory(tmp_path, lang="en")
    assert isinstance(caught.value, cd.CitydiploError)
    assert f"{tmp_path / 'b.txt'}: not UTF-8 text" in str(caught.value)
    assert "at byte 2" in str(caught.value)


def test_a_directory_article_s_byte_order_mark_is_no_part_of_it(tmp_path: Path) -> None:
    dask = pytest.importorskip("citydiplo.dask")
    pytest.importorskip("dask.bag")
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + VISIT.encode())
    (x,) = dask.extract_directory(tmp_path, lang="en")
    assert x.text == VISIT
    assert x == cd.extract(VISIT, lang="en")


def test_extract_directory_refuses_a_batch_that_is_no_int(tmp_path: Path) -> None:
    dask = pytest.importorskip("citydiplo.dask")
    pytest.importorskip("dask.bag")
    with pytest.raises(cd.ArgumentTypeError, match="argument 'batch' must be int, not str"):
        dask.extract_directory(tmp_path, lang="en", batch="8")  # type: ignore[arg-type]


# -- a long text ---------------------------------------------------------------------------------

def test_a_long_text_of_counts_titles_and_places_costs_linear_time() -> None:
    # numbers were compared with every date and count word of the text, titles with every
    # person, markers with every cue word, and a group's candidates each read their whole
    # sentence: 16 times the text cost 57 to 63 times the time on 953ab96 (about 20 now)
    import time

    unit = "The 10 partner cities met Mayor Kim of Suwon City in 2024 "

    def cost(size: int) -> float:
        text = unit * (size // len(unit)) + "."
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            cd.extract(text, lang="en")
            best = min(best, time.perf_counter() - start)
        return best

    cd.extract(unit, lang="en")  # warm
    small, large = cost(10_000), cost(160_000)
    assert large / small < 40, (small, large)


# -- what the command merges keeps its disagreements -----------------------------------------------

def test_merged_drafts_keep_their_conflicts_beside_the_dataset(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # two articles call one signing a sister-city and a friendship agreement: --merge wrote
    # the merged dataset only, and the two kinds were one without a word
    first = _article(tmp_path, "Suwon City signed a sister city agreement with Hue City on "
                               "3 May 2024.")
    second = _article(tmp_path, "Suwon City signed a friendship city agreement with Hue City "
                                "on 3 May 2024.", "b.txt")
    out = tmp_path / "m.jsonl"
    code, text = _run(capsys, str(first), str(second), "--lang", "en", "-o", str(out), "--merge")
    assert code == 0
    result = cd.load_result(out)
    assert {c.field for c in result.conflicts} == {"kind"}
    assert len(result.conflicts) == 2 and "merged: 2 conflicts, 0 ambiguous reports" in text
    assert result.dataset == cd.load(out)


def test_the_merge_description_is_no_input(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    article = _article(tmp_path, name="m.jsonl.merge.json")
    code, text = _run(capsys, str(article), "--lang", "en", "-o", str(tmp_path / "m.jsonl"),
                      "--merge")
    assert code == 2 and "the merge description" in text and "is also the article" in text
    assert article.read_text(encoding="utf-8") == VISIT


def test_an_actor_drafts_disagree_on_is_a_conflict() -> None:
    from citydiplo._cli_extract import _together

    one, two = cd.extract(VISIT, lang="en"), cd.extract(MET, lang="en")
    hue = next(a for a in two.actors if a.id == "city-hue")
    two = attrs.evolve(two, actors=tuple(
        attrs.evolve(a, country="LA", subdivision=None, identifiers=()) if a is hue else a
        for a in two.actors))
    dataset, conflicts = _together([one, two])
    assert [(c.record, c.field) for c in conflicts] == [("city-hue", "country")]
    assert [a.id for a in dataset.actors].count("city-hue") == 1


def test_edit_refuses_an_actor_the_extraction_does_not_hold(draft: cd.Extraction) -> None:
    # the dataset would name 'ghost' without holding it, and an Extraction has no way to
    # add an actor
    with pytest.raises(cd.ArgumentValueError, match=r"'ghost' is no actor of this extraction; "
                                                    r"expected one of city-hue, city-suwon"):
        draft.edit(draft.records[0].id,
                   participants=[cd.Participant(actor="ghost", role="host")])
    kept = draft.edit(draft.records[0].id,
                      participants=[cd.Participant(actor="city-hue", role="host"),
                                    cd.Participant(actor="city-suwon", role="visitor")])
    assert not cd.validate(kept.dataset).errors


# -- the source and the register (known) -------------------------------------------------------

def test_a_source_holding_another_text_is_refused() -> None:
    # every quote would be missing from the source's text (two validation errors)
    with pytest.raises(cd.ArgumentValueError, match="source 's' holds another text"):
        cd.extract(VISIT, lang="en", source=cd.Source(id="s", text="something else"))
    x = cd.extract(VISIT, lang="en", source=cd.Source(id="s", text=VISIT))
    assert not cd.validate(x.dataset).errors


def test_a_source_id_a_draft_actor_holds_is_refused() -> None:
    with pytest.raises(cd.ArgumentValueError, match="source id 'city-hue' is also the id of an "
                                                    "actor or record"):
        cd.extract(VISIT, lang="en", source=cd.Source(id="city-hue"))


def test_a_known_actor_holding_a_draft_id_is_not_taken_for_another_place() -> None:
    # the register's 'city-suwon' is Hanoi: the Suwon of the text took its identity
    known = cd.Dataset(actors=[cd.City(id="city-suwon", name="Hanoi", country="VN")])
    x = cd.extract(VISIT, lang="en", known=known)
    suwon = [a for a in x.dataset.actors if a.name == "Suwon"]
    assert [(a.id, a.country) for a in suwon] == [("city-suwon-kr", "KR")]
    assert "city-suwon" not in {a.id for a in x.dataset.actors}
    assert not cd.validate(x.dataset).errors
    # the same place in the register (same name and country) is still reused by its id
    same = cd.Dataset(actors=[cd.City(id="city-suwon", name="Suwon", country="KR")])
    assert "city-suwon" in {a.id for a in cd.extract(VISIT, lang="en", known=same).actors}


def test_a_label_two_known_actors_bear_is_not_given_to_either() -> None:
    # "Hue City" is the label of 'y' and of 'z': the first was taken silently
    known = cd.Dataset(actors=[cd.City(id="y", name="Hue City", country="VN"),
                               cd.City(id="z", name="Hue City", country="VN")])
    x = cd.extract(VISIT, lang="en", known=known)
    actors = {p.actor for r in x.records for p in r.participants}
    assert not actors & {"y", "z"}
    assert "city-hue" in actors
    one = cd.Dataset(actors=[cd.City(id="y", name="Hue City", country="VN")])
    assert "y" in {p.actor for r in cd.extract(VISIT, lang="en", known=one).records
                   for p in r.participants}


@pytest.mark.parametrize(("items", "options", "said"), [
    (5, {}, "extract_many\\(\\) takes an iterable of \\(text, metadata\\) pairs, not int: 5"),
    ("Suwon City", {}, "not str: 'Suwon City'"),
    ([("Suwon", {"lang": "en"})], {"merge": "yes"}, "argument 'merge' must be bool, not str"),
    ([("Suwon", {"lang": "en"})], {"progress": 1}, "argument 'progress' must be bool, not int"),
])
def test_extract_many_refuses_arguments_of_the_wrong_type(items: object,
                                                         options: dict[str, object],
                                                         said: str) -> None:
    with pytest.raises(cd.ArgumentTypeError, match=said):
        cd.extract_many(items, **options)  # type: ignore[call-overload]
