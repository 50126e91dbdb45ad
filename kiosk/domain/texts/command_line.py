"""The command line's own refusals: input it cannot take, and the one line it prints for an error that is a
bug, never a traceback (``kiosk.cli``). The technical details of such a bug go to the log, without any
value from the input, so no citizen's data lands there."""

from __future__ import annotations

from kiosk.domain.texts import Text

ERRORS: dict[str, Text] = {
    "form_too_deep": Text(
        "Cannot read {file}: its JSON is nested deeper than any application form ({limit} levels at most). "
        "Nothing was stored.",
        "{file} वाचता येत नाही: त्यातील JSON कोणत्याही अर्जापेक्षा खूप खोल आहे (जास्तीत जास्त {limit} स्तर). "
        "काहीही जतन केले नाही.",
        "{file} पढ़ी नहीं जा सकती: इसका JSON किसी भी आवेदन से कहीं अधिक गहरा है (अधिकतम {limit} स्तर)। "
        "कुछ भी सहेजा नहीं गया।"),
    "form_shape": Text(
        "Cannot read {file}: {detail}. Nothing was stored.",
        "{file} वाचता येत नाही: {detail}. काहीही जतन केले नाही.",
        "{file} पढ़ी नहीं जा सकती: {detail}। कुछ भी सहेजा नहीं गया।"),
    "bundle_is_folder": Text(
        "{path} is a folder; give the bundle file itself. Bundles in it: {found}",
        "{path} हे फोल्डर आहे; बंडलची फाईलच द्या. त्यातील बंडल: {found}",
        "{path} एक फ़ोल्डर है; बंडल की फ़ाइल ही दें। इसमें बंडल: {found}"),
    "cli_unexpected": Text(
        "Something unexpected went wrong ({kind}); the command stopped there. Technical details: {log} — "
        "tell the supervisor if it happens again.",
        "अनपेक्षित अडचण आली ({kind}); आदेश तिथेच थांबला. तांत्रिक तपशील: {log} — पुन्हा झाल्यास "
        "पर्यवेक्षकांना सांगा.",
        "अनपेक्षित समस्या आई ({kind}); आदेश वहीं रुक गया। तकनीकी विवरण: {log} — दोबारा हो तो "
        "पर्यवेक्षक को बताएँ।"),
}

LINES: dict[str, Text] = {
    "none_found": Text("(none)", "(एकही नाही)", "(कोई नहीं)"),
}
