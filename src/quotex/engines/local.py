"""Run shards in this process (one worker) or in a pool of local processes (``--workers N``)."""

import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from quotex.engines.task import Settings, ShardResult, ShardTask, run_shard


class InlineEngine:
    """Shards one after another in the calling process: the simplest engine, and the reference."""

    def run(self, tasks: Iterable[ShardTask], settings: Settings) -> Iterator[ShardResult]:
        """Results of ``tasks`` as each shard is written."""
        for task in tasks:
            yield run_shard(task, settings)

    def close(self) -> None:
        """Nothing to release."""


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)  # the run was killed: do not linger holding a pipeline's memory


def _start_worker(model: str | None, parent: int) -> None:
    """Worker setup: exit when the parent dies (e.g. kill -9), then load the pipeline once."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    from quotex.api import get_pipeline

    get_pipeline(model)


class ProcessEngine:
    """Shards spread over N local processes, each loading the pipeline once and writing its own shards.

    Only items go to the workers and only counts come back (no Docs cross processes), and at most
    ``2 * workers`` shards are in flight so the reader never runs far ahead of the workers.
    """

    def __init__(self, workers: int, model: str | None = None) -> None:
        self.workers = workers
        context = multiprocessing.get_context("spawn")  # safe with threads (progress bar) in the parent
        self.pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(model, os.getpid())
        )

    def run(self, tasks: Iterable[ShardTask], settings: Settings) -> Iterator[ShardResult]:
        """Results of ``tasks`` in the order shards finish."""
        source = iter(tasks)
        pending: set[Future] = set()

        def fill() -> None:
            while len(pending) < 2 * self.workers:
                task = next(source, None)
                if task is None:
                    return
                pending.add(self.pool.submit(run_shard, task, settings))

        fill()
        while pending:
            done, rest = wait(pending, return_when=FIRST_COMPLETED)
            pending.clear()
            pending.update(rest)
            for future in done:
                yield future.result()
            fill()

    def close(self) -> None:
        """Stop the worker processes."""
        self.pool.shutdown(wait=True, cancel_futures=True)
