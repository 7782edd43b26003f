"""What the comparison page adds to the comparison data: charts and the form to choose."""

from mgi.places.names import place_name
from mgi.portal.compare_links import profile_key
from mgi.portal.comparison import MAX_PROFILES
from mgi.profiles.summary_chart import build_summary_chart


def comparison_page(comparison: dict | None, chosen: list, profile_list: dict) -> dict:
    """`chosen` are the assessments asked for (maybe fewer than two); `profile_list` is
    build_profile_list(), for the choices."""
    keys = [profile_key(a) for a in chosen]
    choices = [
        {
            "key": f"{entry['url_code']}-{r['round']}",
            "label": f"{place_name(entry['place'])}, {r['round']}",
        }
        for entry in profile_list["places"]
        for r in entry["rounds"]
    ]
    page = {
        "comparison": comparison,
        "choices": choices,
        "selected": keys + [""] * (MAX_PROFILES - len(keys)),
    }
    if comparison is not None:
        labels = {
            p["key"]: f"{place_name(p['place'])} {p['round']}" for p in comparison["profiles"]
        }
        page["labels"] = labels
        page["charts"] = {
            domain["number"]: _domain_chart(domain, labels) for domain in comparison["domains"]
        }
        page["domains"] = [
            {
                **domain,
                "chart": page["charts"][domain["number"]],
                "profiles": [
                    {**column, "label": labels[column["key"]]} for column in domain["profiles"]
                ],
            }
            for domain in comparison["domains"]
        ]
    return page


def _domain_chart(domain: dict, labels: dict) -> dict | None:
    rows = [
        {"label": labels[column["key"]], "summary": column["summary"]}
        for column in domain["profiles"]
        if column["summary"] and column["summary"]["answered"]
    ]
    if not rows:
        return None
    return build_summary_chart(f"compare-summary-{domain['number']}", rows)
