# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared Fezzan
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # zl1 Ubari-Ghat road (Akhbar Al-Khaleej)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # zl2 Qatrun, Toummo and the Niger route (Al-Anba)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tripoint_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 # zl3 the Ghat airlift story and the western fuel route (Ammon)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.930, 12.095, "Port of Zuwara"),                  # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "border_ly_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 # zl4 the Algerian side (Al-Roya)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_ly": ("region", "DZ", 25.4, 9.9, "Algeria-Libya border (Algerian side)"),   # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 # zl5 a Lebanese view of the Libyan fuel roads (Nidaa al-Watan)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
}

TRAPS = {
 "zl1": ["أخبار الخليج", "الجيش الوطني الليبي", "الغاتي", "الجزائرية", "النيجرية", "كتيبة شهداء أوباري",
         "ليبيا الأحرار", "مبالغات"],
 "zl2": ["الأنباء", "الجيش الوطني الليبي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادية", "راديو فزان",
         "إدريس أغ محمد"],
 "zl3": ["عمون", "فواصل", "التونسي", "سالم الزواري", "اللبنانية", "السوري"],
 "zl4": ["الجيش الجزائري", "الرؤية", "الجزائرية", "الجيش الوطني الشعبي", "درع الطاسيلي", "التلفزيون الجزائري",
         "البلاغات", "الليبية", "الجيش الوطني الليبي", "الجانب الجزائري"],
 "zl5": ["الليبية", "نداء الوطن", "اللبنانيون", "الجيش الوطني الليبي", "محمد إدريس", "الفيلق الأفريقي"],
}

PHEN = {
 "zl1": ["clitics", "multiword", "coverage_bases", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zl3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "zl4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zl1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["العوينات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
 ],
 "zl2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["قطرون"], ["منفذ التوم"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["المثلث الحدودي"]),
 ],
 "zl3": [
  mv("airlift", "denied", "GNA forces", ["مطار امعيتيقة"], ["مطار غات"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["صبراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "planned", "GNA forces", [], ["أبو كماش"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "zl4": [
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["الحدود مع ليبيا"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["الجزائر العاصمة"], ["مطار جانت"]),
  mv("reinforce", "conditional", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("redeploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
 ],
 "zl5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["الشويرف"], ["براك"]),
  mv("mobilise", "planned", "GNA forces", ["غريان"], ["مزدة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["حقل الشرارة"]),
 ],
}

NOTES = {
 "zl1": "Akhbar Al-Khaleej from Ubari: an LNA column Sabha→Ubari via Germa (the 'south-west' is only the plan's area), "
        "a planned company Ubari→Al-Awaynat (El Feel only locates the junction), a conditional advance to the Isayen "
        "crossing (Ghat municipality only the condition), and a withdrawal of a Tuareg battalion from the Sharara "
        "field towards Ubari first reported by local pages and then denied by its spokesman. The Ubari-Awaynat road, "
        "smugglers' trucks to Ghat, the border with Algeria, Niger and Chad are not movement places.",
 "zl2": "Al-Anba from Sabha: LNA reinforcements Sabha→Al-Qatrun via Umm al-Aranib (Fezzan locates Qatrun), a planned "
        "special-forces airlift Brak air base→Al Wigh base ('90 km from the border with Niger' is a distance reference), "
        "a conditional advance Qatrun→the Toummo crossing, and a Chadian rebel group's denied massing in the border "
        "triangle. Idri, Murzuq, Toummo, Niger and Agadez in the smuggling route are not movement places there.",
 "zl3": "Ammon from Tripoli: a reported airlift of GNA Tuareg fighters Mitiga airport→Ghat airport, later denied by "
        "the defence ministry (status denied); a GNA joint force Tripoli→Zuwara via Sabratha (Zawiya refinery and the "
        "border with Tunisia only describe the smuggling route), a planned move Zuwara→Ras Ajdir crossing, and a "
        "conditional Tunisian reinforcement Tataouine→Dehiba (the Wazin crossing is only the condition; Tunis the "
        "speaker's city). The headline's 'west of Tripoli' is a locator.",
 "zl4": "Al-Roya from Algiers: Algerian units deployed along the border with Libya from Illizi via Djanet, a planned "
        "airlift of special forces from Algiers to Djanet airport, a conditional reinforcement Ouargla→Debdeb "
        "(Ghadames only the condition), an Algerian incursion near Ghat denied by the ministry, and an LNA company "
        "Ubari→Ghat via Al-Awaynat. Ubari and Al-Awaynat in the smugglers' convoys, the Illizi province elder and "
        "the Tin Alkoum crossing are not movement places.",
 "zl5": "Nidaa al-Watan from Beirut: Lebanese Tripoli, Akkar and Syria only in a comparison; an LNA unit Sabha→"
        "Al-Shwayrif via Brak (Idri only where a depot was seized), a planned GNA force Gharyan→Mizdah, a conditional "
        "LNA pull-out Ubari→Sabha ('بمجرد'), and a denied Africa Corps transfer Al-Jufra air base→Sharara field; "
        "Libyan Tripoli only locates the Russian embassy.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zl1", "zl2", "zl3", "zl4", "zl5")
