# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                         # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 # qca1 Kufra air bridge (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),       # G (row مثلث العوينات)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G* (row قاعدة الخادم)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G (row أجدابيا)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qca2 Jordanian medics out of Sabha (Petra)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G
 "marka": ("airport", "JO", 31.9727, 35.9916, "Amman Civil Airport (Marka)"),            # K
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G* (row قاعدة بنينا الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 # qca3 Egyptians home through Sallum (Akhbar El Yom)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "border_eg": ("region", "EG", 31.30, 25.20, "Egypt-Libya border (Egyptian side)"),      # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),             # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "matruh_port": ("crossing", "EG", 31.360, 27.230, "Port of Marsa Matruh"),              # K
 "sallum_port": ("crossing", "EG", 31.565, 25.165, "Port of Sallum"),                    # K
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.072, 23.985, "Port of Tobruk"),                    # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 # qca4 KSrelief in Murzuq and Qatrun (Al-Madina)
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 # qca5 Algerian Red Crescent to Ghat and Ubari (Echaab)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "algiers_airport": ("airport", "DZ", 36.69100, 3.21541, "Houari Boumediene Airport"),   # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (gazetteer kind village)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (row أوباري)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),      # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "border_dz": ("region", "DZ", 24.75, 10.00, "Algeria-Libya border (Algerian side)"),    # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
}

TRAPS = {
 "qca1": ["السوداني", "سبل السلام", "الجيش الوطني الليبي", "الهلال الأحمر الليبي", "الدعم السريع", "صالح الجغبوبي",
          "مالي", "سودانية"],
 "qca2": ["بترا", "سلاح الجو الملكي الأردني", "الجيش الوطني الليبي", "أيمن الصفدي", "الإدريسي", "اللبنانية",
          "الهيئة الخيرية الأردنية الهاشمية", "الأردنية", "الليبية"],
 "qca3": ["أخبار اليوم", "الهلال الأحمر", "مصر للطيران", "المنطقة الغربية العسكرية", "الجيش الوطني الليبي",
          "المصرية", "المصري", "مصري"],
 "qca4": ["المدينة", "طارق بن زياد", "الجيش الوطني الليبي", "إدريس القطروني", "القطروني", "التشادية"],
 "qca5": ["الهلال الأحمر الجزائري", "الشعب", "الخطوط الجوية الجزائرية", "الناحية العسكرية الرابعة",
          "الجيش الوطني الشعبي", "الجيش الوطني الليبي", "الهلال الأحمر الليبي", "جزائرية"],
}

PHEN = {
 "qca1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qca2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "countries"],
 "qca3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qca4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qca5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qca1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "conditional", "Libyan National Army", ["اجدابيا", "تازربو"], ["الكفرة"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["دارفور"]),
 ],
 "qca2": [
  mv("reinforce", "reported", "Libyan National Army", ["الشويرف"], ["سبها"], ["براك"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سبها"], ["قاعدة براك الجوية"]),
  mv("airlift", "denied", "Libyan National Army", ["مطار بنينا"], ["مطار سبها"]),
 ],
 "qca3": [
  mv("deploy", "reported", "Egyptian army", ["سيدي براني"], ["منفذ السلوم"]),
  mv("naval_landing", "planned", "Egyptian army", ["ميناء مرسى مطروح"], ["ميناء السلوم"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["امساعد"]),
  mv("reinforce", "conditional", "Libyan National Army", ["طبرق"], ["امساعد"]),
  mv("naval_landing", "denied", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
 ],
 "qca4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["القطرون"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["المثلث الحدودي"]),
  mv("shipment", "denied", "Libyan National Army", ["سبها"], ["مرزق"]),
 ],
 "qca5": [
  mv("redeploy", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "planned", "Libyan National Army", ["اوباري"], ["منفذ إيسين"], ["العوينات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["غات"]),
  mv("airlift", "denied", "Algerian army", [], ["مطار غات"]),
 ],
}

NOTES = {
 "qca1": "Kufra air bridge: WFP cargo flights to Kufra airport and an ICRC ambulance flight Kufra→Benghazi are civilian "
         "(no movement); a Subul al-Salam company Kufra→the Uweinat triangle escorting Red Crescent trucks (deploy, "
         "reported); a planned Il-76 Al-Khadim air base→Kufra airport; a conditional massing of units from Ajdabiya "
         "and Tazirbu in Kufra if fighting nears the border with Sudan (border only the condition); RSF ammunition "
         "smuggled in aid trucks Kufra→Darfur denied. Port Sudan dateline, El Fasher/North Darfur (refugees' origin), "
         "Benghazi (office, hospitals, distance) are not movement places.",
 "qca2": "Petra: Jordanian medics evacuated by an ICRC plane Sabha airport→Benina and a Jordanian air-force plane to "
         "Marka (evacuations, no movement); an LNA reinforcement Shwayrif→Sabha via Brak; a planned airlift of a "
         "special-forces company Benina base→Tamanhint base (Sabha '30 km' only a distance reference); a conditional "
         "pull-back from central Sabha to Brak air base ('فور تسلم'); the ICRC denies its plane carried LNA "
         "ammunition Benina airport→Sabha airport. Tripoli is the Lebanese city (earlier aid flight), Amman the "
         "dateline, Sudan an earlier evacuation.",
 "qca3": "Akhbar El Yom: Egyptian returnees through the Sallum land port and EgyptAir evacuation flights from Benina "
         "and Al-Abraq are civilian; Egyptian military police Sidi Barrani→Sallum land port (deploy); a planned "
         "landing ship Marsa Matruh port→Sallum port; an LNA massing of 30 vehicles in Emsaed (mobilise, reported) "
         "and a conditional battalion Tobruk→Emsaed; a denied landing of Egyptian commandos at Tobruk port from "
         "Alexandria by the relief ship. Derna (clashes), Marsa Matruh hospitals, Cairo (dateline, flights, "
         "government) and the border camp are not movement places.",
 "qca4": "Al-Madina: KSrelief food distribution in Murzuq; a Tariq bin Ziyad unit escorted the aid convoy Sabha→Murzuq "
         "via Ghuddwa (deploy, reported; Umm al-Aranib only a distribution site there); a planned company Al-Wigh "
         "base→Al-Qatrun; a conditional advance Al-Qatrun→Tummo crossing if gunmen come across the border with "
         "Niger (condition only); Chadian armed groups pulled back from around Umm al-Aranib toward the border "
         "triangle (withdraw, reported); ammunition in aid trucks Sabha→Murzuq denied. El Feel field is a distance "
         "reference; Jeddah the dateline.",
 "qca5": "Echaab: Air Algérie relief flights Algiers airport→Djanet airport and the overland aid to Ghat and Ubari "
         "via Tin Alkoum are civilian; an Algerian infantry battalion Illizi→Djanet (redeploy, reported); a planned "
         "LNA company Ubari→Isayen crossing via Al-Awaynat; LNA forces will enter Ghat only if the council asks "
         "(advance, conditional); the defence ministry denies Algerian military planes landing weapons at Ghat "
         "airport. Tripoli, Fezzan, the border (hand-over point of aid) and the Sharara field are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qca1", "qca2", "qca3", "qca4", "qca5")
