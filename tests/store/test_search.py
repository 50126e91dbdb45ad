"""Substring search in both scripts over names, receipt number, mobile and portal number."""

from __future__ import annotations

from kiosk.domain.status import Status
from kiosk.store.applications import Applications
from kiosk.store.search import search_applications
from tests.forms import income_form


def seed(apps: Applications, make_app) -> dict[str, str]:
    people = {
        "sunita": income_form(),
        "rahul": income_form(applicant__name_en={"first": "Rahul", "surname": "Deshmukh"},
                             applicant__name_mr={"first": "राहुल", "surname": "देशमुख"}, applicant__mobile="7020345678"),
        "jnyan": income_form(applicant__name_en={"first": "Dnyaneshwar", "surname": "Kale"},
                             applicant__name_mr={"first": "ज्ञानेश्वर", "surname": "काळे"}, applicant__mobile="6350011122"),
    }
    return {k: apps.save_new(make_app(f)).uuid for k, f in people.items()}


def hits(store, q: str) -> set[str]:
    return {r.uuid for r in search_applications(store, q)}


def test_marathi_and_english_substrings(store, apps: Applications, make_app) -> None:
    ids = seed(apps, make_app)
    assert hits(store, "क्षीरसा") == {ids["sunita"]}
    assert hits(store, "ानेश्व") == {ids["jnyan"]}  # mid-word, starting on a vowel sign
    assert hits(store, "shmuk") == {ids["rahul"]}
    assert hits(store, "SUNITA") == {ids["sunita"]}
    assert hits(store, "सुनीता क्षीर") == {ids["sunita"]}  # every term must match
    assert hits(store, "सुनीता देशमुख") == set()


def test_receipt_mobile_portal_and_devanagari_digits(store, apps: Applications, make_app) -> None:
    ids = seed(apps, make_app)
    receipt = apps.get(ids["rahul"]).receipt_number
    assert hits(store, receipt) == {ids["rahul"]}
    assert hits(store, receipt.lower()) == {ids["rahul"]}
    assert hits(store, "0345") == {ids["rahul"]}
    assert hits(store, "७०२०३४") == {ids["rahul"]}
    apps.set_status(ids["jnyan"], Status.SUBMITTED, portal_number="AS2026110099")
    assert hits(store, "110099") == {ids["jnyan"]}


def test_short_terms_and_hostile_queries(store, apps: Applications, make_app) -> None:
    ids = seed(apps, make_app)
    assert ids["jnyan"] in hits(store, "का")  # two characters: LIKE fallback
    for q in ['"', "' OR 1=1 --", "NEAR(a b)", "*", "a AND", "%", "_", "\\", "क्षी\"रसा", "   "]:
        assert hits(store, q) == set(), q
    assert hits(store, "") == set()


def test_filters_are_applied_inside_the_search_so_old_matches_are_not_cut_off(store, apps: Applications,
                                                                              make_app) -> None:
    from datetime import timedelta

    from kiosk.store.applications import ListFilter
    from tests.store.conftest import NOW

    old = apps.save_new(make_app(now=NOW - timedelta(days=30)))
    apps.set_status(old.uuid, Status.SUBMITTED, portal_number="MHSIM-OLD")
    for i in range(60):  # many newer applications for the same citizen, all still saved
        apps.save_new(make_app(now=NOW + timedelta(minutes=i)))
    narrow = ListFilter(status=str(Status.SUBMITTED))
    found = search_applications(store, "Kshirsagar", limit=10, narrow=narrow)
    assert [s.uuid for s in found] == [old.uuid]
    old_day = apps.get(old.uuid).created_at.date()
    in_range = search_applications(store, "सुनीता", limit=100, narrow=ListFilter(day_from=old_day, day_to=old_day))
    assert [s.uuid for s in in_range] == [old.uuid]
    assert len(apps.list(day_from=old_day + timedelta(days=1), limit=1000)) == 60
    assert [s.uuid for s in apps.list(day_to=old_day)] == [old.uuid]
    assert search_applications(store, "Kshirsagar", narrow=ListFilter(service_code="no-such")) == []
