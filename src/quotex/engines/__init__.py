"""Engines run shards: in this process, in local worker processes, or on a Dask cluster."""

from collections.abc import Iterable, Iterator
from typing import Protocol

from quotex.engines.task import Settings, ShardResult, ShardTask, run_shard
from quotex.errors import InvalidInputError
from quotex.io.optional import require

ENGINES = ("local", "dask")


class Engine(Protocol):
    """Runs shard tasks and yields their results as they finish."""

    def run(self, tasks: Iterable[ShardTask], settings: Settings) -> Iterator[ShardResult]:
        """Results of ``tasks`` as shards finish."""
        ...

    def close(self) -> None:
        """Release workers and connections."""
        ...


def check_engine(name: str = "local", workers: int = 1, scheduler: str | None = None) -> None:
    """Refuse bad ``--engine``/``--workers``/``--scheduler`` values, or a missing extra, before any work."""
    if workers < 1:
        raise InvalidInputError("--workers must be at least 1")
    if name not in ENGINES:
        raise InvalidInputError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    if name == "dask":
        require("distributed", "dask", "--engine dask")
    elif scheduler:
        raise InvalidInputError("--scheduler needs --engine dask")


def make_engine(
    name: str = "local", workers: int = 1, scheduler: str | None = None, model: str | None = None
) -> Engine:
    """The engine for ``--engine``/``--workers``/``--scheduler`` (Dask is imported only when asked for)."""
    check_engine(name, workers, scheduler)
    if name == "dask":
        from quotex.engines.dask_engine import DaskEngine

        return DaskEngine(workers, scheduler, model)
    from quotex.engines.local import InlineEngine, ProcessEngine

    return InlineEngine() if workers == 1 else ProcessEngine(workers, model)


__all__ = [
    "ENGINES",
    "Engine",
    "Settings",
    "ShardResult",
    "ShardTask",
    "check_engine",
    "make_engine",
    "run_shard",
]
