"""The UN's published SDG 10.7.2 overall categories, loaded into the demo.

They take the place of the demo's illustrative overall category for Peru: the illustrative file
gives only Peru's six domain categories, and the UN's series the overall ones (3 in 2019, 4 in
2021).
"""

from mgi.results.sdg1072_import import import_categories, plan_category_import
from mgi.results.sdg1072_published import PUBLISHED_OVERALL_FILE


def ensure_published_sdg_categories() -> str:
    plan = plan_category_import(PUBLISHED_OVERALL_FILE.read_bytes())
    outcome = import_categories(plan, via="demo")
    return (
        f"{len(plan.place_years)} country-years: {outcome.created} created, "
        f"{outcome.updated} updated, {outcome.unchanged} unchanged"
    )
