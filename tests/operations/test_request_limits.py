import io

import pytest
from django.conf import settings
from django.test import RequestFactory

from mgi.operations.limits import RequestSizeLimitMiddleware


class UnreadableBody(io.RawIOBase):
    """Fails the test if anything reads the body."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readinto = read


def request_declaring(length: str):
    request = RequestFactory().post("/workspace/", data=b"", content_type="text/plain")
    request.META["CONTENT_LENGTH"] = length
    request.META["wsgi.input"] = UnreadableBody()
    request._stream = UnreadableBody()
    return request


def view_reading_the_body(request):
    request.body  # noqa: B018
    raise AssertionError("the view was reached")


def test_a_request_declaring_more_than_the_limit_gets_413_before_its_body_is_read():
    middleware = RequestSizeLimitMiddleware(view_reading_the_body)

    response = middleware(request_declaring(str(settings.MAX_REQUEST_BYTES + 1)))

    assert response.status_code == 413
    assert "too large" in response.content.decode()


def test_a_nonsense_content_length_gets_400():
    middleware = RequestSizeLimitMiddleware(view_reading_the_body)

    assert middleware(request_declaring("lots")).status_code == 400


def test_a_request_within_the_limit_goes_through(client, db):
    response = client.post("/accounts/login/", {"username": "x", "password": "y"})

    assert response.status_code == 200


def test_the_limit_is_a_setting(client, db, settings):
    settings.MAX_REQUEST_BYTES = 100

    response = client.post("/accounts/login/", {"username": "x" * 200, "password": "y"})

    assert response.status_code == 413


@pytest.mark.parametrize(
    "name, expected",
    [
        ("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440),
        ("FILE_UPLOAD_MAX_MEMORY_SIZE", 2_621_440),
        ("DATA_UPLOAD_MAX_NUMBER_FIELDS", 1000),
    ],
)
def test_django_refuses_oversized_form_data_itself(name, expected):
    assert getattr(settings, name) == expected


def test_too_many_form_fields_are_refused_with_400(client, db):
    fields = {f"field{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}

    assert client.post("/accounts/login/", fields).status_code == 400
