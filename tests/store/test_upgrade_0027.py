"""Step 0027 (issue 15): a fee line names its label by id in ``fee_labels`` instead of spelling both labels
out in every application (about 290 bytes of each row). The labels are kept as printed; an application
saved before the step keeps its spelled-out labels and reads back the same; a missing label (a damaged
file) is an error, never a blank line on a reprinted receipt."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.domain.catalogue_model import FeeLine, Label
from kiosk.domain.errors import DatabaseCorrupt
from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store, open_store
from kiosk.store.hub import save_hub
from kiosk.store.migrations import STORE_MIGRATIONS

from .conftest import HUB
from .saved_before import copy_saves

STEP = "0027_fee_labels"


def _fees_column(store: Store, uuid: str) -> list[dict]:
    return list(json.loads(store.query_tuples("SELECT fees FROM applications WHERE uuid = ?", (uuid,))[0][0]))


def _saved_before_the_step(path: Path, source: Store, catalogue: dict) -> Store:
    """``source``'s applications as a release before the step saved them (labels spelled out), opened:
    upgraded to the head."""
    old = Database(path)
    STORE_MIGRATIONS.apply(old, stop_before=STEP)
    copy_saves(old, source)
    old.close()
    upgraded = open_store(path)
    save_hub(upgraded, HUB)
    Catalogues(upgraded).install(catalogue)
    return upgraded


def test_a_save_names_each_label_once_and_reads_back_the_same(store: Store, apps: Applications, make_app) -> None:
    first, second = apps.save_new(make_app()), apps.save_new(make_app())
    assert first.fees and all(f.label.en and f.label.mr for f in first.fees)
    for app in (first, second):
        lines = _fees_column(store, app.uuid)
        assert [set(line) for line in lines] == [{"kind", "label_id", "paise"}] * len(app.fees)
        assert [(line["kind"], line["paise"]) for line in lines] == [(f.kind, f.paise) for f in app.fees]
        assert apps.get(app.uuid) == app  # labels, kinds and amounts as saved
    distinct = {(f.label.en, f.label.mr) for f in (*first.fees, *second.fees)}
    assert store.query_tuples("SELECT count(*) FROM fee_labels", ()) == [(len(distinct),)]
    assert _fees_column(store, first.uuid) == _fees_column(store, second.uuid)  # the same ids, not new rows


def test_a_typed_label_in_devanagari_is_kept_exactly(store: Store, apps: Applications, make_app) -> None:
    app = make_app()
    typed = FeeLine("entered", Label("Court fee stamp", "न्यायालयीन शुल्क मुद्रांक (₹१०)"), 1000)
    saved = apps.save_new(replace(app, fees=(*app.fees, typed)))
    assert apps.get(saved.uuid).fees[-1] == typed


def test_labels_are_kept_as_printed(store: Store, apps: Applications, make_app) -> None:
    apps.save_new(make_app())
    with pytest.raises(Exception, match="kept as printed"), store.write() as conn:
        conn.execute("UPDATE fee_labels SET en = 'changed'")


def test_a_rolled_back_save_takes_its_new_label_back(store: Store, apps: Applications, make_app) -> None:
    app = make_app()
    novel = FeeLine("entered", Label("Only in this save", "फक्त या अर्जात"), 500)
    with pytest.raises(RuntimeError), store.write() as conn:
        apps.save_in(conn, replace(app, fees=(*app.fees, novel)))
        raise RuntimeError("power cut before the commit")
    assert store.query_tuples("SELECT count(*) FROM fee_labels WHERE en = 'Only in this save'", ()) == [(0,)]
    assert apps.get(apps.save_new(make_app()).uuid).fees  # the next save is unaffected


def test_an_application_saved_before_the_step_reads_back_the_same(
        tmp_path: Path, store: Store, apps: Applications, make_app, catalogue_document: dict) -> None:
    saved = apps.save_new(make_app())
    upgraded = _saved_before_the_step(tmp_path / "old.sqlite3", store, catalogue_document)
    try:
        assert [set(line) for line in _fees_column(upgraded, saved.uuid)] == [{"kind", "label", "paise"}] * len(
            saved.fees)  # not rewritten at upgrade
        assert Applications(upgraded).get(saved.uuid) == saved
        later = Applications(upgraded).save_new(make_app())
        assert Applications(upgraded).get(later.uuid) == later
    finally:
        upgraded.close()


def test_a_missing_label_is_a_damaged_file_not_a_blank_line(store: Store, apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app())
    with store.write() as conn:  # what a smashed page could leave: a line naming a label that is not there
        lines = _fees_column(store, saved.uuid)
        lines[0]["label_id"] = 9999
        conn.execute("UPDATE applications SET fees = ? WHERE uuid = ?", (json.dumps(lines), saved.uuid))
    with pytest.raises(DatabaseCorrupt, match="fee label 9999"):
        apps.get(saved.uuid)


def test_day_close_rewrites_old_rows_a_share_at_a_time_and_they_read_back_the_same(
        tmp_path: Path, store: Store, apps: Applications, make_app, catalogue_document: dict) -> None:
    """A hub's archive from before the step would keep its bigger rows: day close rewrites a day's share of
    them (oldest first), remembers where it stopped, and once it has passed the newest application costs a
    setting read. Rows saved after the step are left as they are."""
    from kiosk.store.hub import get_setting
    from kiosk.store.upkeep import RELABELLED, relabel_old_fees, tidy_after_day_close

    saved = [apps.save_new(make_app()) for _ in range(5)]
    upgraded = _saved_before_the_step(tmp_path / "old.sqlite3", store, catalogue_document)
    try:
        later = Applications(upgraded).save_new(make_app())
        before = _fees_column(upgraded, later.uuid)

        def spelled_out() -> int:
            return sum(1 for a in saved if "label" in _fees_column(upgraded, a.uuid)[0])

        assert spelled_out() == 5
        assert relabel_old_fees(upgraded, limit=2, chunk=1) == 2  # two evenings' worth, one row per transaction
        assert spelled_out() == 3 and get_setting(upgraded, RELABELLED) != "done"
        assert relabel_old_fees(upgraded, limit=2) == 2
        tidy_after_day_close(upgraded)  # the last old row, then it sees nothing above the newest
        assert spelled_out() == 0
        assert relabel_old_fees(upgraded) == 0 and get_setting(upgraded, RELABELLED) == "done"
        assert _fees_column(upgraded, later.uuid) == before
        for app in (*saved, later):
            assert Applications(upgraded).get(app.uuid) == app  # labels, kinds and amounts as saved
        distinct = {(f.label.en, f.label.mr) for a in saved for f in a.fees}
        assert upgraded.query_tuples("SELECT count(*) FROM fee_labels", ()) == [(len(distinct),)]
    finally:
        upgraded.close()
