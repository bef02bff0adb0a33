# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # capitals and big cities
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 # Algeria
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                              # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),            # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                              # G
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                        # G* (town row)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "tigu": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),                  # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                      # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                      # G* (town row)
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),        # G* (row منفذ إيسين, country DZ)
 "tassili": ("region", "DZ", 25.5, 9.0, "Tassili n'Ajjer"),                                 # K
 "south_dz": ("region", "DZ", 24.38530, 3.68071, "Southern Algeria"),                       # G* (row جنوب الجزائر)
 "border_dz": ("region", "DZ", 29.5, 9.45, "Algerian side of the border with Libya (Debdeb-In Amenas sector)"),  # K
 "border_dz2": ("region", "DZ", 24.9, 9.85, "Algerian side of the border with Libya near Djanet"),              # K
 # Tunisia
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_w": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),             # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                     # G
 "rasjedir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing (Tunisian side)"),  # G* (row منفذ رأس جدير, country TN)
 "dehiba_wazin": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),    # G* (row منفذ وازن, country TN)
 "border_tnside": ("region", "TN", 32.05, 10.60, "Tunisian side of the border with Libya near Dehiba"),  # K
 # Libya, west and border
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Wazin side)"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                       # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G* (row قاعدة الوطية)
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),   # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                         # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G (row المثلث الحدودي مع تونس والجزائر)
 "border_lydz": ("region", "LY", 29.8, 9.9, "Libyan side of the border with Algeria near Ghadames and Derj"),  # K
 "border_tnly": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),               # G* (row الحدود الليبية التونسية)
 "borders_ly": ("region", "LY", 26.34158, 9.74576, "Libya's land borders"),                 # G (row الحدود الليبية)
 # Libya, south
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
}

TRAPS = {
 "kt1": ["الشعب", "الجيش الوطني الشعبي", "عمر تلمساني", "درجة التأهب", "التراب الليبي", "جزائري"],
 "kt2": ["وكالة تونس إفريقيا للأنباء", "وات", "سوق ليبيا", "نهج طرابلس", "التونسي", "البوابة الليبية", "الليبيين"],
 "kt3": ["جوهرة أف أم", "سالم النالوتي", "فتحي الطرابلسي", "توازن", "الليبيين", "الليبية"],
 "kt4": ["المتوسط", "مفتاح الغدامسي", "الغدامسي", "درجت", "الجزائري", "الجزائرية", "التونسي"],
 "kt5": ["النهار", "طارق بن زياد", "مبالغات", "محمد الجانتي", "لا أدري", "الليبية"],
}

PHEN = {
 "kt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "kt2": ["spelling", "clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "kt3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "kt4": ["spelling", "clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "kt5": ["spelling", "clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "kt1": [
  _m("reinforce", "reported", "Algerian army", ["ورقلة", "برج عمر إدريس"], ["عين أمناس"], ["حاسي مسعود"]),
  _m("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  _m("redeploy", "planned", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  _m("advance", "denied", "Algerian army", [], ["غدامس"]),
  _m("advance", "conditional", "Algerian army", ["الدبداب"], ["الحدود مع ليبيا"]),
  _m("reinforce", "reported", "GNA forces", ["نالوت"], ["درج"], ["سيناون"]),
 ],
 "kt2": [
  _m("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  _m("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  _m("deploy", "reported", "GNA forces", ["ميناء زوارة"], ["منفذ رأس اجدير"]),
  _m("withdraw", "conditional", None, ["منفذ رأس اجدير"], ["زوارة"]),
  _m("advance", "denied", "Tunisian army", [], ["ليبيا"], ["رأس جدير"]),
  _m("naval_landing", "denied", "Tunisian army", [], ["أبو كماش"]),
  _m("redeploy", "planned", "Tunisian army", ["بن قردان"], ["الذهيبة"]),
 ],
 "kt3": [
  _m("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  _m("withdraw", "reported", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  _m("mobilise", "reported", None, [], ["وازن"]),
  _m("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  _m("reinforce", "conditional", "GNA forces", ["قاعدة الوطية الجوية"], ["وازن"]),
  _m("withdraw", "denied", "Tunisian army", ["برج الخضراء"], ["رمادة"]),
 ],
 "kt4": [
  _m("reinforce", "reported", "GNA forces", ["درج"], ["سيناون"]),
  _m("deploy", "planned", "GNA forces", ["غدامس"], ["المثلث الحدودي مع تونس والجزائر"]),
  _m("shipment", "reported", "GNA forces", ["قاعدة الوطية"], ["غدّامس"]),
  _m("advance", "denied", "Zintan forces", ["الزنتان"], ["غدامس"]),
  _m("reinforce", "conditional", "GNA forces", ["نالوت"], ["درج"]),
  _m("deploy", "reported", "Algerian army", [], ["الدبداب"]),
 ],
 "kt5": [
  _m("airlift", "reported", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  _m("shipment", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  _m("deploy", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  _m("reinforce", "planned", "Algerian army", ["عين امناس"], ["الحدود مع ليبيا"]),
  _m("withdraw", "denied", "Libyan National Army", ["غات"], ["أوباري"]),
  _m("reinforce", "conditional", "Libyan National Army", ["سبها", "إدري"], ["غات"]),
  _m("mobilise", "reported", "Libyan National Army", [], ["سبها"]),
 ],
}

NOTES = {
 "kt1": "Ech-Chaab (Algiers) on an Algerian MoD statement: a reported reinforcement Ouargla/Bordj Omar Driss->In Amenas "
        "via Hassi Messaoud (Ouargla is also the 4th Military Region HQ locator), an Il-76 airlift Boufarik air base->In "
        "Amenas airport, a planned border-guard move In Amenas->Debdeb, a denied incursion towards Ghadames, a "
        "conditional advance Debdeb->the border (لن ... إلا إذا) and a reported Libyan border-guard reinforcement "
        "Nalut->Derj via Sinawen; Tiguentourine, Ghadames/Derj (first mention), the triangle and the Libyan border are "
        "locators only; traps درجة التأهب (Derj), عمر تلمساني (Tlemcen); إدري inside برج عمر إدريس.",
 "kt2": "TAP (Tunis Afrique Presse) from Ben Gardane: Ras Jedir reopened; a reported Tunisian army reinforcement "
        "Medenine->Ben Gardane, a GNU force by sea Tripoli->Zuwara port and on by road to the Ras Ajdir gate, the local "
        "armed groups' conditional pull-back to Zuwara (فور استكمال التسليم; «محيط المنفذ» = منفذ رأس اجدير), a denied "
        "Tunisian entry into Libya via Ras Jedir and a denied Tunisian landing at Abu Kammash in one sentence, and a "
        "planned redeploy Ben Gardane->Dehiba; Tunisian رأس جدير vs Libyan رأس اجدير; Sfax and Tunis are travellers' "
        "destinations; traps: the agency name (تونس inside), سوق ليبيا, نهج طرابلس.",
 "kt3": "Jawhara FM from Tataouine: the Dehiba-Wazin crossing closed; a reported Tunisian reinforcement Remada->Dehiba, "
        "Libyan port guards' reported pull-back from the Wazin gate to Nalut, the two armed groups massing round Wazin "
        "(«محيط البلدة»), the guards' planned return Nalut->the gate, a conditional GNU company Al-Watiya air base->Wazin "
        "(إذا) and a denied Tunisian pull-back Borj El Khadra->Remada; Tataouine town vs ولاية تطاوين; traps توازن "
        "(Wazin), سالم النالوتي (Nalut), فتحي الطرابلسي (Tripoli).",
 "kt4": "Al-Mutawassit from Ghadames: a reported border-guard company Derj->Sinawen, planned joint patrols Ghadames->the "
        "Libya-Tunisia-Algeria triangle, a reported supply convoy Al-Watiya base->Ghadames (written غدّامس), Zintan's "
        "denied column Zintan->Ghadames, a conditional battalion Nalut->Derj (في حال) and Algerian army vehicles reported "
        "arriving at Debdeb; the Ghadames-Nalut road, the Derj-Al Wafa smuggling tracks and the Jabal al-Gharbi fuel "
        "queues are not movement places; traps درجت (Derj), مفتاح الغدامسي / الغدامسي (Ghadames), المتوسط.",
 "kt5": "Ennahar from Djanet: an Algerian helicopter airlift Tamanrasset->Djanet airport, a military supply convoy "
        "Illizi->Djanet, the special forces on by road Djanet->the Tin Alkoum crossing, a planned battalion In Amenas "
        "(written عين امناس)->the border with Libya, the LNA's denied pull-out Ghat->Ubari, its conditional "
        "reinforcement Sabha/Idri->Ghat (إذا) and its reported massing in Sabha; Djanet town vs ولاية جانت; traps "
        "مبالغات (Ghat), محمد الجانتي (Djanet), «لا أدري» (Idri), the Tariq bin Ziyad brigade, النهار.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kt1", "kt2", "kt3", "kt4", "kt5")
