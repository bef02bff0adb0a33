# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # foreign cities (datelines, parties)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # hx1 Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                          # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                      # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.183, "Port of Tripoli"),                  # K
 # hx2 Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Port of Misrata (Qasr Ahmed)"),      # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 # hx3 Zawiya
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),        # G* (city row)
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 # hx4 Gharyan and the Nafusa mountains
 "nafusa": ("region", "LY", 32.0, 12.4, "Jabal Nafusa"),                                # K
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # hx5 the Tunisian border
 "rasajdir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Ajdir border crossing (Tunisian side)"),  # G* (row منفذ رأس جدير, country TN)
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G* (row منفذ وازن, country TN)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                   # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_tnside": ("region", "TN", 32.8, 11.15, "Libya-Tunisia border (Tunisian side)"),  # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "hx1": ["خالد الطرابلسي", "الأهلي طرابلس", "شارع الزاوية", "قوة حماية طرابلس"],
 "hx2": ["سبوتنيك", "الساعات الخمس", "محمد الزليتني", "الكتائب المصراتية"],
 "hx3": ["الشرق الأوسط", "غرفة عمليات الساحل الغربي", "شركة الزاوية لتكرير النفط", "الزاوية الأمنية"],
 "hx4": ["فرانس 24", "ما ادري", "الصادق الغرياني", "بركان الغضب"],
 "hx5": ["موزاييك أف أم", "الأراضي التونسية", "العمال التونسيين", "محمد الإدريسي", "سوق ليبيا", "السلع الليبية"],
}

PHEN = {
 "hx1": ["clitics", "multiword", "person_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "coverage_bases"],
 "hx2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases", "countries"],
 "hx3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours"],
 "hx4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "countries"],
 "hx5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "hx1": [
  mv("deploy", "reported", "GNA forces", destinations=["طرابلس", "جنزور", "تاجوراء", "مطار معيتيقة"]),
  mv("naval_landing", "reported", "GNA forces", origins=["مصراتة"], destinations=["ميناء طرابلس"]),
  mv("reinforce", "planned", "GNA forces", origins=["الزاوية"], destinations=["الماية"]),
  mv("redeploy", "conditional", "GNA forces", origins=["قاعدة معيتيقة"], destinations=["عين زارة", "قصر بن غشير"]),
  mv("advance", "denied", "Zintan forces", origins=["الزنتان"], destinations=["قصر بن غشير"], via=["العزيزية"]),
 ],
 "hx2": [
  mv("deploy", "reported", "Misrata forces", origins=["مصراتة"], destinations=["زليتن"], via=["الدافنية"]),
  mv("redeploy", "reported", "Misrata forces", origins=["تاورغاء"], destinations=["زليتن"]),
  mv("advance", "conditional", "Misrata forces", destinations=["مسلاتة", "الخمس"]),
  mv("shipment", "planned", "Turkish armed forces", destinations=["ميناء مصراتة"]),
  mv("airlift", "reported", "Turkish armed forces", origins=["قاعدة الوطية"], destinations=["مطار مصراتة"]),
  mv("advance", "denied", "Misrata forces", origins=["مصراتة"], destinations=["سرت"]),
 ],
 "hx3": [
  mv("deploy", "reported", "GNA forces", origins=["طرابلس"], destinations=["الزاوية", "مصفاة الزاوية", "جودائم"],
     via=["جنزور", "الماية"]),
  mv("withdraw", "reported", None, origins=["الحرشة"], destinations=["صرمان"]),
  mv("mobilise", "reported", None, destinations=["صرمان"]),
  mv("naval_landing", "reported", "GNA forces", origins=["قاعدة أبوستة البحرية"], destinations=["مصفاة الزاوية"]),
  mv("deploy", "planned", "GNA forces", destinations=["الزاوية", "صبراتة"]),
  mv("deploy", "conditional", "Zintan forces", origins=["الزنتان"], destinations=["بئر الغنم"]),
  mv("withdraw", "denied", "GNA forces", origins=["مصفاة الزاوية"], destinations=["طرابلس"]),
 ],
 "hx4": [
  mv("deploy", "reported", "GNA forces", origins=["غريان"], destinations=["الاصابعة"]),
  mv("withdraw", "reported", "Zintan forces", origins=["الاصابعة"], destinations=["الرياينة"]),
  mv("shipment", "reported", "GNA forces", origins=["غريان"], destinations=["الاصابعة"]),
  mv("mobilise", "denied", "Zintan forces", destinations=["الرياينة"]),
  mv("reinforce", "denied", "Zintan forces", destinations=["ككلة"]),
  mv("advance", "conditional", "Zintan forces", destinations=["الأصابعة"]),
  mv("redeploy", "planned", "GNA forces", origins=["غريان"], destinations=["يفرن", "جادو"]),
 ],
 "hx5": [
  mv("reinforce", "reported", "Tunisian army", origins=["مدنين"], destinations=["معبر رأس جدير"], via=["بن قردان"]),
  mv("deploy", "reported", "GNA forces", origins=["زوارة"], destinations=["منفذ راس اجدير"]),
  mv("deploy", "planned", "Tunisian army", destinations=["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", destinations=["الحدود مع ليبيا"]),
  mv("airlift", "reported", "Tunisian army", origins=["قاعدة العوينة"], destinations=["مطار جربة جرجيس"]),
  mv("withdraw", "denied", "Tunisian army", origins=["الذهيبة"], destinations=["تطاوين"]),
 ],
}

NOTES = {
 "hx1": "Fawasel (Tripoli), the Eid security plan: an Interior Ministry deployment to Tripoli's entrances, Janzour, Tajura "
        "and Mitiga airport (reported); a General Staff force by sea Misrata->Tripoli port (reported naval_landing); a "
        "General Security company Zawiya->the Al-Maya gate «ستصل» (planned); a reserve force Mitiga base->Ain Zara/Qasr Bin "
        "Ghashir «لن ... إلا إذا» (conditional); a Zintan column to Qasr Bin Ghashir via Al-Aziziyah «عارية عن الصحة» (denied). "
        "Traps: the spokesman خالد الطرابلسي, the club الأهلي طرابلس, the Tripoli street شارع الزاوية, the coalition قوة حماية "
        "طرابلس; Abu Salim and Souq al-Jumaa are background only.",
 "hx2": "Sputnik Arabic (Misrata): a Misrata force Misrata->Zliten via Dafniya (reported) with part of it pulled from "
        "Tawergha (reported redeploy); «لن تدخل مسلاتة أو الخمس إلا إذا» (conditional); a Turkish navy ship «ستصل» to Misrata "
        "port with armour (planned shipment); a Turkish A400M Al-Watiya base->Misrata airport (reported airlift); a move "
        "Misrata->Sirte «لا صحة» (denied). Abu Qurayn is presence only, Ankara a party, Libya the correspondent's locator. "
        "Traps: الساعات الخمس, محمد الزليتني, الكتائب المصراتية, سبوتنيك.",
 "hx3": "Asharq Al-Awsat (Cairo dateline) on Zawiya clashes: a GNU force Tripoli->Zawiya/the refinery/Judaim via Janzour and "
        "Al-Maya (reported); one armed group Al-Harsha->Surman (reported withdraw, no named force) and massing there (reported "
        "mobilise); coast-guard boats Abu Sitta naval base->the refinery's oil berth (reported naval_landing); patrols between "
        "Zawiya and Sabratha «تعتزم» (planned); a Zintan force «من هناك» to Bir al-Ghanam «في حال» (conditional); pull-out "
        "refinery->Tripoli denied. Traps: غرفة عمليات الساحل الغربي, شركة الزاوية لتكرير النفط, «من الزاوية الأمنية», الشرق "
        "الأوسط.",
 "hx4": "France 24 Arabic (Gharyan): a Western Military Zone force Gharyan->Al-Asabaa (reported, origin by anaphora «من هذه "
        "المدينة»); a Zintan group out of the town to Al-Rayayina (reported); ammunition trucks Gharyan->Al-Asabaa (reported "
        "shipment); Zintan denies massing in Al-Rayayina and reinforcing Kikla (two denied moves); Zintan «ستعود إلى الأصابعة "
        "إذا» (conditional); a company Gharyan->Yafran/Jadu «ستنقل» (planned). Nalut, the Wazin crossing and the Tunisian "
        "border are the road's purpose, not destinations. Traps: ما ادري, الصادق الغرياني, بركان الغضب, فرانس 24.",
 "hx5": "Mosaique FM (Ben Gardane): Tunisian army reinforcements Medenine->Ras Ajdir crossing via Ben Gardane (reported); a "
        "GNU Interior force Zuwara->the Libyan Ras Ajdir post (reported; Mellitah is its former task, not an origin); units "
        "for Dehiba «ستدفع» (planned); «سيعزز تواجده على الحدود مع ليبيا في حال» (conditional); a C-130 El Aouina base->"
        "Djerba-Zarzis airport (reported airlift); pull-out Dehiba->Tataouine denied. Tataouine is the governorate after "
        "«ولاية» and the town after «نحو». Traps: سوق ليبيا, محمد الإدريسي, nisba phrases, موزاييك أف أم.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hx1", "hx2", "hx3", "hx4", "hx5")
