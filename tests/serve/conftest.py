"""One ``quotex serve`` process with small limits, shared by the server tests."""

import pytest
from serve_helpers import LIMITS


@pytest.fixture(scope="session")
def server() -> str:
    """Base URL of a real server on loopback (small limits so the bounds are cheap to reach)."""
    pytest.importorskip("fastapi", reason="the serve extra is not installed")
    pytest.importorskip("uvicorn", reason="the serve extra is not installed")
    from quotex.serve.process import running_server

    options = []
    for name, value in LIMITS.items():
        options += [f"--{name.replace('_', '-')}", str(value)]
    with running_server(*options) as url:
        yield url
