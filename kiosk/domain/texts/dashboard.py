"""The uniform dashboard (issue 18) as the command line prints it: the state's figures for every office,
per service and per village, for a period (the window's own labels are Qt translations)."""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "heading": Text("Dashboard {first} to {last} — applications received in the period, as they stand on {today}",
                    "डॅशबोर्ड {first} ते {last} — या कालावधीत आलेले अर्ज, {today} रोजीच्या स्थितीनुसार",
                    "डैशबोर्ड {first} से {last} — इस अवधि में आए आवेदन, {today} की स्थिति के अनुसार"),
    "by_service": Text("By service", "सेवानिहाय", "सेवा के अनुसार"),
    "by_village": Text("By village", "गावनिहाय", "गाँव के अनुसार"),
    "total": Text("Total", "एकूण", "कुल"),
    "no_village": Text("(village not given)", "(गाव दिलेले नाही)", "(गाँव नहीं दिया गया)"),
    "received": Text("received", "प्राप्त", "प्राप्त हुए"),
    "disposed_in_time": Text("disposed in time", "मुदतीत निकाली", "समय-सीमा में निपटाए"),
    "disposed_late": Text("disposed late", "मुदतीनंतर निकाली", "समय-सीमा के बाद निपटाए"),
    "pending_in_time": Text("pending in time", "मुदतीत प्रलंबित", "समय-सीमा में लंबित"),
    "pending_past": Text("pending past the limit", "मुदत उलटून प्रलंबित", "समय-सीमा पार लंबित"),
    "appeals": Text("appeals filed", "दाखल अपील", "दायर अपीलें"),
    "certificates_waiting": Text("certificates to hand over", "देण्यासाठी तयार दाखले",
                                 "सौंपने को तैयार प्रमाणपत्र"),
    "bad_period": Text("the period's first day {first} is after its last day {last}",
                       "कालावधीचा पहिला दिवस {first} हा शेवटच्या दिवसानंतर ({last}) येतो",
                       "अवधि का पहला दिन {first} उसके अंतिम दिन {last} के बाद पड़ता है"),
}

HUB_CLOSE: dict[str, Text] = {
    "heading": Text("Hub day close {day} — counters: {counters}",
                    "केंद्राचा दिवस बंद {day} — काउंटर: {counters}",
                    "केंद्र का दिन बंद {day} — काउंटर: {counters}"),
    "counter_line": Text("counter {counter}{own}: {count} applications, fees {fees} — cash {cash}, UPI {upi}, "
                         "pending {pending}",
                         "काउंटर {counter}{own}: {count} अर्ज, शुल्क {fees} — रोख {cash}, यूपीआय {upi}, बाकी {pending}",
                         "काउंटर {counter}{own}: {count} आवेदन, शुल्क {fees} — नकद {cash}, यूपीआई {upi}, "
                         "बकाया {pending}"),
    "own": Text("(this PC)", "(हा संगणक)", "(यह कंप्यूटर)"),
    "total_line": Text("hub total: {count} applications, fees {fees} — cash {cash}, UPI {upi}, pending {pending}",
                       "केंद्र एकूण: {count} अर्ज, शुल्क {fees} — रोख {cash}, यूपीआय {upi}, बाकी {pending}",
                       "केंद्र कुल: {count} आवेदन, शुल्क {fees} — नकद {cash}, यूपीआई {upi}, बकाया {pending}"),
    "others_unknown": Text("the other counters' totals could not be fetched from the portal ({why}): this is "
                           "this PC's day only",
                           "इतर काउंटरची बेरीज पोर्टलवरून मिळाली नाही ({why}): हा फक्त या संगणकाचा दिवस आहे",
                           "अन्य काउंटरों का योग पोर्टल से नहीं मिला ({why}): यह केवल इस कंप्यूटर का दिन है"),
}
