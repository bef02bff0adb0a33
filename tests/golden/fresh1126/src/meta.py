# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # foreign cities, towns and facilities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row name_ar ربات, found by الرباط)
 "salloum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                            # G
 "tunis_airport": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 # Libya: regions and districts
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),  # G* (row إقليم طرابلس, written الغرب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten Municipality"),           # G* (city row زليتن, kind district)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # Libya: west and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzur": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "ras_jdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين, written أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # Libya: east and south-east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 # Libya: Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also written اوباري)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
}

TRAPS = {
 "qqk1": ["صوت الأزهر", "علماء الأزهر", "مرصد الأزهر لمكافحة التطرف", "الصادق الغرياني", "الجيش الوطني الليبي",
          "حكومة الوحدة الوطنية", "الطريق الساحلي"],
 "qqk2": ["شبكة الألوكة", "الزاوية الأسمرية", "الزاوية", "عبد السلام الأسمر", "أحمد زروق", "الكتيبة 166",
          "اللواء 444 قتال", "حكومة الوحدة الوطنية", "بعمائمهم البيضاء", "رويفع بن ثابت الأنصاري", "الطريق الساحلي"],
 "qqk3": ["معاريف بريس", "اللواء 444 قتال", "حكومة الوحدة الوطنية", "صلاة المغرب", "مغربي", "الجالية المغربية",
          "الليبية", "الطريق الساحلي"],
 "qqk4": ["الوعي الإسلامي", "اللواء طارق بن زياد", "صالح السبهاوي", "لغات"],
 "qqk5": ["عقيدتي", "أزهرية", "الأزهر الشريف", "كتيبة سبل السلام", "قوات الدعم السريع", "الزاوية السنوسية", "السودانيين",
          "سودانية", "المصري"],
}

PHEN = {
 "qqk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qqk2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "town_vs_district", "countries"],
 "qqk3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_oil",
          "coverage_crossings", "countries"],
 "qqk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qqk5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqk1": [
  mv("mobilise", "conditional", "Misrata forces", ["مصراتة", "زليتن"], ["أبو قرين"]),
  mv("advance", "reported", "Libyan National Army", ["سرت"], ["الوشكة"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["أبو قرين"]),
  mv("deploy", "denied", None, ["طرابلس"], ["أبو قرين"]),
  mv("withdraw", "planned", "Libyan National Army", ["الوشكة"], ["سرت"]),
 ],
 "qqk2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زليتن"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["زليتن"]),
  mv("deploy", "planned", "GNA forces", [], ["تاجوراء"]),
  mv("deploy", "conditional", "Libyan National Army", ["المرج"], ["البيضاء"]),
  mv("deploy", "denied", None, ["بنغازي"], ["البيضاء"]),
 ],
 "qqk3": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "الحرشة"], ["جنزور", "الماية"]),
  mv("redeploy", "planned", "GNA forces", ["الحرشة"], ["مصفاة الزاوية"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"], ["طرابلس"]),
  mv("deploy", "denied", None, ["الزاوية"], ["العجيلات"]),
 ],
 "qqk4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["اوباري"]),
  mv("reinforce", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الشرارة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
  mv("deploy", "denied", None, ["سبها"], ["مرزق"]),
 ],
 "qqk5": [
  mv("deploy", "reported", "Libyan National Army", ["أجدابيا"], ["الكفرة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مثلث العوينات"]),
  mv("deploy", "denied", None, ["الكفرة"], ["دارفور"]),
 ],
}

NOTES = {
 "qqk1": "Egyptian religious weekly (Sawt al-Azhar) from Cairo on Dar al-Ifta's call for «النفير»: a conditional "
         "mobilisation of Misrata and Zliten fighters towards Abu Qurayn («إذا لم تنسحب ... من الوشكة»; Al-Washka only in "
         "the condition), an LNA battalion advancing Sirte→Al-Washka, GNU reinforcements Tripoli→Abu Qurayn, Dar al-Ifta's denial "
         "that it sent fighters or buses Tripoli→Abu Qurayn (actor null) and the battalion's planned return Al-Washka→Sirte "
         "after Eid; the Gharyan imam's call to stay home, the funeral procession in Misrata, Libyan scholars visiting "
         "Cairo and the umrah caravan Misrata→Amsaad crossing→Saudi Arabia are not movements; الصادق الغرياني holds غريان.",
 "qqk2": "Saudi religious portal (Alukah, «المسلمون في العالم») on Sufi shrines guarded before Ramadan: a GNU unit "
         "Tripoli→Zliten round the Asmariya zawiya, a Misrata company (Battalion 166) Misrata→Zliten (written «المدينة»), a "
         "planned 444 Brigade company at Tajura for Ramadan nights, the LNA's conditional company Al-Marj→Al-Bayda and "
         "the HoR Awqaf authority's denial that it sent Salafi volunteers Benghazi→Al-Bayda (actor null); the Quran "
         "caravan Zliten→Khums, Msallata, Tarhuna is civilian; «الزاوية» (the Sufi lodge), «بعمائمهم البيضاء» and the "
         "saints' names are traps.",
 "qqk3": "Moroccan news site (Maarif Press, Rabat) on Zawiya's Friday sermons calling youth to stay home: 444 Brigade "
         "reinforcements Tripoli→Zawiya and Al-Harsha via Janzur and Al-Maya, a planned company Al-Harsha→Zawiya refinery "
         "for Ramadan, the brigade's conditional return Zawiya→Tripoli («لن تغادر ... إلا إذا») and the Awqaf office's "
         "denial that imams sent fighters Zawiya→Al-Ajaylat (actor null); the funeral march after «صلاة المغرب», the "
         "postponed umrah caravan Zawiya→Tunis-Carthage airport via Ras Ajdir and Moroccans thinking of going home to "
         "Morocco are not movements; «المغرب» also inside «صلاة المغرب» and «الجالية المغربية».",
 "qqk4": "Kuwaiti Islamic magazine (Al-Wa'i al-Islami) from Sabha on Sabha and Ubari imams preaching against tribal "
         "mobilisation: a Tariq bin Ziyad company Sabha→Ubari (written اوباري) guarding the old mosque, planned LNA "
         "reinforcements Tamanhint base→Sharara field, the LNA's conditional advance to the border with Niger (Murzuq only "
         "in the condition) and the Sabha Awqaf office's denial that armed Quran students went Sabha→Murzuq (actor null); "
         "the Quran caravan Sabha→Wadi al-Hayat→Germa→Ghat and a funeral in Ubari are civilian; «السبهاوي» holds سبها, "
         "«لغات» holds غات.",
 "qqk5": "Egyptian religious weekly (Aqidati, envoy in Kufra) on an Azhar preachers' caravan Cairo→Salloum→Ajdabiya→Kufra "
         "(civilian) escorted by a Subul al-Salam patrol Ajdabiya→Kufra (deploy), an LNA military plane Benina air base→"
         "Kufra airport, a planned company Kufra→Rebiana, a conditional advance towards the Uweinat triangle (the border "
         "with Sudan only in the condition) and a Senussi sheikh's denial that zawiyas sent fighters Kufra→Darfur (actor "
         "null); the imam's «لا نفير», a refugee's funeral, the caravan's return to Egypt and its planned visit to Tazirbu "
         "are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqk1", "qqk2", "qqk3", "qqk4", "qqk5")
