# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 # tx1 Tripoli
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                        # G
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 "tripoli_port": ("crossing", "LY", 32.90200, 13.18500, "Port of Tripoli"),                # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                   # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                  # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                               # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 # tx2 Benghazi and the east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "marj_mun": ("district", "LY", 32.49257, 20.82909, "Al Marj municipality"),               # G* (town row)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                # G* (row جنوب شرق ليبيا)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "brega_port": ("oilfield", "LY", 30.41600, 19.57800, "Marsa al-Brega oil port"),          # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 # tx3 Sirte
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "gardabiya": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row)
 # tx4 Ben Gardane and the Tunisian border
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),           # G
 "border_tnside": ("region", "TN", 32.55000, 11.20000, "Tunisia-Libya border (Tunisian side)"),  # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                      # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                  # K
 # tx5 Egypt's western border
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "border_egside": ("region", "EG", 30.90000, 25.15000, "Egypt-Libya border (Egyptian side)"),  # K
 "sallum_port": ("crossing", "EG", 31.57500, 25.08000, "Sallum land port"),                # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 "cairo_west": ("base", "EG", 30.11640, 30.91530, "Cairo West Air Base"),                  # K
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),          # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "tx1": ["ليبيا أوبزرفر", "مصطفى الطرابلسي", "الليبية", "الدعم المالي", "القوة المشتركة", "اللواء 444 قتال",
         "المجلس العسكري الزنتان", "شارع الزاوية"],
 "tx2": ["الحدث", "الجيش الوطني الليبي", "غرفة العمليات الأمنية المشتركة", "المرجاوي", "شارع دبي", "ما ادري",
         "الأوراق البيضاء"],
 "tx3": ["يورونيوز", "البنيان المرصوص", "مجمع واغادوغو للمؤتمرات", "رئيس الحكومة الجديد",
         "اللجنة العسكرية المشتركة 5+5", "روسية", "هدى السرتي"],
 "tx4": ["الليبية", "ديوان إف إم", "الجيش التونسي", "منير الإدريسي", "الحرس الوطني", "المجلس الأعلى لأمازيغ ليبيا",
         "تونسية", "سوق ليبيا", "الطاهر الطرابلسي", "الجالية التونسية"],
 "tx5": ["الدستور", "الليبية", "المنطقة الغربية العسكرية", "المصريين", "مصرية", "الشعب الليبي", "فرج السلومي",
         "أولاد علي"],
}

PHEN = {
 "tx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases"],
 "tx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "tx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "tx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "tx5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "tx1": [
  mv("deploy", "reported", "GNA forces", destinations=["سوق الجمعة", "أبو سليم", "جنزور"]),
  mv("naval_landing", "reported", "Misrata forces", origins=["مصراته"], destinations=["ميناء طرابلس", "تاجوراء"]),
  mv("redeploy", "planned", "GNA forces", origins=["معسكر التكبالي"], destinations=["قصر بن غشير"]),
  mv("advance", "conditional", "Zintan forces", origins=["الزنتان"], destinations=["طرابلس"]),
  mv("deploy", "denied", "GNA forces", destinations=["عين زارة"]),
 ],
 "tx2": [
  mv("deploy", "reported", "Libyan National Army", destinations=["بنغازي", "المرج", "البيضاء"]),
  mv("airlift", "reported", "Libyan National Army", origins=["قاعدة بنينا الجوية"], destinations=["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", origins=["اجدابيا"], destinations=["ميناء البريقة"]),
  mv("mobilise", "conditional", "Libyan National Army", destinations=["سرت"]),
  mv("deploy", "denied", "Libyan National Army", destinations=["درنة"]),
  mv("withdraw", "reported", "Libyan National Army", origins=["المرج"]),
 ],
 "tx3": [
  mv("deploy", "reported", "GNA forces", origins=["مصراتة"], destinations=["سرت"], via=["أبوقرين"]),
  mv("reinforce", "reported", "Libyan National Army", origins=["قاعدة الجفرة الجوية"], destinations=["سرت"],
     via=["ودان"]),
  mv("shipment", "reported", "Libyan National Army", origins=["بنغازي"], destinations=["سرت"]),
  mv("withdraw", "planned", "Misrata forces", origins=["الوشكة"], destinations=["مصراته"]),
  mv("advance", "conditional", "Misrata forces", destinations=["سرت"]),
  mv("airlift", "denied", "Russian forces", origins=["الجفرة"], destinations=["مطار القرضابية"]),
 ],
 "tx4": [
  mv("reinforce", "reported", "Tunisian army", origins=["مدنين"], destinations=["بنقردان", "معبر رأس جدير"]),
  mv("deploy", "conditional", "Tunisian army", destinations=["الحدود مع ليبيا"]),
  mv("redeploy", "planned", "Tunisian army", origins=["تطاوين"], destinations=["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", destinations=["زوارة", "الجميل", "مجمع مليتة"]),
  mv("naval_landing", "reported", "GNA forces", origins=["طرابلس"], destinations=["ميناء زوارة"]),
  mv("mobilise", "denied", None, destinations=["رأس اجدير"]),
 ],
 "tx5": [
  mv("reinforce", "reported", "Egyptian army", origins=["مرسى مطروح"], destinations=["السلوم"], via=["سيدي براني"]),
  mv("airlift", "planned", "Egyptian army", origins=["قاعدة غرب القاهرة الجوية"], destinations=["مطار مرسى مطروح"]),
  mv("reinforce", "conditional", "Egyptian army", origins=["قاعدة محمد نجيب العسكرية"],
     destinations=["الحدود مع ليبيا"]),
  mv("shipment", "reported", "Egyptian army", origins=["السلوم"], destinations=["طبرق"], via=["منفذ امساعد"]),
  mv("advance", "denied", "Egyptian army", destinations=["الجغبوب"]),
 ],
}

NOTES = {
 "tx1": "Libya Observer style, Tripoli on the eve of parliamentary elections: GNU police+army units deployed to "
        "polling centres in Souq al-Jumaa/Abu Salim/Janzour (reported); a Misrata company by sea to Tripoli port then "
        "overland to Tajura (reported naval landing, two destinations); 444 Brigade Tekbali camp->Qasr Bin Ghashir "
        "(planned); Zintan threat to move on «العاصمة» (= Tripoli) if the results are rigged (conditional); denied "
        "entry of ministry vehicles into Ain Zara schools. Traps: the outlet (contains ليبيا), the spokesman "
        "الطرابلسي, «الدعم المالي» (Mali), «شارع الزاوية» (a Tripoli street) before the gold Zawiya, the Zintan "
        "military council. Monitors' towns in the last sentence are not movement places.",
 "tx2": "Al-Hadath style, Benghazi: LNA and eastern police deployed to polling centres in Benghazi/Al-Marj/Al-Bayda "
        "(reported); airlift Benina air base->Kufra airport (reported); planned Ajdabiya->Brega port (the Oil Crescent "
        "is a purpose, not a destination); conditional massing in Sirte; denied armour into Derna to intimidate voters; "
        "evening pull-back of army patrols from Al-Marj (reported withdraw, no destination named). Traps: المرجاوي "
        "(contains المرج), «شارع دبي», «ما ادري», «الأوراق البيضاء» before the gold Al-Bayda, the outlet, the LNA name.",
 "tx3": "Euronews Arabic style, Sirte hosts the handover to the elected government: GNA military police "
        "Misrata->Sirte via Abu Qurayn (reported deploy); LNA battalion Jufra air base->Sirte via Waddan (reported "
        "reinforce; «في المدينة» = Sirte); LNA trucks of armour/radios from Benghazi (reported shipment); planned "
        "return of Misrata brigades from Al-Washka «إلى ثكناتها داخل المدينة» (= مصراته); conditional advance on "
        "Sirte by «البنيان المرصوص» (Misrata forces); denied Russian airlift Jufra->Gardabiya airport. Tripoli is only "
        "the chief of staff's seat. مصر occurs inside مصراتة/مصراته; Ouagadougou only inside the Sirte conference hall "
        "name (trap); تونس العاصمة = Tunis vs تونس the country.",
 "tx4": "Diwan FM style, Ben Gardane: Tunisian army reinforcement Medenine->Ben Gardane (spelled بنقردان) and the "
        "Ras Ajdir crossing (reported); conditional deployment along «الحدود مع ليبيا» (Tunisian side); planned "
        "Tataouine->Dehiba; GNU police+army in Zuwara/Al-Jumayl/Mellitah (reported deploy) and coast-guard boats "
        "Tripoli->Zuwara port (reported naval landing); denied Amazigh massing near «رأس اجدير» (actor null). "
        "«زوارة تنتخب» is a gold town but no movement. Traps: الإدريسي (Idri), الطرابلسي, «سوق ليبيا», the Amazigh "
        "council name with ليبيا, nisbas; العاصمة تونس = Tunis.",
 "tx5": "Al-Dustour (Cairo) style, Egypt's western border during the count: reinforcement Marsa Matruh->Sallum via "
        "Sidi Barrani (reported); planned airlift Cairo West air base->Marsa Matruh airport; conditional reinforcement "
        "from Mohamed Naguib base «إلى الحدود» (= الحدود مع ليبيا, Egyptian side); Egyptian army trucks "
        "Sallum->Tobruk via the Emsaed crossing carrying armour for Tobruk police (reported shipment); denied crossing "
        "to Jaghbub. Metonymic القاهرة is a gold city but not a movement place; Libyans crossing to vote are "
        "civilians. Traps: the outlet, فرج السلومي (contains السلوم), the Western Military Zone, nisbas.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tx1", "tx2", "tx3", "tx4", "tx5")
