"""citydiplo.dask on a local cluster of two worker processes: partitioned merge equals merge."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import citydiplo as cd
from tests.test_partitioned import linked_inputs

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from citydiplo.dask import merge_partitioned, partition_files, validate_partitioned  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _examples(n: int) -> list[list[cd.Dataset]]:
    """``n`` generated inputs (planted duplicates spread over several datasets, references
    to reports that fusion renames, ids shared by unrelated records)."""
    from hypothesis import HealthCheck, given, settings

    found: list[list[cd.Dataset]] = []

    @settings(max_examples=n, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(linked_inputs())
    def collect(inputs: list[cd.Dataset]) -> None:
        found.append(inputs)

    collect()
    return found


def test_reports_in_several_files_merge_as_in_one_process(client: Any, tmp_path: Path) -> None:
    examples = _examples(12)
    merged = [cd.merge(*inputs) for inputs in examples]
    assert any(len(ids) > 1 for result in merged for ids in result.clusters.values())
    for n, inputs in enumerate(examples):
        files = []
        for k, dataset in enumerate(inputs):  # each input dataset is one file
            path = tmp_path / f"ex{n}" / f"input-{k}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            cd.dump(dataset, path)
            files.append(path)
        parted = partition_files(files, tmp_path / f"ex{n}" / "parts", buckets=3, client=client)
        assert cd.read_parquet(parted) == cd.loads("".join(cd.dumps(d) for d in inputs))
        merged = merge_partitioned(parted, client=client)
        result = cd.read_merged(merged)
        whole = cd.merge(*inputs)
        assert result == whole
        assert cd.dumps(result.dataset) == cd.dumps(whole.dataset)
        again = cd.merge(result)
        assert again == whole


def test_one_occurrence_told_in_three_files_fuses(client: Any, tmp_path: Path) -> None:
    cities = [cd.City(id="hanam", name="Hanam", country="KR"),
              cd.City(id="hanam-si", name="Hanam", names={"ko": ["하남시"]}, country="KR"),
              cd.City(id="little-rock", name="Little Rock", country="US")]
    files = []
    for k, (actor, date) in enumerate([("hanam", "2024-04-10"), ("hanam-si", "2024-04"),
                                       ("hanam", "2024")]):
        visit = cd.Event(
            id=f"visit-{k}", kind="visit", date=cd.PartialDate(date),
            participants=[cd.Participant(actor=actor, role="visitor"),
                          cd.Participant(actor="little-rock", role="host")],
            citations=[cd.Citation(source=f"s{k}", quote=f"report {k}")])
        path = tmp_path / f"in-{k}.jsonl"
        cd.dump(cd.Dataset.of([cities[k], visit]), path)
        files.append(path)
    parted = partition_files(files, tmp_path / "parts", buckets=8, client=client)
    result = cd.read_merged(merge_partitioned(parted, out=tmp_path / "merged", client=client))
    assert [(e.id, str(e.date), len(e.citations)) for e in result.dataset.events] == [
        ("visit-0", "2024-04-10", 3)
    ]
    assert result == cd.merge(*(cd.load(f) for f in files))


def test_write_partitioned_then_merge_without_a_client(tmp_path: Path) -> None:
    reports = cd.load_seeds(merged=False)
    parted = cd.write_partitioned(reports, tmp_path / "seeds", buckets=5)
    result = cd.read_merged(merge_partitioned(parted))
    assert result == cd.merge(reports)
    assert cd.dumps(result.dataset) == cd.dumps(cd.load_seeds())


def test_merge_partitioned_refuses_other_directories(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"citydiplo-layout\.json"):
        merge_partitioned(tmp_path)
    cd.to_parquet(cd.load_seeds(), tmp_path / "export")
    with pytest.raises(cd.ParseError, match="'year-country' layout"):
        merge_partitioned(tmp_path / "export")


def test_read_parquet_of_a_merged_directory_is_the_merged_dataset(tmp_path: Path) -> None:
    reports = cd.load_seeds(merged=False)
    merged = merge_partitioned(cd.write_partitioned(reports, tmp_path / "r", buckets=4))
    assert cd.read_parquet(merged) == cd.merge(reports).dataset
    cd.to_parquet(reports, merged)  # written over: only what to_parquet wrote is there
    assert cd.read_parquet(merged) == reports


def test_merge_partitioned_never_writes_over_its_reports(tmp_path: Path) -> None:
    reports = cd.load_seeds(merged=False)
    parted = cd.write_partitioned(reports, tmp_path / "seeds", buckets=3)
    for out in (parted, f"{parted}/", tmp_path / "seeds" / ".." / "seeds"):
        with pytest.raises(ValueError, match="is the directory of the reports"):
            merge_partitioned(parted, out=out)
    assert cd.read_parquet(parted) == reports


def test_without_a_client_bags_run_on_threads_in_a_plain_script(tmp_path: Path) -> None:
    """Bags default to a pool of new processes, which a script without a ``__main__``
    guard cannot start; like the other functions, these run on threads without a client."""
    reports = cd.load_seeds(merged=False)
    parted = cd.write_partitioned(reports, tmp_path / "seeds", buckets=2)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Hanam hosted a delegation.", "utf-8")
    script = tmp_path / "script.py"
    script.write_text(
        "import multiprocessing, citydiplo as cd\n"
        "from citydiplo.dask import extract_directory, validate_partitioned\n"
        f"report = validate_partitioned({str(parted)!r}, rules=['CD1'])\n"
        f"assert report == cd.validate(cd.read_parquet({str(parted)!r}), rules=['CD1'])\n"
        f"assert len(extract_directory({str(tmp_path / 'articles')!r}, lang='en')) == 1\n"
        "assert not multiprocessing.active_children()\n"
        "print('ok')\n",
        "utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(Path(cd.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_storage_the_workers_do_not_share_is_an_error_not_a_short_result(
    client: Any, tmp_path: Path
) -> None:
    """memory:// lives in one process: the workers (other processes) see none of this
    process's objects, and this process none of theirs, as with a path on each machine's
    own disk on a real cluster."""
    reports = cd.load_seeds(merged=False)
    here = cd.write_partitioned(reports, "memory://unshared/reports", buckets=2)
    with pytest.raises(FileNotFoundError, match="is not there for this Dask worker"):
        merge_partitioned(here, out="memory://unshared/merged", client=client)
    local = cd.write_partitioned(reports, tmp_path / "reports", buckets=2)
    with pytest.raises(FileNotFoundError, match="this process cannot see"):
        merge_partitioned(local, out="memory://unshared/merged-2", client=client)
    path = tmp_path / "reports.jsonl"
    cd.dump(reports, path)
    with pytest.raises(FileNotFoundError, match="this process cannot see"):
        partition_files([path], "memory://unshared/parts", client=client)


def test_misused_arguments_get_a_citydiplo_error_quoting_them(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    cd.dump(cd.load_seeds(merged=False), path)
    with pytest.raises(cd.CitydiploError, match="'inputs' must be a list of paths"):
        partition_files(str(path), tmp_path / "a")  # not read as one file per letter
    with pytest.raises(cd.CitydiploError, match="'inputs' must be a list of paths"):
        partition_files(path, tmp_path / "a")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'buckets' must be int, not str: '4'"):
        partition_files([path], tmp_path / "b", buckets="4")  # type: ignore[arg-type]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", "utf-8")
    with pytest.raises(ValueError, match="buckets=0: expected at least 1"):
        partition_files([empty], tmp_path / "c", buckets=0)  # refused with no record too
    with pytest.raises(ValueError, match="buckets=0: expected at least 1"):
        cd.write_partitioned(cd.Dataset(), tmp_path / "d", buckets=0)
    with pytest.raises(cd.CitydiploError, match="'buckets' must be int, not str: '4'"):
        cd.write_partitioned(cd.Dataset(), tmp_path / "d", buckets="4")  # type: ignore[arg-type]
    with pytest.raises(cd.CitydiploError, match="'partition_by' must be tuple or list"):
        cd.to_parquet(cd.Dataset(), tmp_path / "e", partition_by="year")
    with pytest.raises(FileNotFoundError, match=r"reports\.jsonl' has no citydiplo-layout"):
        merge_partitioned(path)  # a file, not a directory


def test_rules_given_as_one_string_are_refused_as_in_validate(tmp_path: Path) -> None:
    parted = cd.write_partitioned(cd.load_seeds(merged=False), tmp_path / "r", buckets=2)
    for run in (lambda r: validate_partitioned(parted, rules=r), lambda r: cd.validate(
            cd.read_parquet(parted), rules=r)):
        with pytest.raises(cd.CitydiploError, match=r"not one string: 'CD1' \(write \['CD1'\]\)"):
            run("CD1")  # read letter by letter, it asked for a rule 'D'
        with pytest.raises(TypeError, match="'rules' must be str, not int: 5"):
            run([5])


def test_extract_directory_equals_extract_many(client: Any, tmp_path: Path) -> None:
    extraction = pytest.importorskip("citydiplo._extract")
    from citydiplo.dask import extract_directory

    texts = [
        "Mayor Kim of Suwon City visited Hue City in April 2024.",
        "Hue City signed an MOU with Suwon City on 3 May 2024.",
        "The weather was fine.",
    ] * 3
    for n, text in enumerate(texts):
        (tmp_path / f"article-{n:02d}.txt").write_text(text, encoding="utf-8")
    found = extract_directory(tmp_path, lang="en", published="2024-05-20", batch=2,
                              client=client)
    meta = {"lang": "en", "published": "2024-05-20", "known": None}
    expected = extraction.extract_many([(t, meta) for t in texts])
    assert [x.dataset for x in found] == [x.dataset for x in expected]
    assert cd.dumps(cd.Dataset.of(r for x in found for r in x.dataset)) == cd.dumps(
        cd.Dataset.of(r for x in expected for r in x.dataset))
    with pytest.raises(FileNotFoundError, match="not a directory"):
        extract_directory(tmp_path / "none", lang="en")


def test_validate_partitioned_equals_validate(client: Any, tmp_path: Path) -> None:
    """Rules spread over the workers give the report of one process, finding for finding."""
    reports = cd.load_seeds(merged=False)
    broken = cd.Partnership(id="dangling", parties=("hanam", "nowhere"), kind="sister")
    dataset = cd.Dataset.of([*reports, broken])
    layout = cd.write_partitioned(dataset, tmp_path / "layout")
    whole = cd.validate(dataset)
    assert whole.counts().get("CD101")  # errors, warnings and infos to put back in order
    assert validate_partitioned(layout, client=client) == whole
    assert validate_partitioned(layout, rules=["CD1", "CD7"], client=client) == cd.validate(
        dataset, rules=["CD1", "CD7"]
    )
    with pytest.raises(cd.UnknownNameError):
        validate_partitioned(layout, rules=["CD999"], client=client)
    with pytest.raises(FileNotFoundError):
        validate_partitioned(tmp_path / "nothing")
