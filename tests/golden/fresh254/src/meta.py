# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # the Sirte-Jufra line and the central coast
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.357, 15.215, "Misrata port (Qasr Ahmad)"),       # K
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "khums_port": ("crossing", "LY", 32.656, 14.282, "Al Khums port"),                     # K
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem (Abu Nujaym)"),                  # G* (row بونجيم)
 # Jufra
 "jufra": ("district", "LY", 29.13, 16.05, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 # west, east and south
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.103, 20.052, "Benghazi port"),                  # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # abroad
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G (city row تونس)
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),     # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "iv1": ["الراي", "مجمع قاعات واغادوغو", "الجيش الوطني الليبي", "شارع دبي", "عبد الله الهوني", "مرهون"],
 "iv2": ["الدستور", "المرصد السوري لحقوق الإنسان", "الخارجية الروسية", "وزارة الدفاع التركية", "الفصائل التشادية",
         "وكالة الأنباء الليبية", "مسلح سوداني", "الدعم المالي", "مقاتلاً سورياً",
         "عملية «إيريني» الأوروبية"],
 "iv3": ["الخبر", "قوات حفتر", "مسؤول عسكري مصري", "الرئيس المصري", "الجيش المصري", "الدبلوماسية الجزائرية"],
 "iv4": ["هسبريس", "المرتزقة السوريين", "سفينة إنزال تركية", "الكتائب المصراتية", "يوسف الطرابلسي",
         "جامعة محمد الخامس", "دعوات مغربية", "عبد الرحيم الإدريسي"],
 "iv5": ["عكاظ", "مفتاح الوداني", "الفيلق الأفريقي", "مسلحين سودانيين", "شارع طرابلس", "ما ادري"],
}

PHEN = {
 "iv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "town_vs_district"],
 "iv2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "countries", "coverage_neighbours"],
 "iv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "countries", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours"],
 "iv4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_bases", "coverage_crossings", "countries"],
 "iv5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
}

MOVES = {
 "iv1": [
  mv("withdraw", "reported", "Misrata forces", ["أبوقرين"], ["تاورغاء"]),
  mv("deploy", "reported", None, ["سرت"], ["الوشكة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["بن جواد"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "denied", "Libyan National Army", ["هون"], ["سرت"]),
  mv("advance", "conditional", "GNA forces", [], ["سرت"]),
 ],
 "iv2": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["تركيا"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة", "حقل الشرارة"], ["مالي"], ["النيجر"]),
  mv("withdraw", "planned", "Turkish armed forces", ["قاعدة الوطية"], []),
  mv("withdraw", "conditional", "Chadian armed groups", ["أم الأرانب"], ["تشاد"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["دارفور"], ["الحدود مع السودان"]),
  mv("shipment", "reported", None, [], ["ميناء الخمس"]),
 ],
 "iv3": [
  mv("deploy", "planned", None, [], ["أبو قرين", "سرت"]),
  mv("deploy", "planned", None, [], ["ودان", "هون"]),
  mv("redeploy", "reported", "Libyan National Army", ["سرت"], ["راس لانوف"], ["بن جواد"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("reinforce", "denied", "GNA forces", ["مصراتة"], ["الوشكة"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("mobilise", "reported", "Egyptian army", [], ["قاعدة محمد نجيب العسكرية"]),
 ],
 "iv4": [
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["بوقرين"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراته"]),
  mv("reinforce", "reported", "Wagner Group", ["قاعدة الجفرة"], ["سرت"], ["ودان"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
 ],
 "iv5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("redeploy", "planned", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("reinforce", "denied", "Sudanese armed groups", ["الكفرة"], ["سوكنة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["الجفرة"]),
  mv("deploy", "reported", None, [], ["أبونجيم"]),
  mv("shipment", "reported", None, [], ["سبها"], ["هون"]),
 ],
}

NOTES = {
 "iv1": ("Al-Rai (Kuwait), Sirte dateline: a 5+5 session in Sirte; Misrata artillery Abu Qurayn->Tawergha and joint military "
         "police Sirte->Al-Washka (reported), an LNA battalion from Sirte's west gate to Jufra air base (planned), a Hun->Sirte "
         "column denied, a GNA advance on Sirte conditional on mercenaries leaving Gardabiya. UN monitors arriving from Tunis, "
         "the speaker in Tripoli and a coastal road reopening are not movements; traps: Ouagadougou hall, Dubai street, "
         "al-Houni, مرهون."),
 "iv2": ("Ad-Dustour (Amman), multi-capital round-up on foreign fighters: Syrian mercenaries flown Mitiga->Turkey (reported), "
         "Moscow denies a Wagner airlift Jufra base->Mali via Niger, Turkey's planned partial pull-out from Al-Watiya, Chadian "
         "factions' conditional return Umm al-Aranib->Chad, Sudanese gunmen Jebel Uweinat->Darfur (reported). Fighters' "
         "origin (northern Syria), the speaker in Moscow and the source in Sabha are not movement places."),
 "iv3": ("El Khabar (Algiers): the 5+5 separation-force plan (planned deployments between Abu Qurayn and Sirte and to Waddan/Hun), "
         "an LNA redeploy Sirte->Ras Lanuf via Bin Jawad (reported), a denied GNA reinforcement Misrata->Al-Washka, Egypt's "
         "conditional advance on Sirte and Jufra. Algiers dateline vs Algeria the country; UN monitors in Sirte are not a "
         "force movement."),
 "iv4": ("Hespress (Rabat): mutual accusations -- Syrian mercenaries Al-Watiya->Bu Qurayn (claimed by the LNA, denied), a "
         "Turkish landing ship Mersin->Misrata port with armour (planned, per the LNA), Wagner Jufra base->Sirte via Waddan "
         "(confirmed by UN monitors) and an LNA Benghazi->Sirte reinforcement (admitted), a Misrata threat to advance on "
         "Al-Washka «ما لم». Bouznika, Rabat, Ankara and Morocco are not movement places; al-Trabelsi is a person trap."),
 "iv5": ("Okaz (Jeddah), Hun dateline: UN monitors visit Jufra air base (not a force move); Russian Il-76s Jufra base->Al "
         "Khadim (reported), a planned Africa Corps move Jufra->Brak air base, Sudanese gunmen Kufra->Sokna denied, a "
         "conditional LNA reinforcement Benghazi->Jufra, joint military police deployed at Abu Nujaym (reported). "
         "الوداني and سودانيين contain ودان."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("iv1", "iv2", "iv3", "iv4", "iv5")
