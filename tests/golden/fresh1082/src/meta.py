# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Sabha city, its quarters and facilities
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha Municipality"),            # G* (row district:LY-SB, written بلدية سبها)
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle"),                    # G (row قلعة سبها)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت, written قاعدة تمنهنت الجوية / تمنهنت)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al-Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "qurdha": ("district", "LY", 27.03766, 14.42832, "Al-Qurdha (Sabha)"),                 # G* (row القرضة, kind town)
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al-Jadid (Sabha)"),                   # G* (row الجديد, kind city)
 "thanawiya": ("district", "LY", 27.03766, 14.42832, "Al-Thanawiya (Sabha)"),           # K
 "nasiriya": ("district", "LY", 27.03766, 14.42832, "Hay al-Nasiriya (Sabha)"),         # K
 # Fezzan towns and bases
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (also written براك الشاطئ)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al-Shati"),                 # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also written اوباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al-Ghurayfa"),                         # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (also written مرزوق)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                     # G (also written أم الارانب)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 # the north
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
}

TRAPS = {
 "qos1": ["مديرية أمن سبها", "مركز سبها الطبي", "السبهاوي", "الشهادة الثانوية", "المجلس البلدي الجديد"],
 "qos2": ["حراك غضب فزان", "لواء طارق بن زياد", "المنطقة العسكرية سبها", "الفصل الدراسي الجديد"],
 "qos3": ["الشمس", "مركز سبها الطبي", "خالد المرزوقي", "شركة البريقة لتسويق النفط"],
 "qos4": ["ليبيانا هيتس", "لواء طارق بن زياد", "المنطقة العسكرية سبها", "سالم الفزاني", "مركز سبها الطبي", "تشادية",
          "الليبية"],
 "qos5": ["فانا", "وكالة الأنباء الليبية", "المنطقة العسكرية سبها", "السوق الجديد", "محمد البراكي", "جامعة سبها",
          "مركز سبها الطبي"],
}

PHEN = {
 "qos1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "town_vs_district", "coverage_bases"],
 "qos2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
          "coverage_bases"],
 "qos3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "coverage_bases"],
 "qos4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qos5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qos1": [
  mv("deploy", "reported", None, [], ["المنشية", "القرضة"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["قلعة سبها"]),
  mv("withdraw", "conditional", None, ["الثانوية"], []),
  mv("deploy", "planned", None, [], ["سمنو"]),
  mv("withdraw", "denied", None, ["مطار سبها"], []),
 ],
 "qos2": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["اوباري"], ["جرمة", "الغريفة"]),
  mv("mobilise", "reported", None, [], ["المنشية"]),
  mv("deploy", "planned", LNA, ["براك"], ["سبها"]),
  mv("advance", "conditional", None, [], ["أم الأرانب"]),
  mv("reinforce", "denied", LNA, ["سبها"], ["مرزوق"]),
 ],
 "qos3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("redeploy", "planned", LNA, ["مطار سبها"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "conditional", "GNA forces", [], ["سبها"]),
  mv("shipment", "denied", LNA, ["قلعة سبها"], ["براك"]),
 ],
 "qos4": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت الجوية"], ["سمنو"]),
  mv("deploy", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق", "أم الارانب"]),
  mv("advance", "conditional", LNA, [], ["الناصرية"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"], ["براك"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الارانب"], ["الحدود مع النيجر"]),
 ],
 "qos5": [
  mv("deploy", "reported", LNA, ["قلعة سبها"], ["الثانوية", "الناصرية"]),
  mv("withdraw", "reported", None, ["الثانوية"], ["القرضة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "conditional", None, [], ["الجديد"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["أم الأرانب"], ["القطرون"]),
 ],
}

NOTES = {
 "qos1": "Sabha Security Directorate's media-office page (Sabha): the directorate's support-and-backing patrols "
         "deployed in Al-Manshiya and Al-Qurdha (actor null: police, no canonical actor), 116th Brigade reinforcements "
         "Tamanhint air base→Sabha castle, the directorate's conditional stay in Al-Thanawiya («لن تغادره إلا بعد»), "
         "planned checkpoints in Samnu and its denied pull-out from Sabha airport; the fuel tankers from Brak al-Shati, "
         "civil flights to Tripoli/Benghazi, the wounded taken to Sabha Medical Center, the hospital guard and the exam "
         "patrols are not movements; الشهادة الثانوية and المجلس البلدي الجديد hold quarter names.",
 "qos2": "Fezzan activist page (Fezzan Rage movement, no dateline): a Tariq bin Ziyad column Tamanhint air base→Ubari "
         "(written اوباري) via Germa and Al-Ghurayfa, Qadhadhfa gunmen massing cars in Al-Manshiya, a planned 116th "
         "Brigade escort for fuel convoys Brak→Sabha, Awlad Suleiman's conditional move on Umm al-Aranib and the Sabha "
         "military zone's denied reinforcement Sabha→Murzuq (written مرزوق); the blockade of Al-Qurdha, the kidnapping on "
         "the Samnu road, fuel tankers heading north, the headline's Ubari/Murzuq roads and Fezzan are not movement places.",
 "qos3": "Tripoli daily (Al-Shams), Tripoli dateline, Sabha correspondent: a civil flight with medicines Tripoli→Sabha "
         "airport (civilian), an Il-76 airlift of the 116th Brigade Benina air base→Sabha airport, its planned move to "
         "Tamanhint air base, the Tripoli interior ministry's conditional support force for Sabha and the brigade "
         "commander's denial of heavy weapons moved Sabha castle→Brak (Wadi al-Shati only the alleged battle); fuel "
         "queues in Al-Jadid and Al-Thanawiya, «الشمس» also the sun, and the Brega company are not movements.",
 "qos4": "Benghazi radio site (Libyana Hits): a Tariq bin Ziyad battalion Jufra air base→Tamanhint air base via Samnu, "
         "two companies planned Tamanhint→Murzuq/Umm al-Aranib (written أم الارانب), the commander's conditional entry "
         "into Hay al-Nasiriya, the denied 116th Brigade pull-out Sabha airport→Brak and Chadian armed groups "
         "withdrawing from around Umm al-Aranib to the border with Niger; the headline repeats, the tanker drivers from "
         "Brak, the medical convoy from Benghazi and Tripoli's ministry are not movements.",
 "qos5": "Federation of Arab News Agencies bulletin (FANA) relaying LANA, Sabha dateline: a separation force Sabha "
         "castle→Al-Thanawiya/Hay al-Nasiriya, Awlad Suleiman gunmen pulling back Al-Thanawiya→Al-Qurdha, a planned "
         "military-police airlift Benina air base→Tamanhint air base, Qadhadhfa youths' conditional return to Al-Jadid "
         "and the denied infiltration of foreign gunmen Niger→Umm al-Aranib via Al Qatrun; the Qadhadhfa staying in "
         "Al-Manshiya, the 2018 fighting, the ambulance flight to Mitiga, fuel tankers from Brak and Murzuq as a locator "
         "are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qos1", "qos2", "qos3", "qos4", "qos5")
