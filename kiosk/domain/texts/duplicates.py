"""What the counter says about a likely duplicate application and the verifier's call list (issue 18)."""

from __future__ import annotations

from kiosk.domain.texts import Text

ERRORS: dict[str, Text] = {
    "likely_duplicate": Text(
        "This person already has an unfinished application for this service: {receipt} ({status}).",
        "या व्यक्तीचा या सेवेसाठी एक अर्ज आधीच प्रलंबित आहे: {receipt} ({status}).",
        "इस व्यक्ति का इस सेवा के लिए एक आवेदन पहले से लंबित है: {receipt} ({status})।"),
    "duplicate_reason_missing": Text(
        "Write why this second application is needed.",
        "हा दुसरा अर्ज का आवश्यक आहे ते लिहा.",
        "लिखिए कि यह दूसरा आवेदन क्यों ज़रूरी है।"),
}

CLI: dict[str, Text] = {
    "refused": Text(
        "likely duplicate: {receipt} ({status}) is this person's unfinished application for this service; "
        "nothing saved (give --duplicate-reason TEXT to save anyway)",
        "संभाव्य दुबार अर्ज: {receipt} ({status}) हा या व्यक्तीचा या सेवेसाठी प्रलंबित अर्ज आहे; काहीही जतन केले नाही "
        "(तरीही जतन करायचा असल्यास --duplicate-reason TEXT द्या)",
        "संभावित दोहरा आवेदन: {receipt} ({status}) इस व्यक्ति का इस सेवा के लिए लंबित आवेदन है; कुछ भी सहेजा नहीं गया "
        "(फिर भी सहेजना हो तो --duplicate-reason TEXT दें)"),
    "continued": Text(
        "saved despite {receipt}: {reason}",
        "{receipt} असूनही जतन केला: {reason}",
        "{receipt} के बावजूद सहेजा गया: {reason}"),
}
