# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, spelling or kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 # foreign cities and towns
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G* (row منفذ امساعد, written منفذ السلوم)
 # Libya: east and centre
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G (also written بنغازى)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),         # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (also written بوقرين)
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                  # K (README convention: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 # Libya: Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "southwest_ly": ("region", "LY", 26.3, 12.2, "South-western Libya"),                    # K
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 # Libya: Tripoli and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G (also written طرابلس الغرب)
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير, written رأس اجدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),         # G* (town row reused for the municipality)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "qoa1": ["عرب خبر", "عقيلة صالح", "فوزي النويري", "عبدالله بليحق", "اللواء طارق بن زياد", "الجيش الوطني الليبي",
          "حكومة الوحدة الوطنية", "المفوضية الوطنية العليا للانتخابات", "الحكومة الليبية", "الليبية", "الليبي"],
 "qoa2": ["المسيرة", "موسى الصدر", "هانيبال القذافي", "عقيلة صالح", "عبد الحميد الدبيبة", "جهاز الردع",
          "الفيلق الأفريقي", "الروسي", "التركي", "تركية", "الليبي", "الليبية", "ليبية", "لبناني"],
 "qoa3": ["NBN", "حكومة الوحدة الوطنية الليبية", "عبد الحميد الدبيبة", "موسى الصدر", "عماد الطرابلسي", "الطرابلسي",
          "جهاز دعم المديريات", "منطقة الساحل الغربي العسكرية", "الجيش الوطني الليبي", "من هذه الزاوية", "ليبياً",
          "حركة أمل", "هانيبال القذافي"],
 "qoa4": ["الزمان المصرى", "مجمع واغادوغو للمؤتمرات", "اللواء 128 معزز", "سرت أنباء", "هون من شأن",
          "قوات الدعم السريع", "مجلس النواب المصرى", "مصرى", "المصرية", "الليبى", "الليبية", "ليبية", "سودانية"],
 "qoa5": ["صوت الخليج", "المجلس الأعلى للدولة", "محمد تكالة", "خالد المشري", "المنطقة العسكرية الغربية",
          "اللواء 52 مشاة", "الجيش الوطني الليبي", "درجت عليه", "الجيش الجزائري", "الجزائري", "جزائرية",
          "محمد المنفي", "المفوضية الوطنية العليا للانتخابات", "الليبي"],
}

PHEN = {
 "qoa1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qoa2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "countries"],
 "qoa3": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_crossings", "countries"],
 "qoa4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qoa5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qoa1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["بنغازي"], ["الكفرة", "أوباري"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["غدامس"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "qoa2": [
  mv("reinforce", "reported", "GNA forces", ["مصراتة"], ["طرابلس"]),
  mv("deploy", "planned", "GNA forces", [], ["ترهونة", "بني وليد"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"], []),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "qoa3": [
  mv("deploy", "reported", "GNA forces", ["جنزور"], ["الزاوية"]),
  mv("mobilise", "reported", None, [], ["العجيلات"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"], []),
  mv("deploy", "planned", "GNA forces", [], ["صبراتة", "صرمان", "زوارة"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"]),
 ],
 "qoa4": [
  mv("reinforce", "reported", "Libyan National Army", ["الجفرة"], ["سرت"], ["هون"]),
  mv("reinforce", "planned", "Egyptian army", [], ["السلوم"]),
  mv("advance", "conditional", "Egyptian army", [], ["ليبيا"]),
  mv("redeploy", "denied", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "qoa5": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
}

NOTES = {
 "qoa1": "Site (Arab Khabar) retelling the House of Representatives' spokesman after a session in Benghazi on securing "
         "municipal elections: Tariq bin Ziyad reinforcements Brak air base→Sabha (reported), military police companies "
         "Benghazi→Kufra and Ubari (planned; Benghazi is also the venue and dateline), no LNA soldier to Ghadames unless "
         "the municipality asks (conditional; بلدية غدامس only in the condition), a denied column Sirte→Abu Qurayn "
         "(written أبوقرين, headline بوقرين); the next session in Sirte, election material Tripoli→Sabha/Kufra on civilian "
         "flights, Tripoli's rejection and the member for Zawiya are not movements or movement places.",
 "qoa2": "Lebanese political weekly (Al-Massira) analysis: GNU convoys Misrata→Tripoli (reported), units to deploy in "
         "Tarhuna and Bani Walid (planned), the LNA's denial of an Africa Corps airlift Jufra air base→Brak air base "
         "(actor Russian forces), Turkish advisers not leaving Al-Watiya unless an elected government asks (conditional); "
         "Beirut, Tripoli of Lebanon (a diplomat's home town), Libyan Tripoli as «طرابلس الغرب», the venues Sirte and "
         "Benghazi and Haftar's 2019 march on Tripoli (past background) are not movement places.",
 "qoa3": "Lebanese TV site (NBN) from Tripoli on the GNU cabinet: a Directorates Support force Janzour→Zawiya (reported, "
         "destination written «المدينة»), the force not leaving Zawiya until suspects are handed over (conditional), "
         "Western Coast Military Zone units to deploy in Sabratha, Surman and Zuwara (planned), Dbeibah's denial of an "
         "LNA advance Ash Shwayrif→Mizdah; the judicial delegation to Beirut (civilian), tension spreading towards Ras "
         "Ajdir, «من هذه الزاوية» (from this angle) and «الطرابلسي» (person) are not movements or places.",
 "qoa4": "Egyptian paper (Al-Zaman Al-Masri, Egyptian spelling with ى) on the HoR session in Sirte: 128th Brigade units "
         "Jufra→Sirte via Hun (reported), Egyptian border guards to Sallum (planned), Egypt's conditional intervention "
         "inside Libya (Sirte and Jufra only in the condition), the LNA's denied battalion Kufra→the border with Sudan; "
         "the MPs' flights Benghazi/Tobruk→Gardabiya airport and the Egyptian delegation Cairo→Gardabiya are civilian; "
         "«سرت أنباء» (rumours spread) and «هون من شأن» (played down) are common words.",
 "qoa5": "Kuwaiti paper (Sawt Al-Khaleej) from Tripoli on the High Council of State and Ghadames elections: a 52nd "
         "Infantry force Nalut→Ghadames (reported), a company to be flown Al-Watiya→Ghadames airport (planned), the "
         "LNA's denied advance Ash Shwayrif→Daraj, Algeria's conditional reinforcement of Debdeb (Ghadames only in the "
         "condition); the election commission team Tripoli→Ghadames is civilian, Kuwait is the ambassador's country and "
         "«درجت عليه» (used to) holds Daraj.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoa1", "qoa2", "qoa3", "qoa4", "qoa5")
