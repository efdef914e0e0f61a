"""The optional extras stay optional: importing quotex and its CLI loads neither FastAPI nor DuckDB."""

import subprocess
import sys


def test_import_quotex_and_cli_load_no_server_or_report_packages() -> None:
    optional = ("fastapi", "uvicorn", "duckdb", "selenium", "starlette")
    code = f"import sys, quotex, quotex.cli; print(sorted(m for m in {optional!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
