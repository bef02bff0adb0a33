# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # Derna and its quarters
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "derna_port": ("crossing", "LY", 32.772, 22.648, "Port of Derna"),                     # K
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                          # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G
 "babtobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                 # G
 # the Green Mountain
 "jabal": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "shahat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),          # G* (town row)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "qirnada": ("town", "LY", 32.73174, 21.90350, "Qirnadah"),                             # G
 "qasrlibya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                         # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "ummrizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                        # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 # the rest of Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # Tunisia, Lebanon and Kuwait
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
}

TRAPS = {
 "qfi1": ["القدس العربي", "الجيش الوطني الليبي", "محمد الشحاتي", "الأسلحة البيضاء", "كتيبة طارق بن زياد",
          "قوة حماية درنة"],
 "qfi2": ["الشرق الأوسط", "الجيش الوطني الليبي", "صندوق التنمية وإعادة إعمار ليبيا", "جامعة عمر المختار",
          "الملك إدريس السنوسي", "تحت القبة"],
 "qfi3": ["الوفد", "الهيئة الهندسية للقوات المسلحة", "الجيش الوطني الليبي", "الليبية", "الليبي", "مصري"],
 "qfi4": ["نداء الوطن", "فادي الطرابلسي", "الجيش الوطني الليبي", "لبناني", "اللبنانيين", "الليبي"],
 "qfi5": ["الأنباء", "الهلال الأحمر الكويتي", "المشروع الكويتي", "الجيش الوطني الليبي", "عبد الكريم الإدريسي"],
}

PHEN = {
 "qfi1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qfi2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_neighbours",
          "countries"],
 "qfi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfi4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qfi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
EGA = "Egyptian army"

MOVES = {
 "qfi1": [
  mv("withdraw", "reported", LNA, ["شيحا"], ["مرتوبة"]),
  mv("deploy", "reported", LNA, ["بنغازي"], ["فتائح", "باب طبرق"]),
  mv("redeploy", "planned", LNA, ["القبة"], ["أم الرزم"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("mobilise", "denied", LNA, [], ["المرج"]),
 ],
 "qfi2": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["البيضاء"], ["المرج"]),
  mv("redeploy", "planned", LNA, ["البيضاء"], ["شحات"]),
  mv("withdraw", "conditional", LNA, ["وادي الكوف"], ["بنغازي"]),
  mv("naval_landing", "denied", LNA, ["بنغازي"], ["سوسة"]),
 ],
 "qfi3": [
  mv("deploy", "reported", EGA, ["مرسى مطروح"], ["درنة"], ["منفذ السلوم البري", "طبرق"]),
  mv("airlift", "planned", EGA, ["قاعدة محمد نجيب العسكرية"], ["مطار الأبرق"]),
  mv("shipment", "planned", EGA, ["قاعدة رأس التين البحرية"], ["ميناء درنة"]),
  mv("withdraw", "conditional", EGA, ["درنة"], ["السلوم"]),
  mv("deploy", "reported", LNA, ["منفذ امساعد"], ["التميمي"]),
  mv("deploy", "reported", LNA, ["التميمي"], ["درنة"]),
  mv("deploy", "denied", EGA, [], ["القبة", "مرتوبة"]),
 ],
 "qfi4": [
  mv("shipment", "denied", LNA, ["مرفأ طرابلس"], ["درنة"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
  mv("deploy", "reported", LNA, ["القبة"], ["ميناء درنة"]),
  mv("advance", "planned", LNA, ["درنة"], ["رأس الهلال"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["درنة"]),
 ],
 "qfi5": [
  mv("reinforce", "reported", LNA, ["البيضاء"], ["القبة"], ["الأبرق"]),
  mv("redeploy", "planned", LNA, ["شحات"], ["سوسة"]),
  mv("advance", "conditional", LNA, ["المرج"], ["قصر ليبيا"]),
  mv("mobilise", "denied", LNA, [], ["مطار الأبرق"]),
 ],
}

NOTES = {
 "qfi1": "Checkpoint complaints in Derna: battalion 166 pulled its vehicles out of Shiha to a camp near Martuba "
         "('30 km south-east of Derna' is a distance reference); military police Benghazi→Al-Fataih (written للفتائح) "
         "and Bab Tobruk; a planned company Al-Qubba→Umm al-Rizam; a conditional reinforcement from Tobruk to 'the "
         "city' (= Derna); a denied Tariq bin Ziyad column Al-Marj→Derna. Al-Bayda and Shahat are only hospital "
         "destinations of civilians; traps: الأسلحة البيضاء, محمد الشحاتي, قوة حماية درنة.",
 "qfi2": "Reconstruction in the Green Mountain: an engineering convoy Benghazi→Al-Bayda via Al-Marj (Qirnada only the "
         "end of a new road), a planned part of it Al-Bayda→Shahat, a conditional return from the Wadi al-Kuf bridge "
         "to Benghazi ('will not leave before' adds no second move), and a denied infantry brigade Al-Rajma→Susa. "
         "Cairo is the dateline, Benghazi also the venue of a parliament session; traps: تحت القبة, الملك إدريس "
         "السنوسي, جامعة عمر المختار.",
 "qfi3": "Egyptian army engineers Marsa Matruh→Derna via the Sallum land port and Tobruk; a planned airlift Mohamed "
         "Naguib base→Al-Abraq airport ('the closest to Derna' is a locator); a conditional return Derna→Sallum; an LNA "
         "escort from the Emsaed crossing to Al-Tamimi and a second battalion Al-Tamimi→Derna's eastern entrance; a "
         "denied Egyptian deployment in Al-Qubba and Martuba. The border phrase, Egypt, the Matruh governorate and "
         "the truckers' Tobruk road are not movement places.",
 "qfi4": "A civilian cement ship from the port of Tripoli (Lebanon) to Derna port is not a movement; denied: the ship "
         "carried military vehicles from that port for the LNA in Derna (shipment). Reported: two LNA boats Tobruk "
         "naval base→Derna port and military police from Al-Qubba around the port gates (= Derna port); planned: a "
         "company Derna→Ras al-Hilal (Susa and Al-Bayda only the trucks' destinations); conditional: reinforcements "
         "Benghazi→Derna. Tripoli (Libya) is only the seat of the GNU, Benghazi also the seat of the eastern "
         "government; Tripoli (Lebanon), Akkar and Northern Lebanon are gold but not movement places.",
 "qfi5": "A Kuwaiti-funded clinic in Shahat (civilian). Reported: a 25-vehicle LNA column Al-Bayda→Al-Qubba via "
         "Al-Abraq; planned: a company Shahat→Susa; conditional: a force Al-Marj→Qasr Libya; denied: a pull-out from "
         "Al-Abraq airport. Derna is only the road's end and the 2023 disaster; Kuwait is the dateline city and the "
         "country (دولة الكويت, أعلنتها الكويت); traps: الهلال الأحمر الكويتي, المشروع الكويتي, عبد الكريم الإدريسي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfi1", "qfi2", "qfi3", "qfi4", "qfi5")
