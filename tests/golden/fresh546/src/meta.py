# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # vague areas and border phrases
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libyan side of the border with Sudan"),  # G* (row الحدود الليبية السودانية)
 # capitals and foreign cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 # Sirte and the line west of it
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sirte_port": ("crossing", "LY", 31.22, 16.57, "Sirte port"),                          # K
 "wadijaref": ("village", "LY", 31.12, 16.45, "Wadi Jarif"),                            # K
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Al Qardabiya (Gardabya air base area)"),  # G* (base row)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abugrein": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),            # G
 # east of Sirte and the oil crescent
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "nawfaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                           # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "essider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G
 "raslanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (oilfield row, as town)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G (row راس لانوف)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Benghazi port"),                    # K
 # Jufra and the south
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # Egypt's western border
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 31.30, 25.20, "Egyptian side of the border with Libya"),  # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
}

TRAPS = {
 "ub1": ["بترا", "مجمع قاعات واغادوغو", "مختار الإدريسي", "الليبية", "الأردنية", "سوريين"],
 "ub2": ["الجريدة", "الفيلق الأفريقي", "محمد السوداني", "عملية «إيريني»", "سوريين", "التشاديين", "ليبية",
         "الروسي", "التركي", "الأوروبية"],
 "ub3": ["صدى البلد", "الجيش الليبي", "الجيش الوطني الليبي", "الهلال الأحمر الليبي", "غرفة عمليات تحرير سرت والجفرة",
         "محمود السلومي", "المصري", "ليبية"],
 "ub4": ["قنا", "وكالة الأنباء القطرية", "القوة المشتركة مصراتة", "المنطقة العسكرية الوسطى", "علي الحسوني",
         "المراحل الخمس", "الليبية", "تركية"],
 "ub5": ["بوابة إفريقيا الإخبارية", "سرت أنباء", "غرفة عمليات سرت الكبرى", "زلة لسان", "لواء طارق بن زياد",
         "شارع دبي", "سالم الهوني", "مفتاح الإدريسي", "الروس"],
}

PHEN = {
 "ub1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ub2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ub3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ub4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "countries", "coverage_bases"],
 "ub5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "town_vs_district", "coverage_bases"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ub1": [
  _m("withdraw", "reported", "GNA forces", ["الوشكة"], ["أبوقرين"]),
  _m("withdraw", "reported", "Libyan National Army", ["وادي جارف"], ["قاعدة القرضابية الجوية"]),
  _m("deploy", "planned", None, [], ["أبوقرين", "هراوة"]),
  _m("withdraw", "conditional", "Foreign fighters", ["قاعدة الجفرة الجوية"], []),
  _m("reinforce", "denied", "GNA forces", ["مصراتة"], ["بويرات الحسون"]),
 ],
 "ub2": [
  _m("airlift", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  _m("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], ["سوكنة"]),
  _m("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية", "مطار مصراتة"], []),
  _m("withdraw", "planned", "Foreign fighters", ["بن جواد", "ميناء السدرة"], ["الكفرة"]),
  _m("airlift", "denied", "Chadian armed groups", [], ["قاعدة الجفرة"]),
 ],
 "ub3": [
  _m("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["بن جواد"], ["البريقة", "راس لانوف"]),
  _m("shipment", "reported", "Libyan National Army", ["بنغازي"], ["ميناء راس لانوف"]),
  _m("withdraw", "reported", "Libyan National Army", ["هراوة"], ["النوفلية"]),
  _m("deploy", "planned", "Libyan National Army", ["سرت"], ["وادي جارف"]),
  _m("advance", "denied", "GNA forces", ["ابوقرين"], ["الوشكة"]),
  _m("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "ub4": [
  _m("redeploy", "reported", "GNA forces", ["بويرات الحسون"], ["الهيشة"]),
  _m("deploy", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"], ["تاورغاء"]),
  _m("withdraw", "planned", "GNA forces", ["أبو قرين"], ["مصراتة"]),
  _m("mobilise", "reported", "Libyan National Army", [], ["القرضابية"]),
  _m("advance", "conditional", "GNA forces", [], ["وادي جارف", "القرضابية"]),
  _m("naval_landing", "conditional", "GNA forces", [], ["ميناء سرت"]),
  _m("shipment", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["أبو قرين"]),
 ],
 "ub5": [
  _m("withdraw", "reported", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"], ["ودّان"]),
  _m("withdraw", "reported", "Russian forces", ["القرضابية"], ["الجفرة"]),
  _m("mobilise", "denied", "Libyan National Army", [], ["هراوة"]),
  _m("naval_landing", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["ميناء بنغازي"], ["ميناء سرت"]),
  _m("advance", "conditional", "Libyan National Army", [], ["وادي جارف"]),
 ],
}

NOTES = {
 "ub1": ("Petra (Jordan News Agency, `طرابلس 9 آذار (بترا)-`): the 5+5 timetable for reopening the coastal road "
         "Abu Qurayn-Sirte. Monitors report a GNA pull-back Al-Washka->Abu Qurayn and an LNA pull-back Wadi Jarif->"
         "Gardabya air base (reported); a joint force of both sides along the road between Abu Qurayn and Harawa "
         "(planned, actor null); foreign fighters out of the Jufra air base «فور وصول» the monitors (conditional; "
         "Waddan is where the monitors arrive, not a movement place); a Misrata->Buwairat al-Hassoun reinforcement "
         "denied by the GNU general staff. Not movements: travellers via Bani Walid and Jufra, the 2020 Geneva "
         "agreement's 90-day clause, the presence of fighters from Russia, Sudan and Chad."),
 "ub2": ("Al-Jarida (Kuwait, `القاهرة - «الجريدة»`): foreign fighters and mercenaries. Syrian mercenaries flown "
         "Al-Watiya->Turkey (reported; headline = same); an Africa Corps convoy Jufra air base->Brak air base via Sokna "
         "(reported, Russian forces; headline «يخلي مواقع في الجفرة» = same); Turkish advisers to leave Al-Watiya and "
         "Misrata airport only after all foreign fighters leave (conditional); Sudanese and Chadian fighters Bin Jawad->"
         "Kufra (planned, Foreign fighters); a Chadian airlift to the Jufra base denied. Not movements: Ankara and Cairo "
         "as speaker/dateline, Washington's demand, flights Benghazi-Jufra and roads to Sudan and Chad in an analyst's "
         "general remark."),
 "ub3": ("Sada El Balad (Egypt, `كتب: …`): an LNA column Ajdabiya->Bin Jawad via Brega and Ras Lanuf and a landing "
         "ship Benghazi->Ras Lanuf port (reported); monitors document an LNA artillery pull-back Harawa->Nawfaliya "
         "(reported); a planned engineer company Sirte->Wadi Jarif; a GNA advance Abu Qurayn->Al-Washka denied by the "
         "Sirte-Jufra operations room; the Egyptian army Marsa Matruh->Sallum «إذا» (conditional; the border phrase "
         "locates Sallum). Not movements: the Sirte-Jufra «red line», trade Egypt-Libya via the Sallum land port."),
 "ub4": ("QNA (Qatar, `طرابلس في 22 أبريل /قنا/`): the GNU defence ministry's statement. Two Central Region "
         "battalions Buwairat al-Hassoun->Al-Hisha (reported); a Misrata Joint Force company Misrata->Abu Qurayn via "
         "Tawergha (reported, Misrata forces); heavy artillery Abu Qurayn->Misrata before end of May (planned); an "
         "advance on Wadi Jarif and Al-Qardabiya «إذا لم» (conditional); Turkish officers Al-Watiya->Abu Qurayn "
         "denied. Not movements: civilian lorries on the reopened road near Al-Washka, Qatar's call to remove all "
         "foreign forces from Libya."),
 "ub5": ("Bawabat Afriqiya (Libya, `سرت - بوابة إفريقيا الإخبارية`): monitors report an LNA battalion Sirte->Jufra "
         "air base via Waddan (reported; headline and the farmer's «مشت … لجهة الجفرة» = same); the farmer's «الروس "
         "اللي كانوا في القرضابية طلعوا معاهم» = Russian pull-back Al-Qardabiya->Jufra (reported); LNA massing in "
         "Harawa «سرت أنباء» then denied; a planned LNA airlift Gardabya base->Benina air base; a return to Wadi Jarif "
         "«إذا سُجل أي خرق» (conditional). Not movements: the gas cylinders from Benghazi, the road to Misrata."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ub1", "ub2", "ub3", "ub4", "ub5")
