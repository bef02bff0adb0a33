# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 # Tripoli and its suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                            # G
 "salahdin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),               # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                              # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "tripoli_port": ("crossing", "LY", 32.90000, 13.19000, "Port of Tripoli"),              # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                       # G* (row الجفارة, district)
 # Zawiya and the west coast
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),         # G* (city row)
 "refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                  # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),           # G* (row مصفاة الزاوية)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                 # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwarah municipality"),           # G* (town row)
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),               # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western region)"),   # G
 "west_ly": ("region", "LY", 28.69793, 14.30438, "Western Libya"),                       # G* (row شمال غرب ليبيا)
 "border_lyside": ("region", "LY", 33.05000, 11.65000, "Libya-Tunisia border (Libyan side)"),     # K
 # Misrata and the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.36600, 15.21300, "Port of Misrata (Qasr Ahmed)"), # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "border_tnside": ("region", "TN", 33.10000, 11.45000, "Tunisia-Libya border (Tunisian side)"),   # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One gold movement in the movements.jsonl shape."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "mz1": ["فرانس 24", "وكالة فرانس برس", "عماد الطرابلسي", "المجلس العسكري الزنتان", "الليبية",
         "بعثة الأمم المتحدة للدعم في ليبيا"],
 "mz2": ["بي بي سي", "الحاج عمر الصرماني", "المنطقة العسكرية الساحل الغربي", "لا أدري", "الزاوية الأمنية", "الليبية"],
 "mz3": ["يورونيوز", "القوة المشتركة مصراتة", "المجلس العسكري مصراتة", "سرت شائعات", "شارع طرابلس",
         "الكتائب المصراتية", "الليبية"],
 "mz4": ["القاهرة الإخبارية", "المنطقة العسكرية الساحل الغربي", "المجلس العسكري زوارة", "يردون الجميل", "تونسي",
         "التونسية"],
 "mz5": ["سبوتنيك", "الليبية", "خالد الإدريسي", "قوة حماية طرابلس", "الروسية"],
}

PHEN = {
 "mz1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "countries"],
 "mz2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil"],
 "mz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli"],
 "mz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "mz5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "mz1": [
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["أبو سليم", "صلاح الدين"]),
  mv("withdraw", "reported", None, ["أبو سليم"], ["قصر بن غشير"]),
  mv("redeploy", "conditional", "GNA forces", ["قاعدة الوطية الجوية"], ["طرابلس"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
 ],
 "mz2": [
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["الحرشة", "جودائم"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("reinforce", "denied", "GNA forces", ["صبراتة"], ["الزاوية"]),
  mv("advance", "conditional", "GNA forces", [], ["الحرشة"]),
 ],
 "mz3": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["زليتن", "الخمس", "القربولي"]),
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("airlift", "planned", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("withdraw", "denied", "Misrata forces", ["أبوقرين", "الوشكة"], []),
  mv("redeploy", "conditional", "Misrata forces", ["تاجوراء"], ["الوشكة"]),
 ],
 "mz4": [
  mv("redeploy", "reported", "GNA forces", ["الجميل"], ["معبر رأس اجدير"]),
  mv("mobilise", "reported", None, [], ["أبو كماش"]),
  mv("withdraw", "conditional", None, ["أبو كماش"], []),
  mv("shipment", "denied", None, ["تونس"], [], ["معبر رأس اجدير"]),
  mv("reinforce", "planned", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "mz5": [
  mv("withdraw", "reported", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("advance", "planned", "GNA forces", [], ["ورشفانة"]),
  mv("shipment", "denied", None, ["تركيا"], ["ميناء طرابلس"]),
  mv("deploy", "conditional", "GNA forces", [], ["أبو سليم", "عين زارة"]),
 ],
}

NOTES = {
 "mz1": ("France 24 Arabic style, Tripoli, Mon 9 March 2026: a GNU disengagement force Tekbali camp→Abu Salim/Salah "
         "al-Din; the local group's pull-out from «الحي» (Abu Salim) to Qasr Bin Ghashir; Al-Watiya→Tripoli "
         "conditional on a breach («إذا خُرقت»); a Misrata battalion planned «من المدينة» (= Misrata, named only as "
         "the source's location) → Tajura via Garabulli; Zintan's denied massing at Al-Aziziyah. Traps: the "
         "minister عماد الطرابلسي, the Zintan military council, UNSMIL, France 24/AFP."),
 "mz2": ("BBC Arabic style, Zawiya, Tue 10 March 2026: both armed groups pull back from the refinery perimeter "
         "to Al-Harsha and Judaim; a GNU battalion Tripoli→Zawiya/the refinery via Janzour and Al-Maya; a planned "
         "marine landing Abu Sitta→Zawiya oil port; the Western Coast zone denies a Sabratha→Zawiya "
         "reinforcement («لا أدري» inside the denial); a conditional advance on Al-Harsha. Traps: «الزاوية "
         "الأمنية», the elder الحاج عمر الصرماني, the military-zone name containing الساحل الغربي."),
 "mz3": ("Euronews Arabic style, Misrata, Wed 11 March 2026: the Joint Force column Misrata→Tajura via Zliten, "
         "Al-Khums and Garabulli (headline retells it); a landing-ship company Misrata port→Tripoli port; a planned "
         "engineers' airlift Misrata airport→Mitiga; a rumoured pull-out from Abu Qurayn/Al-Washka denied; a "
         "conditional return Tajura→Al-Washka. Sirte is only where the LNA sits. Traps: «سرت شائعات» (verb), "
         "شارع طرابلس in Misrata, the Misrata force/council names, المصراتية."),
 "mz4": ("Al-Qahera News style, Thu 12 March 2026: Ras Ajdir closed; the GNU Western Coast zone repositions two "
         "companies Al-Jumayl→the crossing («المعبر»); Zuwara's military council masses fighters at Abu Kammash and "
         "will not pull out «لن…إلا إذا»; the Interior ministry denies an arms shipment from Tunisia through «المنفذ»; "
         "Tunisia plans reinforcements Medenine→Ben Gardane. The border phrase locates stranded travellers only. "
         "Traps: the channel name containing القاهرة (also «للقاهرة الإخبارية»), «يردون الجميل», تونسي/التونسية."),
 "mz5": ("Sputnik Arabic style, Tripoli, Sun 15 March 2026: truce deal; the Joint Force column leaves Tajura for "
         "Misrata; a GNU Public Security airlift Mitiga→Zuwara airport; a planned advance towards Warshefana; a "
         "denied arms shipment Turkey→Tripoli port; a conditional neutral force for Abu Salim and Ain Zara. "
         "Background places (Zawiya, Abu Salim, Ras Ajdir in the lead) are not movements. Traps: the spokesman "
         "خالد الإدريسي, «قوة حماية طرابلس», الروسية."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mz1", "mz2", "mz3", "mz4", "mz5")
