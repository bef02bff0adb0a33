# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # la1 Sabha and Wadi al-Shati
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # la2 Ghat, Ubari and the Algerian side
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz": ("region", "DZ", 25.0, 9.9, "Algeria-Libya border (Algerian side)"),      # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (kind town, gazetteer village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 # la3 Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (airport row مطار شرق العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 # la4 Tripoli and the west
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (gazetteer spelling ربات)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "tripoli_port": ("crossing", "LY", 32.9030, 13.1880, "Port of Tripoli"),               # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # la5 Benghazi
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benghazi_port": ("crossing", "LY", 32.1000, 20.0500, "Port of Benghazi"),             # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
}

TRAPS = {
 "la1": ["الشرق الأوسط", "الجيش الوطني الليبي", "غرفة عمليات تأمين الانتخابات بالمنطقة الجنوبية", "علي السبهاوي",
         "لا أدري", "الأوراق البيضاء"],
 "la2": ["النهار", "الجيش الوطني الشعبي", "الليبيتين", "الجزائري", "الليبي", "محمد الإدريسي", "لغات"],
 "la3": ["الجيش الليبي", "الجيش الوطني الليبي", "ليبيا الحدث", "مصرة", "السودانية", "المصري"],
 "la4": ["الليبية", "ليبيا الأحرار", "المنطقة العسكرية الساحل الغربي", "قوة حماية طرابلس"],
 "la5": ["كأس ليبيا", "الأهلي طرابلس", "الأهلي بنغازي", "ملعب شهداء بنينا", "شارع جمال عبد الناصر", "الزمن الجميل",
         "الليبية", "الاتحاد الليبي لكرة القدم"],
}

PHEN = {
 "la1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "la2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "la3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "la4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "la5": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
         "coverage_crossings"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "la1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["سبها"]),
  mv("withdraw", "reported", LNA, ["براك"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", LNA, ["سبها"], ["إدري"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("advance", "denied", LNA, ["سبها"], ["مرزق"]),
 ],
 "la2": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت", "الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Algerian army", [], ["معبر تين الكوم"]),
  mv("deploy", "reported", LNA, ["سبها"], ["غات"], ["اوباري"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("mobilise", "denied", None, [], ["العوينات"]),
 ],
 "la3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["ربيانة", "تازربو"]),
  mv("shipment", "planned", None, ["بنغازي"], ["الكفره"], ["اجدابيا", "جالو"]),
  mv("withdraw", "denied", LNA, ["حقل السرير", "الحدود مع السودان"], ["الكفرة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات", "المثلث الحدودي"]),
 ],
 "la4": [
  mv("deploy", "reported", GNA, [], ["تاجوراء", "جنزور", "سوق الجمعة"]),
  mv("naval_landing", "reported", GNA, ["مصراتة"], ["ميناء طرابلس"]),
  mv("withdraw", "planned", GNA, ["جنزور"], ["الزاوية"]),
  mv("advance", "conditional", GNA, [], ["العزيزية"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["طرابلس"]),
 ],
 "la5": [
  mv("deploy", "reported", LNA, ["المرج"], ["بنغازي", "مطار بنينا"]),
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("mobilise", "planned", LNA, [], ["بنغازي"]),
  mv("withdraw", "conditional", LNA, ["بنغازي"], ["قاعدة بنينا الجوية"]),
  mv("deploy", "denied", GNA, ["طرابلس"], ["بنغازي"]),
 ],
}

NOTES = {
 "la1": "Asharq Al-Awsat-style report (Cairo dateline) on Sabha's municipal vote: an LNA reinforcement Tamanhint air "
        "base→Sabha, an armoured-vehicle shipment Benghazi→Sabha, a pull-back Brak→Brak air base, a planned company "
        "Sabha→Idri, a conditional airlift Benina→Sabha airport and a denied column Sabha→Murzuq; Cairo is only the "
        "dateline, Fezzan only the spokesman's wording; traps: outlet, LNA name, operations room, a person nisba "
        "containing Sabha, «لا أدري», blank ballots («الأوراق البيضاء»).",
 "la2": "Ennahar-style Algerian report (Algiers dateline) on the Ghat/Ubari municipal vote: an Algerian reinforcement "
        "Illizi→Djanet/the border with Libya, a conditional one to the Tin Alkoum crossing (Isayen only a locator), an "
        "LNA force Sabha→Ghat via Ubari (spelt اوباري), an airlift Tamanhint base→Ghat airport, a planned company "
        "Sharara field→Ubari and a denied massing of gunmen in Al-Awaynat; Algiers (city) vs Algeria (country); traps: "
        "the ANP, the outlet, nisbas, a person «الإدريسي», «بلغات» containing Ghat.",
 "la3": "Al-Watan-style Egyptian report on Kufra's municipal vote: an LNA airlift Benina→Kufra airport, Subul al-Salam "
        "patrols Kufra→Rebiana/Tazirbu, a planned armour shipment Benghazi→Kufra (spelt الكفره) via Ajdabiya and Jalu, "
        "a denied pull-out from the Sarir field and the Sudan border to Kufra, and a conditional Egyptian reinforcement "
        "at East Oweinat and the border triangle; Sudan as the refugees' origin is no movement place; traps: «مصرة», "
        "nisbas, «ليبيا الحدث».",
 "la4": "Hespress-style Moroccan report (Rabat dateline) on Tripoli's municipal vote: a GNU Interior deployment to "
        "Tajura/Janzour/Souq al-Jumaa, a naval landing Misrata→Tripoli port, a planned pull-back Janzour→Zawiya, a "
        "conditional 444 Brigade advance on Al-Aziziyah and a denied Turkish move Al-Watiya→Tripoli; Ras Ajdir closed "
        "(no move), observers from Tunis (civilians); Tunisia (country) vs Tunis (city); traps: «قوة حماية طرابلس», "
        "the western coast military region, «ليبيا الأحرار».",
 "la5": "Elaph-style report from Benghazi on a Libyan Cup final: LNA military police Al-Marj→Benghazi/Benina airport, "
        "a landing ship Tobruk→Benghazi port, a planned massing in Benghazi, a conditional pull-back Benghazi→Benina "
        "air base and the GNU's denial of sending armed men Tripoli→Benghazi; fans' civil flights from Mitiga are no "
        "movement; traps: clubs and cup named after cities, the Benina stadium, Gamal Abdel Nasser street, «الزمن الجميل».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("la1", "la2", "la3", "la4", "la5")
