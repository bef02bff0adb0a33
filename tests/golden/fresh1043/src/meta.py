# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 # Tunisia: the south-east (Medenine, Tataouine, Gabes governorates) and the north
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G (row بن قردان, also written بنقردان)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "choucha": ("village", "TN", 33.14590, 11.49120, "Choucha"),                              # G (row مخيم الشوشة)
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                     # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "south_tunisia": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                 # G* (row جنوب تونس, written الجنوب التونسي)
 "el_aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "sidi_ahmed": ("base", "TN", 37.24540, 9.79150, "Bizerte-Sidi Ahmed Air Base"),           # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                  # G
 "border_tn_ly_coast": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border, coastal sector (Tunisian side)"),  # K
 "border_tn_ly_south": ("region", "TN", 32.15, 10.65, "Tunisia-Libya border (Tunisian side, near Dehiba)"),     # K
 # the crossings
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G (row منفذ رأس جدير)
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),   # G (row منفذ وازن)
 # Libya: the west coast and the Nafusa mountain
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                  # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jmail"),                                  # G (row الجميل)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                   # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
 "border_ly_tn_coast": ("region", "LY", 33.05, 11.65, "Libya-Tunisia border, coastal sector (Libyan side)"),  # K
 "border_ly_tn_row": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),         # G (row الحدود الليبية التونسية)
 "tripoint_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
}

TRAPS = {
 "qnf1": ["إذاعة الشباب", "ملحمة بن قردان", "تجربة", "الليبية", "الليبي", "تونسية", "ليبيين"],
 "qnf2": ["الثورة نيوز", "محمد علي التطاويني", "التوازن", "التونسية", "التونسي", "الليبية", "الليبي"],
 "qnf3": ["مركز زوارة الإعلامي", "عماد الطرابلسي", "ينسوا الجميل", "قبيلة النوايل", "درع الساحل الغربي"],
 "qnf4": ["عربي بوست", "نزار القابسي", "عبد الحميد الدبيبة", "موازنة", "تونسية", "التونسي", "الليبية", "ليبية"],
 "qnf5": ["واس", "التونسيتان", "حجر الزاوية", "الليبية", "الليبي"],
}

PHEN = {
 "qnf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "town_vs_district", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnf2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_crossings", "coverage_neighbours"],
 "qnf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnf4": ["multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnf5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnf1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بنقردان", "معبر راس جدير"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ رأس اجدير"]),
  mv("deploy", "planned", "Tunisian army", ["بنقردان"], ["الحدود مع ليبيا"]),
  mv("withdraw", "conditional", "Tunisian army", ["بنقردان"], ["قابس"]),
  mv("advance", "denied", None, ["أبو كماش"], ["الشوشة"]),
 ],
 "qnf2": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["معبر الذهيبة وازن"]),
  mv("shipment", "reported", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["وازن"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "denied", None, ["وازن"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["الذهيبة"]),
 ],
 "qnf3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["منفذ رأس اجدير"], ["صبراتة", "الجميل"]),
  mv("withdraw", "reported", None, ["منفذ رأس اجدير"], ["زوارة"]),
  mv("deploy", "planned", "GNA forces", [], ["أبو كماش", "زلطن"]),
  mv("mobilise", "denied", None, [], ["الجميل"]),
  mv("advance", "conditional", None, ["زوارة"], ["رأس اجدير"]),
 ],
 "qnf4": [
  mv("airlift", "reported", "Tunisian army", ["قاعدة سيدي أحمد الجوية"], ["مطار جربة جرجيس"]),
  mv("deploy", "reported", "Tunisian army", ["مطار جربة جرجيس"], ["رمادة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["منفذ وازن"]),
  mv("withdraw", "conditional", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
 ],
 "qnf5": [
  mv("reinforce", "reported", "Tunisian army", ["جرجيس"], ["رأس جدير"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("withdraw", "conditional", "Tunisian army", ["معبر رأس جدير"], ["جرجيس"]),
  mv("redeploy", "denied", "Tunisian army", ["بن قردان"], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["أبو كماش"]),
 ],
}

NOTES = {
 "qnf1": "Tunisian public youth radio (Radio Jeunes, «إذاعة الشباب») from Medenine on Ras Ajdir (written معبر راس جدير "
         "and منفذ رأس اجدير): National Guard reinforcements Gabes→Ben Gardane (written بنقردان) with part at the "
         "crossing, the Libyan Interior Ministry force deployed Tripoli→the crossing, planned joint patrols from Ben "
         "Gardane along the border with Libya (Tunisian side), a conditional return Ben Gardane→Gabes («لن تغادر ... إلا "
         "بعد») and a denied infiltration Abu Kammash→Choucha; the partial reopening «في صورة», lorries waiting for "
         "Libya, civilian flights Mitiga→Djerba airport, the dateline, Medenine governorate (trade losses) and «ملحمة بن "
         "قردان» (2016) are not movements.",
 "qnf2": "Tunisian paper (Al-Thawra News, «الثورة نيوز») from Tataouine on the Dehiba-Wazin crossing: army units "
         "Remada→the crossing, armoured vehicles and thermal cameras shipped Gabes→Remada, a Nalut border-guard company "
         "deployed in Wazin, a planned National Guard unit "
         "Tataouine→Dehiba, a denied incursion of armed cars Wazin→near Dehiba, a conditional reinforcement "
         "Medenine→Dehiba («في صورة»); the buffer zone, the Remada-Dehiba road to be secured, Libyan families from the "
         "Western Mountain diverted to Ras Ajdir, Tripoli's demand (metonymy) and the 2011 refugees from Nalut and "
         "Zintan are not movements; «التوازن» holds وازن.",
 "qnf3": "Libyan west-coast outlet (Zuwara Media Center, «مركز زوارة الإعلامي») from Zuwara: the GNU Interior force "
         "Tripoli→Ras Ajdir crossing via Sabratha and Al-Jmail, the local security room's pull-out from the crossing "
         "into Zuwara (actor null), planned coast-security units for Abu Kammash and Zaltan, the Nwail elders' denial "
         "of gunmen massing in Al-Jmail, and the Zuwara men's conditional return Zuwara→Ras Ajdir («لن يتحركوا ... إلا "
         "إذا»); the road towards the border with Tunisia (purpose), Tripoli in the condition, the 2024 clashes, family "
         "cars to Djerba and fishing boats at Zuwara port are not movements; «ينسوا الجميل» and the outlet name are traps.",
 "qnf4": "Pan-Arab site (Arabic Post, «عربي بوست»), no dateline: a C-130 airlift Sidi Ahmed air base (near Bizerte)→"
         "Djerba-Zarzis airport and the road move on to Remada, a planned GNU Interior force Tripoli→the Wazin crossing "
         "(written منفذ وازن), the Nalut border guards' conditional pull-back crossing→Nalut («لن تنسحب ... إلا إذا»), the "
         "Tunisian MoD's denial that troops crossed Dehiba→Wazin; the Libya-Tunisia border (headline), the border "
         "triangle with Algeria (smuggling), Bizerte (location of the base), Ras Ajdir (past handover) and the border "
         "with Libya (budget) are not movement places; «موازنة» holds وازن.",
 "qnf5": "Saudi Press Agency («واس») retelling the Tunisian defence and interior ministries' joint statement, dateline "
         "Tunis (city) beside Tunisia (country, «بين تونس وليبيا»): National Guard reinforcements Zarzis→Ras Ajdir, a planned military "
         "flight El Aouina base→Djerba-Zarzis airport, a conditional return crossing→Zarzis («في حال»), a denied "
         "transfer Ben Gardane→Dehiba, and the Libyan Interior Ministry's units deployed Zawiya→Abu Kammash; the "
         "reopening itself, Tripoli as the statement's seat, Ben Gardane as a road end and a distance reference, and "
         "«حجر الزاوية» (cornerstone; holds الزاوية) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnf1", "qnf2", "qnf3", "qnf4", "qnf5")
