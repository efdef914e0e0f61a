"""schemathesis against the live server's OpenAPI document: no 500s, answers that match the document."""

import subprocess
import sys
from pathlib import Path

import pytest

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "response_schema_conformance",
        "content_type_conformance",
        "positive_data_acceptance",
    ]
)


def test_generated_requests_get_documented_answers_and_no_500(server: str, tmp_path: Path) -> None:
    pytest.importorskip("schemathesis", reason="schemathesis is not installed (pip install -e '.[test]')")
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{server}/openapi.json",
        "--checks", CHECKS,
        "--max-examples", "25",  # per operation and phase: a short run that stays inside the suite's budget
        "--seed", "14",
        "--request-timeout", "60",
        "--no-color",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)  # its cache
    summary = [line[:300] for line in result.stdout.splitlines() if line.strip()][-40:]
    assert result.returncode == 0, "\n".join(summary)
    assert "No issues found" in result.stdout
