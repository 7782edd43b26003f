"""The database's own full-text search: FTS5 on SQLite, tsvector with a GIN index on PostgreSQL.

Both get the same folded words and the same query: every word must appear (whole, or as the
start of a word when asked for with *). A search first takes up to `limit` matching ids in index
order, which both databases give without sorting; only a set that small is then ranked, because
ranking costs time in proportion to the number of matches.
"""

from django.db import connection

from mgi.search.models import SearchEntry
from mgi.search.text import Term, facet_word

FTS_TABLE = "search_entry_fts"
ENTRY_TABLE = "search_searchentry"
# Filter name -> the entry column PostgreSQL compares it with.
COLUMNS = {
    "place": "place_code",
    "place_kind": "place_kind",
    "round": "round_year",
    "framework": "framework_code",
    "domain": "domain_slug",
    "language": "language",
}


def _sqlite_expression(terms: list[Term], filters: dict) -> str:
    # Words are letters and digits only (see text.py); quoting keeps FTS5 operators such as
    # AND, NOT or NEAR from being read as syntax.
    words = " ".join(f'"{t.word}"' + ("*" if t.prefix else "") for t in terms)
    expression = f"search_text : ({words})"
    facets = [facet_word(name, value) for name, value in filters.items()]
    if facets:
        expression += " AND facets : (" + " ".join(f'"{word}"' for word in facets) + ")"
    return expression


def _postgresql_expression(terms: list[Term]) -> str:
    return " & ".join(t.word + (":*" if t.prefix else "") for t in terms)


def _postgresql_matches(terms: list[Term], filters: dict):
    entries = SearchEntry.objects.filter(
        **{COLUMNS[name]: value for name, value in filters.items()}
    )
    query = _postgresql_expression(terms)
    return entries.extra(
        where=[f"{ENTRY_TABLE}.document @@ to_tsquery('simple', %s)"],
        params=[query],
        # Negated, so that smaller is better as with SQLite's BM25.
        select={"rank": f"-ts_rank({ENTRY_TABLE}.document, to_tsquery('simple', %s))"},
        select_params=[query],
    )


def matching_ids(terms: list[Term], filters: dict, limit: int) -> list[int]:
    """Up to `limit` ids of matching entries, smallest first."""
    if connection.vendor == "postgresql":
        matches = _postgresql_matches(terms, filters).order_by("id")
        return list(matches.values_list("id", flat=True)[:limit])
    sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s ORDER BY rowid LIMIT %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, [_sqlite_expression(terms, filters), limit])
        return [row[0] for row in cursor.fetchall()]


def ranked_ids(terms: list[Term], filters: dict) -> list[int]:
    """Every matching id, best first (BM25 on SQLite, ts_rank on PostgreSQL), ties by id.

    Only for a small set of matches: the cost grows with their number.
    """
    if connection.vendor == "postgresql":
        pairs = _postgresql_matches(terms, filters).values_list("id", "rank")
    else:
        sql = f"SELECT rowid, rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
        with connection.cursor() as cursor:
            cursor.execute(sql, [_sqlite_expression(terms, filters)])
            pairs = cursor.fetchall()
    return [entry_id for entry_id, _rank in sorted(pairs, key=lambda pair: (pair[1], pair[0]))]


def optimize_index() -> None:
    """After a rebuild: SQLite merges the index's many small segments into one, for speed."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
