import gc
import threading

from mgi.lib.collector import collector_paused


def test_the_collector_is_paused_inside_and_back_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_gives_the_collector_back():
    try:
        with collector_paused():
            raise ValueError("rendering failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_overlapping_blocks_in_two_threads_keep_it_paused_until_the_last_ends():
    first_inside, second_done, states = threading.Event(), threading.Event(), []

    def first():
        with collector_paused():
            first_inside.set()
            second_done.wait(5)
            states.append(("first, after the second ended", gc.isenabled()))

    thread = threading.Thread(target=first)
    thread.start()
    first_inside.wait(5)
    with collector_paused():
        pass
    second_done.set()
    thread.join(5)

    assert states == [("first, after the second ended", False)]
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
