# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "south_korea": ("country", "KR", 36.46032, 128.01137, "South Korea"),                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                           # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # qjz1 SANA (Damascus): Syrian fighters and Turkish moves
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G (row عنتاب)
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "albab": ("town", "SY", 36.3706, 37.5157, "Al-Bab"),                                   # K
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # qjz2 Yonhap Arabic (Seoul): Korean workers near Zawiya
 "seoul": ("city", "KR", 37.56600, 126.97840, "Seoul"),                                 # G (row سئول)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Zawiya municipality"),           # G* (city row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 # qjz3 AMI (Nouakchott): Niger, Chad and the LNA on Libya's southern border
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 # qjz4 BNA (Cairo): LNA in the east, Egyptian army on the border
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, kind airport)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 # qjz5 IRNA Arabic (Port Sudan): the Sudanese army and the Uweinat triangle
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G (row تيني)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
}

TRAPS = {
 "qjz1": ["سانا", "فرقة السلطان مراد", "لواء المعتصم", "الجيش الوطني السوري", "فتح الباب", "التركي", "ليبية",
          "سوريين"],
 "qjz2": ["يونهاب", "وحدة تشونغهاي", "مونمو الكبير", "هذه الزاوية", "الليبية", "كورياً", "كورية"],
 "qjz3": ["الوكالة الموريتانية للأنباء", "تجمع دول الساحل والصحراء", "سيدي محمد ولد الشنقيطي", "إدريس عبد الكريم",
          "الجيش الوطني", "النيجري", "نيجري", "التشادي", "الليبي"],
 "qjz4": ["/ بنا /", "القيادة العامة للجيش الوطني الليبي", "المنطقة العسكرية الغربية", "المطروح", "الليبي", "مصري"],
 "qjz5": ["إرنا", "وكالة السودان للأنباء", "سونا", "الدعم السريع", "السوداني", "سودانية", "الجيش الوطني", "الليبي",
          "تشادي", "محمد إدريس ديبي"],
}

PHEN = {
 "qjz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "countries"],
 "qjz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qjz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjz4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qjz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjz1": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["مطار غازي عنتاب"]),
  mv("redeploy", "planned", "Syrian mercenaries", ["مصراتة"], ["الوطية"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معسكر اليرموك"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
 ],
 "qjz2": [
  mv("redeploy", "conditional", None, ["جيبوتي"], ["طرابلس"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("deploy", "planned", "GNA forces", [], ["مصفاة الزاوية"]),
  mv("mobilise", "reported", None, [], ["جودائم"]),
  mv("advance", "denied", "Zintan forces", [], ["العزيزية"]),
 ],
 "qjz3": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديز"], ["ماداما"], ["ديركو"]),
  mv("withdraw", "denied", "Nigerien army", ["سيغيدين"], ["بيلما"]),
  mv("shipment", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["أوزو", "برداي"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
 ],
 "qjz4": [
  mv("redeploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("reinforce", "reported", "Libyan National Army", [], ["ميناء الحريقة"]),
  mv("airlift", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("advance", "conditional", "Egyptian army", ["السلوم"], ["الحدود مع ليبيا"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["سيدي براني"]),
 ],
 "qjz5": [
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("airlift", "planned", "Sudanese army", ["بورتسودان"], ["دنقلا"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["المثلث الحدودي"], ["الكفرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Chadian army", ["أبشي"], ["الطينة"]),
 ],
}

NOTES = {
 "qjz1": "SANA wire (dateline Damascus) relaying 'Libyan sources' and one quoted military source: a reported Turkish "
         "cargo airlift of Syrian fighters Al-Watiya base→Gaziantep airport, a planned second batch Misrata→Al-Watiya "
         "(bare 'الوطية', same base), a conditional pull-out from Yarmouk camp ('لن يخرجوا ... إلا إذا'), a Turkish "
         "commando landing at Misrata port denied by the Turkish MoD and a reported Turkish cargo ship Mersin→Khoms "
         "port. The correction note names Mitiga airport as the wrongly reported origin (gold place, no movement); "
         "Afrin, Al-Bab (also inside the trap 'فتح الباب'), Aleppo, northern Syria and Damascus are background.",
 "qjz2": "Yonhap Arabic wire (dateline Seoul, spelled سيئول) on Korean workers near Zawiya: a conditional move of a "
         "Cheonghae-unit destroyer from Djibouti to waters near Tripoli (actor null), a reported GNA column "
         "Tripoli→Zawiya via Janzour and Al-Maya, a planned company into the Zawiya refinery, armed groups reported "
         "massing in Judaim (actor null) and a Zintan advance on Al-Aziziya denied by the Zintan military council. "
         "The 2014 evacuation, the civilian route through Tunisia (country), the embassy in Tunis (city), the "
         "municipality and the Zuwara/Zawiya correction are not movement places; 'هذه الزاوية' is a common-word trap.",
 "qjz3": "AMI wire (dateline Nouakchott) from a CEN-SAD defence ministers' meeting: Nigerien reinforcements "
         "Agadez→Madama via Dirkou, a denied Nigerien pull-out Seguedine→Bilma, a planned fuel-and-ammunition "
         "shipment Dirkou→Madama, a planned Chadian battalion Faya-Largeau→Aouzou and Bardai (Tibesti only the "
         "mission area), and a conditional LNA advance Al-Qatrun→Toummo crossing (the Niger border phrase is in the "
         "condition). The correction says the reinforcements left Agadez, not Niamey; Niamey, N'Djamena, Algeria, "
         "Mali and Mauritania are background.",
 "qjz4": "BNA wire (dateline Cairo, '/ بنا /'), a re-sent copy: an LNA armoured brigade Tobruk→Jaghbub, an LNA company "
         "reinforcing the Hariga oil terminal, a denied Egyptian airlift to Gamal Abdel Nasser air base south of "
         "Tobruk, a conditional Egyptian advance Sallum→the border with Libya and a planned Egyptian marine landing "
         "Alexandria→Sidi Barrani coast. Jalu only in the correction note, Bardia and Sudan in smuggling background, "
         "Tobruk municipality, Manama, Bahrain and the Amsaad crossing are not movement places.",
 "qjz5": "IRNA Arabic wire (dateline Port Sudan) quoting the Sudanese army and SUNA: a reported Sudanese army advance "
         "Al-Dabbah→the Uweinat border triangle, a planned airlift Port Sudan→Dongola, RSF reported massing in Karb "
         "al-Tom, an RSF retreat triangle→Kufra denied by the LNA, an LNA reinforcement Kufra→Jebel Uweinat and, "
         "after a correction that retracts an arrival, a conditional Chadian army move Abeche→Tine. El Fasher "
         "(control, no movement), North Darfur (condition), Chad and Sudan are background; 'وكالة السودان للأنباء' and "
         "'الجيش السوداني' hold non-gold occurrences of السودان.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjz1", "qjz2", "qjz3", "qjz4", "qjz5")
