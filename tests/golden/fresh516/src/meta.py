# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # the three capitals
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),            # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                      # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                     # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                        # G* (row kind airport)
 "ouargla_base": ("base", "DZ", 31.917, 5.413, "Ouargla Air Base"),                          # K
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),          # G
 "border_dz_side": ("region", "DZ", 29.70, 9.50, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 # Tunisia
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),       # G* (row منفذ وازن)
 "borj": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),           # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                      # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Port of Zarzis"),                   # G* (town row)
 "border_tn_side": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 # Libya
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                   # K (GeoNames 2208423, via fresh51 README)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),            # G* (town row)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                  # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                        # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ly_dz": ("region", "LY", 29.90, 9.75, "Libya-Algeria border (Libyan side, south of Ghadames)"),  # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "sx1": ["التونسي", "تونسية", "جزائرية"],
 "sx2": ["ألترا تونس", "إذاعة تطاوين", "عام الرمادة", "سفيان الطرابلسي", "تونسية", "الجزائري", "الليبي"],
 "sx3": ["بوابة إفريقيا الإخبارية", "مفتاح التونسي", "التونسي", "ما ادري", "القيادة العامة للقوات المسلحة العربية الليبية", "الجزائرية"],
 "sx4": ["قناة ليبيا الأحرار", "يورونيوز", "كريم الإدريسي", "الليبية"],
 "sx5": ["عمر الغدامسي", "درج سكان البلدة", "النهار أونلاين", "كتيبة «أسود الحمادة»", "أنيس الطرابلسي", "الليبية",
         "التونسي"],
}

PHEN = {
 "sx1": ["clitics", "spelling", "multiword", "nisba", "ambiguity_country_capital", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "sx2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "sx3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sx4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "sx5": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}

MOVES = {
 "sx1": [
  mv("deploy", "reported", "Algerian army", ["الدبداب"], ["برج الخضراء"]),
  mv("deploy", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "sx2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["رمادة"], ["تطاوين"]),
  mv("redeploy", "reported", None, ["بن قردان"], ["معبر الذهيبة"]),
  mv("deploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضرا"], ["حقل البرمة"]),
  mv("naval_landing", "reported", "Tunisian army", [], ["ميناء جرجيس"]),
  mv("withdraw", "conditional", None, ["الذهيبة"], []),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "sx3": [
  mv("redeploy", "reported", "GNA forces", ["منفذ وازن"], ["غدّامس"], ["نالوت", "سيناون", "درج"]),
  mv("mobilise", "reported", None, [], ["درج"]),
  mv("deploy", "planned", "GNA forces", [], ["درج"]),
  mv("withdraw", "conditional", "GNA forces", ["غدامس"], ["وازن"]),
  mv("advance", "denied", "Libyan National Army", [], ["غدامس"]),
 ],
 "sx4": [
  mv("airlift", "reported", "Algerian army", ["قاعدة ورقلة الجوية"], ["إن أمناس"]),
  mv("shipment", "reported", "Tunisian army", ["قابس"], ["برج الخضراء"]),
  mv("deploy", "planned", "Tunisian army", [], ["ذهيبة"]),
  mv("withdraw", "denied", "Tunisian army", ["رمادة"], []),
  mv("deploy", "conditional", "GNA forces", [], ["غدامس"]),
  mv("mobilise", "denied", "Zintan forces", [], ["درج"]),
  mv("naval_landing", "reported", "GNA forces", [], ["ميناء زوارة"]),
 ],
 "sx5": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["الدبداب"], ["عين أمناس"]),
  mv("shipment", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
  mv("withdraw", "reported", None, ["غدامس"], ["درج"]),
  mv("deploy", "planned", "Tunisian army", ["برج الخضراء"], ["الدبداب"]),
  mv("reinforce", "conditional", "Algerian army", ["حاسي مسعود"], ["الدبداب"]),
  mv("withdraw", "denied", "Algerian army", ["الحدود مع ليبيا"], []),
 ],
}

NOTES = {
 "sx1": "APS-style agency report from Algiers (dateline الجزائر = Algiers city; الجزائر/تونس as states = countries; "
        "الجزائر العاصمة = Algiers; «وفي تونس، أكد الناطق…» = the Tunisian MoD in Tunis). Two reported deploys meeting at "
        "Borj El Khadra (Debdeb→, Remada→), a planned Il-76 airlift Boufarik air base→In Amenas airport (Tiguentourine is "
        "its purpose, not a destination), a conditional deploy to the border with Libya («في حال» tied to Ghadames, a "
        "locator only) and a denied entry into Ghadames. Ouargla is the seat of the 4th military region, not an origin.",
 "sx2": "Ultra Tunisia report from Tataouine: army reinforcement Medenine→Remada via Tataouine (governorate vs town), a "
        "National Guard redeploy Ben Gardane→Dehiba crossing (actor null), a planned company Remada→Borj El Khadra "
        "(written برج الخضرا) via the El Borma field (الجنوب التونسي and Debdeb are locators), a reported navy landing "
        "at Zarzis port (the border phrase is its purpose), a conditional Guard withdrawal from Dehiba («لن… إلا إذا») "
        "and a denied crossing to Wazin. Traps: «عام الرمادة» (idiom), «ألترا تونس», «إذاعة تطاوين», the officer "
        "سفيان الطرابلسي.",
 "sx3": "Afrigate report from Ghadames: a GNA border-guard force repositioned Wazin crossing→Ghadames via Nalut, Sinawen "
        "and Derj (headline retells it), a local armed group massing near Derj (mobilise, actor null), a planned second "
        "company for Derj, the force's conditional return Ghadames→Wazin («بمجرد») and the LNA's denied move towards "
        "Ghadames. Tripoli (the ministry's seat and metonymic «طرابلس لم تُستشر») is the city; the commander "
        "مفتاح التونسي / «بحسب التونسي» and the dialect «ما ادري» are traps.",
 "sx4": "Euronews Arabic round-up of three capitals: headline «الجزائر وتونس تسيّران» = countries but «ففي الجزائر»، "
        "«أما في تونس» = the capitals (statements made there). Reported airlift Ouargla air base→In Amenas (إن أمناس), "
        "reported shipment Gabes→Borj El Khadra, planned post at Dehiba (ذهيبة), denied pull-out from Remada, "
        "conditional GNA deploy to Ghadames («إذا وافقت»), a denied Zintan build-up in Derj and a reported GNA marine "
        "landing at Zuwara port (Ras Ajdir is its purpose). Debdeb (دبداب) is a distance reference only.",
 "sx5": "Ennahar reportage from Debdeb: a reinforcement Illizi→Debdeb via In Amenas (anaphora «دخلها» = Debdeb; dateline "
        "إليزي = province), a supply shipment Ouargla→Debdeb («إلى البلدة»), an unnamed Libyan battalion's withdrawal "
        "Ghadames→Derj (actor null), planned Tunisian liaison officers Borj El Khadra→Debdeb, a conditional armoured "
        "battalion Hassi Messaoud→Debdeb and a denied pull-back from the forward points near the border. Traps: «درج "
        "سكان البلدة» (verb 'were accustomed'), عمر الغدامسي, أنيس الطرابلسي, كتيبة «أسود الحمادة».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sx1", "sx2", "sx3", "sx4", "sx5")
