# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 # qm1 west coast (Sputnik Arabic)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 # qm2 Algeria's eastern border (Ennahar)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "border_dz": ("region", "DZ", 24.90, 9.95, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 # qm3 Egypt's western border and eastern Libya (Al-Shorouk)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "tobruk_port": ("crossing", "LY", 32.0750, 23.9750, "Port of Tobruk"),                 # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),            # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                       # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                         # G
 "tripoli_lb_port": ("crossing", "LB", 34.4630, 35.8270, "Port of Tripoli (Lebanon)"),   # K
 "hadaiq_qubba": ("district", "EG", 30.08843, 31.28351, "Hadaiq al-Qubba (Cairo)"),     # G* (city row, kind district)
 # qm4 the Libyan south and the Sahel neighbours (France 24 Arabic)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row أغاديس)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne": ("region", "NE", 22.40, 13.50, "Niger-Libya border (Nigerien side)"),    # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 # qm5 Tunisia's south-east (Mosaique FM)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn": ("region", "TN", 32.60, 11.00, "Tunisia-Libya border (Tunisian side)"),   # K
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),         # G* (row الحدود الليبية التونسية)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
}

TRAPS = {
 "qm1": ["سبوتنيك", "الصادق الغرياني", "التركية", "اللبنانية"],
 "qm2": ["النهار", "مولودية الجزائر", "الجيش الوطني الشعبي", "ليبية"],
 "qm3": ["الشروق", "شارع مصر والسودان", "الجيش الوطني الليبي", "المصري", "ليبية", "منتخب مصر"],
 "qm4": ["فرانس 24", "جبهة الوفاق من أجل التغيير في تشاد", "محمد إدريس ديبي", "ليبياً", "التشادي", "النيجري",
         "غرينتش"],
 "qm5": ["موزاييك", "سوق ليبيا", "التونسيين", "فرحات المرزوقي", "الجيش الوطني"],
}

PHEN = {
 "qm1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qm2": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_neighbours",
         "countries"],
 "qm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qm4": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qm5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qm1": [
  # 07:12 / 07:40 / 08:55 one column; the 08:55 correction fixes the destination (Zawiya, not Sabratha)
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور"]),
  mv("shipment", "reported", "GNA forces", ["طرابلس"], ["الزاوية"]),
  mv("mobilise", "reported", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["قاعدة الوطية"]),
  # «سرية من القاعدة ذاتها» = Al-Watiya
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["منفذ رأس اجدير"]),
  # 11:30 reported, 12:10 denied by the coast guard -> one movement, denied
  mv("naval_landing", "denied", "GNA forces", ["طرابلس"], ["زوارة"]),
  # «قوات من المدينة ... نحو العاصمة» = Misrata -> Tripoli
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"]),
 ],
 "qm2": [
  # the correction replaces the origin Illizi by In Amenas
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("withdraw", "denied", "Algerian army", ["برج عمر إدريس"], ["ورقلة"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "conditional", "Algerian army", [], ["جانت", "الحدود مع ليبيا"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت", "درج"]),
 ],
 "qm3": [
  # the correction gives the route: via Sidi Barrani, not the Siwa road
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار طبرق"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء طبرق"]),
  mv("withdraw", "denied", "Libyan National Army", ["الجغبوب"], ["طبرق"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ امساعد"]),
  mv("deploy", "conditional", "Libyan National Army", ["طبرق"], ["البردي"]),
 ],
 "qm4": [
  # the correction replaces the origin Brak by Tamanhint air base and adds the route
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"], ["سبها", "أم الأرانب"]),
  mv("advance", "denied", "Chadian armed groups", ["جنوب ليبيا"], ["تيبستي"]),
  # the Nigerien army is not a canonical actor -> null
  mv("redeploy", "planned", None, ["أغاديز"], ["ماداما"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ التوم"], ["القطرون"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
 ],
 "qm5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  # «تحيين»: the rumoured pull-out is denied
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["معبر راس جدير"]),
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["رمادة"]),
  # Zuwara armed groups: not a canonical actor -> null
  mv("mobilise", "reported", None, ["زوارة"], ["أبو كماش"]),
  # «إلى المعبر» = معبر راس جدير
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["معبر راس جدير"]),
 ],
}

NOTES = {
 "qm1": "Sputnik Arabic timestamped ticker on the west coast: a GNA column Tripoli->Zawiya via Janzour whose "
        "destination is corrected from Sabratha (Sabratha gold, not a movement place); Zintan fighters massing at "
        "Al-Aziziyah; a Turkish cargo plane Kayseri->Al-Watiya; a planned company «من القاعدة ذاتها» to Ras Ajdir; "
        "a coast-guard sea move Tripoli->Zuwara reported at 11:30 and denied at 12:10 (one movement, denied); "
        "Misrata's conditional move «نحو العاصمة». Road reopening, fuel prices and the mufti item are not movements.",
 "qm2": "Ennahar Online ticker on Algeria's eastern border: an Algerian reinforcement to Debdeb whose origin is "
        "corrected from Illizi to In Amenas; a denied pull-out Bordj Omar Driss->Ouargla; a planned "
        "Tamanrasset->Djanet airport air bridge; a conditional deployment around Djanet and on the border with "
        "Libya (Ghat is the reason, not a destination); a GNA force Tripoli->Ghadames via Nalut and Derj. The wali "
        "of Illizi, an exercise at Ouargla and a football «تعزّز صدارتها» are not movements.",
 "qm3": "Al-Shorouk headline digest on Egypt's western border and eastern Libya: an Egyptian reinforcement "
        "Marsa Matruh->Sallum whose route is corrected to Sidi Barrani (Siwa gold, not a movement place); an LNA "
        "airlift Benina->Tobruk airport and a landing at Tobruk port from Benghazi; a denied pull-out "
        "Al-Jaghbub->Tobruk; a planned company at the Amsaad crossing; a conditional Tobruk->Bardia move. The "
        "governor at the Sallum land port, the minister's visit to Benghazi and a Cairo traffic accident are not "
        "movements.",
 "qm4": "France 24 Arabic evening digest on the Libyan south and the Sahel: an LNA column to Al Qatrun whose origin "
        "is corrected from Brak to Tamanhint air base, via Sabha and Umm al-Aranib; FACT's denied transfer of "
        "fighters from southern Libya to Tibesti; a planned Nigerien move Agadez->Madama (actor null); a "
        "conditional LNA pull-out Toummo->Al Qatrun; an LNA supply shipment Sabha->Ubari. Power cuts in Idri, "
        "Déby's meeting in N'Djamena and migrants Niger->Libya are not movements.",
 "qm5": "Mosaique FM short-news digest on Tunisia's south-east and the Libyan border: a Tunisian reinforcement "
        "Medenine->Ben Gardane; an «تحيين» denying a pull-out Dehiba->Tataouine; a GNA interior force "
        "Zuwara->Ras Ajdir crossing; a planned engineering unit Gabes->Remada; a conditional GNA reinforcement "
        "Tripoli->«المعبر». The traders of «سوق ليبيا», the governor of Medenine and a smuggling seizure on the "
        "Zarzis-Medenine road are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qm1", "qm2", "qm3", "qm4", "qm5")
BAR_IN_TEXT = True  # the texts have a literal "|" (ticker times and «عاجل |» headlines)
