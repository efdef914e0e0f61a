"""Run shards on Dask distributed: a LocalCluster by default, or an existing cluster's scheduler.

Each shard is one task; the worker that runs it writes the shard itself (so the output folder must be on a
filesystem every worker sees) and returns only counts. A worker plugin loads the pipeline once per worker.
"""

import asyncio
import logging
import uuid
from collections.abc import Iterable, Iterator

from quotex.engines.task import Settings, ShardResult, ShardTask, run_shard
from quotex.io.optional import require

require("distributed", "dask", "--engine dask")

from distributed import Client, Future, LocalCluster, as_completed  # noqa: E402
from distributed.diagnostics.plugin import WorkerPlugin  # noqa: E402


def _load_pipeline(model: str | None) -> None:
    from quotex.api import get_pipeline

    get_pipeline(model)


class PreloadPipeline(WorkerPlugin):
    """Loads the quotex pipeline when a worker starts, so the first shard does not pay for it."""

    name = "quotex-preload-pipeline"

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    async def setup(self, worker: object) -> None:
        """Load the pipeline in a thread, so the worker keeps answering the scheduler meanwhile."""
        await asyncio.get_running_loop().run_in_executor(None, _load_pipeline, self.model)


class DaskEngine:
    """Shards as Dask tasks, at most two per worker thread in flight."""

    def __init__(self, workers: int = 1, scheduler: str | None = None, model: str | None = None) -> None:
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        self.client.register_plugin(PreloadPipeline(model))

    def _slots(self) -> int:
        threads = sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values())
        return 2 * max(1, threads)

    def run(self, tasks: Iterable[ShardTask], settings: Settings) -> Iterator[ShardResult]:
        """Results of ``tasks`` in the order shards finish."""
        source = iter(tasks)
        run_id = uuid.uuid4().hex[:8]

        def submit(task: ShardTask) -> Future:
            return self.client.submit(
                run_shard, task, settings, key=f"quotex-{task.name}-{run_id}", pure=False
            )

        futures = as_completed()
        for _ in range(self._slots()):
            task = next(source, None)
            if task is None:
                break
            futures.add(submit(task))
        for future in futures:
            result = future.result()
            future.release()
            yield result
            task = next(source, None)
            if task is not None:
                futures.add(submit(task))

    def close(self) -> None:
        """Disconnect, and stop the LocalCluster if this engine started one."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
