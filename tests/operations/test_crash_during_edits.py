"""SIGKILL the server while a researcher saves answers: nothing acknowledged is lost."""

import sqlite3
import threading
import time

import requests

from tests.operations import servers

EDITS_BEFORE_THE_CRASH = 12


def answers_in(data_dir) -> dict[str, str]:
    with sqlite3.connect(data_dir / "mgi.sqlite3") as db:
        return dict(
            db.execute(
                "SELECT i.code, a.justification FROM assessments_answer a "
                "JOIN frameworks_indicator i ON i.id = a.indicator_id"
            )
        )


def integrity_of(data_dir) -> str:
    with sqlite3.connect(data_dir / "mgi.sqlite3") as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


class Editor(threading.Thread):
    """Saves one answer after another, remembering what was sent and what was acknowledged."""

    def __init__(self, server, client, assessment_id: int, codes: list[str]):
        super().__init__(daemon=True)
        self.server, self.client, self.codes = server, client, codes
        self.base = f"{server.url}/workspace/assessments/{assessment_id}/answers/"
        self.sent: dict[str, list[str]] = {}
        self.acknowledged: dict[str, str] = {}

    def run(self) -> None:
        for number in range(10_000):
            code = self.codes[number % len(self.codes)]
            text = f"Edit number {number} of {code}"
            try:
                page = self.client.get(f"{self.base}{code}/", timeout=30)
                self.sent.setdefault(code, []).append(text)
                response = self.client.post(
                    f"{self.base}{code}/",
                    data={
                        "csrfmiddlewaretoken": servers.form_token(page.text),
                        "version": servers.form_value(page.text, "version"),
                        "option": "partial",
                        "justification": text,
                    },
                    headers={"Referer": f"{self.base}{code}/"},
                    allow_redirects=False,
                    timeout=30,
                )
            except (requests.RequestException, ValueError):
                return  # the server is gone
            if response.status_code == 302:
                self.acknowledged[code] = text


def test_every_acknowledged_edit_survives_a_sigkill_of_the_server(data_dir, production_static):
    env = servers.production_env(data_dir, MGI_STATIC_ROOT=str(production_static))
    codes = sorted(answers_in(data_dir))[:40]
    assessment_id = _draft_id(data_dir)

    with servers.running(env, workers=2) as server:
        editor = Editor(server, servers.signed_in(server, "researcher"), assessment_id, codes)
        editor.start()
        deadline = time.monotonic() + 120
        while len(editor.acknowledged) < EDITS_BEFORE_THE_CRASH and editor.is_alive():
            assert time.monotonic() < deadline, "the edits were too slow"
            time.sleep(0.05)
        server.kill()
        editor.join(timeout=30)

    assert len(editor.acknowledged) >= EDITS_BEFORE_THE_CRASH
    assert integrity_of(data_dir) == "ok"
    saved = answers_in(data_dir)
    for code, text in editor.acknowledged.items():
        # The last acknowledged text, or one sent after it whose answer the kill cut off.
        later = editor.sent[code][editor.sent[code].index(text) :]
        assert saved[code] in later, code
    with servers.running(env, workers=1) as server:
        client = servers.signed_in(server, "researcher")
        code, text = next(iter(editor.acknowledged.items()))
        page = client.get(f"{server.url}/workspace/assessments/{assessment_id}/answers/{code}/")
        assert saved[code] in page.text


def _draft_id(data_dir) -> int:
    with sqlite3.connect(data_dir / "mgi.sqlite3") as db:
        return db.execute("SELECT id FROM assessments_assessment").fetchone()[0]
