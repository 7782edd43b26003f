from mgi.workspace.mentions import mentioned_usernames


def test_mentions_are_user_names_after_an_at_sign_and_addresses_are_not():
    text = "@Focal-Point, see @ana.quispe. Mail me at carlos@example.org (@coordinator)"

    assert mentioned_usernames(text) == {"focal-point", "ana.quispe", "coordinator"}


def test_a_lone_at_sign_mentions_nobody():
    assert mentioned_usernames("meet @ 10:00") == set()
