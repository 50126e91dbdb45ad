"""Encryption at rest end to end: the hub database (SQLCipher) and the kept files (AES-GCM) are unreadable
without the data key; an old release's plaintext folder is encrypted in place, surviving a cut at each
step; the keyring fails closed; the printed recovery key (read back from the rendered PDF's QR code)
brings a dead PC's data up on a new one, where unsent items still reach the portal; key rotation,
including a data-key rotation killed half-way, loses nothing; backups restore on the same and a new PC.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import keyring
import pypdfium2 as pdfium
import pytest
import zxingcpp
from keyring.backends import fail

from kiosk.app import KioskContext, _migration_sets, build_context
from kiosk.demo import ensure_demo_hub
from kiosk.documents.storage import read_document, store_document
from kiosk.domain.errors import SecretStoreUnavailable
from kiosk.portal.simulator import spawn_simulator
from kiosk.security.atrest import FILE_MAGIC, key_file, key_id, load_keys, sealed_key_id
from kiosk.security.encryption import rotate_data_key
from kiosk.security.errors import DataKeyUnavailable, RecoveryKeyInvalid
from kiosk.security.recovery_key import decode_recovery_key, encode_recovery_key
from kiosk.store.backup import backup_database
from kiosk.store.db import open_store
from kiosk.store.search import search_applications
from tests.conftest import hub_key, open_hub_db
from tests.file_keyring import FileKeyring
from tests.security.cli_helpers import add_supervisor, run_cli
from tests.security.intake import simulator_args, sync, take

NAME_MR = "क्षीरसागर"


def _take_named(ctx: KioskContext, n: int) -> list:
    """Applications of the test form's applicant, Sunita Kshirsagar / सुनीता क्षीरसागर."""
    return take(ctx, n)


def _raw_files(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file() and p.suffix != ".json")


def _restart(ctx: KioskContext) -> KioskContext:
    ctx.close()
    return build_context(ctx.paths.home, "en")


def test_database_and_files_are_sealed_and_search_still_works(ctx: KioskContext) -> None:
    saved = _take_named(ctx, 3)
    assert [a.uuid for a in search_applications(ctx.database(), "क्षीर")][:3]
    assert {a.uuid for a in search_applications(ctx.database(), "shirsag")} == {a.uuid for a in saved}
    ctx.close()
    raw = _raw_files(ctx.paths.home)
    for needle in ("Kshirsagar", NAME_MR):
        assert needle.encode() not in raw and needle.encode("utf-16-le") not in raw
    assert ctx.paths.database.read_bytes()[:16] != b"SQLite format 3\x00"
    docs = [p for p in ctx.paths.documents.rglob("*") if p.is_file()]
    assert docs and all(p.read_bytes().startswith(FILE_MAGIC) for p in docs)
    ctx = build_context(ctx.paths.home, "en")
    doc = ctx.applications().get(saved[0].uuid).documents[0]
    assert len(read_document(ctx.sealed().documents, doc.sha256)) == doc.size_bytes
    conn = open_hub_db(ctx.paths.database, readonly=True)  # the one test helper that reads the raw file
    assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 3
    conn.close()
    ctx.close()


def test_no_keyring_fails_closed_and_stores_nothing(kiosk_home: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    ctx = build_context(kiosk_home, "en")
    with pytest.raises(SecretStoreUnavailable):
        ctx.database()
    assert not key_file(ctx.paths.database).exists() and not ctx.paths.database.exists()


class _FirstRelease:
    """How the release before encryption wrote its files: as they are (a stand-in for that old code)."""

    def seal(self, data: bytes) -> bytes:
        return data

    def open(self, blob: bytes) -> bytes:
        return blob


def _plaintext_hub(home: Path) -> tuple[Path, list[str], str]:
    """A folder as the release before encryption left it: plain database, documents in clear."""
    ctx = build_context(home, "en")
    ctx.paths.ensure()
    store = open_store(ctx.paths.database, _migration_sets())  # no key: how the old release opened it
    ctx._store = store  # noqa: SLF001 - stand in for the old composition root
    ensure_demo_hub(store)
    ctx._install_bundled_catalogue(store)  # noqa: SLF001
    ctx._cipher = _FirstRelease()  # noqa: SLF001 - the old release kept files in clear
    saved = _take_named(ctx, 2)
    doc = saved[0].documents[0].sha256
    store.close()
    ctx._store = None  # noqa: SLF001
    assert ctx.paths.database.read_bytes()[:16] == b"SQLite format 3\x00"
    return ctx.paths.database, [a.uuid for a in saved], doc


@pytest.mark.parametrize("cut", ["none", "after_export", "between_renames", "before_wipe"])
def test_plaintext_hub_is_encrypted_in_place_even_across_a_power_cut(kiosk_home: Path, cut: str) -> None:
    db, uuids, doc = _plaintext_hub(kiosk_home)
    plain_doc = (kiosk_home / "documents" / doc[:2] / doc).read_bytes()
    if cut != "none":
        # Reproduce the files a cut leaves at each step of encrypt_in_place (see kiosk/store/encrypted_file.py).
        from kiosk.security.atrest import create_keys
        from kiosk.store.db import connect, key_pragma

        keys = create_keys(db)
        partial, old = db.with_name(db.name + ".encrypting"), db.with_name(db.name + ".plaintext-old")
        conn = connect(db)
        conn.execute(f"ATTACH DATABASE ? AS enc KEY {key_pragma(keys.current)}", (str(partial),))
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute(f"PRAGMA enc.user_version = {conn.execute('PRAGMA user_version').fetchone()[0]}")
        conn.close()
        if cut == "between_renames":
            os.replace(db, old)
        elif cut == "before_wipe":
            shutil.copyfile(db, old)
            os.replace(partial, db)
    ctx = build_context(kiosk_home, "en")
    store = ctx.database()
    assert store.writable and store.key is not None
    assert {ctx.applications().get(u).uuid for u in uuids} == set(uuids)
    assert ctx.paths.database.read_bytes()[:16] != b"SQLite format 3\x00"
    assert not [p for p in kiosk_home.iterdir() if p.name.endswith((".encrypting", ".plaintext-old"))]
    on_disk = (kiosk_home / "documents" / doc[:2] / doc).read_bytes()
    assert on_disk.startswith(FILE_MAGIC) and plain_doc not in on_disk
    assert read_document(ctx.sealed().documents, doc) == plain_doc
    assert NAME_MR.encode() not in _raw_files(kiosk_home)
    take(ctx, 1)  # and it keeps working
    ctx.close()


def test_recovery_key_round_trip_and_typos() -> None:
    key = os.urandom(32)
    code = encode_recovery_key(key)
    assert len(code.split("-")) == 14 and decode_recovery_key(code.lower().replace("-", " ")) == key
    assert decode_recovery_key(code.replace("O", "0").replace("I", "1")) == key
    broken = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(RecoveryKeyInvalid):
        decode_recovery_key(broken)
    with pytest.raises(RecoveryKeyInvalid):
        decode_recovery_key(code[:-5])


def _read_sheet(pdf: Path) -> tuple[str, str]:
    """(the key from the QR code, the text of the page) of the rendered sheet."""
    page = pdfium.PdfDocument(pdf.read_bytes())[0]
    image = page.render(scale=200 / 72).to_pil()
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    assert len(found) == 1
    return found[0], page.get_textpage().get_text_range()


def test_dead_pc_recovered_on_a_new_one_with_the_printed_key(ctx: KioskContext, tmp_path: Path, capsys,
                                                             monkeypatch, hasher) -> None:
    old_home = ctx.paths.home
    pw = add_supervisor(old_home, capsys, monkeypatch, hasher)
    with spawn_simulator(simulator_args()) as sim:
        sent = take(ctx, 2)
        assert sync(ctx, sim.url) == 2
        unsent = _take_named(ctx, 3)  # still queued when the PC dies
        sheet = tmp_path / "sheet.pdf"
        code, out, err = run_cli(old_home, capsys, monkeypatch, "recovery-key", "--as", "boss", "--out", str(sheet),
                                 stdin=pw + "\n")
        assert code == 0, err
        qr_text, page_text = _read_sheet(sheet)
        printed = " ".join(line for line in page_text.splitlines() if line.count(" ") >= 6 and line.isupper())
        assert decode_recovery_key(qr_text) == decode_recovery_key(printed) == hub_key(ctx.paths.database)
        ctx.close()

        keyring.set_keyring(FileKeyring(tmp_path / "new-pc-keyring.json"))  # the dead PC's keyring is gone
        with pytest.raises(DataKeyUnavailable):
            build_context(old_home, "en").database()
        new_home = tmp_path / "new-pc"
        code, out, err = run_cli(new_home, capsys, monkeypatch, "recover", "--key", "WRONG-KEY", "--from",
                                 str(old_home))
        assert code != 0 and "recovery key" in (out + err).lower()
        code, out, err = run_cli(new_home, capsys, monkeypatch, "recover", "--key", printed, "--from", str(old_home))
        assert code == 0, err
        assert "audit new-chain" in err  # the old PC's audit key died with its keyring: the next step is said
        code, out, err = run_cli(new_home, capsys, monkeypatch, "audit", "new-chain", "--as", "boss", stdin=pw + "\n")
        assert code == 0, err
        new = build_context(new_home, "en")
        apps = new.applications()
        assert apps.count() == 5
        for a in sent + unsent:
            doc = apps.get(a.uuid).documents[0]
            assert len(read_document(new.sealed().documents, doc.sha256)) == doc.size_bytes
        assert sync(new, sim.url) == 3  # the unsent ones reach the portal from the new PC
        new.close()


def test_rotation_killed_half_way_loses_nothing_and_resumes(ctx: KioskContext) -> None:
    saved = take(ctx, 4)
    backup = backup_database(ctx.database(), ctx.paths.backups)
    before = load_keys(ctx.paths.database)
    assert before is not None
    steps = rotate_data_key(ctx.database(), ctx.sealed_folders())
    for step in steps:
        if step.stage == "files" and step.done == 2:
            break  # the process dies here: database re-keyed, half the files re-sealed
    ctx = _restart(ctx)
    mid = load_keys(ctx.paths.database)
    assert mid is not None and mid.current == before.current and mid.next is not None
    apps = ctx.applications()
    ids = {sealed_key_id(p.read_bytes()) for p in ctx.paths.documents.rglob("*") if p.is_file()}
    assert len(ids) == 2  # files under both keys, all readable
    for a in saved:
        doc = apps.get(a.uuid).documents[0]
        assert len(read_document(ctx.sealed().documents, doc.sha256)) == doc.size_bytes
    list(rotate_data_key(ctx.database(), ctx.sealed_folders()))  # run again: resumes
    ctx = _restart(ctx)
    after = load_keys(ctx.paths.database)
    assert after is not None and after.next is None and after.current == mid.next
    assert before.current in after.retired and ctx.database().key == after.current
    assert {sealed_key_id(p.read_bytes()) for p in ctx.paths.documents.rglob("*") if p.is_file()} == {
        key_id(after.current)}
    for a in saved:
        assert ctx.applications().get(a.uuid).uuid == a.uuid
    # A backup made under the old data key still restores (written under the new one).
    take(ctx, 1)
    ctx.restore_backup(backup.path)
    ctx = build_context(ctx.paths.home, "en")
    assert ctx.applications().count() == 4 and ctx.database().key == after.current
    ctx.close()


def test_keys_rotate_cli_rewraps_and_audits(ctx: KioskContext, capsys, monkeypatch, hasher, test_keyring) -> None:
    pw = add_supervisor(ctx.paths.home, capsys, monkeypatch, hasher)
    take(ctx, 2)
    first = load_keys(ctx.paths.database)
    assert first is not None
    ctx.close()
    code, out, err = run_cli(ctx.paths.home, capsys, monkeypatch, "keys", "rotate", "--as", "boss", "--data-key",
                             stdin=pw + "\n")
    assert code == 0, err
    assert "Keyring key rotated" in out and "Data key rotated" in out
    after = load_keys(ctx.paths.database)
    assert after is not None and after.kek_id != first.kek_id and after.current != first.current
    assert ("seva-kiosk/data-kek", first.kek_id) not in test_keyring.items  # the old KEK left the keyring
    ctx = build_context(ctx.paths.home, "en")
    actions = [r[0] for r in ctx.database().query("SELECT action FROM audit_log ORDER BY seq")]
    assert "keys.kek_rotated" in actions and "keys.data_key_rotated" in actions
    code, out, _ = run_cli(ctx.paths.home, capsys, monkeypatch, "audit", "verify")
    assert code == 0, out
    ctx.close()


def test_backup_restores_on_a_new_pc_with_the_recovery_key(ctx: KioskContext, tmp_path: Path, capsys,
                                                          monkeypatch) -> None:
    saved = take(ctx, 3)
    backup = backup_database(ctx.database(), ctx.paths.backups)
    assert backup.path.read_bytes()[:16] != b"SQLite format 3\x00"
    code_text = encode_recovery_key(hub_key(ctx.paths.database))
    ctx.close()
    keyring.set_keyring(FileKeyring(tmp_path / "new-pc-keyring.json"))
    new_home = tmp_path / "new-pc"
    code, _out, err = run_cli(new_home, capsys, monkeypatch, "recover", "--key", code_text, "--from", str(backup.path))
    assert code == 0, err
    new = build_context(new_home, "en")
    assert {new.applications().get(a.uuid).receipt_number for a in saved} == {a.receipt_number for a in saved}
    new.close()


def test_unknown_file_key_is_an_error_not_garbage(ctx: KioskContext) -> None:
    data = os.urandom(500)
    sha = store_document(ctx.sealed().documents, data)
    path = ctx.paths.documents / sha[:2] / sha
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 1
    path.write_bytes(bytes(blob))
    with pytest.raises(DataKeyUnavailable):
        read_document(ctx.sealed().documents, sha)


def test_the_form_draft_is_sealed_too(ctx: KioskContext) -> None:
    from kiosk.counter.draft import draft_path, load_draft, save_draft  # Qt-free

    drafts = ctx.sealed().drafts
    save_draft(drafts, {"values": {"surname_mr": NAME_MR, "surname_en": "Kshirsagar"}, "documents": []})
    raw = draft_path(ctx.paths.home).read_bytes()
    assert raw.startswith(FILE_MAGIC) and NAME_MR.encode() not in raw and b"Kshirsagar" not in raw
    assert (load_draft(drafts) or {})["values"]["surname_mr"] == NAME_MR


def test_two_processes_starting_a_new_hub_agree_on_one_data_key(kiosk_home: Path, test_keyring) -> None:
    from kiosk.security.atrest import KEK_SERVICE, create_keys

    db = kiosk_home / "kiosk.sqlite3"
    kiosk_home.mkdir(parents=True)
    first, second = create_keys(db), create_keys(db)  # the second finds the first's key file
    assert second.current == first.current and load_keys(db).current == first.current  # type: ignore[union-attr]
    assert [k for k in test_keyring.items if k[0] == KEK_SERVICE] == [(KEK_SERVICE, first.kek_id)]


def test_a_hub_of_the_first_release_is_encrypted_then_upgraded(kiosk_home: Path) -> None:
    released = Path(__file__).resolve().parents[1] / "data" / "store" / "kiosk-0001.sqlite3"
    kiosk_home.mkdir(parents=True)
    shutil.copy(released, kiosk_home / "kiosk.sqlite3")
    ctx = build_context(kiosk_home, "en")
    store = ctx.database()
    assert store.writable and store.key is not None
    assert ctx.paths.database.read_bytes()[:16] != b"SQLite format 3\x00"
    old = ctx.applications().list()
    assert len(old) == 1 and [r.uuid for r in search_applications(store, "क्षीरसागर")] == [old[0].uuid]
    ctx.close()
    assert NAME_MR.encode() not in _raw_files(kiosk_home)
