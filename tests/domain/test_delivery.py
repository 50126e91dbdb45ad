"""The delivery channels' rules (issue 17) and the look-up's next step, without I/O."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.domain.delivery import (
    DeliveryAttempt,
    acknowledgement_for,
    failed_channels,
    masked_contact,
    read_channels,
)
from kiosk.domain.errors import ProblemList
from kiosk.domain.lookup import next_step
from kiosk.domain.status import Status

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def read(form: dict, mobile: str = "9822012345", email: str = "a@b.in", opt_in: bool = False):
    problems = ProblemList()
    return read_channels(form, mobile, email, opt_in, NOW, problems), {(p.field, p.code) for p in problems.items}


def test_each_channel_has_its_contact_and_consent() -> None:
    chosen, problems = read({"channels": [
        {"channel": "whatsapp", "contact": "+91 98220 99999", "consent": True},
        {"channel": "email", "consent": True}, {"channel": "print_at_hub"},
        {"channel": "whatsapp", "contact": "9000000000", "consent": True}]})  # a repeat is ignored
    assert problems == set()
    assert [(c.channel, c.contact, c.consent_at) for c in chosen] == [
        ("whatsapp", "9822099999", NOW), ("email", "a@b.in", NOW), ("print_at_hub", "", None)]


def test_what_a_channel_lacks_is_a_problem_each() -> None:
    _, problems = read({"channels": [{"channel": "whatsapp", "contact": "12345", "consent": False},
                                     {"channel": "email", "contact": "nope", "consent": True},
                                     {"channel": "portal_download"}, {"channel": "pigeon"}]})
    assert problems == {("channels.whatsapp", "invalid"), ("channels.whatsapp", "needs_consent"),
                        ("channels.email", "invalid"), ("channels.portal_download", "needs_consent"),
                        ("channels", "bad_choice")}
    _, problems = read({"channels": [{"channel": "email", "consent": True}]}, email="")
    assert problems == {("channels.email", "required")}


def test_an_older_form_is_one_channel() -> None:
    chosen, problems = read({"delivery": "whatsapp"}, opt_in=True)
    assert problems == set() and [(c.channel, c.contact) for c in chosen] == [("whatsapp", "9822012345")]


def test_the_acknowledgement_goes_where_the_citizen_can_read_it() -> None:
    whatsapp, _ = read({"channels": [{"channel": "whatsapp", "contact": "9822099999", "consent": True}]})
    assert acknowledgement_for({}, whatsapp, "9822012345", "mr").to_dict() == \
        {"channel": "whatsapp", "to": "9822099999", "language": "mr"}
    assert acknowledgement_for({"acknowledgement": "sms"}, whatsapp, "9822012345", "hi").to == "9822012345"
    assert acknowledgement_for({"acknowledgement": "none"}, whatsapp, "9822012345", "mr") is None
    assert acknowledgement_for({}, (), "", "mr") is None  # no mobile: nothing to send to


def test_failed_is_the_latest_attempt_per_channel() -> None:
    attempts = [DeliveryAttempt("whatsapp", "not_on_whatsapp", "1"), DeliveryAttempt("email", "mailbox_full", "2"),
                DeliveryAttempt("email", "delivered", "3"), DeliveryAttempt("sms", "failed", "0", "acknowledgement")]
    assert failed_channels(attempts) == ("whatsapp",)
    assert masked_contact("email", "sunita@example.org") == "s…@example.org"
    assert masked_contact("whatsapp", "9822012345") == "…2345"


def test_next_step() -> None:
    today = date(2026, 12, 3)
    assert next_step(Status.QUEUED, date(2026, 12, 10), today, (), ()) == "next_queued"
    assert next_step(Status.SUBMITTED, date(2026, 12, 10), today, ("id_proof",), ()) == "next_documents"
    assert next_step(Status.UNDER_SCRUTINY, date(2026, 12, 1), today, (), ()) == "next_overdue"
    assert next_step(Status.UNDER_SCRUTINY, date(2026, 12, 10), today, (), ()) == "next_wait"
    assert next_step(Status.APPROVED, None, today, (), ("whatsapp",)) == "next_resend"
    assert next_step(Status.APPROVED, None, today, (), ()) == "next_collect"
    assert next_step(Status.REJECTED, None, today, (), ()) == "next_appeal"
    assert next_step(Status.DELIVERED, None, today, (), ()) == "next_done"
