"""Every key finding of the seed page, and of the demo's restatement, ties to its indicator."""

from mgi.frameworks.files import NATIONAL_FRAMEWORK, read_framework_file
from mgi.frameworks.matching import match_indicators
from mgi.frameworks.outline import outline_from_file
from mgi.profiles.text_format import parse_profile_bytes

# (domain, kind, position) -> indicator codes, in the order of the seed page.
EXPECTED_LINKS = {
    (1, "well_developed", 0): ["1.1.1", "1.1.2", "1.3.1"],  # health care, education, work
    (1, "well_developed", 1): ["1.7.1"],  # portability of social security
    (1, "well_developed", 2): ["1.5.2"],  # voting from abroad
    (1, "potential", 0): ["1.5.1"],  # voting of foreign residents in local elections
    (2, "well_developed", 0): ["2.2.1"],  # national migration policy
    (2, "well_developed", 1): ["2.1.1"],  # migration agency
    (2, "well_developed", 2): ["2.4.1"],  # inter-ministerial coordination
    (3, "well_developed", 0): ["3.3.3"],  # civil society
    (3, "well_developed", 1): ["3.3.5"],  # diaspora
    (3, "well_developed", 2): ["3.3.1"],  # bilateral agreements
    (3, "potential", 0): ["3.3.4"],  # private sector
    (4, "well_developed", 0): ["4.1.1"],  # recognition of qualifications
    (4, "well_developed", 1): ["4.4.3"],  # integration
    (4, "well_developed", 2): ["4.8.1"],  # protection of nationals working abroad
    (4, "potential", 0): ["4.4.2"],  # visas for skills
    (4, "potential", 1): ["4.5.1"],  # gender equality of migrant workers
    (5, "well_developed", 0): ["5.2.1"],  # help to citizens abroad in crises
    (5, "well_developed", 1): ["5.6.1"],  # humanitarian visa
    (5, "well_developed", 2): ["5.4.1"],  # communication systems
    (5, "potential", 0): ["5.5.1"],  # climate change and displacement
    (6, "well_developed", 0): ["6.7.1"],  # reintegration of returning citizens
    (6, "well_developed", 1): ["6.4.1"],  # trafficking
    (6, "well_developed", 2): ["6.6.1"],  # migrants in transit
    (6, "potential", 0): ["6.5.1"],  # detention as a last resort
}


def links_of(path) -> dict:
    outline = outline_from_file(read_framework_file(NATIONAL_FRAMEWORK))
    profile = parse_profile_bytes(path.read_bytes(), outline.domain_headings())
    links = {}
    for domain in profile.domains:
        indicators = outline.domain(domain.number).indicators
        for kind in ("well_developed", "potential"):
            for position, finding in enumerate(getattr(domain, kind)):
                links[(domain.number, kind, position)] = match_indicators(finding.text, indicators)
    return links


def test_every_finding_of_the_seed_rests_on_the_indicator_it_describes(seed_path):
    assert links_of(seed_path) == EXPECTED_LINKS


def test_the_demo_profile_links_its_findings_as_the_seed_does(demo_profile_path):
    assert links_of(demo_profile_path) == EXPECTED_LINKS
