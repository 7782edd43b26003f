"""Open-data downloads are made once for each change of the published data, then only read."""

from mgi.exports.stored import downloads_folder
from mgi.profiles.models import Finding
from tests.disk_limits import files_limited_to


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


def _kept_files() -> dict:
    return {
        path.relative_to(downloads_folder()): path.stat().st_mtime_ns
        for path in downloads_folder().rglob("*")
        if path.is_file() and not path.name.startswith(".")
    }


def test_the_workbook_is_made_once_and_read_whatever_the_query_string(
    client, published_chile, settings, tmp_path
):
    settings.DATA_DIR = tmp_path

    first = client.get("/data/mgi-open-data.xlsx?nocache=1")
    kept = _kept_files()
    second = client.get("/data/mgi-open-data.xlsx?nocache=2")

    assert (first.status_code, second.status_code) == (200, 200)
    assert _body(first) == _body(second)
    assert [path.name for path in kept] == ["mgi-open-data.xlsx"]
    assert _kept_files() == kept


def test_a_new_publication_makes_new_files_and_drops_the_old(
    client, published_chile, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    before = _body(client.get("/data/findings.csv")).decode()
    old_folders = {path.parent for path in _kept_files()}
    finding = Finding.objects.filter(assessment=published_chile).first()
    finding.text = {"en": "Chile counts every migrant in its census."}
    finding.save()
    published_chile.save()  # a correction's publication moves the published data's stamp

    after = _body(client.get("/data/findings.csv")).decode()

    assert "census" not in before and "census" in after
    assert {path.parent for path in _kept_files()}.isdisjoint(old_folders)


def test_a_disk_that_cannot_keep_the_file_gets_a_polite_503_and_keeps_no_part(
    client, published_chile, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    client.get("/data/")  # the page's reads, before the disk fills

    with files_limited_to(2048):
        response = client.get("/data/mgi-open-data.xlsx")

    assert response.status_code == 503
    assert response["Retry-After"] == "300"
    assert "storage is full or read-only" in response.content.decode()
    assert _kept_files() == {}
    assert list(downloads_folder().rglob("*.part")) == []
