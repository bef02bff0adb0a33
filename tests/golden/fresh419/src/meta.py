# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Ghadames, Derj, Sinawen and the triangle (LY)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames_ap": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),               # G (row مطار غدامس)
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                              # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte_port": ("crossing", "LY", 31.21, 16.59, "Sirte port"),                          # K
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                     # K
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_dz": ("region", "LY", 30.05, 9.62, "Libya-Algeria border (Libyan side, Ghadames)"),  # K
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 29.98, 9.45, "Debdeb-Ghadames border crossing (Algerian side)"),  # K
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                          # G
 "border_ly_dzside": ("region", "DZ", 29.93, 9.38, "Algeria-Libya border (Algerian side, Debdeb)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (spelled عين أميناس there)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ainguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G* (row إن قزام)
 # Tunisia
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "remada_base": ("base", "TN", 32.306, 10.382, "Remada Air Base"),                      # K
 "borma": ("oilfield", "TN", 31.69, 9.22, "El Borma oil field"),                        # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "pe1": ["محمد الأمين غدامسي", "درجة اليقظة", "الليبية", "التونسية"],
 "pe2": ["جوهرة أف أم", "وكالة تونس إفريقيا للأنباء", "الجزائرية", "نهج طرابلس"],
 "pe3": ["المنارة للإعلام", "لواء طارق بن زياد", "عمر السيناوني", "درجة التأهب", "المُدرج الرئيسي",
         "المنطقة العسكرية الغربية", "الغدامسية", "ما ادري"],
 "pe4": ["يورونيوز", "خليفة حفتر", "قوات المنطقة الغربية", "الجيش التونسي", "كريم الدبدابي", "الليبية"],
 "pe5": ["سبوتنيك", "الطرابلسي", "الغدامسية", "المدرجة", "التونسية", "الجزائرية", "الجانب الجزائري"],
}

PHEN = {
 "pe1": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district", "vague_area", "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_idri"],
 "pe2": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "coverage_bases",
         "coverage_oil", "coverage_crossings", "vague_area", "coverage_neighbours", "countries", "ambiguity_tripoli"],
 "pe3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "town_vs_district", "vague_area", "ambiguity_idri"],
 "pe4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "vague_area", "coverage_neighbours", "countries"],
 "pe5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
}

MOVES = {
 "pe1": [
  mv("reinforce", "reported", "Algerian army", ["حاسي مسعود"], ["الدبداب"], ["عين أمناس"]),
  mv("shipment", "reported", None, ["درج"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا", "دبداب", "المثلث الحدودي"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("deploy", "denied", "Algerian army", [], ["غدامس", "مطار غدامس"]),
 ],
 "pe2": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"], ["حقل البرمة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة رمادة الجوية"], ["برج الخضراء"]),
  mv("redeploy", "conditional", "Tunisian army", ["الذهيبة"], ["برج الخضراء"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"], ["تطاوين"]),
 ],
 "pe3": [
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء سرت"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["سيناون"]),
  mv("deploy", "planned", "GNA forces", ["سيناون"], ["غدّامس"]),
  mv("redeploy", "reported", "GNA forces", ["غدامس"], ["مطار غدامس"]),
  mv("advance", "denied", "Libyan National Army", [], ["غدامس"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الرجبان"]),
  mv("advance", "conditional", "Zintan forces", [], ["درج"]),
 ],
 "pe4": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("withdraw", "reported", "Libyan National Army", ["درج"], ["الشويرف"]),
  mv("reinforce", "planned", "Tunisian army", [], ["برج الخضراء"]),
  mv("deploy", "planned", "Algerian army", [], ["الدبداب"]),
  mv("deploy", "planned", "GNA forces", [], ["غدامس", "درج"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("advance", "conditional", "Libyan National Army", [], ["درج"]),
 ],
 "pe5": [
  mv("deploy", "reported", "GNA forces", ["غدامس"], ["المثلث الحدودي"]),
  mv("shipment", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت", "درج"]),
  mv("withdraw", "planned", "GNA forces", ["درج"], ["نالوت"]),
  mv("advance", "denied", "Foreign fighters", [], ["غدامس"], ["الحدود مع الجزائر"]),
  mv("mobilise", "conditional", "GNA forces", [], ["نالوت"]),
 ],
}

NOTES = {
 "pe1": "APS-style Algerian MoD communique (dateline Algiers): 4th-region reinforcement Hassi Messaoud->Debdeb via "
        "In Amenas; a smugglers' arms shipment from around Derj intercepted (no owner, actor null); planned "
        "detachments along the border with Libya from Debdeb to the triangle; conditional In Amenas->Debdeb; denied "
        "entry to Ghadames / Ghadames airport. Ouargla (HQ), Illizi (province, MP), Borj El Khadra (locator), "
        "Tamanrasset/In Guezzam/Bordj Omar Driss (arrests, a fuel seizure) and the Debdeb crossing (travellers) are not "
        "movement places; إدري inside Bordj Omar Driss; درج inside «درجة», غدامس inside the "
        "MP's surname; spelling variants دبداب and عين أمناس.",
 "pe2": "Jawhara FM (dateline Tataouine): Tunisian army column Remada->Borj El Khadra via the El Borma field; planned "
        "helicopter lift Remada air base->Borj El Khadra; conditional infantry company Dehiba->Borj El Khadra; denied "
        "pull-out Borj El Khadra->Tataouine. Ghadames and Debdeb (smugglers seen nearby), the Dehiba crossing "
        "(travellers), Tunis (distance) and the closing sentence's Remada base are not movement places. "
        "«العاصمة تونس» is Tunis, «حدود تونس والجزائر وليبيا» the countries.",
 "pe3": "Al-Manara Media (dateline Ghadames): an LNA column Ash Shwayrif->Derj via the Hamada al-Hamra (reported "
        "advance); a GNU border-guard company Nalut->Sinawen (reported) and on to Ghadames (planned); the local GNU "
        "battalion Ghadames->Ghadames airport (reported redeploy); part of the column landed earlier Benghazi->Sirte port "
        "(reported naval landing); the LNA's denied advance on Ghadames; Zintan brigades massing in Al Rujban (reported "
        "mobilise) and a Zintan commander's conditional move to Derj (no origin written); colloquial «ما ادري». درج inside «درجة» and «المُدرج»; سيناون inside a "
        "councillor's name; غدامس inside «الغدامسية»; the headline retells the LNA advance.",
 "pe4": "Euronews Arabic (dateline Tunis): a GNU airlift Mitiga airport->Ghadames airport; an LNA pull-back "
        "Derj->Ash Shwayrif; three planned moves from the tripartite communique (Tunisian army to Borj El Khadra, "
        "Algeria to around Debdeb, Libyan forces between Ghadames and Derj); Ankara's denied transfer of drones and "
        "experts Al-Watiya->Ghadames airport, while confirming trainers landed at Al-Khums port (reported naval landing); "
        "the LNA's conditional return to Derj (no origin written). Tunis is the "
        "venue; «إلى طرابلس» at the end is a message, not a move; الدبداب inside a researcher's name.",
 "pe5": "Sputnik Arabic interview (dateline Tripoli) with the GNU Ghadames border-sector commander: daily patrols "
        "Ghadames->the triangle; a supply shipment Tripoli->Ghadames via Nalut and Derj; the planned return of the "
        "Derj force to Nalut; denied infiltration of foreign fighters into Ghadames via the border with Algeria; a "
        "conditional reserve build-up in Nalut. The company stationed near the Al Wafa field (background) and civil flights Tripoli->Ghadames airport are not movements; "
        "طرابلس inside the commander's name «الطرابلسي»; درج inside «المدرجة».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pe1", "pe2", "pe3", "pe4", "pe5")
