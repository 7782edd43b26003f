"""One stamp of public data names the pages, the API's answers and the open-data files alike."""

from django.contrib.admin.models import CHANGE, LogEntry

from mgi.assessments.models import Assessment
from mgi.exports.stored import current_folder
from mgi.operations.public_changes import public_stamp

PAGE = "/profiles/"
API = "/api/v1/places"


def validators(client) -> dict[str, str]:
    return {address: client.get(address)["ETag"] for address in (PAGE, API)}


def test_an_edit_in_the_admin_changes_the_validators_of_pages_and_api_alike(
    client, published_peru, admin_user
):
    before, folder = validators(client), current_folder()

    place = published_peru.place
    place.name = "Republic of Peru"
    place.save()
    LogEntry.objects.log_actions(admin_user.pk, [place], CHANGE, change_message="Changed name.")

    after = validators(client)
    assert after[PAGE] != before[PAGE]
    assert after[API] != before[API]
    assert current_folder() != folder


def test_a_profile_published_without_an_audit_record_still_changes_the_stamp(published_peru):
    """A bulk change made outside the services writes no audit record; the published
    assessments, read through their queryset, still move the stamp."""
    before = public_stamp()

    Assessment.objects.filter(pk=published_peru.pk).update(status=Assessment.Status.CONSULTATION)

    assert public_stamp().key != before.key
    assert not Assessment.objects.published().exists()


def test_editing_nothing_keeps_the_stamp(client, published_peru):
    assert public_stamp() == public_stamp()
    assert validators(client) == validators(client)
