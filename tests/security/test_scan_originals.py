"""No plaintext original of a scan survives its import, and old releases' leftovers are cleaned on upgrade.

Issue 14 §Privacy 1: ``documents watch`` and the window's scan panel moved every original into
``<data>/scan-inbox/imported/`` byte for byte, forever. The sweep reads every file under the data folder
and looks for the original's bytes (and for a long run of them, in case a copy was cut or padded).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from kiosk import cli
from kiosk.app import KioskContext, build_context
from kiosk.documents.watch import REJECTED_KEEP_SECONDS, clear_plaintext_leftovers
from tests.documents.docsynth import a4_page, jpeg


def _run(home: Path, *argv: str) -> int:
    return cli.run(list(argv), lambda args: build_context(home, "en"))


def plaintext_copies(home: Path, original: bytes) -> list[Path]:
    """Files under ``home`` holding the original, or any 4 KB run of it from its middle."""
    probe = original[len(original) // 2: len(original) // 2 + 4096]
    return [p for p in home.rglob("*") if p.is_file() and (original in (raw := p.read_bytes()) or probe in raw)]


def test_watch_leaves_no_plaintext_original_in_the_data_folder(kiosk_home: Path) -> None:
    inbox = kiosk_home / "scan-inbox"
    inbox.mkdir(parents=True)
    original = jpeg(a4_page(3, dpi=150, noise=4), 85, dpi=150)

    def scanner() -> None:
        time.sleep(0.3)
        (inbox / "scan0001.jpg").write_bytes(original)

    thread = threading.Thread(target=scanner)
    thread.start()
    assert _run(kiosk_home, "documents", "watch", "--seconds", "2.0") == 0
    thread.join()
    assert plaintext_copies(kiosk_home, original) == []
    assert not (inbox / "imported").exists()


def test_start_up_clears_originals_an_old_release_kept_and_refused_files_past_their_day(ctx: KioskContext) -> None:
    inbox = ctx.paths.scan_inbox
    original = jpeg(a4_page(4, dpi=150, noise=4), 85, dpi=150)
    (inbox / "imported" / "2026-11").mkdir(parents=True)
    (inbox / "imported" / "scan0001.jpg").write_bytes(original)
    (inbox / "imported" / "2026-11" / "scan0002.jpg").write_bytes(original[::-1])
    (inbox / "imported" / "scan0001.jpg").chmod(0o644)
    (inbox / "rejected").mkdir()
    old, fresh = inbox / "rejected" / "old.pdf", inbox / "rejected" / "today.pdf"
    old.write_bytes(b"%PDF-1.4 refused long ago")
    fresh.write_bytes(b"%PDF-1.4 refused just now")
    past = time.time() - REJECTED_KEEP_SECONDS - 60
    os.utime(old, (past, past))
    ctx.use_cases().start_up.run()
    assert plaintext_copies(ctx.paths.home, original) == []
    assert not (inbox / "imported").exists()
    assert not old.exists() and fresh.exists()  # the operator still has today's refusals to look at


def test_clearing_is_harmless_when_there_is_nothing_to_clear(tmp_path: Path) -> None:
    assert clear_plaintext_leftovers(tmp_path / "no-such-inbox") == []
    (tmp_path / "scan-inbox").mkdir()
    (tmp_path / "scan-inbox" / "waiting.jpg").write_bytes(b"not yet imported")
    assert clear_plaintext_leftovers(tmp_path / "scan-inbox") == []
    assert (tmp_path / "scan-inbox" / "waiting.jpg").exists()  # a scan not imported yet is the operator's
