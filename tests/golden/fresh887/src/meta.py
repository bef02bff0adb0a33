# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qhe1 Ras Ajdir (Jawhara FM)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير, written three ways)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "border_tn_side": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 # qhe2 Wazin-Dehiba (Diwan FM)
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border post"),       # G* (row منفذ وازن, country TN)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Wazin border crossing"),     # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_deleg": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),           # G* (town row)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "westmountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "border_tn_dehiba": ("region", "TN", 32.03, 10.62, "Tunisia-Libya border (Tunisian side, Dehiba)"),  # K
 # qhe3 Emsaed-Sallum (Sada El Balad)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G* (row مرسى مطروح, written مطروح)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "border_eg_side": ("region", "EG", 31.45, 25.20, "Egypt-Libya border (Egyptian side, Sallum)"),  # K
 # qhe4 Tummo (Al-Quds Al-Arabi)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 # qhe5 Isayen / Tin Alkoum (An-Nasr)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G* (district row غات)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "border_dz": ("region", "DZ", 24.90, 9.85, "Algeria-Libya border (Algerian side, Djanet)"),  # K
}
P.update({
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum_port": ("crossing", "EG", 31.565, 25.160, "Port of Sallum"),                   # K
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
})

TRAPS = {
 "qhe1": ["جوهرة أف أم", "محمد الزواري", "الديوانة التونسية", "الجيش التونسي", "الجمارك الليبية", "الجانب الليبي",
          "ليبيا الأحرار", "الحرس الوطني", "قوة حماية طرابلس", "الجديدة"],
 "qhe2": ["ديوان أف أم", "عبد الستار إدريس", "التوازن", "البنزين الليبي", "الجيش التونسي", "الجمارك الليبية",
          "كتيبة طارق بن زياد"],
 "qhe3": ["صدى البلد", "سعد الطبرقي", "الوطني الليبي", "المنطقة الغربية العسكرية", "البضائع المصرية",
          "شحنات أسلحة مصرية", "الجانب الليبي"],
 "qhe4": ["القدس العربي", "الجانب النيجري", "إدريس المقرحي", "اللواء 128 معزز", "الجيش الوطني الليبي", "مواقع تشادية",
          "مقاتلين تشاديين", "علي القطروني"],
 "qhe5": ["النصر", "محمد الغاتي", "الجانب الليبي", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي",
          "الجيش الوطني الليبي", "الطوارق الماليين", "السلطات الليبية"],
}

PHEN = {
 "qhe1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "operation_trap", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qhe2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhe3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhe4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhe5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhe1": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["رأس جدير"], ["بن قردان"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["منفذ راس اجدير"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة الوطية"], ["أبو كماش"]),
  mv("deploy", "denied", "Misrata forces", ["مصراتة"], ["زوارة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
 ],
 "qhe2": [
  mv("redeploy", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الرجبان"]),
  mv("advance", "conditional", "Zintan forces", ["الرجبان"], ["وازن"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["حقل الوفاء"]),
 ],
 "qhe3": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["امساعد"], ["البردي"]),
  mv("withdraw", "conditional", "Libyan National Army", ["امساعد"]),
  mv("redeploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["سيدي براني"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء السلوم"]),
  mv("shipment", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
 ],
 "qhe4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["التوم"], ["أم الأرانب"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("withdraw", "conditional", "Libyan National Army", ["التوم"], ["سبها"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["التوم"], ["القطرون"]),
  mv("advance", "denied", "Chadian armed groups", ["وور"], ["مرزق"]),
 ],
 "qhe5": [
  mv("deploy", "reported", "Algerian army", ["إليزي"], ["معبر تين الكوم"], ["جانت"]),
  mv("airlift", "conditional", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["غات"]),
  mv("mobilise", "denied", "Foreign fighters", [], ["العوينات"]),
 ],
}

NOTES = {
 "qhe1": "Ras Ajdir queues: a Tunisian army reinforcement Medenine→Ras Ajdir via Ben Gardane (the headline repeats it; "
         "Ben Gardane is also dateline and distance reference), a planned Interior Ministry (GNA) force Tripoli→the Ras "
         "Ajdir post (written منفذ راس اجدير), a conditional GNA reinforcement Al-Watiya base→Abu Kammash, a denied Misrata "
         "convoy Misrata→Zuwara, and a General Security unit landed at Zuwara port from Tripoli port; Tripoli as the "
         "trader's source, «قوة حماية طرابلس» (trap) saying its units «did not leave the capital» (no place, no move), "
         "Zuwara as distance reference, Tunis (speaker) vs Tunisia (goods entering), Medenine governorate and the "
         "border are no movement places.",
 "qhe2": "Dehiba-Wazin reopening: the Tunisian army moves a company Remada→Dehiba, the GNA plans a battalion Nalut→the "
         "Wazin crossing, Zintan's council masses 30 vehicles in Ar-Rujban (reported) and says they will not advance to "
         "Wazin unless convoys are attacked (conditional; the Western Mountain only the place of an earlier attack), "
         "and the LNA denies a Tariq bin Ziyad column Ash-Shwayrif→Al-Wafa field ('south of Ghadames' a locator); "
         "lorries to Nalut and traders from Zarzis/Tataouine are civilian flows.",
 "qhe3": "Sallum land port: the LNA deploys an infantry battalion Tobruk→Emsaed via Bardia and will not withdraw from "
         "Emsaed until customs take over (conditional, origin only), Egypt plans border guards Mohamed Naguib base→Sallum "
         "via Sidi Barrani (the border only where the checks are), reports marines landed at Sallum port after sailing "
         "from Alexandria, and denies arms shipments Siwa→Jaghbub; the Alexandria→Benghazi orange lorries and the drug "
         "cargo from Tripoli port (Lebanon) to Benghazi are civilian, not movements.",
 "qhe4": "Tummo reopening: an LNA 128th Brigade column Sabha→Tummo via Umm al-Aranib, a planned cargo-plane company Jufra "
         "air base→Al-Wigh base (the Niger border only a locator), the column's conditional return Tummo→Sabha, a "
         "reported fuel-and-ammunition convoy Brak air base→Tummo via Al-Qatrun, and a denied infiltration of Chadian "
         "fighters Wour→Murzuq; Al-Qatrun is also dateline and distance reference, Dirkou/Agadez and Idri only trade, "
         "Niamey the Nigerien government's seat, Algeria (country) a trade direction.",
 "qhe5": "Tin Alkoum barter trade: Algerian 4th Military Region units Illizi→Tin Alkoum crossing via Djanet (Djanet also a "
         "distance reference), a conditional airlift Ouargla→Djanet airport if south-western Libya deteriorates (a "
         "condition, not a movement place), an LNA company planned Sharara field→Ghat, and a denied massing of Malian "
         "Tuareg fighters in Al-Awaynat; Ghat/Ubari traders, Isayen (Libyan post), the Algiers ministry and the Benghazi "
         "authorities are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhe1", "qhe2", "qhe3", "qhe4", "qhe5")
