# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and cities outside the Misrata area
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # airports and bases
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),             # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmad)"),      # K
 # Misrata and the road to Sirte
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also spelled مصراته)
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G (also تاورغا)
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (أبوقرين/أبو قرين/ابوقرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "central_region": ("region", "LY", 31.6, 15.4, "Central Region (Misrata-Sirte)"),      # K
 # Bani Walid, Tarhuna and the hills
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G (also بنى وليد)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G (also ترهونه)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khadra": ("town", "LY", 32.44403, 13.76735, "Al Khadra"),                             # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),            # G
 # Zliten and Al-Khums
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.657, 14.280, "Port of Al Khums"),                    # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G (also زليطن, G*)
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "oz1": ["قناة ليبيا الوطنية", "المجلس العسكري مصراتة", "شارع طرابلس", "السرتاوي", "عملية البنيان المرصوص",
         "الكتائب المصراتية"],
 "oz2": ["الوطن", "ليبية", "الجيش الوطني الليبي", "غرفة عمليات تأمين وحماية سرت الجفرة", "مصري",
         "الجيش المصري"],
 "oz3": ["الغد", "المجلس الاجتماعي لقبائل ورفلة", "الترهوني", "أسرته"],
 "oz4": ["نون بوست", "جامعة الزيتونة", "الكتائب الخمس", "الكانيات", "الأرتال المصراتية", "الشأن الليبي"],
 "oz5": ["بي بي سي", "أحمد الزليتني", "شارع طرابلس", "عبد السلام الأسمر", "وزارة الدفاع التركية", "سفينة تركية"],
}

PHEN = {
 "oz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district"],
 "oz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "oz3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "vague_area"],
 "oz4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "coverage_crossings"],
 "oz5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_bases", "coverage_crossings", "countries", "vague_area"],
}

MOVES = {
 "oz1": [
  mv("mobilise", "reported", "Misrata forces", destinations=["مصراتة"]),
  mv("reinforce", "reported", "Misrata forces", origins=["مصراته"], destinations=["أبو قرين"], via=["تاورغا", "الهيشة"]),
  mv("redeploy", "reported", "Misrata forces", origins=["تاورغاء"], destinations=["الهيشة"]),
  mv("withdraw", "denied", "Misrata forces", origins=["الوشكة"], destinations=["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", destinations=["بويرات الحسون"]),
  mv("airlift", "planned", "GNA forces", origins=["مطار معيتيقة"], destinations=["مطار مصراتة"]),
 ],
 "oz2": [
  mv("reinforce", "reported", "Libyan National Army", origins=["قاعدة الجفرة الجوية"], destinations=["سرت"], via=["ودان"]),
  mv("airlift", "planned", "Libyan National Army", origins=["قاعدة بنينا الجوية"], destinations=["قاعدة القرضابية"]),
  mv("withdraw", "reported", "Misrata forces", origins=["بويرات الحسون"], destinations=["ابوقرين"]),
  mv("advance", "conditional", "Misrata forces", destinations=["الوشكة"]),
  mv("deploy", "denied", "Egyptian army", origins=["مرسى مطروح"], destinations=["الحدود مع ليبيا"]),
 ],
 "oz3": [
  mv("withdraw", "reported", "GNA forces", origins=["بني وليد"], destinations=["ترهونه"]),
  mv("mobilise", "denied", None, destinations=["بنى وليد"]),
  mv("deploy", "planned", "GNA forces", origins=["ترهونة"], destinations=["الشويرف"], via=["مزدة"]),
  mv("airlift", "conditional", "GNA forces", origins=["مطار معيتيقة"], destinations=["مطار بني وليد"]),
  mv("advance", "reported", "Misrata forces", destinations=["بني وليد"]),
 ],
 "oz4": [
  mv("deploy", "reported", "Misrata forces", origins=["مصراتة"], destinations=["ترهونة"], via=["زليطن", "الخمس", "مسلاتة"]),
  mv("shipment", "reported", "Misrata forces", origins=["مصراتة"], destinations=["ميناء الخمس"]),
  mv("withdraw", "planned", "GNA forces", origins=["الخضراء"], destinations=["قصر بن غشير"]),
  mv("advance", "denied", "Libyan National Army", origins=["الجفرة"], destinations=["ترهونة"], via=["بني وليد"]),
  mv("reinforce", "conditional", "GNA forces", origins=["طرابلس"], destinations=["ترهونة"]),
 ],
 "oz5": [
  mv("withdraw", "reported", "Misrata forces", origins=["زليتن"], destinations=["الدافنية"]),
  mv("mobilise", "reported", None, destinations=["زليطن"]),
  mv("deploy", "planned", "GNA forces", origins=["قاعدة معيتيقة"], destinations=["زليتن", "الدافنية"]),
  mv("advance", "conditional", "Misrata forces", destinations=["زليتن"]),
  mv("shipment", "denied", "Turkish armed forces", destinations=["ميناء مصراتة"]),
 ],
}

NOTES = {
 "oz1": "Libya Al-Wataniya TV, Misrata: the Misrata military council's «النفير» with fighters massing in Misrata, a "
        "column Misrata→Abu Qurayn via Tawergha and Al-Hisha (spelled مصراته/تاورغا/أبو قرين), a denied pull-back "
        "Al-Washka→Abu Qurayn, a conditional advance on Buwairat al-Hassoun (إذا) and a planned GNA airlift Mitiga "
        "airport→Misrata airport; Misrata municipality as district; traps: the council's name, Tripoli Street in "
        "Misrata, the spokesman السرتاوي, Operation Bunyan al-Marsous.",
 "oz2": "El Watan News, Cairo: an LNA reinforcement Jufra air base→Sirte via Waddan, a planned airlift Benina air "
        "base→Gardabiya base (تعتزم), a Misrata pull-back Buwairat al-Hassoun→Abu Qurayn (ابوقرين), a conditional "
        "return to Al-Washka and Egypt's denied Marsa Matruh→border deployment; the Sirte–Jufra line and the Oil "
        "Crescent are places but not movement places; the Sirte–Jufra operations room is a trap.",
 "oz3": "Al-Ghad TV, Bani Walid: a GNU force pulls back from Bani Walid to Tarhuna (ترهونه), the Warfalla council "
        "denies massing fighters in بنى وليد, a planned deployment Tarhuna→Ash Shwayrif via Mizda, a conditional "
        "airlift Mitiga airport→Bani Walid airport (إذا) and the 2012 entry of Misrata brigades as a reported "
        "flashback; traps: the Warfalla council, the commander الترهوني, «أسرته» (contains سرت).",
 "oz4": "Noon Post report: a Misrata joint-force column Misrata→Tarhuna via Zliten (زليطن), Al-Khums and Msallata, "
        "a planned 444 Brigade pull-back Al-Khadra→Qasr Bin Ghashir (يُفترض), a denied LNA/Kaniyat move Jufra→Tarhuna "
        "via Bani Walid and a conditional GNU reinforcement Tripoli→Tarhuna (في حال); traps: Al-Zaytuna University, "
        "«الكتائب الخمس» (contains الخمس), the Kaniyat.",
 "oz5": "BBC News Arabic: Misrata brigades withdraw Zliten→Dafniya, a reported mobilisation in Zliten (زليطن, "
        "anaphora «وسط المدينة»), a planned GNU buffer force Mitiga base→between Zliten and Dafniya, a conditional "
        "return to Zliten and Turkey's denied ship at Misrata port; «كتائب مسلحة من مصراتة» is affiliation, not "
        "origin; traps: أحمد الزليتني, Tripoli Street in Zliten, the Asmar shrine, the Turkish ministry.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oz1", "oz2", "oz3", "oz4", "oz5")
