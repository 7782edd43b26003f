"""Schemathesis calls every operation with generated parameters on demo-like data: every answer
matches the OpenAPI document (status codes, bodies, headers), and none is a server error."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, settings

from mgi.assessments.team import make_coordinator
from mgi.frameworks.files import NATIONAL_FRAMEWORK
from mgi.frameworks.loading import load_framework
from mgi.places.services import get_or_create_country
from mgi.profiles.importing import import_profile, plan_profile_import
from mgi.profiles.rounds import create_assessment
from mgi.wsgi import application
from tests.api.conftest import TINY_FRAMEWORK, publish_chile
from tests.conftest import DEMO_PROFILE
from tests.workspace.conftest import make_user

# Read from the app itself: the document under test is the one the app serves.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(scope="module")
def demo_like_data(django_db_setup, django_db_blocker):
    """Made once for every operation, rolled back at the end: the demo's Peru 2019 profile
    (findings only), Chile 2021 with answers and sources, and a draft."""
    with django_db_blocker.unblock(), transaction.atomic():
        national = load_framework(NATIONAL_FRAMEWORK).framework
        import_profile(plan_profile_import(DEMO_PROFILE.read_bytes()))
        coordinator = make_user("contract-coordinator")
        make_coordinator(coordinator)
        publish_chile(coordinator, load_framework(TINY_FRAMEWORK).framework)
        create_assessment(get_or_create_country("PER"), national, 2023, coordinator)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def test_transaction_kept_open():
    """Calls go through the real WSGI app, which closes the database connection after each
    request; Django's test client switches that off the same way, keeping the test's data."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
@pytest.mark.django_db
@pytest.mark.usefixtures("demo_like_data", "test_transaction_kept_open")
def test_every_operation_keeps_the_promises_of_the_openapi_document(case):
    case.call_and_validate()


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_like_data")
def test_the_operations_were_called_on_the_demo_like_data(client):
    assessments = client.get("/api/v1/assessments").json()["items"]

    assert [(a["place"]["code"], a["round"]) for a in assessments] == [("CHL", 2021), ("PER", 2019)]


def test_the_openapi_document_lists_every_error_answer(client, db):
    document = client.get("/api/v1/openapi.json").json()

    for path, operations in document["paths"].items():
        codes = set(operations["get"]["responses"])
        assert {"200", "304", "401", "403", "404", "422"} <= codes, path
        assert operations["get"]["security"][0] == {}, path


def test_a_client_following_the_links_to_a_profile_sends_the_place_code_not_the_place():
    transitions = schema.as_state_machine()._transitions.operations

    into_profiles = transitions["GET /api/v1/profiles/{place}/{round}"].incoming
    expressions = {
        (link.source.label, parameter.name): parameter.expression
        for link in into_profiles
        for parameter in link.parameters
    }

    assert expressions
    assert {e for (_source, name), e in expressions.items() if name == "place"} == {
        "$response.body#/place/code"
    }
