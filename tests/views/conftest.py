"""Runs of the bundled example archive (JSONL and Parquet output), made once for the view tests."""

from pathlib import Path

import pytest
from views_helpers import EXAMPLE_ARCHIVE

from quotex.batch import RunConfig, run


@pytest.fixture(scope="session")
def example_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``quotex run`` of the example archive, JSONL output."""
    out = tmp_path_factory.mktemp("views") / "run-jsonl"
    run(RunConfig(inputs=[str(EXAMPLE_ARCHIVE)], out_dir=str(out), progress=False))
    return out


@pytest.fixture(scope="session")
def example_run_parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``quotex run`` of the example archive, Parquet output."""
    out = tmp_path_factory.mktemp("views") / "run-parquet"
    run(RunConfig(inputs=[str(EXAMPLE_ARCHIVE)], out_dir=str(out), fmt="parquet", progress=False))
    return out


@pytest.fixture(scope="session")
def browser():  # noqa: ANN201 - a selenium WebDriver
    """One headless Chromium for all page tests; the tests skip with the reason when there is none."""
    from browser_helpers import browser_missing, chromium

    reason = browser_missing()
    if reason:
        pytest.skip(f"no browser test: {reason}")
    with chromium() as driver:
        yield driver
