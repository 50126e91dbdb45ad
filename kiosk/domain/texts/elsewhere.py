"""What the receipt look-up says about a receipt another hub took (issue 17): the portal's public status,
and why it cannot answer offline. Marathi, Hindi and English."""

from __future__ import annotations

from kiosk.domain.texts import Text

LOOKUP: dict[str, Text] = {
    "other_hub": Text(
        "Taken at hub {hub}: as the portal knows it now.",
        "{hub} केंद्रावर घेतलेला अर्ज: पोर्टलवरील सध्याची माहिती.",
        "{hub} केंद्र पर लिया गया आवेदन: पोर्टल पर अभी की जानकारी।"),
    "next_other_hub": Text(
        "Documents, appeals and the certificate are handled at hub {hub}, where it was taken.",
        "कागदपत्रे, अपील व प्रमाणपत्र हे काम जिथे अर्ज घेतला त्या {hub} केंद्रावर होईल.",
        "दस्तावेज़, अपील और प्रमाणपत्र का काम उसी {hub} केंद्र पर होगा जहाँ आवेदन लिया गया।"),
}

ERRORS: dict[str, Text] = {
    "receipt_elsewhere_offline": Text(
        "Receipt {receipt} is not from this hub, and only the portal knows it; the portal cannot be reached now. "
        "Ask again when the network is back.",
        "पावती {receipt} या केंद्राची नाही; तिची माहिती फक्त पोर्टलकडे आहे, आणि आत्ता पोर्टलशी संपर्क होत नाही. "
        "नेटवर्क आल्यावर पुन्हा पहा.",
        "रसीद {receipt} इस केंद्र की नहीं है; इसकी जानकारी सिर्फ़ पोर्टल के पास है, और अभी पोर्टल से संपर्क नहीं हो "
        "पा रहा। नेटवर्क आने पर फिर देखें।"),
}
