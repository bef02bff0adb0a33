# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "east_ly": ("region", "LY", 31.0, 22.0, "Eastern Libya"),                              # K
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                        # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 # qgt1 Derna after storm «Elena» (Sada El Balad)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "wadi_derna": ("region", "LY", 32.745, 22.600, "Wadi Derna"),                          # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "qubbah": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                             # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # qgt2 Ghat floods and the Djanet air bridge (Echaab)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row kind airport)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "border_dz": ("region", "DZ", 24.90, 9.95, "Algeria-Libya border (Algerian side, near Tin Alkoum)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qgt3 Al-Bayda cut off by floods and snow (Al-Anba)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 "jabal_akhdar_dist": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar district"),  # G* (row الجبل الأخضر)
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "susa_port": ("crossing", "LY", 32.900, 21.960, "Port of Susa"),                       # K
 "qirnadah": ("town", "LY", 32.73174, 21.90350, "Gernada"),                             # G
 # qgt4 sandstorm over Kufra (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tripoint_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # qgt5 the storm over the west (Shafaq News)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
}

TRAPS = {
 "qgt1": ["صدى البلد", "الجيش المصري", "جمال عبد الناصر", "الجيش الوطني الليبي", "الهلال الأحمر المصري", "دعماً مالياً"],
 "qgt2": ["الشعب", "الجيش الوطني الشعبي", "أحمد بن إدريس", "اللواء طارق بن زياد", "الجيش الجزائري",
          "الهلال الأحمر الجزائري", "الهلال الأحمر الليبي", "الليبية"],
 "qgt3": ["الأنباء", "الجيش الوطني الليبي", "الخيام البيضاء", "جامعة عمر المختار", "ليبيا الحدث", "الهلال الأحمر الكويتي"],
 "qgt4": ["السوداني", "السودانيين", "الجيش الوطني الليبي", "كتيبة سبل السلام", "محمد إدريس الزوي", "قوات الدعم السريع",
          "الجيش السوداني", "الهلال الأحمر الليبي", "شركة الخليج العربي للنفط", "الليبية"],
 "qgt5": ["شفق نيوز", "الساعات الخمس", "البحرية التركية", "اللواء 444 قتال", "عماد الطرابلسي"],
}

PHEN = {
 "qgt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qgt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgt3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qgt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qgt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgt1": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["درنة"], ["منفذ امساعد", "طبرق"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء درنة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["سوسة"]),
  mv("redeploy", "denied", "Libyan National Army", ["القبة"], ["درنة"]),
 ],
 "qgt2": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("shipment", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("airlift", "conditional", "Algerian army", ["ورقلة"], ["جانت"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري", "العوينات"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
 ],
 "qgt3": [
  mv("deploy", "reported", "Libyan National Army", ["المرج"], ["البيضاء"], ["مسة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["وادي الكوف"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سوسة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قرنادة"]),
 ],
 "qgt4": [
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["مطار الكفرة"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["جالو"], ["تازربوا"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "qgt5": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["زليتن"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "conditional", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("withdraw", "reported", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
 ],
}

NOTES = {
 "qgt1": "Storm floods in Derna: an Egyptian army engineering convoy Marsa Matruh→Derna via the Amsaad crossing and "
         "Tobruk (Wadi Derna and Cairo are only the work area and the orders' source), a planned landing from Alexandria "
         "at Derna port by the helicopter carrier «Gamal Abdel Nasser» (trap), an LNA conditional reinforcement "
         "Benghazi→Susa (Libyan Susa, not Sousse; Derna only the '60 km' reference there) and a denied Al-Qubbah→Derna "
         "transfer. The Red Crescent convoy to Tobruk, the Lebanese aid plane at Benina (from Tripoli, Lebanon) and the "
         "Hariga loading halt are not force moves.",
 "qgt2": "Ghat floods: an Algerian Il-76 airlift Boufarik air base→Djanet airport, an army aid convoy Djanet→the Tin "
         "Alkoum crossing (Ghat only '20 km' from it), a conditional helicopter move Ouargla→Djanet (Illizi only the "
         "condition), an LNA column Sabha→Ghat via Ubari (written اوباري) and Al-Awaynat, a planned GNU flight Mitiga "
         "airport→Ghat airport and Algeria's denied entry of units into Ghat; Tripoli is the GNU's seat, Algiers the "
         "Red Crescent's city (civilian convoy, not a movement).",
 "qgt3": "Al-Bayda cut off: an LNA engineering battalion Al-Marj→Al-Bayda via Massah, rescue units that will not leave "
         "Wadi al-Kuf until the bridge opens (conditional), a planned airlift Benina air base→Al-Abraq airport, a naval "
         "landing Benghazi port→Susa port (Shahhat only the purpose of the road clearing), and a denied LNA massing in "
         "Gernada (Al-Bayda only the '15 km' reference). The Kuwaiti aid plane at Benina airport and Red Crescent trucks "
         "to Al-Bayda and Shahhat are not force moves.",
 "qgt4": "Sandstorm over Kufra: an LNA airlift Benghazi→Kufra airport, a Subul al-Salam company Kufra→Rebiana, a planned "
         "company to Maaten al-Sarra air base (no origin written; the border with Chad only the road's end), a "
         "conditional battalion Jalu→Tazirbu (written تازربوا), and the RSF's denied infiltration into Kufra via the "
         "border triangle (the Libya-Egypt-Sudan triangle at Uweinat, not the Ghat-area triangle). Refugees from El "
         "Fasher/Darfur, the Khartoum speaker and the Sarir shutdown are not movements.",
 "qgt5": "Storm over the west: a Misrata military council engineering company Misrata (written مصراته)→Zliten, a planned "
         "Turkish navy supply ship Mersin→Khoms port (equipment only: shipment), a conditional GNU airlift Mitiga air "
         "base→Ghadames airport, a 444 Brigade force withdrawn Tarhuna→its camp in Tripoli, and Zintan's denied massing "
         "at Al-Aziziyah. Tripoli in Lebanon (flooded streets) and the minister Imad al-Trabelsi (trap) are not movement "
         "places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgt1", "qgt2", "qgt3", "qgt4", "qgt5")
