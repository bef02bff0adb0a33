# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 # Libya, west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (GeoNames 2208423)
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "jumayl_mun": ("district", "LY", 32.85286, 12.06120, "Al Jumayl municipality"),        # G* (town row)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "bizerte_naval": ("base", "TN", 37.27442, 9.87391, "Bizerte naval base"),              # G* (Bizerte city row)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                  # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Zarzis port"),                  # G* (town row)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G (district row)
 "benguerdane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "choucha": ("village", "TN", 33.14, 11.49, "Choucha"),                                 # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G (district row)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tnside": ("region", "TN", 33.05, 11.40, "Tunisia–Libya border (Tunisian side)"),  # K
 # Italy
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G* (row spelled لامبيدوسا)
}

TRAPS = {
 "jx1": ["جوهرة أف أم", "نهج طرابلس", "سوق ليبيا", "الجرجيسي", "الليبي"],
 "jx2": ["ديوان أف أم", "نهج طرابلس", "نجمة جرجيس", "الليبي", "التونسي", "الإيطالية"],
 "jx3": ["فواصل", "المنطقة العسكرية الساحل الغربي", "عبد الحكيم الزواري", "يردّون الجميل",
         "المجلس الأعلى لأمازيغ ليبيا", "ما ادري"],
 "jx4": ["التناصح", "فتحي الزنتاني", "المجلس العسكري الزنتان", "ما ادري"],
 "jx5": ["حقائق أون لاين", "تجربة", "الليبي", "الليبية"],
}

PHEN = {
 "jx1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "jx2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_neighbours"],
 "jx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "town_vs_district", "coverage_crossings", "coverage_oil"],
 "jx4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "vague_area",
         "coverage_oil", "countries"],
 "jx5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TA, GNA = "Tunisian army", "GNA forces"

MOVES = {
 "jx1": [
  mv("reinforce", "reported", TA, ["مدنين"], ["بن قردان", "معبر راس جدير"]),
  mv("deploy", "planned", TA, [], ["الشوشة"]),
  mv("reinforce", "conditional", TA, ["قابس"], ["الحدود مع ليبيا"]),
  mv("naval_landing", "denied", TA, [], ["أبوكماش"]),
  mv("withdraw", "reported", GNA, ["معبر راس جدير"], ["زلطن"]),
 ],
 "jx2": [
  mv("redeploy", "reported", TA, ["صفاقس"], ["ميناء جرجيس"]),
  mv("naval_landing", "reported", GNA, ["ميناء زوارة"], ["جزيرة فروة"]),
  mv("redeploy", "planned", GNA, ["صبراتة"], ["أبوكماش"]),
  mv("advance", "denied", TA, [], ["جزيرة فروة"]),
  mv("reinforce", "conditional", TA, ["قاعدة بنزرت البحرية"], ["جرجيس"]),
 ],
 "jx3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["زلطن"], ["مجمع مليتة", "الجميل", "رقدالين"]),
  mv("redeploy", "planned", GNA, ["زلطن"], ["منفذ رأس اجدير"]),
  mv("withdraw", "reported", GNA, ["أبوكماش"], ["زوارة"]),
  mv("redeploy", "conditional", GNA, [], ["أبوكماش", "منفذ رأس اجدير"]),
  mv("mobilise", "denied", None, ["الجميل", "رقدالين"], ["زلطن"]),
 ],
 "jx4": [
  mv("reinforce", "reported", GNA, ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("withdraw", "reported", None, ["مجمع مليتة"], ["العجيلات"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["العجيلات"]),
  mv("shipment", "denied", None, ["مالطا"], ["صبراتة"]),
 ],
 "jx5": [
  mv("airlift", "reported", TA, ["قاعدة العوينة الجوية"], ["مطار جربة جرجيس"]),
  mv("deploy", "planned", TA, [], ["بن قردان", "الحدود مع ليبيا"]),
  mv("withdraw", "denied", TA, ["الشوشة"], []),
  mv("shipment", "reported", TA, ["قابس"], ["بن قردان"]),
  mv("reinforce", "conditional", TA, [], ["تطاوين", "الذهيبة"]),
  mv("mobilise", "reported", GNA, [], ["زلطن"]),
 ],
}

NOTES = {
 "jx1": ("Tunisian radio copy (Jawhara FM style) from Ben Gardane: a Tunisian army reinforcement Medenine→Ben Gardane and "
         "the Ras Jedir crossing («قرب المعبر» resolved), a planned engineering unit for Choucha, a conditional Gabès→"
         "border reinforcement («في صورة»), a denied navy landing at Abu Kammash and a reported GNU pull-back from the "
         "crossing to Zaltan; a stranded taxi driver from Sfax is not a movement; traps: street نهج طرابلس, «سوق ليبيا», "
         "the spokesman الجرجيسي."),
 "jx2": ("Tunisian regional radio (Diwan FM style) from Zarzis: two navy patrol boats Sfax→Zarzis port, a Libyan "
         "coast-guard landing Zuwara port→Farwa Island, a planned patrol Sabratha→Abu Kammash (spelled أبو كماش and "
         "أبوكماش), a denied Tunisian incursion near Farwa and a conditional Bizerte naval base→Zarzis reinforcement; "
         "the migrant boat Sabratha→Lampedusa returned to Zuwara port and the fishing boat held in Zuwara are not "
         "movements of forces; traps: the boat «نجمة جرجيس», نهج طرابلس in Zarzis."),
 "jx3": ("Western Libyan outlet (Fawasel style) from Zuwara: a GNU Interior column Tripoli→Zaltan via Mellitah, "
         "Al-Jumayl and Regdalin, its planned move on to the Ras Ajdir crossing («المنفذ»), the Zuwara brigades' "
         "pull-back Abu Kammash→Zuwara and their conditional return, a denied build-up of Al-Jumayl/Regdalin gunmen in "
         "Zaltan; the crossing named as a purpose is not a destination; traps: يردّون الجميل, ما ادري, a force name "
         "containing الساحل الغربي."),
 "jx4": ("Western Libyan TV (Al-Tanasuh style) from Sabratha: GNA reinforcements Zawiya→Sabratha via Surman, an "
         "unnamed group's pull-back Mellitah→Al-Ajaylat, a planned Mitiga→Zuwara airport airlift, Zintan's "
         "conditional advance («لن…إلا إذا») on Al-Ajaylat and a denied arms boat from Malta; the coastal road "
         "«بين زوارة وصبراتة» on «الساحل الغربي» is a purpose, not a destination."),
 "jx5": ("Tunisian news site (Hakaek Online style) from Tunis: a C-130 airlift El Aouina air base→Djerba-Zarzis airport, "
         "the special forces' planned move to Ben Gardane and the border, a denied pull-out from Choucha, an ammunition "
         "convoy Gabès→Ben Gardane, a conditional reinforcement of Tataouine and Dehiba («في صورة») and a GNU build-up "
         "in Zaltan; the 2016 attack is background; traps: تجربة (contains جربة), dateline تونس = Tunis vs the country."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jx1", "jx2", "jx3", "jx4", "jx5")
