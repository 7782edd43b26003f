"""The profile document: one plain dict shape for the page, profile.json, the API and imports."""

WELL_DEVELOPED = "well_developed"
POTENTIAL = "potential"
FINDING_KINDS = (WELL_DEVELOPED, POTENTIAL)


def profile_payload(
    *,
    place: dict,
    round_year: int,
    date: str,
    title: str,
    language: str,
    introduction: str,
    domains: list[dict],
    status: str,
    competences: str | None = None,
) -> dict:
    """Assemble the fixed public shape; every caller goes through here so the keys never drift.

    `competences` is given for a local profile only: national ones have no such section, and
    their shape stays as it was.
    """
    payload = {
        "place": {"code": place["code"], "name": place["name"], "kind": place["kind"]},
        "round": round_year,
        "date": date,
        "title": title,
        "language": language,
        "introduction": introduction,
        "domains": [
            {
                "number": domain["number"],
                "slug": domain["slug"],
                "name": domain["name"],
                "summary": domain["summary"],
                WELL_DEVELOPED: [
                    {"text": f["text"], "indicators": list(f["indicators"])}
                    for f in domain[WELL_DEVELOPED]
                ],
                POTENTIAL: [
                    {"text": f["text"], "indicators": list(f["indicators"])}
                    for f in domain[POTENTIAL]
                ],
            }
            for domain in domains
        ],
        "status": status,
    }
    if competences is not None:
        payload["competences"] = competences
    return payload
