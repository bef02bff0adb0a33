# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point / value taken from fresh51's README (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                     # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                      # G (row إقليم طرابلس)
 "tripoli_port": ("crossing", "LY", 32.90000, 13.19000, "Port of Tripoli"),                 # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
 # Ghadames, Derj, Sinawen, the Wazin-Ghadames road
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),            # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),         # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj (Derj)"),                                # G
 "derj_mun": ("district", "LY", 30.16502, 10.45804, "Derj municipality"),                   # G* (town row)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                         # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G (row قاعدة الوطية)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                   # K (GeoNames value in fresh51 README)
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G (row الجنوب الغربي)
 "border_ly_dz": ("region", "LY", 29.90000, 9.90000, "Libya-Algeria border (Libyan side near Ghadames)"),  # K
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),        # G* (town row)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),            # G
 "border_dz_side": ("region", "DZ", 29.60000, 9.50000, "Algeria-Libya border (Algerian side near Debdeb)"),  # K
 # Tunisia
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),           # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),       # G* (row منفذ وازن, country TN)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                     # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_tn_side": ("region", "TN", 32.05000, 10.60000, "Tunisia-Libya border (Tunisian side near Dehiba)"),  # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"
DZA, TUN, TUR = "Algerian army", "Tunisian army", "Turkish armed forces"

MOVES = {
 "ew1": [
  mv("advance", "denied", LNA, ["الشويرف"], ["غدامس"], ["درج"]),          # viral clip «مفبرك»; «لم تتحرك شبراً»
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار غدامس"]),        # flight tracked and confirmed
  mv("deploy", "planned", GNA, [], ["سيناون", "درج"]),                      # «تعتزم نشر نقاط ثابتة»
  mv("mobilise", "conditional", ZIN, [], ["الزنتان"]),                      # «ستعلن النفير العام إذا ثبت»
 ],
 "ew2": [
  mv("advance", "denied", DZA, ["الدبداب"], ["غدامس"], ["الحدود مع ليبيا"]),  # «عارية عن الصحة»
  mv("reinforce", "reported", DZA, ["ورقلة", "برج عمر إدريس"], ["الدبداب"], ["عين أمناس"]),
  mv("airlift", "planned", DZA, ["الجزائر العاصمة"], ["مطار عين أمناس"]),
  mv("deploy", "conditional", DZA, [], ["الحدود مع ليبيا"]),                # «في حال تدهور»
 ],
 "ew3": [
  mv("shipment", "denied", None, [], ["غدامس"], ["معبر الذهيبة", "منفذ وازن"]),  # story withdrawn by the site
  mv("withdraw", "denied", TUN, ["الذهيبة"]),                                # «لا صحة لأي انسحاب»
  mv("reinforce", "reported", TUN, ["رمادة"], ["برج الخضراء"]),
  mv("deploy", "conditional", TUN, [], ["الحدود مع ليبيا"]),                # «إذا تجددت الاشتباكات»
  mv("redeploy", "planned", GNA, ["نالوت"], ["منفذ وازن"]),                 # «ستعيد تموضعها الأسبوع المقبل»
 ],
 "ew4": [
  mv("redeploy", "reported", LNA, ["الشويرف"], ["درج"]),                    # denied as «مفبركة», then confirmed
  mv("naval_landing", "reported", MIS, ["مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", MIS, ["طرابلس"], ["غدامس", "حقل الوفاء"]),       # «على أن يتحركوا براً من العاصمة»
  mv("mobilise", "denied", GNA, [], ["الرجبان"]),                           # «لا صحة لأي حشود»
  mv("reinforce", "conditional", GNA, ["قاعدة الوطية"], ["سيناون"]),       # «إذا اقتربت أي قوة»
 ],
 "ew5": [
  mv("withdraw", "denied", GNA, ["غدامس"], ["نالوت"]),                      # «لم يُسجَّل أي تحرك»
  mv("shipment", "reported", GNA, ["نالوت"], ["غدامس"], ["سيناوين"]),      # «وصلت أمس إلى المدينة»
  mv("airlift", "planned", GNA, ["قاعدة الوطية"], ["مطار غدامس"]),         # «على أن تصل سرية إضافية جواً»
  mv("mobilise", "conditional", None, [], ["درج"]),                         # «سيعلنون النفير ... إذا اقتربت»
  mv("naval_landing", "denied", TUR, [], ["ميناء زوارة"]),                  # «كذّبت»، «لا تمت إلى الحقيقة بصلة»
 ],
}

TRAPS = {
 "ew1": ["فواصل", "ليبيا الحدث", "اللبناني", "اللبنانية", "بركان الغضب", "مدرج", "عمر الزنتاني"],
 "ew2": ["الخبر", "الليبية", "الليبي", "جزائرية", "الجزائري", "الناحية العسكرية الرابعة"],
 "ew3": ["الشارع المغاربي", "إذاعة تطاوين", "علي الرمادي", "لا أدري", "تونسية", "ليبية"],
 "ew4": ["القبس", "اللواء طارق بن زياد", "الليبي", "درجة", "تندرج", "التوازنات", "المنطقة العسكرية الغربية"],
 "ew5": ["بلدية ليبية", "شينخوا", "الأناضول", "سالم الإدريسي", "التركية"],
}

PHEN = {
 "ew1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "vague_area", "countries"],
 "ew2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "ew3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ew4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "ew5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

NOTES = {
 "ew1": "Fact-check (Fawasel, Tripoli): a viral clip of an LNA column Ash Shwayrif→Ghadames via Derj is fabricated "
        "(a parade in Tripoli, Lebanon) and denied twice («كذّب»، «لم تتحرك»); a reported GNA airlift Mitiga airport→"
        "Ghadames airport, planned posts in Sinawen and Derj, Zintan's conditional «النفير». Traps: مدرج (Derj), "
        "عمر الزنتاني, ليبيا الحدث, بركان الغضب; Tripoli LY vs Tripoli LB.",
 "ew2": "Algerian press (El Khabar, Algiers): the MoD calls an Algerian crossing Debdeb→Ghadames «عارية عن الصحة»; "
        "a reported reinforcement Ouargla/Bordj Omar Driss→Debdeb via In Amenas (spelled عين أمناس), a planned airlift "
        "Algiers→In Amenas airport, a conditional deployment on the border with Libya; the Debdeb crossing is open "
        "(not a movement). Dateline الجزائر = Algiers vs the country.",
 "ew3": "Tunisian press (Acharaa al-Maghrebi, Tataouine): a local site retracts its story of an arms shipment via the "
        "Dehiba crossing and Wazin to Ghadames (retracted = denied); the MoD's «لا صحة» for a pull-out from Dehiba; a "
        "reported reinforcement Remada→Borj El Khadra, a conditional deployment on the border with Libya, a planned GNA "
        "redeploy Nalut→the Wazin crossing. Traps: إذاعة تطاوين, علي الرمادي, «لا أدري».",
 "ew4": "Gulf press (Al-Qabas, Tripoli): an LNA battalion Ash Shwayrif→Derj first called «مفبركة», then confirmed "
        "(reported); Misrata forces landed by sea Misrata→Tripoli port with a planned move Tripoli→Ghadames/Al Wafa field; "
        "the GNA's «لا صحة» for massing in Al-Rujban; a conditional reinforcement Al-Watiya→Sinawen. Traps: درجة, تندرج, "
        "التوازنات; الحمادة as the short form of Al-Hamada al-Hamra.",
 "ew5": "Wire copy (Xinhua Arabic, Tripoli): Ghadames council denies a border-guard pull-out Ghadames→Nalut («لم "
        "يُسجَّل أي تحرك»); a reported fuel/ammunition convoy Nalut→Ghadames via Sinawen (spelled سيناوين), a planned "
        "airlift Al-Watiya→Ghadames airport, Derj's conditional «النفير», Ankara's denial of a landing at Zuwara port. "
        "Trap: سالم الإدريسي (Idri), بلدية ليبية.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ew1", "ew2", "ew3", "ew4", "ew5")
BAR_IN_TEXT = True  # ew1 headline «فواصل» تتحقق | ... has a literal "|"
