import json

PAGE = "/profiles/per/2019/"


def test_profile_json_has_the_public_shape(client, published_peru):
    response = client.get(PAGE + "profile.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    payload = json.loads(response.content)
    assert list(payload) == [
        "place",
        "round",
        "date",
        "title",
        "language",
        "introduction",
        "domains",
        "status",
    ]
    assert payload["place"] == {"code": "PER", "name": "Peru", "kind": "country"}
    assert (payload["round"], payload["date"], payload["language"], payload["status"]) == (
        2019,
        "2019-12",
        "en",
        "published",
    )
    assert payload["title"] == "Migration Governance Profile: The Republic of Peru"
    assert [d["number"] for d in payload["domains"]] == [1, 2, 3, 4, 5, 6]
    first = payload["domains"][0]
    assert list(first) == ["number", "slug", "name", "summary", "well_developed", "potential"]
    assert (first["slug"], first["name"]) == ("migrants-rights", "Migrants' rights")
    assert first["well_developed"][1] == {
        "text": first["well_developed"][1]["text"],
        "indicators": ["1.7.1"],
    }
    assert "eight countries" in first["well_developed"][1]["text"]
    assert sum(len(d["well_developed"]) + len(d["potential"]) for d in payload["domains"]) == 24


def test_profile_json_is_what_the_import_planned(client, published_peru, demo_profile_path):
    from mgi.profiles.importing import plan_profile_import

    served = json.loads(client.get(PAGE + "profile.json").content)

    assert served == plan_profile_import(demo_profile_path.read_bytes()).payload()


def test_profile_json_in_spanish_says_so(client, published_peru):
    payload = json.loads(client.get("/es" + PAGE + "profile.json").content)

    assert payload["language"] == "es"
