"""Every row of every table the platform's models own, in a canonical form: two databases with
equal snapshots hold the same data (used to check that a restore gives back what was saved)."""

import json

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder


def database_snapshot(alias: str = "default") -> dict[str, list]:
    snapshot = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = [field.attname for field in model._meta.concrete_fields]
        rows = model._base_manager.using(alias).order_by("pk").values_list(*fields)
        # Through JSON, so that dates, decimals and JSON fields compare as text.
        snapshot[model._meta.db_table] = json.loads(json.dumps(list(rows), cls=DjangoJSONEncoder))
    return snapshot
