"""The two chapters only local profiles have: a summary of the findings and the place's context."""

from mgi.assessments.competences import framework_competences, held_codes, recorded_competences
from mgi.assessments.models import Assessment
from mgi.lib.i18n_text import pick
from mgi.places.regions import region_of
from mgi.profiles.payload import POTENTIAL, WELL_DEVELOPED
from mgi.profiles.public import published_profiles


def build_summary(domains: list[dict]) -> dict:
    """How many findings of each kind every domain has, and the totals."""
    rows = [
        {
            "number": domain["number"],
            "slug": domain["slug"],
            "name": domain["name"],
            "colour": domain["colour"],
            "well_developed": len(domain[WELL_DEVELOPED]),
            "potential": len(domain[POTENTIAL]),
        }
        for domain in domains
    ]
    return {
        "rows": rows,
        "well_developed": sum(row["well_developed"] for row in rows),
        "potential": sum(row["potential"] for row in rows),
    }


def build_context(assessment: Assessment, language: str) -> dict:
    """The local place within its country and region, and the country's national profiles."""
    country = assessment.place.parent
    national = published_profiles().filter(place=country).order_by("-round_year")
    return {
        "place": assessment.place.name,
        "country": country.name,
        "region": region_of(country.code, language).name,
        "national_profiles": [
            {
                "title": pick(other.profile.title, language),
                "date": other.profile.date,
                "month": other.profile.month,
            }
            for other in national
        ],
        "competences": build_competences(assessment, language),
    }


def build_competences(assessment: Assessment, language: str) -> dict | None:
    """The policy areas the local authority holds and those it does not, in the framework's
    order; None where the framework defines none. `recorded` is False until they are entered."""
    competences = framework_competences(assessment)
    if not competences:
        return None
    held = held_codes(recorded_competences(assessment))
    names = [(c.code, pick(c.name, language)) for c in competences]
    return {
        "recorded": held is not None,
        "held": [name for code, name in names if held and code in held],
        "not_held": [name for code, name in names if held is not None and code not in held],
    }
