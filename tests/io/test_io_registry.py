"""Format registries: detection, validation and CLI help come from them, and a new entry just works."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotex.batch import RunConfig, _validate
from quotex.cli import app
from quotex.errors import InvalidInputError
from quotex.io import Item, Keys, Outcome, detect_format, read_input, registry
from quotex.io.formats import InputFormat, OutputFormat
from quotex.io.items import item_from_text
from quotex.io.shards import merge_shards, write_shard
from quotex.records import Record


def test_every_suffix_of_every_reader_is_detected_also_gzipped() -> None:
    for fmt in registry.READERS.values():
        for suffix in fmt.suffixes:
            assert detect_format(Path(f"a{suffix.upper()}")) == fmt.name
            assert detect_format(Path(f"dir/a{suffix}.gz")) == fmt.name


def test_no_suffix_is_claimed_by_two_readers() -> None:
    suffixes = [s for fmt in registry.READERS.values() for s in fmt.suffixes]
    assert len(suffixes) == len(set(suffixes))


def test_unknown_names_are_refused_with_the_known_ones() -> None:
    with pytest.raises(InvalidInputError, match="choose one of auto, jsonl, csv, tsv, text, warc"):
        registry.reader("xml")
    with pytest.raises(InvalidInputError, match="choose one of jsonl, parquet"):
        registry.writer("xlsx")


def test_cli_help_lists_every_reader_and_writer() -> None:
    result = CliRunner().invoke(app, ["run", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for name in (*registry.READERS, *registry.WRITERS):
        assert name in result.output
    assert "parquet extra" in result.output


def _read_lines(path: Path, display: str, keys: Keys) -> Iterator[Item]:
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        yield item_from_text(f"{display}:{number}", line)


def _write_ids(folder: Path, outcomes: list[Outcome]) -> None:
    (folder / "ids.txt").write_text("".join(o.item.id + "\n" for o in outcomes), "utf-8")


def _merge_ids(folders: list[Path], out_dir: Path, tmp_suffix: str) -> list[Path]:
    final = out_dir / "ids.txt"
    final.write_text("".join((f / "ids.txt").read_text("utf-8") for f in folders), "utf-8")
    return [final]


def test_a_registered_reader_and_writer_are_used_everywhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    lines = InputFormat("lines", "line-per-record", (".lines",), _read_lines)
    ids = OutputFormat("ids", _write_ids, _merge_ids)
    monkeypatch.setitem(registry.READERS, "lines", lines)
    monkeypatch.setitem(registry.WRITERS, "ids", ids)
    path = tmp_path / "in.lines"
    path.write_text("First story.\nSecond story.\n", "utf-8")
    assert detect_format(path) == "lines"
    items = list(read_input(path, "in.lines"))
    assert [item.record.text for item in items] == ["First story.", "Second story."]
    _validate(RunConfig([str(path)], str(tmp_path / "out"), fmt="ids", input_format="lines"))
    record = Record(text="x")
    write_shard(tmp_path, "0000-a-000000", [Outcome(Item("a", "s", record))], "ids")
    write_shard(tmp_path, "0000-a-000001", [Outcome(Item("b", "s", record))], "ids")
    [merged] = merge_shards(tmp_path, ["0000-a-000000", "0000-a-000001"], "ids")
    assert merged.read_text("utf-8") == "a\nb\n"


def test_estimates_count_plain_files_and_folders_only(tmp_path: Path) -> None:
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps({"text": f"Story {i}."}) + "\n" for i in range(3)), "utf-8")
    csv = tmp_path / "b.csv"
    csv.write_text("id,text\n1,One.\n2,Two.\n", "utf-8")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p.txt").write_text("Page.", "utf-8")
    (folder / "q.jpg").write_bytes(b"\xff")
    assert registry.estimate_records([jsonl, csv, folder]) == 3 + 2 + 1
    gz = tmp_path / "c.jsonl.gz"
    gz.write_bytes(b"")
    assert registry.estimate_records([jsonl, gz]) is None
