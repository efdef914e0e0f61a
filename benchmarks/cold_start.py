"""Cold start: ``python -c "import quotex"`` against ``python -c "import quotex; quotex.load()"``.

usage: python benchmarks/cold_start.py [--runs 5]

Each command runs ``--runs`` times in fresh processes, alternating; the median wall time of each and their
ratio are printed, and which optional dependencies a loaded pipeline imported (none should be).
"""

import argparse
import json
import statistics
import subprocess
import sys
import time

COMMANDS = {"import": "import quotex", "load": "import quotex; quotex.load()"}
OPTIONAL = ("dask", "distributed", "warcio", "trafilatura", "pyarrow", "duckdb", "fastapi", "uvicorn")
PROBE = (
    "import sys, quotex; quotex.load(); "
    f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(OPTIONAL)!r})))"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    seconds: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for n in range(args.runs):
        for name in COMMANDS if n % 2 == 0 else reversed(COMMANDS):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", COMMANDS[name]], check=True)
            seconds[name].append(time.perf_counter() - t0)
    median = {name: statistics.median(values) for name, values in seconds.items()}
    for name, command in COMMANDS.items():
        print(f"python -c {command!r:38s} {median[name]:6.2f} s (median of {args.runs})")
    ratio = median["import"] / median["load"]
    print(f"import / import + load: {ratio:.3f}")
    imported = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True)
    print(f"optional dependencies a loaded pipeline imported: {imported.stdout.strip()}")
    print(json.dumps({name: round(value, 3) for name, value in median.items()} | {"ratio": round(ratio, 3)}))


if __name__ == "__main__":
    main()
