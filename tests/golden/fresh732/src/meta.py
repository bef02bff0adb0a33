# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # Tripoli's southern gates, Tarhuna and Bani Walid (shared)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G (gazetteer kind city)
 "qasr_mun": ("district", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir municipality"),   # G* (town row)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G (written القربولي)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "south_tripoli": ("region", "LY", 32.70, 13.20, "Southern outskirts of Tripoli"),      # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western region of Libya"),            # G* (row إقليم طرابلس)
 # further afield in Libya
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 # neighbours and abroad
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "beirut_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (row مرسين, the city)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn": ("region", "TN", 32.6, 10.95, "Tunisia-Libya border (Tunisian side)"),    # K
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
}

TRAPS = {
 "qbf1": ["الجيش الوطني الليبي", "ليبيا الأحرار", "المصراتية", "الليبية"],
 "qbf2": ["وكالة الأناضول", "اللبنانية", "التركية", "الروسية", "الليبي"],
 "qbf3": ["السومرية نيوز", "منطقة طرابلس العسكرية", "إدريس العرفي", "ورفلة", "مالي", "هذه الزاوية", "الليبية",
          "الروسية"],
 "qbf4": ["الجولات الخمس", "مصري", "الليبية", "تركية"],
 "qbf5": ["عمون", "إدريس الفيتوري", "دارفورية", "سودانية", "التونسية", "الأردنية", "الليبية"],
}

PHEN = {
 "qbf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "town_vs_district", "coverage_bases", "countries"],
 "qbf2": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qbf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
          "countries"],
 "qbf4": ["clitics", "multiword", "common_word_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qbf5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbf1": [
  mv("withdraw", "reported", "Libyan National Army", ["قصر بن غشير", "مطار طرابلس الدولي"], ["ترهونة"]),
  mv("redeploy", "planned", "GNA forces", ["تاجوراء"], ["قصر بن غشير"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
  mv("advance", "conditional", "Misrata forces", ["القربولي"], ["ترهونه"]),
  mv("mobilise", "reported", "Misrata forces", [], ["زليتن"]),
 ],
 "qbf2": [
  mv("airlift", "reported", "Wagner Group", ["قاعدة حميميم"], ["مطار بني وليد"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "denied", "Foreign fighters", ["باب التبانة"], ["ليبيا"], ["مطار بيروت"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["عين زارة"]),
 ],
 "qbf3": [
  mv("withdraw", "reported", "Wagner Group", ["بني وليد"], ["الجفرة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["مطار بني وليد"], ["ترهونة"]),
  mv("shipment", "denied", "Libyan National Army", ["بنغازي"], ["مطار بني وليد"]),
  mv("reinforce", "conditional", "Libyan National Army", ["ترهونة"], ["بني وليد"]),
 ],
 "qbf4": [
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("shipment", "reported", "Turkish armed forces", ["ميناء الخمس"], ["قاعدة معيتيقة"]),
  mv("deploy", "conditional", "Egyptian army", [], ["ليبيا"]),
  mv("reinforce", "denied", "Egyptian army", ["مرسى مطروح"], ["الحدود مع ليبيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["ترهونة"], ["قاعدة القرضابية"]),
 ],
 "qbf5": [
  mv("advance", "reported", "Libyan National Army", ["ترهونة"], ["قصر بن غشير"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ترهونة"], ["بنى وليد"]),
  mv("airlift", "denied", "Sudanese armed groups", ["الكفرة"], ["مطار بني وليد"]),
  mv("mobilise", "planned", "Tunisian army", [], ["الذهيبة"]),
 ],
}

NOTES = {
 "qbf1": "Truce at Tripoli's southern gates: LNA units pulled back from Qasr bin Ghashir and the old Tripoli "
         "International Airport to Tarhuna; a planned GNA redeployment Tajura→Qasr bin Ghashir; a denied Wagner airlift "
         "Jufra air base→Bani Walid airport; Misrata brigades' conditional advance Garabulli (written القربولي)→Tarhuna "
         "(written ترهونه); their reported massing in Zliten. Tripoli ('southern gates of Tripoli', 'the Tripoli "
         "government'), the Qasr bin Ghashir municipality, Kuwait City (dateline), Kuwait (country) and the monitored "
         "Tarhuna–Bani Walid road are not movement places.",
 "qbf2": "Al-Liwaa, Beirut: a reported Wagner airlift Hmeimim base→Bani Walid airport via Jufra air base (Latakia "
         "locates the base; Tripoli is a distance reference); a denied move of Lebanese recruits from Bab al-Tabbaneh "
         "to Libya via Beirut airport (Tripoli of Lebanon only locates the story); a planned Turkish marine landing at "
         "Khoms port (Ankara = speaker); Syrian fighters' conditional withdrawal from Ain Zara (Wagner leaving Bani "
         "Walid is the condition, not a movement).",
 "qbf3": "Alsumaria: Wagner left Bani Walid for Al-Jufra (reported); a planned neutral force Tripoli→Bani Walid airport "
         "via Tarhuna; a denied missile shipment Benghazi→Bani Walid airport; the LNA 9th Brigade's conditional "
         "reinforcement Tarhuna→Bani Walid. Wagner guarding Sharara and the south is presence, not movement; "
         "'منطقة طرابلس العسكرية' is a trap, 'مالي' (financial) and 'هذه الزاوية' are common words.",
 "qbf4": "Al-Wafd, Cairo: Turkish marines landed at Khoms port from Mersin port (reported); 30 armoured vehicles "
         "carried on from 'the port' (= Khoms port) to Mitiga (reported shipment); Egypt's conditional deployment to "
         "Libya (Sirte–Jufra line only the condition); a denied Egyptian brigade Marsa Matruh→the border with Libya "
         "(Sallum crossing only a statement about traffic); a planned LNA redeployment Tarhuna→Gardabya base (Sirte "
         "only locates the base).",
 "qbf5": "Ammon, Amman: an LNA group advanced from Tarhuna towards Qasr bin Ghashir, stopping 4 km from Al-Sawani "
         "(distance reference); a conditional LNA pull-back Tarhuna→Bani Walid (Ain Zara only in the condition); a "
         "denied airlift of Sudanese fighters Kufra→Bani Walid airport; a planned Tunisian massing in Dehiba (the "
         "border with Libya is what they guard against, Wazin crossing only traffic). Amman = dateline and venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbf1", "qbf2", "qbf3", "qbf4", "qbf5")
