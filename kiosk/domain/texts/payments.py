"""Paying the fee: what the counter, the receipt, the day close and the CLI say about cash, UPI and a fee
not yet paid ("payment pending" is never worded as a payment received).

A refusal is raised with ``why=`` (``kiosk.domain.payment.PaymentRefused``) and read from REFUSALS, so the
operator gets the whole sentence in one language.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

ERRORS: dict[str, Text] = {
    "payment_refused": Text("The payment cannot be recorded: {detail}.",
                            "शुल्क भरणा नोंदवता येत नाही: {detail}.",
                            "शुल्क भुगतान दर्ज नहीं किया जा सकता: {detail}।"),
}

REFUSALS: dict[str, Text] = {
    "bad_payee": Text("the hub's UPI payee address is not set or not valid (Settings)",
                      "केंद्राचा यूपीआय पत्ता (payee address) नोंदलेला नाही किंवा चुकीचा आहे (सेटिंग्ज)",
                      "केंद्र का यूपीआई भुगतान पता दर्ज नहीं है या गलत है (सेटिंग्स)"),
    "nothing_to_pay": Text("this application has no fee to pay",
                           "या अर्जासाठी भरायचे शुल्क नाही",
                           "इस आवेदन के लिए कोई शुल्क देय नहीं है"),
    "already_paid": Text("its fee is already paid ({method})",
                         "त्याचे शुल्क आधीच भरलेले आहे ({method})",
                         "इसका शुल्क पहले ही भरा जा चुका है ({method})"),
    "bad_utr": Text("the UPI reference must be the 12-digit UTR from the citizen's UPI app",
                    "यूपीआय संदर्भ क्रमांक नागरिकाच्या यूपीआय ॲपमधील 12 अंकी UTR असावा",
                    "यूपीआई संदर्भ संख्या नागरिक के यूपीआई ऐप में दिखने वाला 12 अंकों का UTR होना चाहिए"),
    "utr_used": Text("this UPI reference is already recorded for receipt {receipt}",
                     "हा यूपीआय संदर्भ क्रमांक पावती {receipt} साठी आधीच नोंदलेला आहे",
                     "यह यूपीआई संदर्भ संख्या रसीद {receipt} के लिए पहले ही दर्ज है"),
    "bad_method": Text("take it in cash or by UPI",
                       "रोख किंवा यूपीआयने घ्या",
                       "नकद या यूपीआई से लें"),
    "voided": Text("the application is voided", "अर्ज रद्द केलेला आहे", "आवेदन रद्द किया गया है"),
}

PROBLEMS: dict[str, Text] = {
    "payment_method_unknown": Text("Choose how the fee is paid: cash, UPI or later.",
                                   "शुल्क कसे भरले ते निवडा: रोख, यूपीआय किंवा नंतर.",
                                   "शुल्क कैसे भरा गया चुनें: नकद, यूपीआई या बाद में।"),
    "upi_ref_invalid": Text("Type the 12-digit UPI reference (UTR) from the citizen's phone.",
                            "नागरिकाच्या फोनवरील 12 अंकी यूपीआय संदर्भ क्रमांक (UTR) लिहा.",
                            "नागरिक के फोन पर दिखा 12 अंकों का यूपीआई संदर्भ (UTR) लिखें।"),
}

# Receipt and day-close wording (``payment.*``); paper prints Marathi / English.
TEXTS: dict[str, Text] = {
    "pending": Text("PAYMENT PENDING — fee not received", "शुल्क भरणे बाकी — शुल्क मिळालेले नाही",
                    "भुगतान बाकी — शुल्क प्राप्त नहीं हुआ"),
    "fee_status": Text("Fee", "शुल्क स्थिती", "शुल्क स्थिति"),
    "upi_with_ref": Text("UPI, reference {ref}", "यूपीआय, संदर्भ {ref}", "यूपीआई, संदर्भ {ref}"),
    "paid_later": Text("{method} on {day}", "{method}, {day} रोजी", "{method}, {day} को"),
    "cash_expected": Text("Cash expected in drawers", "गल्ल्यात अपेक्षित रोकड", "गल्लों में अपेक्षित नकद"),
    "upi_received": Text("Received by UPI", "यूपीआयने मिळाले", "यूपीआई से प्राप्त"),
    "pending_total": Text("Payment pending (not received)", "शुल्क बाकी (मिळाले नाही)",
                          "भुगतान बाकी (प्राप्त नहीं)"),
    "by_upi": Text("UPI payments (check against the bank statement)",
                   "यूपीआय भरणा (बँक विवरणाशी जुळवा)", "यूपीआई भुगतान (बैंक विवरण से मिलाएँ)"),
    "late_payments": Text("Pending fees taken today", "आज घेतलेले बाकी शुल्क", "आज लिया गया बाकी शुल्क"),
    "cash": Text("Cash", "रोख", "नकद"),
    "upi": Text("UPI", "यूपीआय", "यूपीआई"),
    "taken_line": Text("Fee taken for {receipt}: {amount} by {method}. Updated receipt: {path}",
                       "{receipt} चे शुल्क घेतले: {amount}, {method}. नवी पावती: {path}",
                       "{receipt} का शुल्क लिया: {amount}, {method}। नई रसीद: {path}"),
    "pending_line": Text("{receipt}  {amount} due  {name}  ({why})", "{receipt}  {amount} बाकी  {name}  ({why})",
                         "{receipt}  {amount} देय  {name}  ({why})"),
    "why_counter": Text("not paid at the counter", "केंद्रावर भरले नाही", "केंद्र पर नहीं भरा"),
    "why_portal": Text("portal says payment pending", "पोर्टलनुसार शुल्क बाकी", "पोर्टल के अनुसार भुगतान बाकी"),
    "none_pending": Text("No fee is waiting to be paid.", "कोणतेही शुल्क भरणे बाकी नाही.",
                         "कोई शुल्क भुगतान बाकी नहीं है।"),
    "day_split_line": Text("cash {cash} · UPI {upi} · pending {pending}",
                           "रोख {cash} · यूपीआय {upi} · बाकी {pending}",
                           "नकद {cash} · यूपीआई {upi} · बाकी {pending}"),
}

# The receipt's "expected by" while the fee is owed (RTS Rule 6: the clock waits for a complete application).
RECEIPT: dict[str, Text] = {
    "clock_waits_fee": Text(
        "The time limit starts when the fee is paid.",
        "शुल्क भरल्यापासून कालमर्यादा सुरू होईल.",
        "शुल्क भुगतान होने पर समय-सीमा शुरू होगी।"),
}

# The receipt look-up's next step while the fee is owed.
LOOKUP: dict[str, Text] = {
    "next_pay": Text(
        "Pay the fee at the hub (cash or UPI): the time limit starts when it is paid.",
        "केंद्रावर शुल्क भरा (रोख किंवा यूपीआय): शुल्क भरल्यापासून कालमर्यादा सुरू होईल.",
        "केंद्र पर शुल्क भरें (नकद या यूपीआई): भुगतान होने पर समय-सीमा शुरू होगी।"),
}
