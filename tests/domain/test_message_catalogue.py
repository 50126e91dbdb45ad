"""The one message catalogue: every code speaks Marathi, Hindi and English, and none only pretends to.

Fails on a code missing a language, an empty entry, placeholders that differ between languages, and
untranslated-looking Hindi: equal to the English or the Marathi (unless listed below as words the two
languages really share), or holding a Marathi-only word.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from kiosk.domain.errors import problem
from kiosk.domain.messages import CATALOGUE, describe, details, render, say
from kiosk.domain.status import LABELS, Status
from kiosk.domain.texts import LANGUAGES, Text
from kiosk.domain.voiding import VOID_REASONS

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
DEVANAGARI = re.compile("[\u0900-\u097f]")
PLACEHOLDER = re.compile(r"\{(\w*)\}")

# Words Marathi and Hindi write alike (checked by a reader of both); any other Hindi equal to Marathi is a copy.
SAME_IN_MARATHI_AND_HINDI = {"aadhaar.aadhaar", "aadhaar.gender", "aadhaar.state", "aadhaar.pincode",
                             "receipt.aadhaar", "receipt.service", "receipt.fees", "receipt.operator",
                             "receipt.helpline", "receipt.centre", "cli_security.operator",
                             "cli_security.supervisor", "cli_documents.code",
                             "recovery_sheet.kendra",
                             # the same word in both languages: कार्ड (card), पुरुष (male)
                             "receipt.payment_card", "receipt.gender_M"}
# Hindi equal to English is never right today (codes and numbers sit inside sentences, not alone).
SAME_IN_ENGLISH_AND_HINDI: set[str] = set()
# Marathi words a Hindi sentence never uses: their presence means Marathi was pasted as Hindi.
MARATHI_ONLY = re.compile(r"(?<![\u0900-\u097f])(आहे|आहेत|नाही|करा|आणि|किंवा|येथे|झाले|केले|पुन्हा)(?![\u0900-\u097f])")


def test_every_code_has_all_three_languages_and_no_empty_entry() -> None:
    assert LANGUAGES == ("mr", "hi", "en") and Text._fields == ("en", "mr", "hi")
    assert len(CATALOGUE) > 150
    for code, text in CATALOGUE.items():
        assert re.fullmatch(r"[a-z_]+\.\w+", code), code
        assert isinstance(text, Text) and len(text) == 3, code
        for language in LANGUAGES:
            worded = getattr(text, language)
            assert isinstance(worded, str) and worded.strip(), (code, language, "empty")
            assert worded == worded.lstrip() and not worded.endswith("  "), (code, language, "stray spaces")


def test_each_language_is_really_that_language() -> None:
    for code, text in CATALOGUE.items():
        assert not DEVANAGARI.search(text.en), (code, "English in Devanagari")
        assert DEVANAGARI.search(text.mr), (code, "Marathi without Devanagari")
        assert DEVANAGARI.search(text.hi), (code, "Hindi without Devanagari")
        assert text.hi != text.en or code in SAME_IN_ENGLISH_AND_HINDI, (code, "Hindi is the English")
        assert text.hi != text.mr or code in SAME_IN_MARATHI_AND_HINDI, (code, "Hindi is the Marathi")
        assert not MARATHI_ONLY.search(text.hi), (code, "Marathi words in the Hindi", text.hi)
    for code in SAME_IN_MARATHI_AND_HINDI | SAME_IN_ENGLISH_AND_HINDI:
        assert code in CATALOGUE, f"{code} is whitelisted but no longer exists"


def test_placeholders_are_the_same_in_every_language() -> None:
    for code, text in CATALOGUE.items():
        en, mr, hi = (sorted(PLACEHOLDER.findall(t)) for t in text)
        assert en == mr == hi, (code, en, mr, hi)
        assert "" not in en, (code, "a bare {} cannot be filled by name")


def test_codes_named_in_the_source_exist() -> None:
    called = re.compile(r"\b(?:say|render|details)\(\s*[\"']([a-z_]+\.\w+)[\"']")
    named = {(py, code) for py in KIOSK.rglob("*.py") for code in called.findall(py.read_text("utf-8"))}
    assert named, "the scan found no call: the pattern is out of date"
    missing = sorted(f"{py.relative_to(KIOSK.parent)}: {code}" for py, code in named if code not in CATALOGUE)
    assert not missing, missing


def test_every_status_and_void_reason_is_worded() -> None:
    for status in Status:
        assert LABELS[status] is CATALOGUE[f"status.{status.value}"]
        assert LABELS[status].text("hi") == CATALOGUE[f"status.{status.value}"].hi
    for code, text in VOID_REASONS.items():
        assert CATALOGUE[f"void_reason.{code}"] is text


def test_one_way_to_pick_a_language() -> None:
    assert say("status.approved", "mr") == "मंजूर"
    assert say("status.approved", "hi") == "स्वीकृत"
    assert say("status.approved", "en") == say("status.approved", "fr") == "Approved"  # unknown: English
    assert render("problem.too_young", min_age=18) == Text(
        "This service needs the applicant to be at least 18 years old.",
        "या सेवेसाठी अर्जदाराचे वय किमान 18 वर्षे असावे.",
        "इस सेवा के लिए आवेदक की आयु कम से कम 18 वर्ष होनी चाहिए।")
    label = Text("Income", "उत्पन्न", "आय")  # a bilingual value is put in the sentence's language
    assert say("problem.field_required", "hi", label=label) == "आय आवश्यक है।"
    assert problem("fields.income", "required", "field_required", label=label).message("mr") == "उत्पन्न आवश्यक आहे."
    assert details("document.empty")["detail_hi"] == "फ़ाइल खाली है (0 बाइट)"


def test_password_and_form_problems_reach_a_hindi_screen_in_hindi() -> None:
    from kiosk.security.errors import PasswordRejected
    from kiosk.security.passwords import password_problems

    weak = PasswordRejected(password_problems("asha", "asha"))
    assert describe(weak, "hi").startswith("नया पासवर्ड स्वीकार नहीं हुआ: कम से कम")
    assert "पासवर्ड में उपयोगकर्ता नाम नहीं होना चाहिए।" in describe(weak, "hi")
    assert "वापरकर्त्याचे नाव नसावे" in describe(weak, "mr") and "user name" in describe(weak, "en")


# Where Devanagari text may still sit outside the catalogue: sample data (the demo hub, the reference portal's
# own side), the window (its labels are Qt translations; language names, self-test and screenshot samples).
NOT_MESSAGES = ("demo.py", "portal/simulator/", "ui/", "domain/texts/",
                # names and their usual spellings, not sentences: the transliteration's custom words
                "counter/name_spelling.py", "counter/transliteration.py")


def _phrases(py: Path) -> list[tuple[int, str]]:
    """Devanagari string literals that read as words (docstrings and single characters or digits left out)."""
    tree = ast.parse(py.read_text("utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and len(DEVANAGARI.findall(node.value)) > 1 and node.value.strip("०१२३४५६७८९")]


def test_no_sentence_for_a_person_lives_outside_the_catalogue() -> None:
    stray = [f"{py.relative_to(KIOSK.parent)}:{line}: {text[:40]}" for py in sorted(KIOSK.rglob("*.py"))
             if not str(py.relative_to(KIOSK)).startswith(NOT_MESSAGES) for line, text in _phrases(py)]
    assert not stray, f"put these in kiosk/domain/texts and read them with say(): {stray}"


def test_the_window_turns_errors_into_sentences_in_one_place() -> None:
    callers = sorted(str(py.relative_to(KIOSK.parent)) for py in (KIOSK / "ui").rglob("*.py")
                     if re.search(r"\bdescribe\(", py.read_text("utf-8")))
    assert callers == ["kiosk/ui/errors.py"], callers
