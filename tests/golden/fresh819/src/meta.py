# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals and shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # qeo1 Ben Gardane (Jawhara FM)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "border_tn_coast": ("region", "TN", 33.10, 11.48, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 # qeo2 the navy at Zarzis (Diwan FM)
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis_port": ("crossing", "TN", 33.48, 11.12, "Port of Zarzis"),                     # K
 "sfax_port": ("crossing", "TN", 34.725, 10.765, "Port of Sfax"),                       # K
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G* (row قاعدة العوينة)
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 # qeo3 Dhehiba and Wazin (Ultra Tunisia)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_mun": ("district", "TN", 32.00799, 10.70135, "Dehiba municipality"),           # G* (town row)
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "border_tn_dehiba": ("region", "TN", 32.05, 10.62, "Tunisia-Libya border (Tunisian side, Dehiba)"),  # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_mun": ("district", "LY", 31.94200, 10.66532, "Wazin municipality"),             # G* (town row)
 "westmountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G (row جنوب تونس, found by الجنوب التونسي)
 # qeo4 Ras Ajdir handed over (Essahafa)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "jamil": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G (gazetteer kind city)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "choucha": ("village", "TN", 33.14590, 11.49120, "Choucha camp"),                      # G
 # qeo5 the southern triangle (Akher Khabar Online)
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "sidiahmed": ("base", "TN", 37.24540, 9.79150, "Bizerte-Sidi Ahmed Air Base"),         # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
}

TRAPS = {
 "qeo1": ["جوهرة أف أم", "سوق ليبيا", "منصف القابسي", "الليبية", "التونسي"],
 "qeo2": ["ديوان أف أم", "درع الجنوب", "تجربة", "الحبيب الجرجيسي", "اللبنانية", "الليبية", "التونسي"],
 "qeo3": ["ألترا تونس", "إدريس القمودي", "موقف وازن", "ليبية", "الليبي"],
 "qeo4": ["الصحافة اليوم", "عماد الطرابلسي", "الليبية", "التونسي"],
 "qeo5": ["آخر خبر أونلاين", "الجيش الوطني الليبي", "إدريس مادي", "الليبية", "التونسية"],
}

PHEN = {
 "qeo1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qeo2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours"],
 "qeo3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qeo4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "qeo5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qeo1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("redeploy", "planned", "Tunisian army", ["جرجيس"], ["معبر راس جدير"]),
  mv("mobilise", "denied", "GNA forces", [], ["زوارة"]),
  mv("advance", "conditional", "Tunisian army", ["بن قردان"], ["الحدود مع ليبيا"]),
 ],
 "qeo2": [
  mv("naval_landing", "reported", "Tunisian army", ["ميناء صفاقس"], ["ميناء جرجيس"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة الجوية"], ["مطار جربة جرجيس"]),
  mv("naval_landing", "denied", "GNA forces", ["زوارة"], ["أبو كماش"]),
  mv("withdraw", "conditional", "Tunisian army", ["جرجيس"], ["صفاقس"]),
 ],
 "qeo3": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["معبر الذهيبة"]),
  mv("withdraw", "denied", "GNA forces", ["وازن"], ["نالوت"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["وازن"], ["نالوت"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["رمادة"]),
 ],
 "qeo4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["زوارة"]),
  mv("shipment", "reported", "GNA forces", ["الزاوية"], ["رأس جدير"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الجميل", "زلطن"]),
  mv("redeploy", "planned", "Tunisian army", ["مدنين"], ["مخيم الشوشة"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس جدير"], ["أبو كماش"]),
 ],
 "qeo5": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"], ["حقل البرمة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة سيدي أحمد الجوية"], ["رمادة"]),
  mv("advance", "reported", "Libyan National Army", ["إدري"], ["درج"], ["الشويرف"]),
  mv("shipment", "denied", "Libyan National Army", ["درج"], ["سيناون"]),
  mv("advance", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
 ],
}

NOTES = {
 "qeo1": "Jawhara FM from Ben Gardane: a Tunisian army reinforcement Gabes barracks→Ben Gardane via Medenine (the "
         "'Souq Libya' market is a trap, Medenine governorate only the source's seat), a planned National Guard move "
         "Zarzis→the Ras Ajdir crossing ('32 km from Ben Gardane' is a distance reference), the GNU Interior "
         "Ministry's denial of massing in Zuwara (Tripoli = seat of the ministry; Ras Ajdir in the denial only says "
         "traffic is normal), and a conditional advance Ben Gardane→the border with Libya.",
 "qeo2": "Diwan FM from Sfax: marines landed Sfax port→Zarzis port (the coast 'up to the Libya-Tunisia border' is a "
         "purpose, not a destination), a planned C-130 airlift El Aouina air base (in Tunis)→Djerba-Zarzis airport "
         "(Djerba in the headline repeats it), a denied GNU naval landing Zuwara→Abu Kammash beach (Mellitah only a "
         "distance reference), a conditional return Zarzis→Sfax (Zuwara there is the condition); the evacuation of "
         "Tunisians from Tripoli in Lebanon is a past humanitarian mission, not a movement.",
 "qeo3": "Ultra Tunisia from Tataouine: a Tunisian army reinforcement Remada→Dehiba ('4 km from the border with Libya' "
         "a distance reference), National Guard units Tataouine→the Dehiba crossing (Wazin there is only where "
         "shots were fired), the GNU's denied pull-out Wazin→Nalut, a planned Zintan force Zintan→Wazin ('the town' "
         "of the Wazin mayor) via Nalut, and a conditional return Dehiba→Remada (the Western Mountain is the "
         "condition; Ras Ajdir only a comparison).",
 "qeo4": "Essahafa from Tunis: a GNU Interior force Tripoli→the Ras Ajdir crossing via Zuwara, ammunition trucks "
         "Zawiya→Ras Ajdir, Zintan's denied massing in Al-Jamil and Zaltan (Zuwara there a locator), a planned "
         "Tunisian engineering regiment Medenine→the former Choucha camp, and a conditional pull-back Ras Ajdir→Abu "
         "Kammash; Tunis is both the dateline city and the country, Algiers hosted a meeting, Ben Gardane's traders "
         "and the 2011 refugees add no movement.",
 "qeo5": "Akher Khabar Online from Remada: a Tunisian army convoy Remada→Borj El Khadra via the El Borma field "
         "(Ghadames '15 km' a distance reference), a planned airlift Sidi Ahmed air base (Bizerte)→Remada, an LNA "
         "column Idri→Derj via Ash Shwayrif ('90 km east of Ghadames'), the LNA's denied ammunition shipment "
         "Derj→Sinawen (the south-west only a purpose), and a GNU conditional advance Nalut→Ghadames; the "
         "triangle with Tunisia, Algeria and Libya is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qeo1", "qeo2", "qeo3", "qeo4", "qeo5")
BAR_IN_TEXT = True  # qeo1's headline starts «عاجل |», a literal bar in the plain text
