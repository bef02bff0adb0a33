# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G (country row)
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals, datelines and cities outside the Fezzan
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row باب التبانة, kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (row جبل محسن, kind town)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Port of Sirte"),                     # K
 # Jufra
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra (area)"),                          # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sukna": ("town", "LY", 29.06941, 15.78266, "Sawknah"),                                # G
 # Sabha
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                   # G* (row الجديد, kind city)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "tayouri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),               # G* (row الطيوري, kind town)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "tamanhint_airport": ("airport", "LY", 27.24010, 14.65630, "Tamanhint Airport"),       # G* (row مطار تمنهنت, written تمنهنط)
 # Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "aqar": ("town", "LY", 27.53914, 14.16251, "Aqar"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # Wadi al-Hayat, Ubari and Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghurayfah": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # Murzuq basin and the far south
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G (written القطرون and قطرون)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # vague areas
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; G* for الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
}

TRAPS = {
 "qet1": ["الأنباء", "الجيش الوطني الليبي", "المدير الجديد", "إدريس السبهاوي"],
 "qet2": ["عمون", "الجيش الوطني الليبي", "الغاتي", "الليبية"],
 "qet3": ["اللواء", "الجيش الوطني الليبي", "محمد الهوني", "قوة حماية الجنوب", "اللبنانية"],
 "qet4": ["السوداني", "الجيش الوطني الليبي", "الجيش الليبي", "علي القطروني", "من غدوة", "حركة تحرير السودان",
          "الليبية"],
 "qet5": ["الوفد", "الجيش الوطني الليبي", "إدريس المقرحي", "التشادية"],
}

PHEN = {
 "qet1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qet2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qet3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qet4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qet5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qet1": [
  mv("withdraw", "reported", "Libyan National Army", ["سبها"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", None, ["بنغازي"], ["سبها"], ["الجفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["تمنهنت"], ["القطرون"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار سبها"], ["براك"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["سبها"]),
 ],
 "qet2": [
  mv("redeploy", "reported", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("deploy", "reported", None, ["سبها"], ["اوباري"], ["الغريفة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
  mv("mobilise", "denied", "Foreign fighters", ["النيجر"], ["العوينات"]),
 ],
 "qet3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها"], ["سوكنة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["تراغن", "مرزق"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["قاعدة تمنهنت"]),
  mv("advance", "denied", "GNA forces", ["أم الارانب"], ["سبها"]),
 ],
 "qet4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["أم الأرانب"], ["الحدود مع السودان"]),
  mv("deploy", "reported", "Libyan National Army", ["مرزق"], ["أم الأرانب"], ["تراغن"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["قطرون"], ["غدوة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["مرزق"]),
 ],
 "qet5": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"], ["أقار"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار تمنهنط"]),
  mv("shipment", "conditional", "Libyan National Army", ["سبها"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء سرت"]),
  mv("mobilise", "denied", "Chadian armed groups", ["تشاد"], ["إدري"]),
 ],
}

NOTES = {
 "qet1": "Al-Anba, Sabha: Brigade 128 (LNA) hands Sabha's three gates to a police force and leaves Sabha for Tamanhint "
         "air base ('30 km north-east' adds no place); the police force (eastern interior ministry, actor null) had "
         "come Benghazi→Sabha via Al-Jufra; a planned company Tamanhint→Al-Qatrun (Sabha only a distance reference, "
         "the Niger border only the road's end); a denied pull-out Sabha airport→Brak; a conditional return into "
         "Sabha (Al-Tayouri only the condition). Al-Jadid/Al-Manshiya are the police's checkpoints, not moves; "
         "Tripoli, Kuwait and Sabha district are background.",
 "qet2": "Ammon, Ubari: an LNA company hands over Ubari's checkpoints and moves Ubari→Sharara field; Central Support "
         "police (actor null) Sabha→Ubari via Al-Ghurayfah; a planned airlift Al-Jufra air base→Ghat airport; the "
         "company at Isayen (on the border with Algeria, a locator) will not return to Ghat until relieved "
         "(conditional); Ghat municipality denies gunmen from Niger massing at Al-Awaynat. Amman is only where "
         "officers trained.",
 "qet3": "Al-Liwaa, Beirut: rival security directors in Sabha; LNA Brigade 73 reaches Sabha from Al-Jufra air base "
         "via Sawknah (Hun only locates the base), after a ship landed it Benghazi port→Ras Lanuf port; planned "
         "battalion Sabha→Traghen and Murzuq; conditional massing at Tamanhint base if the Tripoli-appointed "
         "director tries to take over (Tripoli is the condition, not a place of movement); the GNA-aligned Southern "
         "Protection Force denies advancing Umm al-Aranib→Sabha. Tripoli (Lebanon), Bab al-Tabbaneh, Jabal Mohsen "
         "are a comparison only.",
 "qet4": "Al-Sudani, Port Sudan: Sudanese fighters leave Umm al-Aranib for the border with Sudan; LNA Brigade 128 "
         "enters Umm al-Aranib from Murzuq via Traghen; a planned supply shipment Sabha→Qatrun via Ghuddwa ('من "
         "غدوة' = 'from tomorrow' is a trap); a conditional reinforcement Al-Wigh base→Tummo crossing if movement is "
         "seen on the Niger border (condition only); a Sudanese movement denies advancing on Murzuq.",
 "qet5": "Al-Wafd, Cairo: LNA battalion 166 Brak air base→Idri via Aqar; an airlift Benina→Tamanhint airport (Benghazi "
         "only locates Benina); a conditional fuel/ammunition convoy Sabha→Brak air base if the road blocked at "
         "Brak's southern entrance reopens (Brak town only the condition); a planned sea move Tobruk naval base→"
         "Sirte port; a denied massing of Chadian opposition fighters from Chad on the outskirts of Idri.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qet1", "qet2", "qet3", "qet4", "qet5")
