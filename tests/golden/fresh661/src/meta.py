# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "germany": ("country", "DE", 51.08509, 10.48110, "Germany"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # ym1 the ICC and Tarhuna (Al-Quds Al-Arabi)
 "hague": ("city", "NL", 52.07667, 4.29861, "The Hague"),                               # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "qasr_bin_ghashir": ("town", "LY", 32.68333, 13.18333, "Qasr bin Ghashir"),            # G* (gazetteer kind city)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),        # G* (town row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # ym2 the Attorney General's warrants (Asharq Al-Awsat)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                       # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),            # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),  # G* (row إقليم طرابلس)
 # ym3 the Ben Gardane trial (Al-Jarida)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "border_tn_side": ("region", "TN", 32.40, 10.85, "Tunisia-Libya border (Tunisian side)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 # ym4 the FACT appeal in N'Djamena (Al-Wafd)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 # ym5 the Lebanese military court (Nidaa Al-Watan)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا "Halba (Akkar)")
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "damascus_airport": ("airport", "SY", 33.4114, 36.5156, "Damascus International Airport"),  # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "bey_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                               # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                  # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
}

TRAPS = {
 "ym1": ["القدس العربي", "الكانيات", "عبد الرحيم المسلاتي", "اللواء التاسع", "طوفان الكرامة", "بركان الغضب",
         "اللواء 444 قتال"],
 "ym2": ["الشرق الأوسط", "حمزة الزنتاني", "إدريس الورشفاني", "الليبي", "الجديد", "اللواء 52 مشاة"],
 "ym3": ["الجريدة", "التونسي", "ولاية طرابلس", "مراد الغدامسي", "الجيش التونسي", "الليبية", "تونسيون"],
 "ym4": ["الوفد", "جبهة الوفاق من أجل التغيير في تشاد", "إدريس ديبي", "الجيش الوطني الليبي", "التشادية", "الليبية"],
 "ym5": ["نداء الوطن", "أبو علي الطرابلسي", "أجنحة الشام", "بدل مالي", "الروسية", "الليبية", "لبنانياً", "اللبنانيين"],
}

PHEN = {
 "ym1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area",
         "town_vs_district", "coverage_bases", "countries"],
 "ym2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_crossings", "countries"],
 "ym3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ym4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "ym5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ym1": [
  mv("advance", "reported", "Libyan National Army", ["ترهونه"], ["مطار طرابلس الدولي"], ["قصر بن غشير"]),
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["قاعدة الجفرة الجوية"], ["بني وليد"]),
  mv("advance", "denied", "Libyan National Army", [], ["عين زارة"]),
  mv("deploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["ترهونة"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"]),
 ],
 "ym2": [
  mv("advance", "reported", "Zintan forces", ["العزيزية"], ["السواني"]),
  mv("advance", "reported", "Misrata forces", ["مصراته"], ["القره بوللي"]),
  mv("mobilise", "denied", "Zintan forces", [], ["زنتان"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["العزيزية"]),
 ],
 "ym3": [
  mv("advance", "reported", "Foreign fighters", ["صبراتة"], ["بن قردان"], ["زوارة"]),
  mv("shipment", "denied", "Foreign fighters", ["العجيلات"], ["بن قردان"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["بن قردان"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["معبر راس جدير"]),
 ],
 "ym4": [
  mv("mobilise", "reported", "Chadian armed groups", [], ["القطرون"]),
  mv("advance", "reported", "Chadian armed groups", ["القطرون"], ["كانم"], ["زواركي"]),
  mv("deploy", "denied", "Chadian armed groups", [], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون", "تجرهي"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["الحدود مع تشاد"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["جنوب ليبيا"], ["تشاد"]),
 ],
 "ym5": [
  mv("airlift", "reported", "Foreign fighters", ["مطار دمشق الدولي"], ["قاعدة بنينا"]),
  mv("deploy", "reported", "Foreign fighters", ["قاعدة بنينا"], ["سرت", "قاعدة القرضابية", "ميناء السدرة"]),
  mv("airlift", "denied", "Foreign fighters", ["مطار رفيق الحريري الدولي"], ["بنغازي"], ["القاهرة"]),
  mv("redeploy", "planned", "Syrian mercenaries", ["سرت"], ["قاعدة براك الجوية"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة الخادم"], ["مالي"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("withdraw", "conditional", "Foreign fighters", ["ليبيا"], ["لبنان"]),
 ],
}

NOTES = {
 "ym1": "ICC hearing on a former Kaniyat commander: witnesses recall a 2019 column Tarhuna (spelled ترهونه)→Tripoli "
        "International Airport via Qasr bin Ghashir and the June 2020 pull-out Tarhuna→Jufra air base via Bani Walid "
        "(both on the LNA side, reported); the defence denies the unit entered Ain Zara; a planned military-police "
        "company Mitiga base→Tarhuna ('90 km south-east of the capital' a distance phrase; بلدية ترهونة the district "
        "beside the town); Brigade 444's conditional pull-out from Tarhuna. The Hague, Germany, Tripoli (seat of the "
        "government), Msallata (speaker) and eastern Libya (where fugitives live) are not movement places.",
 "ym2": "Attorney General's warrants over the August 2022 clashes: the indictment recalls a Zintan column Al-Aziziyah→"
        "As-Sawani and a Misrata column (مصراته) stopped at Al-Qarabulli ('60 km east of Tripoli' = distance "
        "reference); Zintan's council denies massing 40 vehicles at the town's eastern gate (للزنتان → زنتان); "
        "Misrata brigades' conditional move Misrata→Tripoli; a denied landing of a Misrata force at Tripoli port; a "
        "planned GNA company Tripoli→Al-Aziziyah (Gharyan only the road's end). Turkey and Tunis (تونس العاصمة; "
        "fugitives) and Benghazi (seat of the parliament's government) are not movement places; إدريس الورشفاني is a "
        "person with «إدري» inside.",
 "ym3": "Tunis appeals trial over the 2016 Ben Gardane attack: IS fighters Sabratha→Ben Gardane via Zuwara (the "
        "second Sabratha, the US strike, is not a movement place); a denied arms shipment Al-Ajaylat→Ben Gardane; "
        "Tunisian army reinforcements Tataouine→Dehiba (Wazin crossing only a distance reference), a planned regiment "
        "Remada→Ben Gardane (the border with Libya only the plan's purpose), and a conditional reinforcement to the "
        "Ras Ajdir crossing if fighting resumes around the Zawiya refinery (only the condition). Tunis is the dateline "
        "and the court's city, Tunisia the state; «ولاية طرابلس» is IS's Libyan branch (trap).",
 "ym4": "N'Djamena appeal of FACT members: 400 vehicles massed around Al-Qatrun in 2021, then a column Al-Qatrun→"
        "Kanem via Zouarke (Tibesti locates Zouarke, 'southern Libya' locates Qatrun); the main defendant denies his "
        "units were based at Jufra air base; an LNA fuel-and-ammunition convoy Sabha→Al-Qatrun and Tajarhi, a planned "
        "LNA company Tamanhint base→the border with Chad (the border triangle only where smugglers are); FACT "
        "fighters' conditional return southern Libya→Chad. Idriss Deby (twice) is a person trap with «إدري» inside.",
 "ym5": "Lebanese military court: recruits airlifted Damascus airport→Benina base (Benghazi locates the base), then "
        "moved by road to Sirte, spread between Gardabya base and the Es Sider terminal; the accused denies a third "
        "batch Beirut airport→Benghazi via Cairo; a planned transfer of Syrian fighters Sirte→Brak air base (Fezzan "
        "locates it); Russia's reported pull-out Al-Khadim base→Mali and a Russian ship landing men Tartus→Tobruk "
        "port; Lebanese recruits' conditional return Libya→Lebanon. Tripoli (Lebanon) and Akkar are home areas, "
        "Tripoli (Libya) the GNA's seat; «بدل مالي» (a small fee) is a common-word trap beside the country Mali.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ym1", "ym2", "ym3", "ym4", "ym5")
