# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # ds1 House session in Benghazi, Cairo
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Darnah"),                                 # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air base row, near Hun/Waddan)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G* (row ميناء السدرة)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 # ds2 UN envoy in Tripoli
 "new_york": ("city", "US", 40.71427, -74.00597, "New York City"),                      # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 # ds3 Bouznika talks
 "bouznika": ("town", "MA", 33.7895, -7.1597, "Bouznika"),                              # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row spelled ربات)
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G* (row spelled أنفا)
 "skhirat": ("town", "MA", 33.8527, -7.0316, "Skhirat"),                                # K
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                              # G* (row spelled تنجه)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city / naval base row)
 # ds4 neighbours' meeting in Algiers
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "berlin": ("city", "DE", 52.52437, 13.41053, "Berlin"),                                # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "border_dz": ("region", "DZ", 28.8, 9.75, "Algeria-Libya border (Algerian side)"),     # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb_xing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb-Ghadames border crossing"),  # G* (Debdeb town row)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 # ds5 budget row, Fezzan municipal vote
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),              # G* (Brega town row)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
}

TRAPS = {
 "ds1": ["الجيش الوطني الليبي", "عقيلة صالح", "المالي", "ليبيا الحدث", "قاعات واغادوغو", "المصري", "ليبياً - ليبياً"],
 "ds2": ["قوة حماية طرابلس", "وزارة الدفاع التركية"],
 "ds3": ["محمد الإدريسي", "المغربي", "الجيش الليبي", "السفارة الروسية"],
 "ds4": ["الإذاعة الجزائرية", "التونسي", "التشادي", "الشأن الليبي"],
 "ds5": ["المالي", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "المصرف المركزي"],
}

PHEN = {
 "ds1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ds2": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ds3": ["clitics", "multiword", "person_trap", "nisba", "ambiguity_idri", "coverage_bases", "countries"],
 "ds4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "ds5": ["clitics", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ds1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["الجفرة"], ["سرت"]),
  mv("withdraw", "denied", "Libyan National Army", ["الهلال النفطي"], []),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
 "ds2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["تاجوراء"], ["زليتن", "الخمس"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["الزاوية", "غريان"]),
  mv("advance", "conditional", "Zintan forces", [], ["العزيزية"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
 ],
 "ds3": [
  mv("airlift", "reported", "Libyan National Army", ["مطار بنينا"], ["قاعدة تمنهنت"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["سبها"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "ds4": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "عين أمناس"]),
  mv("shipment", "denied", None, ["ليبيا"], ["مالي"], ["معبر الدبداب"]),
  mv("withdraw", "planned", "Tunisian army", ["بن قردان"], []),
  mv("mobilise", "conditional", "Chadian armed groups", [], ["القطرون"]),
 ],
 "ds5": [
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء البريقة"]),
  mv("advance", "planned", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("withdraw", "conditional", "GNA forces", ["العجيلات"], ["الزاوية"]),
  mv("mobilise", "denied", "Misrata forces", [], ["تاورغاء"]),
 ],
}

NOTES = {
 "ds1": "Youm7-style report on a House of Representatives budget session in Benghazi and Aguila Saleh's Cairo visit: "
        "the session moved from Tobruk, budget lines for Derna/Hariga/Abraq, southern MPs' complaints, Saleh's trip and "
        "Egypt's political role are not movements; four moves: LNA company Benina air base->Benghazi (reported deploy), "
        "a battalion Jufra->Sirte (planned redeploy), a pull-out from the Oil Crescent (denied; Ras Lanuf and Es Sider "
        "are where positions 'have not changed', not origins), Egyptian reinforcements to Sallum «إذا» (conditional).",
 "ds2": "Xinhua-style report on the UN envoy's tour: her flight Tunis->Mitiga, planned visits to Misrata, Zintan, "
        "Benghazi/Al-Rajma, the Security Council in New York and Ras Ajdir traffic are not movements; four moves: a "
        "column Misrata->Tajura via Zliten and Al-Khums (reported reinforce), GNU units Tripoli->Zawiya/Gharyan (planned "
        "redeploy), Zintan's threat to move on Al-Aziziyah «إذا» (conditional; Zintan is the council's seat, not an "
        "origin), Turkish troop flights into Al-Watiya (denied airlift).",
 "ds3": "Hespress-style report on 6+6 talks in Bouznika: venues (Bouznika, Skhirat, Tangier), the delegations' trips "
        "Benghazi->Casablanca and from Tripoli, MPs' home towns and the committees' seats are not movements; four moves: "
        "LNA cargo flights Benina airport->Tamanhint (reported airlift), an ammunition convoy Benghazi->Sabha (planned "
        "shipment), Misrata's council would mass at Abu Qurayn «إذا» (conditional mobilise), a Russian landing at Tobruk "
        "port (denied). Misrata and the Russian embassy's Tripoli are speaker locations.",
 "ds4": "Echorouk-style report on the Libya neighbours' ministerial meeting in Algiers: the ministers, the Berlin "
        "conferences, the next meeting in N'Djamena and the call to remove foreign forces from Libya are not movements; "
        "four moves: Algerian border units Ouargla->Debdeb/In Amenas (reported deploy), an arms shipment Libya->Mali via "
        "the Debdeb crossing (denied, no owner), a Tunisian pull-out from Ben Gardane (planned; Ras Ajdir is a locator), "
        "Chadian rebels massing near Al Qatrun «إذا» (conditional; southern Libya is where they are based).",
 "ds5": "Al Mayadeen-style report on the Presidential Council rejecting the budget and Fezzan's municipal vote: the "
        "Sharara shutdown, a Libyan fuel cargo to Tripoli (Lebanon), polling in Idri/Brak/Ghat and the envoy's contacts "
        "are not movements; four moves: an LNA landing at Brega port from Benghazi (reported), an LNA force Sabha->Sharara "
        "via Ubari (planned advance), GNU units Al-Ajaylat->Zawiya «بمجرد» (conditional withdraw), a Misrata build-up "
        "at Tawergha (denied).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ds1", "ds2", "ds3", "ds4", "ds5")
