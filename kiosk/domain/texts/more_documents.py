"""What the counter says about the portal's requests for more documents (issue 17)."""

from __future__ import annotations

from kiosk.domain.texts import Text

ERRORS: dict[str, Text] = {
    "no_documents_asked": Text(
        "The portal has not asked for more documents on {what}.",
        "{what} साठी पोर्टलने अधिक कागदपत्रे मागितलेली नाहीत.",
        "{what} के लिए पोर्टल ने और दस्तावेज़ नहीं माँगे हैं।"),
}

CLI: dict[str, Text] = {
    "none": Text("No application is waiting for documents.", "कागदपत्रांसाठी कोणताही अर्ज थांबलेला नाही.",
                 "दस्तावेज़ों के लिए कोई आवेदन रुका हुआ नहीं है।"),
    "reply_by": Text("reply by {date}", "{date} पर्यंत द्यावी", "{date} तक देने हैं"),
    "no_date": Text("no reply-by date given", "अंतिम तारीख दिलेली नाही", "अंतिम तारीख नहीं दी गई"),
    "answered": Text(
        "Documents added to {receipt}; they go with the next sync. New due date: {due}.",
        "{receipt} मध्ये कागदपत्रे जोडली; पुढील सिंकसोबत पाठवली जातील. नवी मुदत: {due}.",
        "{receipt} में दस्तावेज़ जोड़े गए; अगले सिंक के साथ भेजे जाएँगे। नई समय-सीमा: {due}।"),
    "history": Text(
        "documents sent in reply to the portal's request",
        "पोर्टलच्या मागणीनुसार कागदपत्रे पाठवली",
        "पोर्टल की माँग पर दस्तावेज़ भेजे गए"),
}

# Printed on the updated receipt (``receipt.*``): the documents the portal asked for, added on a day from which
# the time limit counts again (Rule 6: the clock runs from a complete application); and how the citizen's
# acknowledgement message went (issue 17).
RECEIPT: dict[str, Text] = {
    "documents_added_row": Text("Documents asked for", "मागितलेली कागदपत्रे", "माँगे गए दस्तावेज़"),
    "documents_added": Text(
        "Added on {date}; the time limit counts from that day",
        "{date} रोजी जोडली; कालमर्यादा त्या दिवसापासून मोजली जाते",
        "{date} को जोड़े गए; समय-सीमा उसी दिन से गिनी जाती है"),
    "ack_row": Text("Message to the citizen", "नागरिकाला संदेश", "नागरिक को संदेश"),
    "ack_line": Text("{channel} to {to} — {outcome}", "{channel} {to} वर — {outcome}", "{channel} {to} पर — {outcome}"),
    "ack_with_portal": Text("handed to the portal to send", "पोर्टलकडे पाठवण्यासाठी दिला",
                            "पोर्टल को भेजने के लिए दिया गया"),
}
