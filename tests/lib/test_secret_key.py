"""A production server without MGI_SECRET_KEY makes its key once and keeps it."""

import stat

import pytest

from mgi.lib.secret_key import KEY_FILE, kept_secret_key


def test_the_key_is_made_once_readable_by_its_owner_alone_and_kept(tmp_path):
    first = kept_secret_key(tmp_path)
    second = kept_secret_key(tmp_path)

    assert first == second
    assert len(first) >= 50
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [KEY_FILE]


def test_each_data_folder_has_a_key_of_its_own(tmp_path):
    assert kept_secret_key(tmp_path / "a") != kept_secret_key(tmp_path / "b")


def test_a_kept_key_too_short_to_be_safe_is_refused(tmp_path):
    (tmp_path / KEY_FILE).write_text("short")

    with pytest.raises(ValueError, match="no usable secret key"):
        kept_secret_key(tmp_path)
