"""p95 latency of full-text search at 100,000 published answers (target: under 50 ms).

Queries mix frequent and rare words, two words, filters, and prefixes (word*), on pages 1 to 5.

    .venv/bin/python bench/search_latency.py [ANSWERS] [QUERIES]
"""

import random
import statistics
import sys
import time

from published_answers import setup_database

TARGET_MS = 50


def main() -> None:
    answers = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    queries = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    data = setup_database(answers)
    from mgi.assessments.models import Answer
    from mgi.search.models import SearchEntry
    from mgi.search.query import SearchFilters, search

    rng = random.Random(11)
    words = data["vocabulary"]
    frequent, rare = words[:30], words[30:]
    cases = []
    for n in range(queries):
        kind = n % 5
        if kind == 0:
            filters = SearchFilters(q=rng.choice(frequent))
        elif kind == 1:
            filters = SearchFilters(q=rng.choice(rare))
        elif kind == 2:
            filters = SearchFilters(q=f"{rng.choice(frequent)} {rng.choice(rare)}")
        elif kind == 3:
            filters = SearchFilters(q=rng.choice(frequent), round=2021, language="en")
        else:
            filters = SearchFilters(q=rng.choice(rare)[:4] + "*")
        cases.append(filters)
    search(cases[0])  # warm the caches once
    timings = []
    for filters in cases:
        started = time.perf_counter()
        search(filters, page=rng.choice([1, 1, 1, 2, 5]))
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"answers: {Answer.objects.count()}, index entries: {SearchEntry.objects.count()}")
    print(f"fill: {data['fill_s']:.1f} s, rebuild_search_index: {data['index_s']:.1f} s")
    print(
        f"search over {len(timings)} queries: p50 {statistics.median(timings):.1f} ms, "
        f"p95 {p95:.1f} ms, max {timings[-1]:.1f} ms (target p95 < {TARGET_MS} ms: "
        f"{'met' if p95 < TARGET_MS else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
