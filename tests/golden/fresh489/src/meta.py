# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 # shared
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town point, README rule)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 # rw1 LNA General Command, statement no. 14 (Sputnik, Benghazi)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.0975, 20.0530, "Benghazi port"),                   # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 # rw2 Egyptian military spokesman (Al-Wafd Gate, Cairo)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                            # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                    # K
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                     # G* (row قاعدة طبرق البحرية / city point)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, Egyptian side)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G
 # rw3 GNU Ministry of Defence press release (Ad-Dustour, Tripoli)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                   # G
 "refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                    # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                                # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                          # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                   # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                   # G
 # rw4 Algerian Ministry of National Defence (Ennahar Online, Algiers)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G* (gazetteer kind village)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "border_dz": ("region", "DZ", 24.90, 9.95, "Algeria-Libya border (Algerian side, east of Djanet)"),  # K
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                       # G* (gazetteer kind airport)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),      # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                          # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                       # G
 "triangle_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),                 # G* (row الحدود الجزائرية النيجرية)
 # rw5 LNA southern operations room, statement no. 9 (Al-Anba, Sabha)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                           # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
}

TRAPS = {
 "rw1": ["سبوتنيك", "القيادة العامة للقوات المسلحة العربية الليبية", "خالد المحجوب", "طبرق", "غرفة عمليات سرت الجفرة",
         "كتيبة ثوار طرابلس"],
 "rw2": ["بوابة الوفد", "غريب عبد الحافظ", "المنطقة الغربية العسكرية", "مصرية", "الليبي"],
 "rw3": ["الدستور", "شارع الزاوية", "محمد الحداد", "اللواء 444 قتال", "المنطقة العسكرية طرابلس", "الليبية"],
 "rw4": ["النهار", "الجيش الوطني الشعبي", "السعيد شنقريحة", "الناحية العسكرية الرابعة", "جزائرية", "الليبية"],
 "rw5": ["الأنباء", "المبروك سحبان", "كتيبة طارق بن زياد", "جهاز حرس المنشآت النفطية", "المؤسسة الوطنية للنفط",
         "الهلال الأحمر", "محمد الإدريسي"],
}

PHEN = {
 "rw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
         "coverage_oil", "town_vs_district", "ambiguity_tripoli", "ambiguity_country_capital", "countries"],
 "rw2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "rw3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil"],
 "rw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "rw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, EGY, DZA, ZIN = "Libyan National Army", "GNA forces", "Egyptian army", "Algerian army", "Zintan forces"

MOVES = {
 "rw1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["سرت"], ["أجدابيا"]),
  mv("redeploy", "planned", LNA, ["هون"], ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "conditional", LNA, ["سرت"], ["الجفرة"]),
  mv("withdraw", "denied", LNA, ["بن جواد"], ["أجدابيا"]),
 ],
 "rw2": [
  mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("airlift", "reported", EGY, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("deploy", "planned", EGY, [], ["سيوة"]),
  mv("advance", "conditional", EGY, [], ["سرت", "الجفرة"]),
  mv("advance", "denied", EGY, [], ["الجغبوب"]),
  mv("naval_landing", "denied", EGY, [], ["ميناء طبرق"]),
 ],
 "rw3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية", "الحرشة"], ["جنزور", "الماية"]),
  mv("deploy", "planned", GNA, ["قاعدة معيتيقة"], ["جودائم"]),
  mv("withdraw", "conditional", GNA, ["الزاوية"], ["طرابلس"]),
  mv("mobilise", "planned", GNA, [], ["تاجوراء"]),
  mv("mobilise", "denied", ZIN, ["الزنتان"], ["العزيزية"]),
 ],
 "rw4": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["جانت", "الحدود مع ليبيا"], ["إليزي"]),
  mv("airlift", "reported", DZA, ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("shipment", "reported", DZA, ["تمنراست"], ["جانت"]),
  mv("deploy", "planned", DZA, [], ["الدبداب"]),
  mv("reinforce", "conditional", DZA, ["برج عمر إدريس"], ["عين أمناس"]),
  mv("advance", "denied", DZA, [], ["غات"]),
 ],
 "rw5": [
  mv("deploy", "reported", LNA, ["براك الشاطئ"], ["أوباري"], ["سبها", "الغريفة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", LNA, [], ["غات", "منفذ إيسين"]),
  mv("withdraw", "conditional", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("withdraw", "denied", LNA, ["القطرون"], ["سبها"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["براك الشاطئ"]),
 ],
}

NOTES = {
 "rw1": "LNA General Command «البيان رقم (14)» quoted in full with ordinal items: a reported reinforcement Jufra air "
        "base→Sirte via Waddan (retold by a GNA commander), a reported naval landing Benghazi port→Ras Lanuf port, a "
        "reported supply convoy Benghazi→Sirte via Ajdabiya, a planned redeploy Hun→Gardabya air base, a heavy-weapons "
        "pull-back Sirte→Al Jufra conditional on Misrata forces leaving Abu Qurayn/Al Washka (that condition is not "
        "itself a movement), and a denied pull-out Bin Jawad→Ajdabiya. Traps: the landing ship «طبرق», «غرفة عمليات سرت "
        "الجفرة», «كتيبة ثوار طرابلس»; «مرهون» contains هون; العاصمة تونس is Tunis.",
 "rw2": "Egyptian military spokesman's statement quoted in full: a reported reinforcement Mohamed Naguib base→Sallum via "
        "Marsa Matruh and Sidi Barrani, a reported C-130 airlift Cairo West air base→Mersa Matruh airport, a planned "
        "Saiqa company for Siwa, an advance towards Sirte/Al Jufra conditional on a ceasefire breach, and a denied entry "
        "into Al Jaghbub with a denied landing at Tobruk port. Headline repeats, the governor's hospitals and safari "
        "trips, trade through the Sallum land port and the 2020 mandate are not movements; «محافظ مطروح» is the "
        "governorate; «مصرية» contains مصر.",
 "rw3": "GNU Ministry of Defence press release with numbered points plus the chief of staff's order of the day: a "
        "reported deployment Tripoli→Zawiya/the Zawiya refinery/Al Harsha via Janzour and Al Mayah, a planned company "
        "Mitiga→Judaim, a pull-back Zawiya→Tripoli conditional on a two-week ceasefire, a denied Zintan massing in Al "
        "Aziziyah and two reserve battalions ordered to mass in Tajura (planned). «شارع الزاوية» is a Tripoli street and "
        "«المنطقة العسكرية طرابلس» a command; the Sabratha/Surman elders are background.",
 "rw4": "Algerian Ministry of National Defence communiqué: a reported reinforcement Ouargla→Djanet and the border with "
        "Libya via Illizi, a reported airlift Boufarik air base→Djanet airport, a reported ammunition/fuel shipment "
        "Tamanrasset→Djanet, a planned border-guard deployment at Debdeb (Ghadames is a locator), a reinforcement Bordj "
        "Omar Driss→In Amenas conditional on a ceasefire collapse in southern Libya, and a denied crossing towards Ghat. "
        "الجزائر is Algiers in the dateline and the country elsewhere; «درجة» contains درج; «النهار» (outlet, and «الليل "
        "والنهار») is a trap; برج عمر إدريس contains إدري.",
 "rw5": "LNA southern operations room «البيان رقم (9)» with numbered items: a reported deployment Brak al-Shati→Ubari "
        "via Sabha and Al Ghurayfah, a reported airlift Benina air base→Tamanhint air base, a planned company for Ghat "
        "and the Isayen crossing (no origin written), a pull-back Sharara field→Ubari conditional on the truce, a denied "
        "pull-out Al Qatrun→Sabha, and a flashback redeploy Idri→Brak al-Shati (reported). Murzuq elders (one named "
        "«الإدريسي»), the prisoner swap in Ubari and oil output are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rw1", "rw2", "rw3", "rw4", "rw5")
