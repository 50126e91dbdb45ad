"""What the picker is given: the active catalogue, its index (built once per catalogue version) and this
hub's usage of the last months, read from the real store."""

from __future__ import annotations

from kiosk.counter.service_choice import index_of, prepare_choice
from tests.counter.conftest import saved


def test_the_hubs_most_used_service_comes_first(desk) -> None:
    empty = prepare_choice(desk.intake)
    assert empty.index.most_used() == []
    assert empty.catalogue is desk.intake.catalogue()  # the catalogue the form's checks use
    saved(desk)
    saved(desk, applicant__mobile="9822099999")
    choice = prepare_choice(desk.intake)
    assert [s.code for s in choice.index.most_used()] == ["income-certificate"]
    assert choice.index.usage == {"income-certificate": 2}
    assert choice.index.search("").services[0].code == "income-certificate"
    # the vocabulary is the catalogue version's, shared; only the usage differs
    assert index_of(choice.catalogue) is index_of(choice.catalogue)
    assert choice.index._words is empty.index._words


def test_applications_older_than_the_period_do_not_count(desk) -> None:
    saved(desk)
    assert prepare_choice(desk.intake, days=-1).index.usage == {}
