"""The database's own full-text index over search entries.

SQLite: an FTS5 table with external content, kept in step with the entries by triggers, over
the folded `search_text` and the filter words in `facets`. PostgreSQL: a generated tsvector
column over `search_text` with a GIN index; filters there are plain column conditions.
A later migration that rebuilds the entries table on SQLite must create the triggers again.
"""

from django.db import migrations

FTS = "search_entry_fts"
ENTRIES = "search_searchentry"

SQLITE_CREATE = [
    f"""CREATE VIRTUAL TABLE {FTS} USING fts5(
        search_text, facets, content='{ENTRIES}', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER {FTS}_insert AFTER INSERT ON {ENTRIES} BEGIN
        INSERT INTO {FTS}(rowid, search_text, facets) VALUES (new.id, new.search_text, new.facets);
    END""",
    f"""CREATE TRIGGER {FTS}_delete AFTER DELETE ON {ENTRIES} BEGIN
        INSERT INTO {FTS}({FTS}, rowid, search_text, facets)
        VALUES ('delete', old.id, old.search_text, old.facets);
    END""",
    f"""CREATE TRIGGER {FTS}_update AFTER UPDATE ON {ENTRIES} BEGIN
        INSERT INTO {FTS}({FTS}, rowid, search_text, facets)
        VALUES ('delete', old.id, old.search_text, old.facets);
        INSERT INTO {FTS}(rowid, search_text, facets) VALUES (new.id, new.search_text, new.facets);
    END""",
    # Rank by the text only: the filter words in `facets` must not weigh in.
    f"INSERT INTO {FTS}({FTS}, rank) VALUES ('rank', 'bm25(1.0, 0.0)')",
    # Entries written before the index existed.
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {FTS}_insert",
    f"DROP TRIGGER IF EXISTS {FTS}_delete",
    f"DROP TRIGGER IF EXISTS {FTS}_update",
    f"DROP TABLE IF EXISTS {FTS}",
]
POSTGRESQL_CREATE = [
    f"""ALTER TABLE {ENTRIES} ADD COLUMN document tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED""",
    f"CREATE INDEX search_entry_document_gin ON {ENTRIES} USING gin (document)",
]
POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS search_entry_document_gin",
    f"ALTER TABLE {ENTRIES} DROP COLUMN IF EXISTS document",
]


def _run(schema_editor, statements_by_vendor: dict) -> None:
    vendor = schema_editor.connection.vendor
    if vendor not in statements_by_vendor:
        raise RuntimeError(f"full-text search is not set up for {vendor} databases")
    for statement in statements_by_vendor[vendor]:
        schema_editor.execute(statement)


def create_index(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRESQL_CREATE})


def drop_index(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP})


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_entries")]

    operations = [migrations.RunPython(create_index, drop_index)]
