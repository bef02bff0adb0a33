# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa (Western Mountain)"),     # G* (row الجبل الغربي, names incl. جبل نفوسة)
 # qho1 Zuwara and the coast (Al-Anba)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # qho2 Nalut, Wazin and Dehiba (Jawhara FM)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut district"),                # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "border_ly_dz": ("region", "LY", 30.0, 9.9, "Libya-Algeria border (Libyan side, near Ghadames)"),  # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # qho3 Jadu (Ammon News)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "jadu_mun": ("district", "LY", 31.95506, 12.02901, "Jadu municipality"),               # G* (town row)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # qho4 Kabaw (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "westmountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain"),              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_ly": ("region", "DZ", 29.9, 9.5, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 # qho5 Yafran (Al-Ayam)
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "yafran_mun": ("district", "LY", 32.06329, 12.52859, "Yafran municipality"),           # G* (town row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
}

TRAPS = {
 "qho1": ["الموقف الجميل", "ليبيا الأحرار", "السلطات التونسية"],
 "qho2": ["الجيش التونسي", "الجوهرة أف أم", "إذاعة تطاوين", "رضا النالوتي"],
 "qho3": ["عمون", "عبد الحميد إدريس", "سالم الطرابلسي", "تركيتين"],
 "qho4": ["الوفد", "الجيش الوطني الليبي", "الدعم المالي", "درجة التأهب", "الجيش الجزائري"],
 "qho5": ["ليبيا بانوراما", "القوات الزنتانية", "اليفرني", "المنطقة العسكرية الغربية", "الأيام الخمسة", "الإدريسي"],
}

PHEN = {
 "qho1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qho2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qho3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qho4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qho5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qho1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["صبراتة"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["أبو كماش"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر رأس جدير"], ["طرابلس"]),
 ],
 "qho2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["منفذ وازن"], ["نالوت"]),
  mv("mobilise", "denied", "Zintan forces", [], ["تيجي"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
 ],
 "qho3": [
  mv("redeploy", "reported", "GNA forces", ["قاعدة الوطية"], ["جادو"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("withdraw", "planned", "Zintan forces", ["الرجبان"], ["الزنتان"]),
  mv("reinforce", "conditional", "GNA forces", ["غريان"], ["جادو"]),
 ],
 "qho4": [
  mv("withdraw", "reported", "Zintan forces", ["كاباو"], ["الزنتان"], ["جادو"]),
  mv("shipment", "reported", "GNA forces", ["غريان"], ["كاباو"]),
  mv("deploy", "planned", "GNA forces", ["الزاوية"], ["كاباو"]),
  mv("advance", "denied", "Libyan National Army", ["درج"], ["سيناون"]),
  mv("mobilise", "conditional", "GNA forces", [], ["نالوت"]),
 ],
 "qho5": [
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["يفرن"], ["غريان"]),
  mv("mobilise", "planned", "GNA forces", [], ["ككلة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["يفرن"]),
  mv("redeploy", "conditional", "GNA forces", ["يفرن"], ["الأصابعة"]),
 ],
}

NOTES = {
 "qho1": "Zuwara council on forces at the crossing: a GNU Interior column Tripoli→Ras Ajdir crossing via Sabratha that "
         "skirted Zuwara without entering it (Zuwara is not a via), an airlift Mitiga airport→Zuwara airport, a planned "
         "landing Abu Sitta naval base→Zuwara port (Mellitah only the end of the coastal strip, 15 km east), a denied "
         "Turkish landing at Abu Kammash, and a conditional return from the crossing to Tripoli; Ben Gardane, the "
         "Lebanese port of Tripoli (a cement ship) and Tunisia/Libya (trade) are not movement places.",
 "qho2": "Jawhara FM from Tataouine: Tunisian reinforcements Tataouine→Dehiba via Remada; Nalut council announces a "
         "planned GNU company Al-Watiya base→Wazin crossing via Nalut; Zintan's military council denies massing 50 "
         "vehicles in Tiji ('35 km east of Nalut' is a distance reference); a conditional return of the extra units "
         "from Dehiba to Tataouine barracks if Nalut calms (Nalut only the condition; Tunis the source's city).",
 "qho3": "Ammon from Tripoli: Jadu council on a GNU company that came from Al-Watiya base to Jadu (Rujban only the other "
         "end of the road it guards), a denied Turkish airlift into Al-Watiya ('60 km' from Jadu; Ankara only silent), "
         "Zintan's planned pull-back Al-Rujban→Zintan, and a conditional reinforcement Gharyan→Jadu.",
 "qho4": "Al-Wafd from Cairo: Kabaw council says the Zintani battalion left Kabaw for Zintan via Jadu, GNU ammunition "
         "trucks came Gharyan→Kabaw and a Zawiya force will deploy in Kabaw; the LNA denies an advance Derj→Sinawen "
         "(Wafa field only where its forces stand); a conditional GNU massing in Nalut; Algeria's alert on the border "
         "near Debdeb moves no units.",
 "qho5": "Al-Ayam from Yafran: a GNU ammunition shipment Misrata→Yafran via Gharyan (Kikla only the road's other end "
         "there), a planned massing of the Western Military Region in Kikla, Yafran council denies Zintani forces "
         "entering from Zintan, and the support force's conditional move Yafran→Al-Asabaa; Tripoli a distance "
         "reference, Tunisia the 2011 refuge of displaced people.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qho1", "qho2", "qho3", "qho4", "qho5")
