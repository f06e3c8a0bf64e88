"""The cost of an st.cache_data / st.cache_resource hit, against its unavoidable floor.

    python benchmarks/cache.py [--calls 2000] [--rows 1000]

A cache_data hit hashes the arguments and unpickles the stored value; the floor is one
pickle round trip of the same value. A cache_resource hit only hashes the arguments;
its floor is a dict lookup. Prints the median per-call microseconds and the ratios.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import time
from collections.abc import Callable

import rerunqt as st


def per_call(fn: Callable[[], object], calls: int, repeats: int = 7) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    value = [{"row": i, "name": f"r{i}"} for i in range(args.rows)]
    blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    @st.cache_data
    def rows(n: int, label: str) -> list[dict[str, object]]:
        return value

    @st.cache_resource
    def shared(n: int, label: str) -> object:
        return value

    rows(args.rows, "x")
    shared(args.rows, "x")
    table = {(args.rows, "x"): value}
    data_hit = per_call(lambda: rows(args.rows, "x"), args.calls)
    data_floor = per_call(lambda: pickle.loads(blob), args.calls)
    resource_hit = per_call(lambda: shared(args.rows, "x"), args.calls)
    resource_floor = per_call(lambda: table[args.rows, "x"], args.calls)
    print(f"cache_data hit     {data_hit:8.1f} us   pickle floor {data_floor:8.1f} us   "
          f"ratio {data_hit / data_floor:5.2f}")
    print(f"cache_resource hit {resource_hit:8.1f} us   dict floor   {resource_floor:8.2f} us   "
          f"ratio {resource_hit / resource_floor:5.1f}")


if __name__ == "__main__":
    main()
