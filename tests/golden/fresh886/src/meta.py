# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar (Green Mountain)"),  # G* (district row)
 # qhd1 Al-Bayda (Al-Quds Al-Arabi)
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 # qhd2 Shahhat (Ammon)
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),         # G* (town row)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "qirnada": ("town", "LY", 32.73174, 21.90350, "Qirnada"),                              # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "susa_port": ("crossing", "LY", 32.902, 21.963, "Port of Susa (Apollonia)"),           # K
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 # qhd3 Al-Qubba (Al-Jarida)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),         # G* (town row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                       # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 # qhd4 Tobruk (Sada El Balad)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                         # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind airport)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 # qhd5 Ajdabiya (Al-Ayam)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),       # G* (city row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
}

TRAPS = {
 "qhd1": ["القدس العربي", "اللحوم البيضاء", "جامعة عمر المختار", "الجيش الوطني الليبي", "اللبنانية"],
 "qhd2": ["عمون", "الشحاتي", "جامعة اليرموك", "الجيش الوطني الليبي", "الليبية", "أردنية"],
 "qhd3": ["الجريدة", "الصندوق الكويتي", "إدريس بوخطوة", "القبة الرئيسية", "ليبيا الأحرار", "الجيش الوطني الليبي"],
 "qhd4": ["صدى البلد", "الطبرقي", "الجيش الوطني الليبي", "الجيش المصري", "مصري", "البحرية الروسية", "الشاحنات المصرية"],
 "qhd5": ["الأيام", "عبد السلام الإدريسي", "اللواء طارق بن زياد", "شارع طرابلس", "الحرب السودانية"],
}

PHEN = {
 "qhd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "countries"],
 "qhd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "town_vs_district", "coverage_crossings", "countries"],
 "qhd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "countries"],
 "qhd4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qhd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhd1": [
  mv("deploy", "reported", "Libyan National Army", ["المرج"], ["البيضاء"], ["قصر ليبيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["البيضاء"], ["شحات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["وادي الكوف"]),
  mv("withdraw", "denied", "Libyan National Army", ["رأس الهلال"]),
 ],
 "qhd2": [
  mv("reinforce", "reported", "Libyan National Army", ["قرنادة"], ["شحات"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سوسة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["مسة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["شحات"]),
 ],
 "qhd3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الأبرق"]),
  mv("deploy", "reported", "Libyan National Army", ["مطار الأبرق"], ["القبة"]),
  mv("redeploy", "planned", "Libyan National Army", ["القبة"], ["درنة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["أم الرزم"]),
  mv("shipment", "denied", "Libyan National Army", ["ميناء درنة"], ["القبة"]),
 ],
 "qhd4": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "qhd5": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["اجدابيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["اجدابيا"], ["ميناء الزويتينة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["جالو", "أوجلة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الكفرة"]),
 ],
}

NOTES = {
 "qhd1": "Al-Bayda council roundup (water, meat prices, a twinning with Tripoli in Lebanon): an LNA battalion Al-Marj→"
         "Al-Bayda via Qasr Libya (the country inside the town name is not a place), a planned company from 'the city' "
         "(= Al-Bayda) to Shahhat, a conditional advance to Wadi al-Kuf (no origin written) and a denied pull-out from "
         "Ras al-Hilal; Tripoli (Lebanon), Lebanon, the Green Mountain and the Al-Bayda–Derna road are not movement "
         "places; 'اللحوم البيضاء' and Omar al-Mukhtar University are traps.",
 "qhd2": "Shahhat council roundup (tourist season, cash crisis, a Jordanian mission from Amman): LNA reinforcements "
         "Qirnada→Shahhat, a planned marine landing Benghazi port→Susa port, a denied massing of vehicles in Massah, "
         "and the force's conditional departure from Shahhat ('لن تغادر ... إلا بعد'); Amman, Jordan, Italy, Al-Bayda "
         "(a distance reference) and Libya are not movement places.",
 "qhd3": "Al-Qubba council roundup (a Kuwaiti-funded hospital; dateline Kuwait City, then Kuwait the donor state): an "
         "airlift Benina base→Al-Abraq airport, the same men by road from the airport to Al-Qubba, a planned company "
         "Al-Qubba→Derna, a conditional checkpoint reopened at Umm ar-Rizam (the Derna–Tobruk road is only the "
         "condition), and a denied arms shipment Derna port→Al-Qubba; 'القبة الرئيسية' (a mosque dome) is a trap and "
         "the variant 'القبه' is the town.",
 "qhd4": "Tobruk council roundup (power cuts, a fuel tanker at Marsa al-Hariga, lorries at Emsaed): LNA reinforcements "
         "Tobruk→the Emsaed crossing (the border with Egypt is only the patrol area), an ammunition-and-fuel convoy "
         "Benghazi→Gamal Abdel Nasser air base, a planned airlift from 'the base' to Jaghbub, the Egyptian army's "
         "conditional reinforcement Marsa Matruh→Sallum, and a denied Russian landing at Tobruk port.",
 "qhd5": "Ajdabiya council roundup (budget from Benghazi and Tripoli, an aid convoy to Idri — civilian, not a movement): "
         "an LNA battalion Benghazi→Ajdabiya ('the city'; Tripoli Street is a trap), a planned company Ajdabiya→"
         "Zueitina port, a conditional advance towards Jalu and Awjila if fighters cross the border with Sudan (the "
         "border is the condition), and the Kufra mayor's denial of Sudanese fighters massing in Kufra.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhd1", "qhd2", "qhd3", "qhd4", "qhd5")
