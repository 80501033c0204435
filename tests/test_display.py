"""What the REPL and IPython show: one-line summaries, the full content on demand.

Every ``repr`` of what the seeds hold (records, the dataset, timelines, partner lists,
validation reports, the merge result) is one line under 500 characters; ``str`` and
IPython's pretty printer show the whole record, in a form that builds it again.
"""

from __future__ import annotations

import decimal
import io
from typing import Any

from hypothesis import given

import citydiplo as cd
from citydiplo._seeds import merge_seeds
from tests import strategies as cst


def _pretty(obj: Any) -> str:
    from IPython.lib.pretty import RepresentationPrinter

    out = io.StringIO()
    printer = RepresentationPrinter(out)
    printer.pretty(obj)
    printer.flush()
    return out.getvalue()


def _everything() -> list[Any]:
    ds = cd.load_seeds()
    result = merge_seeds()
    report = cd.validate(ds)
    things: list[Any] = [ds, result, report, *report, *result.conflicts, *result.ambiguous]
    things += [ds.timeline(), ds.events, ds.agreements, ds.documents, result.timeline()]
    things += ds.anniversaries(2025)
    for record in ds:
        things.append(record)
        things.extend(getattr(record, "citations", ()))
    for actor in ds.actors:
        partners, timeline = ds.partners(actor.id), ds.timeline(actor.id)
        things += [partners, *partners, timeline, *timeline, *timeline.undated]
    return things


def test_every_repr_of_the_seeds_is_one_short_line() -> None:
    things = _everything()
    assert len(things) > 400
    longest = max(things, key=lambda t: len(repr(t)))
    assert len(repr(longest)) < 500, repr(longest)
    for thing in things:
        assert "\n" not in repr(thing), repr(thing)


def test_the_issue_example_shape() -> None:
    timeline = cd.load_seeds().timeline("hanam")
    assert repr(timeline).startswith(f"Timeline(hanam: {len(timeline)} entries, ")
    assert str(timeline) == timeline.render()
    assert _pretty(timeline) == timeline.render()


def test_partner_lists_are_lists_with_a_summary() -> None:
    ds = cd.load_seeds()
    partners = ds.partners("gwangju-gg")
    assert isinstance(partners, list)
    assert partners == list(partners)
    assert repr(partners).startswith(f"Partners({len(partners)}: ")
    assert str(partners).count("\n") == len(partners) - 1
    for partner in partners:
        assert partner.partnership.id in str(partners)


def test_str_and_pretty_show_every_field_of_a_record() -> None:
    mou = cd.load_seeds()["hanam-arkansas-mou"]
    full = str(mou)
    assert full == _pretty(mou)
    for citation in mou.citations:
        assert repr(citation.quote) in full
    assert mou.note is not None and repr(mou.note) in full
    assert repr(mou).startswith("Agreement(hanam-arkansas-mou: mou, arkansas + hanam, 2024-03")


# the public names, and Decimal for amounts of money (as a repr of Money shows them)
_NAMESPACE = {name: getattr(cd, name) for name in cd.__all__} | {"Decimal": decimal.Decimal}


@given(cst.datasets(max_size=3))
def test_str_of_a_record_builds_it_again(dataset: cd.Dataset) -> None:
    for record in dataset:
        assert eval(str(record), dict(_NAMESPACE)) == record
        assert "\n" not in repr(record)
        assert len(repr(record)) < 500


def test_the_same_text_in_every_process() -> None:
    import subprocess
    import sys

    code = (
        "import citydiplo as cd; ds = cd.load_seeds(); print(''.join(str(r) + repr(r) for r in ds))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            check=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
