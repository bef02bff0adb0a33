# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # capitals and other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row spelled ربات, found by grep الرباط)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 # Zuwara and its neighbours
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (GeoNames harbour point, see README)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "regdalin_mun": ("district", "LY", 32.88718, 11.98729, "Regdalin municipality"),       # G* (same row, kind district)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "jumayl_mun": ("district", "LY", 32.85286, 12.06120, "Al Jumayl municipality"),        # G* (town row, kind district)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G (row أبو كماش)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 # Nafusa mountain
 "nafusa": ("region", "LY", 31.95, 12.00, "Jabal Nafusa"),                              # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # regions
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_tnside": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # Tunisian south-east
 "benguerdane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
}

TRAPS = {
 "qx1": ["موزاييك أف أم", "الجيش الوطني التونسي", "نهج ليبيا", "صالح الزواري", "محمد الطرابلسي", "المجلس العسكري زوارة", "الليبي"],
 "qx2": ["يورونيوز", "الليبية", "خالد الطرابلسي", "المجلس العسكري زوارة", "مادغيس أفلاو"],
 "qx3": ["هسبريس", "إبراهيم النالوتي", "قناة ليبيا الأحرار", "المجلس الأعلى لأمازيغ ليبيا", "المغاربي", "الأمازيغية"],
 "qx4": ["العرب", "عاصفة الساحل", "علي الزنتاني", "الليبية", "التونسي", "خفر السواحل", "غرين ستريم", "دعم مالي"],
 "qx5": ["رصيف22", "الزمن الجميل", "ردّ الجميل", "الأمازيغية", "الليبية"],
}

PHEN = {
 "qx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_crossings", "coverage_oil", "countries"],
 "qx3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qx5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "town_vs_district",
         "border_phrase", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qx1": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["زواره"]),
  mv("advance", "conditional", None, [], ["رأس جدير"]),
  mv("redeploy", "planned", "Tunisian army", ["جرجيس"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Tunisian army", [], ["ليبيا"]),
  mv("withdraw", "denied", "Tunisian army", ["بن قردان"], []),
 ],
 "qx2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الجميل", "رقدالين"], ["الزاوية", "العجيلات"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("deploy", "planned", "GNA forces", [], ["زلطن", "معبر رأس اجدير"]),
  mv("deploy", "planned", "GNA forces", [], ["مجمع مليتة"]),
  mv("withdraw", "denied", None, ["معبر رأس اجدير", "مطار زوارة"], []),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["رقدالين"]),
 ],
 "qx3": [
  mv("mobilise", "reported", None, [], ["جادو", "كاباو"]),
  mv("reinforce", "reported", None, ["نالوت"], ["زوارة"], ["قاعدة الوطية"]),
  mv("mobilise", "denied", None, [], ["رقدالين"]),
  mv("shipment", "denied", None, ["الزنتان"], ["رقدالين"]),
  mv("deploy", "planned", "GNA forces", [], ["زوارة", "الجميل"]),
  mv("withdraw", "conditional", None, ["معبر رأس جدير"], []),
 ],
 "qx4": [
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("shipment", "reported", "GNA forces", ["الزاوية"], ["أبوكماش"]),
  mv("withdraw", "planned", None, ["معبر رأس جدير"], ["زوارة"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
 ],
 "qx5": [
  mv("withdraw", "reported", None, ["زوارة"], ["الجميل"]),
  mv("redeploy", "reported", "GNA forces", ["العجيلات"], ["رقدالين"]),
  mv("reinforce", "planned", "GNA forces", ["الزاوية"], ["الجميل", "رقدالين"]),
  mv("airlift", "conditional", "GNA forces", [], ["مطار زوارة"]),
  mv("naval_landing", "conditional", "GNA forces", [], ["ميناء زوارة"]),
  mv("advance", "denied", None, [], ["رقدالين"]),
 ],
}

NOTES = {
 "qx1": "Mosaique FM-style radio copy from Ben Gardane: Tunisian army reinforcement Medenine→Ben Gardane (reported), a GNU "
        "Interior force Tripoli→the Ras Ajdir crossing via Zuwara spelled زواره (reported), Zuwara brigades' threat to move on "
        "Ras Ajdir «إذا لم تغادر» (conditional), a planned Zarzis→border redeploy, and two denials (entry into Libya, "
        "pull-out from Ben Gardane); traps: the street نهج ليبيا, a trader الزواري, the Zuwara military council, the spokesman محمد الطرابلسي; Medenine town vs governorate.",
 "qx2": "Euronews-style copy from Tripoli: a GNU Interior column Tripoli→Al-Jamil/Regdalin via Zawiya and Al-Ajaylat that did "
        "not enter Zuwara (reported), a Mitiga→Zuwara airport airlift (reported), planned patrols Zaltan–Ras Ajdir and a "
        "checkpoint at Mellitah, the Zuwara council's denied pull-out, Zintan's conditional help for Regdalin; person trap "
        "خالد الطرابلسي (Tripoli inside a surname); «العاصمة» resolved to Tripoli.",
 "qx3": "Hespress-style piece from Rabat: Amazigh mobilisation in Jadu and Kabaw (reported), a Nalut→Zuwara column via the "
        "Al-Watiya area that avoided Al-Jamil and Regdalin (reported; avoided places are not via), Regdalin's denied "
        "mobilisation and denied arms shipment from Zintan, a planned GNU separation force between Zuwara and Al-Jamil, a conditional pull-out from the crossing "
        "(«لن تنسحب … إلا إذا»); traps: إبراهيم النالوتي, قناة ليبيا الأحرار, the Amazigh council of Libya; Rabat/Algiers as capitals.",
 "qx4": "Al-Arab (London)-style analysis from Tunis: a coast-guard landing Abu Sitta naval base→Zuwara port (reported), an "
        "ammunition shipment Zawiya→Abu Kammash spelled أبوكماش (reported), a planned brigades' pull-back crossing→Zuwara, "
        "a denied Turkish arrival at Al-Watiya, a conditional Tunisian reinforcement of Ben Gardane («في حال»); dateline "
        "تونس = Tunis vs the country later; operation trap «عاصفة الساحل», person trap علي الزنتاني, common-word trap «دعم مالي»; Mellitah as a locator.",
 "qx5": "Raseef22-style feature from Al-Jamil: Al-Jamil gunmen's pull-back from Zuwara's southern gate (reported), a GNU "
        "company Al-Ajaylat→Regdalin gate (reported redeploy; the border phrase is a locator), 200 police Zawiya→Al-Jamil/"
        "Regdalin (planned), an airlift to Zuwara airport «إذا أغلق الطريق» and a landing at Zuwara port (both conditional), Zuwara's denied advance on "
        "Regdalin; common-word traps «الزمن الجميل» and «ردّ الجميل»; بلدية الجميل vs the town.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qx1", "qx2", "qx3", "qx4", "qx5")
