# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Misrata port (Qasr Ahmad)"),           # K
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),                  # G* (city row مرسين)
 # Sirte front and Jufra (pl1, pl4, pl5)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                   # K (area, point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Sirte port"),                           # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G* (row قاعدة القرضابية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                             # G* (row راس لانوف, kind oilfield there)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                        # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                    # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                   # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                  # G
 # Ghadames and the west (pl2, pl5)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),    # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                                # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                      # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "tripoint_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),     # G* (town row الدبداب)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                # G* (row الحدود الليبية الجزائرية)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G (row قاعدة الوطية)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                   # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                               # G
 # the south (pl3, pl5)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (row الحدود الليبية النيجرية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G* (row قاعدة تمنهنت)
}

TRAPS = {
 "pl1": ["الجريدة", "الهوني", "الجيش الوطني الليبي", "شارع طرابلس", "زلة لسان", "الفقهاء الدستوريين"],
 "pl2": ["هسبريس", "الغدامسي", "قناة ليبيا الأحرار", "وكالة الأنباء الجزائرية", "عين ليبيا", "الجزائري", "التونسي",
         "درجت", "الليبية"],
 "pl3": ["الجيش الليبي", "صدى البلد", "الهوني", "القوات المسلحة العربية الليبية", "قناة ليبيا الحدث",
         "وكالة الأنباء الليبية", "التشادية", "ما ادري"],
 "pl4": ["لوسيل", "الغدامسي", "شارع طرابلس", "غرفة عمليات سرت الجفرة", "التركي", "الفيلق الأفريقي"],
 "pl5": ["يورونيوز", "الهوني", "الغدامسي", "الإدريسي", "الشرارة التي تشعل", "الليبي", "حرس المنشآت النفطية"],
}

PHEN = {
 "pl1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "nisba",
         "coverage_bases", "coverage_oil", "ambiguity_tripoli", "ambiguity_country_capital", "countries"],
 "pl2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "border_phrase", "countries",
         "coverage_neighbours", "coverage_bases", "coverage_crossings", "vague_area", "ambiguity_country_capital",
         "town_vs_district"],
 "pl3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_crossings", "countries", "coverage_neighbours", "ambiguity_idri",
         "town_vs_district"],
 "pl4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "coverage_bases",
         "coverage_crossings", "ambiguity_tripoli"],
 "pl5": ["spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "nisba",
         "vague_area", "coverage_oil", "coverage_bases", "ambiguity_idri"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "pl1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["قاعدة القرضابية الجوية"], ["أجدابيا", "راس لانوف"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["براك"]),
  mv("redeploy", "planned", LNA, ["سوكنة"], ["ودان"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("advance", "conditional", LNA, ["سرت"], ["بويرات الحسون"]),
 ],
 "pl2": [
  mv("reinforce", "reported", GNA, ["نالوت"], ["مطار غدامس"], ["سيناون", "درج"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["درج"]),
  mv("redeploy", "planned", GNA, ["غدامس"], ["المثلث الحدودي"]),
  mv("reinforce", "reported", "Algerian army", [], ["معبر الدبداب"]),
  mv("airlift", "conditional", GNA, ["قاعدة الوطية"], ["غدامس"]),
 ],
 "pl3": [
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("withdraw", "denied", LNA, ["أوباري"], ["جرمة"]),
  mv("shipment", "planned", LNA, ["براك"], ["مرزق"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تجرهي"]),
  mv("deploy", "conditional", LNA, ["القطرون"], ["منفذ التوم"]),
 ],
 "pl4": [
  mv("withdraw", "reported", GNA, ["الهيشة"], ["مصراته"]),
  mv("deploy", "planned", GNA, ["مصراته"], ["أبو قرين"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراته"]),
  mv("reinforce", "conditional", GNA, ["مصراته", "زليتن"], ["الوشكة"]),
  mv("airlift", "reported", "Russian forces", [], ["قاعدة الجفرة"]),
 ],
 "pl5": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"], ["اوباري"]),
  mv("shipment", "reported", LNA, ["سبها"], ["حقل الشرارة"]),
  mv("mobilise", "denied", GNA, [], ["الشويرف"]),
  mv("airlift", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["اوباري"]),
  mv("deploy", "planned", GNA, ["غريان"], ["مزدة"]),
 ],
}

NOTES = {
 "pl1": "Kuwaiti-daily Q&A with the LNA spokesman: reported reinforcement Benghazi->Gardabiya air base via Ajdabiya "
        "and Ras Lanuf (the question's 'نحو سرت' only locates it); planned naval landing Benghazi->Sirte port; the "
        "question's Wagner pull-out Jufra base->Brak denied in the answer; planned company Sokna->Waddan; conditional "
        "advance Sirte->Buwairat al-Hassoun (the unnamed 'any force' passing Al-Washka is the condition, not a "
        "movement); Misrata forces at Abu Qurayn, Hun, Zillah, the Oil Crescent and Kuwait are not movement places.",
 "pl2": "Moroccan-site report of the Tripoli general-staff spokesman's press conference: reported reinforcement "
        "Nalut->Ghadames airport via Sinawen and Derj; the LNA entry Shwayrif->Derj named in a question and denied; "
        "planned redeployment Ghadames->the border triangle; the Algerian army's reinforcement near the Debdeb "
        "crossing (reported, no origin); conditional airlift Al-Watiya->Ghadames; the border with Algeria only "
        "locates the infiltration that is the condition.",
 "pl3": "Egyptian-site report of the LNA spokesman's press conference: reported deployment Sabha->Al-Qatrun via "
        "Umm al-Aranib (Toummo only the road's end); withdrawal Ubari->Germa denied; planned fuel/ammunition convoy "
        "Brak->Murzuq; reported gathering of Chadian gunmen near Tajarhi (mobilise); conditional company "
        "Al-Qatrun->Toummo crossing; the Niger border only locates the infiltration.",
 "pl4": "Qatari-paper phone interview with the Tripoli general-staff spokesman: reported pull-back Al-Hisha->Misrata "
        "(the question's 'غرب سرت' locates it; Tripoli Street is in Misrata); planned engineers Misrata->Abu Qurayn "
        "(Sirte only the road); the question's Turkish landing ship Mersin port->Misrata port denied; conditional "
        "reinforcement Misrata and Zliten->Al-Washka; reported Russian cargo landings at Jufra base ('في القاعدة').",
 "pl5": "Pan-European channel's parallel Q&A with both spokesmen: reported LNA company Tamanhint air base->Sharara "
        "field via Ubari and an ammunition/fuel convoy Sabha->the field; the LNA's claim of a Tripoli build-up at Ash "
        "Shwayrif denied by the general staff (one movement, denied); conditional LNA airlift Jufra base->Ubari; "
        "planned GNA force Gharyan->Mizda (Al-Qaryat only the road's direction).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pl1", "pl2", "pl3", "pl4", "pl5")
BAR_IN_TEXT = True  # the text has a literal "|" («عاجل |» in pl2 and pl3)
