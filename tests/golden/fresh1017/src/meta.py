# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "yemen": ("country", "YE", 15.80226, 47.48567, "Yemen"),                               # G
 # Libya: Fezzan and the south-west
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (qmf3 written أباري)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),              # G* (row district:LY-GT, written بلدية غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tragan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # Libya: elsewhere
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G (qmf5 written زنتان)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # neighbours
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "border_ne_ly": ("region", "NE", 22.30, 13.80, "Niger-Libya border (Niger side)"),    # K
 # outlets' countries
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "anbar": ("district", "IQ", 32.80, 41.90, "Al Anbar Governorate"),                     # K
 "qaim": ("town", "IQ", 34.37, 41.09, "Al-Qa'im"),                                      # K
 "border_iq_sy": ("region", "IQ", 34.20, 41.10, "Iraq-Syria border (Iraqi side)"),     # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                    # G
 "shabwa": ("district", "YE", 14.75, 47.00, "Shabwah Governorate"),                     # K
 "hadramawt": ("district", "YE", 16.00, 49.00, "Hadramawt Governorate"),                # K
}

TRAPS = {
 "qmf1": ["ليبيا أخبار", "اللواء طارق بن زياد", "الفيلق الأفريقي", "عملية تطهير الجنوب", "السبهاوي"],
 "qmf2": ["كتابات", "الفيلق الأفريقي", "فاغنر", "صدام حفتر", "الوضع القائم", "ليبية", "روسية", "الليبيين"],
 "qmf3": ["التجديد", "اتحاد المغرب العربي", "الجزائري", "جزائرية", "ليبياً", "الليبية", "مسوغات", "المغاربيون"],
 "qmf4": ["الأمناء", "جبهة الوفاق من أجل التغيير في تشاد", "الجيش الوطني الليبي", "النيجري"],
 "qmf5": ["مشاهد24", "إدريس بوزيد", "زنتانية", "المنطقة العسكرية الجنوبية", "المغربي", "الليبيون"],
}

PHEN = {
 "qmf1": ["multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_oil"],
 "qmf2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qmf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmf4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmf1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["غات"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "Misrata forces", ["الشويرف"], ["براك"]),
  mv("mobilise", "reported", None, [], ["مرزق"]),
 ],
 "qmf2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  mv("deploy", "reported", "Syrian mercenaries", ["سبها"], ["حقل الشرارة"]),
  mv("redeploy", "denied", "Russian forces", ["تمنهنت"], ["النيجر"]),
  mv("deploy", "planned", "Libyan National Army", [], ["مرزق", "القطرون"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["الجنوب الليبي"]),
 ],
 "qmf3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "conditional", "Algerian army", [], ["غات"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
  mv("reinforce", "planned", "Libyan National Army", ["أباري"], ["العوينات"]),
 ],
 "qmf4": [
  mv("advance", "reported", "Chadian armed groups", ["النيجر"], ["القطرون"], ["منفذ التوم"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["تراغن"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["أم الأرانب"]),
  mv("withdraw", "denied", "Libyan National Army", ["مرزق"], ["سبها"]),
  mv("advance", "conditional", "Nigerien army", [], ["الحدود مع ليبيا"]),
 ],
 "qmf5": [
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["براك"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الشويرف"]),
  mv("advance", "denied", None, [], ["إدري"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["مطار غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["براك"], ["سبها"]),
 ],
}

NOTES = {
 "qmf1": "Libyan column from Sabha (Libya Akhbar, whose name holds Libya): an LNA (Tariq bin Ziyad brigade) column "
         "Sabha→Ubari via Al-Ghurayfa (the Sharara field only the stated purpose), a planned battalion Brak air base→"
         "Ghat, a denied Africa Corps pull-out Brak air base→Jufra air base, Misrata's Joint Force threatening to "
         "advance Al-Shwayrif→Brak if Sharara is shut again (Misrata only where its commanders sit, Sharara only in "
         "the condition) and local armed groups massing at Murzuq (actor null); Wadi al-Shati as a metaphor, civil "
         "flights from Sabha airport, the byline, the Ghat mayor's welcome and the 2019 operation are not moves; "
         "السبهاوي holds Sabha.",
 "qmf2": "Iraqi column from Baghdad (Kitabat) comparing Fezzan with Anbar: a Russian Il-76 airlift Jufra air base→"
         "Tamanhint base, 200 Syrian fighters Sabha→Sharara, Moscow's denied move Tamanhint→Niger, a planned LNA "
         "deployment of two companies to Murzuq and Al Qatrun and Turkish advisers for southern Libya only if the "
         "government asks in writing (conditional); Wagner's recruiting in Syria, Benghazi and Tripoli as seats of "
         "the two camps, Baghdad, Anbar, Al-Qa'im and the Iraq–Syria border are background; «الوضع القائم» holds "
         "Al-Qa'im (gold later as the Iraqi town).",
 "qmf3": "Moroccan editorial (Attajdid, Rabat) on the Libya–Algeria border: an Algerian reinforcement Illizi→Djanet "
         "announced from Algiers (the capital, beside Algeria the country), an Algerian official's conditional entry "
         "into Ghat, the LNA's denied pull-out Isayen crossing→Ghat and its planned company Ubari (written أباري)→"
         "Al-Awaynat; the smugglers' clash near Al-Awaynat, Niger, Bouznika talks, Morocco, Fezzan and southern Libya "
         "are not movement places; «مسوغات» holds Ghat, «اتحاد المغرب العربي» holds Morocco.",
 "qmf4": "Yemeni column from Aden (Al-Omana) comparing Shabwa/Hadramawt with Murzuq: FACT fighters Niger→Al Qatrun "
         "via the Toummo crossing, an LNA supply convoy Sabha→Tragan, a planned LNA company Al Wigh base→Umm al-"
         "Aranib, the LNA's denied pull-out Murzuq→Sabha and Niger's army advancing to the border with Libya only "
         "if attacked (conditional; Niamey only the speaker's place); the headline «من شبوة إلى مرزق» is a "
         "metaphor, not a move; Yemen, Libya, Fezzan are background.",
 "qmf5": "Libyan column from Casablanca (Machahid24) by a writer from Wadi al-Shati: an LNA reinforcement Hun→Brak, "
         "Zintani brigades («كتائب زنتانية», the nisba holds زنتان) massing at Al-Shwayrif, the southern command's "
         "denial that a force from the west entered Idri (actor null), a planned LNA airlift Sabha airport→Ghat airport and the conditional return Brak→Sabha "
         "(the Zintan pull-out from Al-Shwayrif is only the condition); Bouznika talks, Casablanca, Morocco and the "
         "closing list of towns are not moves; the by-line name إدريس holds إدري.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmf1", "qmf2", "qmf3", "qmf4", "qmf5")
