# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "cairo_west": ("base", "EG", 30.116, 30.915, "Cairo West Air Base"),                    # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "matruh_airport": ("airport", "EG", 31.325, 27.222, "Marsa Matruh Airport"),            # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                 # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 "border_west_eg": ("region", "EG", 31.0, 25.2, "Egypt's western border"),               # K
 # Turkey
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 # Libya, west and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "khums_port": ("crossing", "LY", 32.656, 14.282, "Al Khums port"),                      # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Misrata port (Qasr Ahmed)"),          # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabiya Air Base"),                  # G (row قاعدة القرضابية)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                  # K (area point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                   # G
 # Libya, east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the places-file order of keys."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TR, EG = "Libyan National Army", "GNA forces", "Turkish armed forces", "Egyptian army"

TRAPS = {
 "ls1": ["الشروق", "المصري", "المنطقة الغربية العسكرية", "المنطقة الغربية", "الجيش الوطني الليبي",
         "غرفة عمليات تحرير سرت والجفرة", "سرت أنباء"],
 "ls2": ["ترك برس", "التركي", "مصرية", "المصري", "الليبي", "عمر الطرابلسي", "السنوات الخمس"],
 "ls3": ["الجيش الوطني", "الشرق الأوسط", "الليبي", "غرفة عمليات سرت الكبرى", "علي الوداني", "شارع دبي",
         "المصري", "ما ادري"],
 "ls4": ["التركي", "يني شفق", "شارع طرابلس", "الجيش الوطني الليبي", "القاهرة الإخبارية", "مصري", "المصري"],
 "ls5": ["مصراوي", "حسم 2026", "حسم 2020", "المنطقة الغربية العسكرية", "المنطقة الغربية", "مصري",
         "الليبي", "الفيلق الأفريقي", "الروسي", "عادل السلومي", "لا أدري"],
}

PHEN = {
 "ls1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "ls2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ls3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "ls4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ls5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "ls1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("redeploy", "planned", GNA, ["مصراتة"], ["أبوقرين"]),
  mv("advance", "denied", GNA, ["الوشكة"], ["بويرات الحسون"]),
  mv("deploy", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح"]),
  mv("reinforce", "conditional", EG, [], ["الحدود مع ليبيا"]),
 ],
 "ls2": [
  mv("airlift", "reported", TR, ["أنقرة"], ["مطار مصراتة"]),
  mv("deploy", "reported", TR, ["مطار مصراتة"], ["أبو قرين"], ["تاورغاء"]),
  mv("deploy", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["سرت"]),
  mv("naval_landing", "planned", TR, ["مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "conditional", TR, ["قاعدة الوطية"]),
 ],
 "ls3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "reported", LNA, ["بن جواد"], ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "denied", LNA, ["بويرات الحسون"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["سرت"], ["أجدابيا"]),
  mv("mobilise", "planned", LNA, [], ["سوكنة", "هون"]),
  mv("advance", "conditional", LNA, [], ["ابوقرين"]),
 ],
 "ls4": [
  mv("airlift", "planned", TR, [], ["قاعدة الوطية الجوية"]),
  mv("shipment", "reported", None, [], ["ميناء مصراتة"]),
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("mobilise", "reported", LNA, [], ["سرت"]),
  mv("deploy", "denied", TR, [], ["أبوقرين", "بويرات الحسون"]),
  mv("redeploy", "conditional", TR, ["الوطية"], ["مصراته"]),
 ],
 "ls5": [
  mv("airlift", "reported", EG, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("deploy", "planned", EG, ["مرسى مطروح"], ["سيدي براني"]),
  mv("naval_landing", "planned", EG, ["قاعدة رأس التين البحرية"], ["سيدي براني"]),
  mv("advance", "denied", EG, [], ["طبرق"], ["منفذ امساعد"]),
  mv("advance", "conditional", EG, [], ["سرت", "الجفره"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "reported", GNA, ["مصراتة"], ["أبوقرين"]),
 ],
}

NOTES = {
 "ls1": "Al-Shorouk (Cairo) on the eve of the sixth anniversary of the Egyptian House's 20 July 2020 vote: LNA armour "
        "Jufra air base→Sirte via Waddan (reported), a planned GNU artillery company Misrata→Abu Qurayn, a denied GNU "
        "advance Al-Washka→Buwairat al-Hassoun, Egyptian units Mohamed Naguib base→Sallum via Marsa Matruh (reported) "
        "and Cairo's conditional reinforcement of the border «if the line is breached». The 2020 mandate «خارج حدود "
        "مصر», Sisi's red-line speech at Sidi Barrani, the Turkish advisers «in» Al-Watiya and Misrata (presence) and "
        "Cairo's demand that all foreign forces leave Libya (no named force) are not movements. Traps: «وسرت أنباء», "
        "the GNU operations room named after Sirte and Jufra, the Egyptian Western Military Region.",
 "ls2": "Turk Press (Istanbul) on Turkish advisers: an A400M Ankara→Misrata airport and part of the team on to Abu "
        "Qurayn via Tawergha (anaphora «من المطار»), a denied transfer of Syrian fighters Al-Watiya→the lines west of "
        "Sirte, a planned landing ship Mersin→Al-Khums port and the conditional «لن تغادر قاعدة الوطية إلا بطلب». "
        "Erdogan's 2019 visit to Tunisia (country) and Cairo's «أي اقتراب من سرت أو الجفرة» (no force) are not "
        "movements. Traps: a researcher named Al-Tarabulsi, «السنوات الخمس» (Khums), nisbas.",
 "ls3": "Asharq Al-Awsat (Benghazi/Cairo) on the LNA side: Il-76s Benina air base→Jufra air base, an infantry "
        "battalion Bin Jawad→Gardabiya air base, the flashback pull-out of Russian experts from that base (anaphora "
        "«من القاعدة»), a denied pull-out from Buwairat al-Hassoun, an LNA supply convoy Benghazi→Sirte via Ajdabiya, "
        "a planned build-up in Sokna and Hun and a conditional advance on Abu Qurayn («انطلاقاً من الوشكة» is where "
        "an attack would come from, not a movement place). The 5+5 meeting in Sirte and the Turkish advisers' «دور» "
        "in Misrata/Tripoli are not movements. Traps: the Greater Sirte operations room, an officer named Al-Waddani, "
        "Dubai Street, the dialect «ما ادري».",
 "ls4": "Yeni Safak Arabic (Ankara) on the Turkish parliament extending the mandate: a planned trainers' airlift to "
        "Al-Watiya (no origin written), a Turkish cargo ship unloading armour at Misrata port (no force named: actor "
        "null), a Misrata battalion pulling heavy vehicles back Al-Washka→Abu Qurayn, an LNA build-up in Sirte, a "
        "denied move of Turkish advisers to Abu Qurayn or Buwairat al-Hassoun and a conditional move of air-defence "
        "systems Al-Watiya→Misrata (spelled مصراته). The source speaking from Misrata is not a movement place. Traps: "
        "«شارع طرابلس» (a Misrata street), «القاهرة الإخبارية» after the gold «في القاهرة», nisbas.",
 "ls5": "Masrawy (Cairo) on the «حسم 2026» exercise: an airlift Cairo West air base→Marsa Matruh airport, a planned "
        "armoured brigade Marsa Matruh→Sidi Barrani and a planned marine landing Ras el-Tin naval base→the Sidi "
        "Barrani coast, a denied Egyptian column through the Amsaad crossing towards Tobruk, the conditional «لن "
        "تتحرك نحو سرت والجفره إلا إذا», an Africa Corps pull-back Gardabiya base→Jufra air base (a group «stayed» near "
        "Ras Lanuf: presence) and a GNU reinforcement Misrata→Abu Qurayn. The exercise «قرب الحدود مع ليبيا» is a "
        "locator; Algeria's 2020 Tripoli red line is not a move. Traps: «مصراوي» (contains مصر), a retired general "
        "named Al-Sallumi, the Africa Corps, «لا أدري».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ls1", "ls2", "ls3", "ls4", "ls5")
