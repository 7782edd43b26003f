"""The public JSON of a profile, an answer and a finding, pinned: clients rely on these shapes."""


def test_a_profile_is_the_fixed_profile_document(client, published_chile):
    response = client.get("/api/v1/profiles/chl/2021")

    assert response.status_code == 200
    assert response.json() == {
        "place": {"code": "CHL", "name": "Chile", "kind": "country"},
        "round": 2021,
        "date": "2021-06",
        "title": "Migration Governance Profile: Chile",
        "language": "en",
        "introduction": "An overview of Chile's migration governance.",
        "domains": [
            {
                "number": 1,
                "slug": "rights",
                "name": "Migrants' rights",
                "summary": "Access to services and rights.",
                "well_developed": [
                    {
                        "text": "Chile opens its public health services to all migrants.",
                        "indicators": ["1.1.1"],
                    }
                ],
                "potential": [],
            },
            {
                "number": 2,
                "slug": "partnerships",
                "name": "Partnerships",
                "summary": "Cooperation with other states.",
                "well_developed": [],
                "potential": [
                    {
                        "text": "Chile opens its public regional services to all migrants.",
                        "indicators": [],
                    }
                ],
            },
        ],
        "status": "published",
    }


def test_the_api_profile_is_the_same_document_as_profile_json(client, published_peru):
    api = client.get("/api/v1/profiles/per/2019").json()
    page = client.get("/profiles/per/2019/profile.json").json()

    assert api == page


def test_an_answer_carries_its_option_justification_and_sources(client, published_chile):
    answer = published_chile.answers.get(indicator__code="1.1.1")
    source = answer.sources.get()

    response = client.get(f"/api/v1/answers/{answer.pk}")

    assert response.status_code == 200
    assert response.json() == {
        "id": answer.pk,
        "assessment": published_chile.pk,
        "place": "CHL",
        "round": 2021,
        "indicator": "1.1.1",
        "question": "Do migrants have access to public health care?",
        "domain": "rights",
        "option": {"code": "complete", "label": "Complete", "value": 1.0},
        "justification": "The **health law** opens every polyclinic to all migrants.",
        "sources": [
            {
                "id": source.pk,
                "title": "Ley de Migración y Extranjería",
                "kind": "law",
                "citation": "Ley 21.325, artículo 15",
                "url": "https://example.org/ley-21325",
                "date": "2021-04-20",
            }
        ],
    }


def test_a_finding_in_spanish_says_its_language_and_links_to_its_domain(client, published_chile):
    finding = published_chile.findings.get(domain__slug="rights")

    response = client.get(f"/api/v1/findings/{finding.pk}?language=es")

    assert response.status_code == 200
    assert response.json() == {
        "id": finding.pk,
        "assessment": published_chile.pk,
        "place": "CHL",
        "round": 2021,
        "domain": "rights",
        "domain_number": 1,
        "kind": "well_developed",
        "order": 1,
        "text": "Chile abre sus servicios públicos de salud a todas las personas migrantes.",
        "language": "es",
        "indicators": ["1.1.1"],
        "url": "http://testserver/es/profiles/chl/2021/#domain-rights",
    }


def test_a_finding_without_a_translation_falls_back_to_english_and_says_so(client, published_chile):
    finding = published_chile.findings.get(domain__slug="partnerships")

    item = client.get(f"/api/v1/findings/{finding.pk}?language=fr").json()

    assert item["language"] == "en"
    assert item["text"] == "Chile opens its public regional services to all migrants."
