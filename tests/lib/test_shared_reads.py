from mgi.lib.shared_reads import shared_read, shared_reads

calls = []


@shared_read(key=lambda place, year: (place, year))
def read_profile(place, year):
    calls.append((place, year))
    return {"place": place, "year": year, "read": len(calls)}


def setup_function():
    calls.clear()


def test_outside_a_block_every_call_reads():
    read_profile("PER", 2019)
    read_profile("PER", 2019)

    assert calls == [("PER", 2019), ("PER", 2019)]


def test_inside_a_block_a_repeated_key_is_read_once():
    with shared_reads():
        first = read_profile("PER", 2019)
        again = read_profile("PER", 2019)
        other = read_profile("PER", 2023)

    assert calls == [("PER", 2019), ("PER", 2023)]
    assert again is first
    assert other["year"] == 2023


def test_what_a_block_read_is_forgotten_when_it_ends():
    with shared_reads():
        read_profile("PER", 2019)
    with shared_reads():
        read_profile("PER", 2019)
    read_profile("PER", 2019)

    assert len(calls) == 3
