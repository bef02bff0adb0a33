# Place rows: key -> (kind, country, lat, lon, name). Source per row: G = data/gazetteer.csv row found with grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G (row بورتسودان, alias بورت سودان)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 # qkx1 Syrian fighters rotated out of western Libya (Qasioun)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "azaz": ("town", "SY", 36.58330, 37.05000, "Azaz"),                                    # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "bab_salama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama crossing"),        # G
 "albab": ("town", "SY", 36.3705, 37.5157, "Al-Bab"),                                   # K
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # qkx2 Russian forces Syria -> eastern Libya (Al-Souria Net)
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (city row طرطوس)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # qkx3 Sudanese army statement on an RSF column from Kufra (Baj News)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "uweinat": ("region", "SD", 21.85, 25.05, "Jebel Uweinat (Sudanese side)"),            # K
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row خرطوم)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 # qkx4 Chadian fighters and the Chadian army (Watan)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "border_td_ly": ("region", "TD", 21.6, 17.5, "Chad-Libya border (Chadian side)"),      # K
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),       # G* (town row أم جرس)
 # qkx5 Syrian recruits of the Russian Africa Corps (Jisr)
 "homs": ("city", "SY", 34.72405, 36.72559, "Homs"),                                    # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "hama": ("city", "SY", 35.13179, 36.75783, "Hama"),                                    # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
}

TRAPS = {
 "qkx1": ["قاسيون", "الجيش الوطني السوري", "لواء سمرقند", "أحرار الشرقية", "السلطان مراد", "أبو خالد الحلبي",
          "الباب مفتوحاً", "سورياً", "التركية", "تركية", "كتيبة ثوار طرابلس"],
 "qkx2": ["السورية نت", "مينسك", "الفيلق الأفريقي", "رامي الحمصي", "الروسية", "السورية", "الليبيين"],
 "qkx3": ["الدعم السريع", "باج نيوز", "القوات المسلحة السودانية", "القيادة العامة للجيش الوطني الليبي", "حركة تحرير السودان",
          "مني أركو مناوي", "المياه المالحة", "الليبية", "السودانية", "تشاديون", "كامل إدريس"],
 "qkx4": ["وطن", "جبهة التناوب والوفاق في تشاد", "الدعم السريع", "محمد إدريس ديبي", "تشادي", "التشادي",
          "تشاديين", "الإماراتية"],
 "qkx5": ["جسر", "جسر جوي", "الفرقة الرابعة", "الفيلق الأفريقي", "أبو جعفر التدمري", "المالية", "اللبنانية",
          "القيادة العامة للجيش الوطني الليبي", "السورية"],
}

PHEN = {
 "qkx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qkx2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
          "countries"],
 "qkx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qkx5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkx1": [
  mv("withdraw", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["مطار غازي عنتاب"]),
  mv("withdraw", "reported", "Syrian mercenaries", [], ["اعزاز"], ["معبر باب السلامة"]),
  mv("deploy", "planned", "Syrian mercenaries", ["عفرين"], ["طرابلس"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معسكر اليرموك"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["قاعدة الوطية"]),
  mv("naval_landing", "denied", "Syrian mercenaries", [], ["ميناء الخمس"]),
 ],
 "qkx2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "planned", "Russian forces", ["الخادم"], ["النيجر", "مالي"], ["قاعدة براك الجوية"]),
  mv("withdraw", "conditional", "Russian forces", ["طرطوس"]),
  mv("withdraw", "denied", "Russian forces", ["سوريا"]),
  mv("shipment", "denied", "Russian forces", [], ["قاعدة القرضابية"]),
 ],
 "qkx3": [
  mv("advance", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الكفرة"]),
  mv("reinforce", "reported", "Sudanese army", ["مروي"], ["الدبة"]),
  mv("redeploy", "planned", "Sudanese army", ["الدبة"], ["جبل العوينات"]),
  mv("advance", "conditional", "Sudanese army", ["الدبة"], ["الحدود مع ليبيا"]),
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الكفرة"], ["نيالا"]),
 ],
 "qkx4": [
  mv("deploy", "reported", "Chadian armed groups", ["أم الأرانب"], ["دارفور"], ["الكفرة"]),
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["كوري بوقودي"]),
  mv("mobilise", "reported", "Chadian army", [], ["فادا"]),
  mv("airlift", "planned", "Chadian army", ["انجمينا"], ["زوار"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["القطرون"]),
  mv("airlift", "denied", "Chadian armed groups", ["مطار أم جرس"], ["نيالا"]),
 ],
 "qkx5": [
  mv("redeploy", "reported", "Syrian mercenaries", ["بنغازي"], ["قاعدة براك الجوية"]),
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة براك الجوية"], ["باماكو"]),
  mv("deploy", "planned", "Syrian mercenaries", ["طرابلس"], ["طبرق"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["سبها"], ["سوريا"]),
  mv("airlift", "denied", "Syrian mercenaries", ["دمشق"], ["مطار بنينا"]),
 ],
}

NOTES = {
 "qkx1": "Syrian opposition agency (the media name قاسيون is also Damascus's mountain; Azaz spelled اعزاز): 180 "
         "Syrian fighters left Al-Watiya base by bus for Mitiga airport, were flown from there ('ومنه') to Gaziantep "
         "airport and taken by land through Bab al-Salama to Azaz ('المدينة'; Azaz also the dateline, Aleppo only its "
         "locator, Mellitah only where they served); a planned replacement batch Afrin→Tripoli; 90 fighters in Yarmouk "
         "camp leave only if paid (Tripoli its locator and inside the trap 'كتيبة ثوار طرابلس'); Ankara's MoD (Ankara "
         "the venue) denies two planes landing Syrians at Al-Watiya and others landed from a Turkish ship at Khoms port. "
         "Al-Bab is the speaker's town, 'الباب مفتوحاً' a common-word trap; Samarkand brigade, Abu Khalid al-Halabi are "
         "traps.",
 "qkx2": "Syrian news site (Damascus dateline, Latakia only a source): Il-76 flights Hmeimim→Al-Khadim (Benghazi a "
         "distance reference; headline 'إلى شرق ليبيا' repeats it), the landing ship 'Minsk' (a ship, not the city) "
         "landing marines and 40 vehicles at Tobruk port after sailing from Tartus port, a planned transfer of the "
         "equipment from Al-Khadim to Niger and Mali via Brak air base for the Africa Corps, a conditional Russian "
         "withdrawal from Tartus (said during a visit to Algiers; Algeria the country in the analyst's remark), and "
         "the Moscow spokeswoman's denial of any withdrawal from Syria and of Pantsir systems sent to Gardabya; "
         "Sharara and Es Sider are guarded sites (no movement), Al-Rajma the silent command.",
 "qkx3": "Sudanese news site reporting an army statement from Port Sudan (spelled بورت سودان; dateline and venue): an RSF "
         "column of 70 vehicles Kufra→Al-Malha via the border triangle (North Darfur only locates the town; 'المياه "
         "المالحة' is a common-word trap), RSF massing around Kufra, 19th Infantry reinforcements Merowe→Ad Dabbah, a "
         "planned special-forces battalion Ad Dabbah→Jebel Uweinat (Kufra then a distance reference), a conditional "
         "advance from Ad Dabbah to the border with Libya, and the LNA's denial of cargo flights Kufra airport→Nyala "
         "(the Kufra municipality head only a speaker); Khartoum, Benghazi and the triangle's last mention are "
         "background; the PM Kamil Idris contains إدري.",
 "qkx4": "Watan (its name is the common word 'homeland'; dateline انجمينا, Chadian spelling of N'Djamena): 400 Chadian "
         "fighters from a camp near Umm al-Aranib to Darfur via Kufra ('ومنها'), Chadian army reinforcements "
         "Faya-Largeau→Kouri Bougoudi (N'Djamena a distance reference, the border with Libya only the purpose) and "
         "1,000 soldiers massed in Fada (spelled فادا), a planned airlift of a presidential-guard company "
         "N'Djamena→Zouar, FACT (name contains تشاد) conditionally leaving Al-Qatrun, and the UAE's denial (Abu Dhabi "
         "the venue) of airlifting Chadian fighters Amdjarass airport→Nyala; Tunis (bare تونس = the capital, venue of "
         "a UN report), Chad, Sudan, the UAE and Port Sudan are background. The president's name contains إدري.",
 "qkx5": "Syrian opposition site Jisr (its name is the word for bridge; 'جسر جوي' also a trap): ex-regime recruits of "
         "the Russian Africa Corps moved Benghazi→Brak air base (Libyan Tripoli a distance reference), 20 flown from "
         "the same base ('القاعدة ذاتها') to Bamako ('المالية' trap), a planned batch from Tripoli in Lebanon by ship to "
         "Tobruk, recruits in Sabha returning to Syria only if the Russians allow it, and the LNA's denial of flights "
         "Damascus→Benina airport; Homs (headline, dateline, sources, background), Hama, the Sabha municipality "
         "(speaker) and Syria's second mention are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkx1", "qkx2", "qkx3", "qkx4", "qkx5")
