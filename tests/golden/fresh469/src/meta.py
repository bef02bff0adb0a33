# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # capitals
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "carthage": ("town", "TN", 36.8528, 10.3233, "Carthage"),                               # K
 # Ghadames sector and the triangle
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),       # G* (row المثلث الحدودي مع تونس والجزائر)
 "tripoint_full": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                        # G
 # Dehiba-Wazin sector
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),    # G* (row منفذ وازن, country TN)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),        # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 "border_tnside": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"),  # K
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Port of Zarzis"),                # G* (Zarzis town row)
 # western Libya
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G* (row الحدود الليبية التونسية)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                # K (GeoNames Marsá Zuwārah)
 # Algeria
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                     # G* (row قاعدة بوفاريك الجوية, kind airport)
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "border_dzside": ("region", "DZ", 28.3, 9.75, "Algeria-Libya border (Algerian side)"),  # K
}

TN, DZ, GNA, ZIN = "Tunisian army", "Algerian army", "GNA forces", "Zintan forces"


def M(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the golden format."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "rc1": ["موزاييك أف أم", "وكالة تونس إفريقيا للأنباء", "الحصن الجنوبي", "الجزائري", "الليبي"],
 "rc2": ["الشعب", "إذاعة ورقلة الجهوية", "التونسي", "الليبي", "جزائرية"],
 "rc3": ["بوابة إفريقيا الإخبارية", "إبراهيم الغدامسي", "درجة عالية", "الحزام الآمن", "التونسي", "الجزائري"],
 "rc4": ["سبوتنيك", "محمد الزنتاني", "درع الجبل الغربي", "توازن", "التونسي", "الليبي"],
 "rc5": ["ديوان أف أم", "سالم التطاويني", "الاتحاد العام التونسي للشغل", "الليبي"],
}

PHEN = {
 "rc1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "rc2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "rc3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "rc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "rc5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "rc1": [
  M("reinforce", "reported", TN, ["رمادة"], ["معبر الذهيبة"]),
  M("deploy", "planned", TN, [], ["برج الخضراء"]),
  M("naval_landing", "planned", TN, [], ["ميناء جرجيس"]),
  M("reinforce", "conditional", TN, ["تطاوين"], ["الحدود مع ليبيا"]),
  M("advance", "denied", None, ["ليبيا"], ["الذهيبة"]),
  M("deploy", "reported", GNA, ["نالوت"], ["منفذ وازن"]),
 ],
 "rc2": [
  M("reinforce", "reported", DZ, ["عين أمناس"], ["الدبداب"]),
  M("airlift", "reported", DZ, ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  M("shipment", "reported", DZ, ["حاسي مسعود"], ["الدبداب"]),
  M("deploy", "planned", DZ, ["الدبداب"], ["المثلث الحدودي"]),
  M("deploy", "planned", GNA, ["غدامس"], ["المثلث الحدودي"]),
  M("advance", "denied", DZ, [], ["غدامس"]),
  M("mobilise", "conditional", DZ, ["إليزي"], ["الحدود مع ليبيا"]),
 ],
 "rc3": [
  M("airlift", "reported", GNA, ["قاعدة معيتيقة"], ["مطار غدامس"]),
  M("reinforce", "reported", GNA, ["نالوت"], ["غدامس"], ["سيناون"]),
  M("deploy", "planned", GNA, ["غدامس"], ["المثلث الحدودي مع تونس والجزائر"]),
  M("withdraw", "denied", GNA, ["غدامس"], ["درج"]),
  M("reinforce", "conditional", GNA, ["مزدة"], ["درج"]),
 ],
 "rc4": [
  M("advance", "denied", TN, [], ["وازن"], ["معبر الذهيبة"]),
  M("reinforce", "reported", GNA, ["غريان"], ["نالوت"]),
  M("redeploy", "reported", GNA, ["منفذ رأس اجدير"], ["منفذ وازن"]),
  M("naval_landing", "reported", GNA, ["طرابلس"], ["ميناء زوارة"]),
  M("shipment", "planned", GNA, ["طرابلس"], ["نالوت"]),
  M("reinforce", "conditional", ZIN, ["الزنتان"], ["وازن"]),
 ],
 "rc5": [
  M("redeploy", "reported", TN, ["رمادة"], ["الذهيبة", "برج الخضراء"]),
  M("reinforce", "reported", GNA, ["نالوت"], ["منفذ وازن"]),
  M("deploy", "planned", TN, ["معبر الذهيبة"], ["المثلث الحدودي"], ["برج الخضراء"]),
  M("deploy", "planned", DZ, ["الدبداب"], ["المثلث الحدودي"]),
  M("mobilise", "conditional", TN, ["قابس"], ["الذهيبة"]),
  M("withdraw", "denied", GNA, ["منفذ وازن"], []),
 ],
}

NOTES = {
 "rc1": ("Mosaique FM (Tunis): the trilateral meeting at Carthage; a Tunisian reinforcement Remada→the Dehiba crossing, "
         "a planned company for Borj El Khadra and a planned marine landing at Zarzis port, a conditional push "
         "Tataouine→the border with Libya, a denied armed incursion Libya→Dehiba and a GNA force Nalut→the Wazin "
         "crossing; the Remada clash and the Tripoli delegation are not movements."),
 "rc2": ("Ech-Chaab (Algiers): an Algerian reinforcement In Amenas→Debdeb, an airlift Boufarik air base→In Amenas "
         "airport, a supply convoy Hassi Messaoud→Debdeb, planned Algerian and Libyan patrols to the triangle, a denied "
         "incursion near Ghadames and a conditional massing from Illizi on the border with Libya; Ouargla (HQ), the "
         "2013 Tiguentourine attack and Ghadames as a distance reference are not movement places."),
 "rc3": ("Afrigate News (Ghadames): a GNA airlift Mitiga base→Ghadames airport, a column Nalut→Ghadames via Sinawen, "
         "planned patrols Ghadames→the triangle with Tunisia and Algeria, a denied pull-out Ghadames→Derj and a "
         "conditional company Mizda→Derj; the Al Wafa field (road purpose), the LNA in Al-Hamada al-Hamra (a condition) "
         "and trade caravans from Debdeb are not movements."),
 "rc4": ("Sputnik Arabic (Tripoli): a denied Tunisian entry into Wazin via the Dehiba crossing, a GNA reinforcement "
         "Gharyan→Nalut, a company Ras Ajdir→the Wazin crossing with a naval landing Tripoli→Zuwara port, a planned "
         "shipment Tripoli→Nalut and a conditional Zintan move to Wazin; Tunis (meeting venue) is not a movement place."),
 "rc5": ("Diwan FM (Tataouine): a Tunisian redeployment from Remada along the strip Dehiba–Borj El Khadra, a Libyan "
         "border-guard column Nalut→the Wazin crossing, planned Tunisian and Algerian patrols to the triangle, a "
         "conditional massing Gabes→Dehiba and a denied Libyan pull-out from the Wazin crossing; Nalut as the source "
         "of the denial and Tunis as the meeting venue are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rc1", "rc2", "rc3", "rc4", "rc5")
