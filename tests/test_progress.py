"""Progress reports while reading large JSON Lines (what the command's progress bars show)."""

from __future__ import annotations

import pytest

import citydiplo as cd


def test_loads_reports_progress_through_the_lines() -> None:
    lines = [f'{{"type":"city","id":"c{i}","name":"C{i}"}}' for i in range(20000)]
    text = "\n".join(lines) + "\n"
    calls: list[tuple[int, int]] = []
    ds = cd.loads(text, progress=lambda done, total: calls.append((done, total)))
    assert len(ds) == 20000
    total = 20001  # the text ends with a newline: one empty last line
    assert calls == [(8192, total), (16384, total), (total, total)]


def test_load_passes_progress_on_and_json_documents_are_read_at_once(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "seeds.jsonl"
    cd.dump(cd.load_seeds(), path)
    calls: list[tuple[int, int]] = []
    assert cd.load(path, progress=lambda d, t: calls.append((d, t))) == cd.load(path)
    assert calls[-1][0] == calls[-1][1] > 100
    document = Path(str(tmp_path)) / "seeds.json"
    cd.dump(cd.load_seeds(), document)
    calls.clear()
    cd.load(document, progress=lambda d, t: calls.append((d, t)))
    assert calls == []


class _Terminal(__import__("io").StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_draws_on_a_terminal_only() -> None:
    import io

    from citydiplo._cli_progress import progress_bar

    assert progress_bar(io.StringIO(), "lines") is None
    assert progress_bar(_Terminal(), "lines", show=False) is None
    err = _Terminal()
    draw = progress_bar(err, "lines", "seeds.jsonl")
    assert draw is not None
    draw(5, 10)
    draw(10, 10)
    text = err.getvalue()
    assert "seeds.jsonl: 100%" in text and "10/10" in text and "lines" in text  # a tqdm bar
    assert text.endswith("\n")  # the bar is closed when the work is done


def test_a_status_line_shows_on_a_terminal_and_is_erased() -> None:
    from citydiplo._cli_progress import status

    err = _Terminal()
    with status(err, "merging 3 files"):
        assert err.getvalue() == "merging 3 files…"
    assert err.getvalue() == "merging 3 files…\r" + " " * 16 + "\r"


def test_the_command_shows_a_bar_while_reading_a_large_file_on_a_terminal(
    tmp_path: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    from pathlib import Path

    from citydiplo import _cli

    path = Path(str(tmp_path)) / "seeds.jsonl"
    cd.dump(cd.load_seeds(), path)
    monkeypatch.setattr(_cli, "LARGE_FILE", 0)
    assert _cli.main(["validate", str(path)]) == 0
    assert "reading" not in capsys.readouterr().err  # not a terminal: nothing
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert _cli.main(["validate", str(path)]) == 0
    lines = len(path.read_bytes().split(b"\n"))
    assert f"reading {path}: 100%" in capsys.readouterr().err
    monkeypatch.setattr(_cli, "LARGE_FILE", 1 << 40)
    assert _cli.main(["validate", str(path)]) == 0
    assert f"{lines}/{lines} lines" not in capsys.readouterr().err  # small file: no bar


def test_merge_reports_progress_through_the_record_reports() -> None:
    reports = cd.load_seeds(merged=False)
    calls: list[tuple[int, int]] = []
    result = cd.merge(reports, progress=lambda done, total: calls.append((done, total)))
    assert result == cd.merge(reports)  # the callback changes nothing
    records = sum(
        len(getattr(reports, n))
        for n in ("partnerships", "agreements", "events", "documents", "claims", "memberships")
    )
    assert calls == [(records, records)]  # fewer than 8,192 reports: once, at the end


def test_validate_reports_progress_rule_by_rule() -> None:
    calls: list[tuple[int, int]] = []
    report = cd.validate(cd.load_seeds(), progress=lambda done, total: calls.append((done, total)))
    assert report == cd.validate(cd.load_seeds())
    rules = len(cd.rules())
    assert calls == [(n, rules) for n in range(1, rules + 1)]
