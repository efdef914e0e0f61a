"""Load on a real ``quotex serve`` process: N concurrent clients for a bounded time on loopback.

    python benchmarks/serve_load.py                       # 8 clients, 30 s, one server worker
    python benchmarks/serve_load.py --workers 2 --clients 8 --seconds 30

The server is started as a child process (``quotex serve`` on a free 127.0.0.1 port) and stopped at the end.
Each client (a thread of this process with its own HTTP connection) posts the example articles in
``examples/articles`` one after another to ``/extract`` until the time is up or ``--max-requests`` in total
were sent; every answer must be 200 with the Article of the text sent. Prints requests/s and latency
percentiles; exits 1 if any request failed.
"""

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

from quotex.schema import Article
from quotex.serve.process import running_server

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def client(url: str, texts: list[str], deadline: float, budget: threading.Semaphore, out: dict) -> None:
    """Post texts until the deadline or the shared request budget runs out; record latencies and failures."""
    with httpx.Client(base_url=url, timeout=120) as http:
        i = 0
        while time.monotonic() < deadline and budget.acquire(blocking=False):
            text = texts[i % len(texts)]
            started = time.perf_counter()
            try:
                response = http.post("/extract", json={"text": text, "id": f"r{i}"})
                ok = response.status_code == 200 and Article.model_validate(response.json()).id == f"r{i}"
            except (httpx.HTTPError, ValueError) as e:
                ok, response = False, e
            elapsed = time.perf_counter() - started
            with out["lock"]:
                out["latencies"].append(elapsed)
                if not ok:
                    out["failures"].append(str(response)[:200])
            i += 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=20_000, help="a bound on the total sent")
    parser.add_argument("--workers", type=int, default=1, help="server processes (quotex serve --workers)")
    args = parser.parse_args()
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    out: dict = {"lock": threading.Lock(), "latencies": [], "failures": []}
    with running_server("--workers", str(args.workers), "--log-level", "warning") as url:
        if args.workers > 1:
            time.sleep(5)  # /health answered from one worker; give the others time to load their pipeline
        budget = threading.Semaphore(args.max_requests)
        deadline = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=client, args=(url, texts, deadline, budget, out))
            for _ in range(args.clients)
        ]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    latencies, failures = out["latencies"], out["failures"]
    chars = statistics.mean(len(t) for t in texts)
    print(
        f"{len(latencies)} requests from {args.clients} clients in {wall:.1f} s against {args.workers} "
        f"server worker(s), articles of {chars:,.0f} characters on average"
    )
    print(f"  {len(latencies) / wall:.2f} requests/s, {len(failures)} failed")
    if latencies:
        p50, p90, p99 = (percentile(latencies, q) for q in (50, 90, 99))
        print(f"  latency p50 {p50:.3f} s, p90 {p90:.3f} s, p99 {p99:.3f} s, max {max(latencies):.3f} s")
    print(f"  load average during the run (other jobs included): {os.getloadavg()[0]:.2f}")
    for failure in failures[:5]:
        print(f"  failure: {failure}")
    sys.exit(1 if failures or not latencies else 0)


if __name__ == "__main__":
    main()
