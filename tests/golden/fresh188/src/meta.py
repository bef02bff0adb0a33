# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 # gh1 Egypt's western border (Youm7)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                             # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                     # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),         # G (row منفذ امساعد)
 "sallum_gulf": ("region", "EG", 31.60, 25.20, "Gulf of Sallum"),                           # K
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                    # G
 "alex": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                                  # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),           # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),              # G* (row برقة)
 "border_region": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),               # G* (row الحدود الليبية المصرية)
 # gh2 Turkish-Libyan exercise (Yeni Safak Arabic)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                   # G
 "khums_port": ("crossing", "LY", 32.655, 14.278, "Al Khums port"),                         # K
 "aksaz": ("base", "TR", 36.8345, 28.39, "Aksaz Naval Base"),                               # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G* (row قاعدة الوطية)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                  # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                 # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Misrata port (Qasr Ahmed)"),           # K
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                     # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 # gh3 Algerian drill near In Amenas (El Khabar)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G (row عين أميناس)
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Zarzaitine Airport"), # G* (town row)
 "border_dz": ("region", "DZ", 29.95, 9.60, "Algeria-Libya border (Algerian side, Debdeb)"), # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                      # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                              # G
 "boufarik": ("base", "DZ", 36.5458, 2.8761, "Boufarik Air Base"),                          # K
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),         # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb-Ghadames border crossing"), # G* (town row)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "dz_southeast": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),              # G* (row جنوب شرق الجزائر)
 # gh4 Italian navy off Tripoli (Euronews Arabic)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                        # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.187, "Tripoli port"),                        # K
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta Naval Base"),                       # G* (town row أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "border_tn": ("region", "LY", 33.05, 11.60, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                    # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                              # G (row لامبيدوسا)
 # gh5 LNA manoeuvres in Jufra and the Fezzan (Asharq Al-Awsat)
 "jufra_d": ("district", "LY", 29.13, 16.00, "Al Jufra"),                                   # K (README: point near Hun/Waddan)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                 # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                          # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
}

TRAPS = {
 "gh1": ["اليوم السابع", "المنطقة الغربية العسكرية", "الجيش الوطني الليبي", "رعد الصحراء"],
 "gh2": ["يني شفق", "ذئب البحر - ليبيا 2026", "تي سي جي غيديز", "بركان الغضب", "عماد الطرابلسي", "السنوات الخمس"],
 "gh3": ["الخبر", "عمر تلمساني", "الناحية العسكرية الرابعة", "الحصن المنيع 2026", "ما ادري"],
 "gh4": ["يورونيوز", "البحر الآمن", "كتيبة ثوار طرابلس", "سان ماركو", "سان جورجو"],
 "gh5": ["الشرق الأوسط", "الوطني الليبي", "درع الصحراء 2026", "طارق بن زياد", "المجلس العسكري مصراتة", "سرت أنباء"],
}

PHEN = {
 "gh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "gh2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "countries"],
 "gh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "gh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "gh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA, GNA, TR = "Egyptian army", "Libyan National Army", "GNA forces", "Turkish armed forces"
MOVES = {
 "gh1": [
  mv("deploy", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"], ["مرسى مطروح"]),
  mv("airlift", "reported", EG, ["قاعدة غرب القاهرة الجوية"], ["سيوة"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["السلوم"], ["منفذ أمساعد"]),
  mv("naval_landing", "conditional", EG, ["قاعدة رأس التين البحرية"], ["خليج السلوم"]),
  mv("withdraw", "planned", EG, [], ["قاعدة محمد نجيب العسكرية"]),
  mv("withdraw", "planned", LNA, [], ["طبرق"]),
  mv("advance", "denied", EG, [], ["الجغبوب"], ["الحدود مع ليبيا"]),
 ],
 "gh2": [
  mv("naval_landing", "reported", TR, ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("airlift", "reported", TR, ["قيصري"], ["قاعدة الوطية الجوية"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["الوطية"], ["الجميل"]),
  mv("redeploy", "conditional", TR, ["الخمس"], ["طرابلس"]),
  mv("shipment", "planned", TR, [], ["ميناء مصراتة"]),
  mv("withdraw", "planned", TR, [], ["أكساز"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["مطار معيتيقة"]),
 ],
 "gh3": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["عين أميناس"], ["حاسي مسعود"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("withdraw", "planned", "Algerian army", [], ["ورقلة"]),
  mv("mobilise", "denied", "Algerian army", [], ["الدبداب", "معبر الدبداب"]),
  mv("reinforce", "conditional", GNA, ["طرابلس"], ["غدامس"]),
 ],
 "gh4": [
  mv("deploy", "reported", None, ["قاعدة أوغوستا البحرية"], ["ميناء طرابلس"], ["تونس العاصمة"]),
  mv("withdraw", "reported", None, [], ["تارانتو"]),
  mv("redeploy", "reported", GNA, ["قاعدة أبوستة البحرية"], ["زوارة"]),
  mv("naval_landing", "planned", None, [], ["تاجوراء"]),
  mv("reinforce", "conditional", None, [], ["مصراتة"]),
  mv("deploy", "denied", None, [], ["مجمع مليتة"]),
 ],
 "gh5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "reported", LNA, ["سبها"], ["إدري"], ["براك"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("shipment", "planned", LNA, ["اجدابيا"], ["هون"]),
  mv("advance", "denied", LNA, ["الجفرة"], ["أبوقرين", "سرت"]),
  mv("withdraw", "planned", LNA, [], ["بنغازي", "سبها"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
 ],
}

NOTES = {
 "gh1": "Youm7 (Marsa Matruh): Egyptian-LNA live-fire exercise in Matruh — an Egyptian column Mohamed Naguib base→ranges "
        "south-west of Sidi Barrani via Marsa Matruh, C-130s Cairo West→Siwa, an LNA company Tobruk→Sallum via the "
        "Amsaad crossing, a naval landing on the Gulf of Sallum from Ras el-Tin only if the sea calms (conditional), both "
        "sides' return to base after the final parade (planned) and the military spokesman's denial of a move across "
        "the border to Al-Jaghbub; Cairo, Alexandria, eastern Libya and the Egypt-Libya border are locators only.",
 "gh2": "Yeni Safak Arabic (Ankara): Turkish-GNU naval exercise — a frigate and landing ship Aksaz→Al-Khums port with "
        "marines landed, two A400Ms Kayseri→Al-Watiya, a GNU brigade Tripoli→Al-Watiya via Al-Jumayl, a weather-"
        "conditional move Al-Khums→off Tripoli, a planned training-ammunition shipment to Misrata port, the ships' "
        "planned return to Aksaz and the MoD's denial of a Syrian-fighter airlift northern Syria→Mitiga; traps: the "
        "exercise name with «ليبيا», the minister «الطرابلسي», «السنوات الخمس».",
 "gh3": "El Khabar (Algiers): the Algerian army's live-fire drill south-west of In Amenas — armour Ouargla→the range via "
        "Hassi Messaoud, paratroopers Boufarik air base→In Amenas airport, a planned return to Ouargla, Ghadames "
        "councillors' «حشود» near Debdeb denied (Debdeb and the crossing), and the GNU's «لن … إلا إذا» reinforcement "
        "Tripoli→Ghadames; Tiguentourine, Djanet, Tamanrasset and Algiers are background places.",
 "gh4": "Euronews Arabic (Rome): Italian-GNU naval training — a frigate Augusta→Tripoli port via Tunis, the first-phase "
        "frigate back to Taranto, GNU patrol boats Abu Sitta→off Zuwara near the Tunisian border, a planned San Marco "
        "landing at Tajura, a conditional extra company for the Misrata mission and the denied deployment to Mellitah; "
        "the Italian navy and army are not canonical actors (null).",
 "gh5": "Asharq Al-Awsat (Cairo): LNA manoeuvres in Jufra and Wadi al-Shati — an Ilyushin airlift Benina→Jufra air base, "
        "two battalions Sabha→near Idri via Brak, the naval part off Ras Lanuf port (boats from Benghazi) postponed "
        "(planned), a planned fuel convoy Ajdabiya→Hun, the LNA's denial of an advance Jufra→Abu Qurayn/Sirte with a "
        "planned return to Benghazi and Sabha, and Misrata's conditional mobilisation at Abu Qurayn; «سرت أنباء» is a "
        "common-word trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gh1", "gh2", "gh3", "gh4", "gh5")
