# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row's point = Tripoli centre)
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                           # G
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jumaa municipality"),      # G* (town row)
 "salahaldin": ("town", "LY", 32.830, 13.200, "Salah al-Din (Tripoli)"),                # K (gazetteer row = Tripoli centre)
 "south_tripoli": ("region", "LY", 32.78, 13.20, "Southern Tripoli"),                   # K
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row's point = Tripoli centre)
 # western Libya
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # neighbours and datelines abroad
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 32.90, 11.30, "Tunisia-Libya border (Tunisian side)"),  # K
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "border_dz_side": ("region", "DZ", 28.8, 9.5, "Algeria-Libya border (Algerian side)"), # K
}

TRAPS = {
 "yp1": ["القدس العربي", "الليبية", "اللواء 444", "إدريس الفيتوري", "جهاز الردع لمكافحة الجريمة المنظمة والإرهاب",
         "جهاز دعم الاستقرار", "القوة المشتركة", "هذه الزاوية", "عماد الترهوني"],
 "yp2": ["عمون", "الليبية", "جهاز الردع", "محمد الزليتني", "التركية", "القوة المشتركة", "الأردنيين"],
 "yp3": ["لبنان 24", "الليبية", "الشمال اللبناني", "جهاز دعم الاستقرار", "اللواء 444 قتال", "أحمد الإدريسي",
         "اللبنانيين", "جهاز الردع"],
 "yp4": ["ديوان أف أم", "الليبية", "فتحي الجنزوري", "قوة حماية طرابلس", "التونسية", "الجميل", "عسكري تونسي",
         "التونسيين"],
 "yp5": ["الأنباء", "الليبية", "الجيش الوطني الليبي", "اللواء 444", "جهاز دعم الاستقرار", "الصادق الغرياني",
         "الكويتية"],
}

PHEN = {
 "yp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases"],
 "yp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "yp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "countries"],
 "yp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "yp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yp1": [
  mv("reinforce", "reported", "GNA forces", ["ترهونة"], ["عين زارة"], ["قصر بن غشير"]),
  mv("advance", "denied", "GNA forces", ["قاعدة معيتيقة"], ["أبو سليم"]),
  mv("deploy", "planned", "GNA forces", [], ["صلاح الدين"]),
  mv("withdraw", "conditional", "GNA forces", ["مطار طرابلس الدولي"], ["أبو سليم"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
 ],
 "yp2": [
  mv("deploy", "reported", "GNA forces", ["قاعدة معيتيقة"], ["تاجورا"]),
  mv("mobilise", "reported", "GNA forces", [], ["تاجوراء"]),
  mv("shipment", "reported", "GNA forces", ["زليتن"], ["تاجوراء"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["طرابلس"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("advance", "conditional", "GNA forces", ["تاجوراء"], ["سوق الجمعة"]),
 ],
 "yp3": [
  mv("reinforce", "reported", "GNA forces", ["العزيزية"], ["أبو سليم"], ["السواني"]),
  mv("advance", "denied", "GNA forces", ["صلاح الدين"], ["بوسليم"]),
  mv("airlift", "planned", "GNA forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "GNA forces", ["أبو سليم"], ["العزيزية"]),
  mv("redeploy", "reported", "GNA forces", ["سوق الجمعة"], ["مطار معيتيقة"]),
 ],
 "yp4": [
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["الماية"]),
  mv("mobilise", "reported", "GNA forces", [], ["جنزور"]),
  mv("shipment", "denied", None, ["صبراتة"], ["الزاوية"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", "GNA forces", ["العزيزية"], ["مصفاة الزاوية"]),
 ],
 "yp5": [
  mv("reinforce", "reported", "GNA forces", ["غريان"], ["السواني"], ["العزيزية"]),
  mv("advance", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["غريان"]),
  mv("withdraw", "conditional", "GNA forces", ["السواني"], ["غريان"]),
  mv("withdraw", "planned", "GNA forces", ["عين زارة"], ["ترهونة"]),
  mv("redeploy", "planned", "GNA forces", ["قصر بن غشير"], ["عين زارة"]),
 ],
}

NOTES = {
 "yp1": "Live blog (Al-Quds Al-Arabi), Tuesday: a 444-brigade column Tarhuna→Ain Zara seen passing Qasr bin Ghashir; "
        "Radaa denies vehicles leaving Mitiga base for Abu Salim (Souq al-Jumaa only where its men stay, no move); a "
        "planned military-police deployment in Salah al-Din; the SSA's conditional pull-back from around Tripoli "
        "International Airport to Abu Salim (Ain Zara only the condition there); Joint Force men landed by boat from "
        "Misrata on the Tajoura shore. South Tripoli (schools) and the Tripoli dateline are not movement places.",
 "yp2": "Live blog (Ammon News), Wednesday: Radaa pushes 30 vehicles Mitiga base→the western entrance of Tajoura "
        "(spelt تاجورا); Tajoura battalions mass in the town; ammunition trucks Zliten→Tajoura; the Turkish defence "
        "ministry denies an airlift Al-Watiya→Tripoli; a planned landing ship Misrata port→Abu Sitta naval base; a "
        "Tajoura commander's conditional advance towards Souq al-Jumaa. Mitiga airport (flights), Misrata airport "
        "(diverted flights), Souq al-Jumaa municipality, Amman, Jordan and Libya are not movement places.",
 "yp3": "Live blog (Lebanon 24), Thursday: an SSA column Al-Aziziyah→Abu Salim via As-Sawani; 444 denies an advance "
        "Salah al-Din→Abu Salim (spelt بوسليم); a planned airlift of a separation force Misrata airport→Mitiga airport; "
        "the SSA's conditional return Abu Salim→Al-Aziziyah; Radaa moves 20 vehicles Souq al-Jumaa→around Mitiga "
        "airport. Tripoli of Lebanon, Beirut (dateline, ministry) and Libya are not movement places.",
 "yp4": "Live blog (Diwan FM), Friday: a Zawiya armed group advances to Al-Maya (Janzour only a distance reference "
        "there); Janzour battalions mass at the town's western gate; Zawiya security denies an arms shipment "
        "Sabratha→Zawiya (no force named: actor null); the Tunisian army's conditional reinforcement Tataouine→the "
        "border with Libya (Zuwara only the condition); a planned neutral force Al-Aziziyah→Zawiya refinery. Ras "
        "Ajdir (closed to travellers), Sfax, Tunis and Tunisia are not movement places.",
 "yp5": "Live blog (Al-Anbaa), Saturday: a Gharyan column to As-Sawani via Al-Aziziyah; the LNA denies moving units "
        "Jufra air base→Gharyan; the column's conditional return As-Sawani→Gharyan (South Tripoli only the condition); "
        "the planned 444 pull-out Ain Zara→Tarhuna and a planned chief-of-staff force Qasr bin Ghashir→Ain Zara "
        "('his positions in the town'). Zintan and Misrata (mediators), Zawiya refinery (restart), Kuwait, Algeria "
        "and its border alert are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yp1", "yp2", "yp3", "yp4", "yp5")
