# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 # the corridor
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G (also لالوت, js5)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                 # G (also سيناوين, js1)
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                      # G
 "derj_mun": ("district", "LY", 30.16502, 10.45804, "Derj municipality"),                  # G* (town row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G (also غدّامس, js2)
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),           # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),        # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"), # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ly_dz": ("region", "LY", 29.95, 9.95, "Libya-Algeria border (Libyan side, south of Ghadames)"),  # K
 # the Hamada and the mountains
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                        # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa (Adrar n Nfusa)"),           # G* (row الجبل الغربي, region)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                    # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                   # G
 # bases, ports and the coast
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G* (row قاعدة الوطية)
 "tripoli_port": ("crossing", "LY", 32.9000, 13.1900, "Port of Tripoli"),                  # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.925, 12.115, "Port of Zuwara"),                      # K
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G (also دبداب, js3)
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                           # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                             # G
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),           # G (written مطار عين أمناس)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                # G
 "border_dz_ly": ("region", "DZ", 29.5, 9.5, "Algeria-Libya border (Algerian side, south of Debdeb)"),  # K
 # Tunisia
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                   # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                    # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                      # G* (row جنوب تونس)
 "border_tn_ly": ("region", "TN", 31.5, 10.0, "Tunisia-Libya border (Tunisian side)"),     # K
}

TRAPS = {
 "js1": ["فواصل", "المنطقة العسكرية الغربية", "سالم النالوتي", "المجلس العسكري الزنتان", "قناة ليبيا الأحرار", "درجت",
         "الليبية"],
 "js2": ["قناة ليبيا الوطنية", "أحمد الطرابلسي", "المالي", "الجيش الجزائري", "البلدة الجزائرية", "قوة حماية غدامس"],
 "js3": ["الخبر", "الليبية", "الجانب الليبي"],
 "js4": ["المنارة للإعلام", "المجلس العسكري الزنتان", "شارع طرابلس", "المنطقة العسكرية الغربية", "مختار الإدريسي",
         "بوابة الوسط"],
 "js5": ["الجيش التونسي", "تاوالت", "إذاعة تطاوين", "الجانب الليبي", "المجلس العسكري نالوت", "يوسف الغدامسي",
         "التوازن"],
}

PHEN = {
 "js1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "js2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "js3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "js4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "coverage_crossings"],
 "js5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "js1": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["درج"], ["سيناوين"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية"], ["درج"]),
  mv("advance", "conditional", "GNA forces", [], ["الحمادة الحمراء"]),
  mv("reinforce", "planned", "Zintan forces", ["الزنتان"], ["درج"]),
  mv("withdraw", "denied", "GNA forces", ["سيناون"], ["نالوت"]),
 ],
 "js2": [
  mv("airlift", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["مطار غدامس"]),
  mv("redeploy", "reported", "GNA forces", ["غدّامس"], ["المثلث الحدودي"]),
  mv("shipment", "planned", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت", "درج"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("withdraw", "denied", "GNA forces", ["حقل الوفاء"], []),
 ],
 "js3": [
  mv("redeploy", "reported", "Algerian army", ["برج عمر إدريس"], ["دبداب"]),
  mv("airlift", "reported", "Algerian army", ["حاسي مسعود"], ["مطار عين أمناس"]),
  mv("reinforce", "conditional", "Algerian army", ["ولاية إليزي"], ["الدبداب"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["الحدود مع الجزائر"]),
  mv("mobilise", "denied", None, [], ["غدامس"]),
 ],
 "js4": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["القريات"], ["مزدة"]),
  mv("shipment", "planned", "Zintan forces", ["غريان"], ["القريات"]),
  mv("naval_landing", "reported", "GNA forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("advance", "denied", "Libyan National Army", ["إدري"], ["درج"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الرجبان"]),
 ],
 "js5": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("withdraw", "planned", "GNA forces", ["درج"], ["غدامس"]),
  mv("redeploy", "conditional", "GNA forces", ["منفذ وازن"], ["درج"]),
  mv("naval_landing", "denied", None, [], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "js1": "Fawasel-style report from Nalut: a Western Military Region force Nalut→Derj via Sinawen (سيناوين; the denial "
        "spells it سيناون), an ammunition-and-fuel convoy Al-Watiya base→Derj, a conditional advance to the Hamada al-Hamra, "
        "Zintan's planned company Zintan→Derj and a denied pull-back Sinawen→Nalut; the Wazin crossing is background "
        "stationing, the attackers' flight «في اتجاه الصحراء» names no place; traps درجت, النالوتي, the Zintan council.",
 "js2": "Libya Al-Wataniya-style report from Ghadames: an airlift Al-Watiya air base→Ghadames airport, a Tuareg battalion "
        "redeployed Ghadames (غدّامس)→the border triangle, a planned supply convoy Tripoli→Ghadames via Nalut and Derj, "
        "Algeria's conditional reinforcement of Debdeb and a denied PFG pull-out from the Al Wafa field; the countries "
        "after the triangle only locate it; civil flights «من العاصمة» are not a movement; traps الطرابلسي, المالي.",
 "js3": "El Khabar-style report from Illizi: an Algerian redeploy Bordj Omar Driss (contains إدري)→Debdeb (دبداب), an "
        "Il-76 airlift Hassi Messaoud→In Amenas airport (عين أمناس), a conditional battalion Illizi province→Debdeb, the "
        "GNU's planned force Ghadames→the border with Algeria and a denied Tuareg massing around Ghadames; Algiers (city) "
        "beside Algeria (country); Tripoli is only the seat of the announcing staff.",
 "js4": "Al-Manara-style report from Zintan: a Zintan column Zintan→Al-Qaryat via Mizda (gathered in شارع طرابلس, a trap), "
        "a planned fuel convoy Gharyan→Al-Qaryat, a landing ship Misrata→Tripoli port, a denied LNA advance Idri→Derj "
        "(speaker مختار الإدريسي, a trap) and Zintan's conditional «النفير» at Ar-Rujban; Ash Shwayrif is a distance "
        "reference only.",
 "js5": "Tawalt-style report from Nalut (لالوت): a Tunisian reinforcement Remada→Borj El Khadra, Tuareg border units' "
        "planned pull-back Derj→Ghadames, a Nalut council force's conditional redeploy Wazin crossing→Derj and Zuwara's "
        "denied arms landing at Zuwara port; «مراقبة الحدود مع ليبيا» is a purpose, not a destination; Tunis (city) "
        "beside Tunisia (country); traps التوازن, الغدامسي, إذاعة تطاوين.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("js1", "js2", "js3", "js4", "js5")
