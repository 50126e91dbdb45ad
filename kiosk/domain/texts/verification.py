"""The verifier's call list (issue 18): what ``seva-kiosk verify-calls`` says about the export."""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "bad_month": Text("The month is written YYYY-MM, e.g. 2026-11 (given: {month}).",
                      "महिना YYYY-MM असा लिहा, उदा. 2026-11 (दिलेला: {month}).",
                      "महीना YYYY-MM ऐसे लिखें, जैसे 2026-11 (दिया गया: {month})।"),
    "offline": Text("The portal could not be reached, so the agency's sample is not known; nothing was "
                    "written. Try again when the network is up. ({why})",
                    "पोर्टलशी संपर्क झाला नाही, त्यामुळे संस्थेचा नमुना कळला नाही; काहीही लिहिले नाही. "
                    "नेटवर्क आल्यावर पुन्हा प्रयत्न करा. ({why})",
                    "पोर्टल से संपर्क नहीं हो सका, इसलिए एजेंसी का नमूना पता नहीं चला; कुछ भी नहीं लिखा गया। "
                    "नेटवर्क आने पर फिर से प्रयास करें। ({why})"),
    "written": Text("{count} of the {sampled} sampled applications of {month} had the citizen's consent to a "
                    "call; written to {path}.",
                    "{month} मधील नमुन्यातील {sampled} पैकी {count} अर्जांच्या नागरिकांनी कॉलला संमती दिली; "
                    "{path} मध्ये लिहिले.",
                    "{month} के नमूने के {sampled} में से {count} आवेदनों के नागरिकों ने कॉल की सहमति दी; "
                    "{path} में लिखा गया।"),
}
