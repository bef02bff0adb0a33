# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals and cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # the mountain and the plain (regions)
 "nafusa": ("region", "LY", 31.86490, 11.79330, "Nafusa Mountains (Jabal al-Gharbi)"),  # K (GeoNames 10338121)
 "jafara_plain": ("region", "LY", 32.40, 12.30, "Jefara plain"),                        # K (representative point)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al-Shati"),                 # G
 # Nafusa towns, west to east
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                           # G
 "badr": ("town", "LY", 31.99, 11.25, "Badr"),                                          # K
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan municipality"),           # G* (town row)
 "zintan_airport": ("airport", "LY", 31.90, 12.27, "Zintan Airport"),                   # K (low confidence)
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "qalaa": ("town", "LY", 32.08, 12.63, "Al Qalaa"),                                     # K
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 # south of the mountain and the Ghadames road
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 # the plain and the coast
 "aziziyah": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                         # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.195, "Port of Tripoli"),                 # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (GeoNames 2208423, via fresh51 README)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "zawiya_ref": ("oilfield", "LY", 32.77, 12.70, "Zawiya refinery"),                     # K
 # borders and neighbours
 "border_tn": ("region", "LY", 31.95, 10.72, "Libya-Tunisia border (Libyan side at Wazin)"),     # K
 "border_dz": ("region", "DZ", 29.90, 9.35, "Algeria-Libya border (Algerian side at Debdeb)"),   # K
 "border_ly_dz": ("region", "LY", 28.90, 10.10, "Libya-Algeria border (Libyan side near Al Wafa)"),  # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "fv1": ["النبأ", "عماد الطرابلسي", "تونسي", "سالم النالوتي"],
 "fv2": ["الميادين", "المجلس العسكري الزنتان", "مختار الإدريسي", "زنتانية"],
 "fv3": ["اليوم السابع", "ليبية", "الجيش الوطني الليبي", "قوة حماية طرابلس", "الصادق الغرياني", "الأصابع",
         "بركان الغضب"],
 "fv4": ["الشروق", "الليبي"],
 "fv5": ["بي بي سي", "تركية", "البدر"],
}

PHEN = {
 "fv1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "fv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "fv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "fv4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "fv5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "coverage_crossings"],
}

MOVES = {
 "fv1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["نالوت"], ["تيجي", "الحوامد"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["نالوت"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["كباو"]),
 ],
 "fv2": [
  mv("mobilise", "reported", "Zintan forces", [], ["الرياينة", "الرجبان"]),
  mv("shipment", "reported", "Misrata forces", ["مصراتة"], ["الزنتان"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["مطار الزنتان"]),
  mv("advance", "conditional", "GNA forces", [], ["الرياينة"]),
  mv("withdraw", "denied", "Zintan forces", ["يفرين"], ["الزنتان"]),
 ],
 "fv3": [
  mv("reinforce", "reported", "Libyan National Army", ["إدري"], ["الشويرف"]),
  mv("advance", "planned", "Libyan National Army", ["الشويرف"], ["الاصابعة"], ["مزدة"]),
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["القلعة", "غريان"]),
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("withdraw", "denied", "GNA forces", ["غريان"], ["العزيزية"]),
 ],
 "fv4": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["درج"], ["سيناون"]),
  mv("advance", "denied", "Libyan National Army", ["الحمادة الحمراء"], ["حقل الوفاء"]),
 ],
 "fv5": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "reported", "GNA forces", ["ميناء زوارة"], ["تيجي"], ["الجميل"]),
  mv("withdraw", "planned", None, ["بدر"], ["جادو"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء زوارة"]),
  mv("mobilise", "conditional", None, [], ["بدر"]),
 ],
}

NOTES = {
 "fv1": ("Al-Nabaa TV style, Nalut: a GNA column Tripoli→Nalut via Tiji and Al-Hawamid (deploy), an ammunition/fuel "
         "convoy Al-Watiya→Nalut (shipment), a company planned Nalut→the Wazin crossing, Tunisia's conditional "
         "Tataouine→Dehiba reinforcement and Zintan's denied fighters for Kabaw (spelled كباو); Wazin town vs crossing, "
         "بلدية نالوت, the border phrase with nested Tunisia, العاصمة تونس; the elders' meeting is not a movement."),
 "fv2": ("Al-Mayadeen style, Zintan and the Riyayna valve: Zintan massing in Al-Riyayna and Al-Rujban (mobilise), "
         "a Misrata ammunition convoy to Zintan (shipment), a planned PFG airlift Mitiga base→Zintan airport, its "
         "conditional advance on Al-Riyayna and a denied Zintani pull-back Yefren (يفرين)→Zintan; the Sharara field and "
         "the Zawiya refinery are pipeline ends, not movement places; the Jadu/Kabaw elders' delegation is not a movement."),
 "fv3": ("Youm7 style (Cairo dateline), Gharyan and Al-Asabaa: an LNA column Idri→Ash Shwayrif (reinforce; Wadi al-Shati "
         "is a locator), a planned advance Ash Shwayrif→Al-Asabaa (الاصابعة) via Mizda, a GNA deployment Al-Watiya "
         "base→Al-Qalaa and Gharyan, a conditional Tripoli→Gharyan reinforcement (Mizda there is a condition, not a "
         "place of the move) and a denied pull-out Gharyan→Al-Aziziyah; traps Al-Ghariani, قوة حماية طرابلس, الأصابع."),
 "fv4": ("Echorouk style (Algiers dateline): an Algerian reinforcement In Amenas→Debdeb, a conditional Algerian "
         "deployment on the border with Libya (Algerian side), a GNA airlift Mitiga base→Ghadames airport, a planned "
         "redeploy Nalut→Derj via Sinawen and a denied LNA advance Hamada al-Hamra→the Al Wafa field; الجزائر is "
         "Algiers in the dateline and the country later; the truck drivers waiting in Nalut are not a movement."),
 "fv5": ("BBC Arabic style (Tunis dateline), Jadu, Tiji and Badr: a GNA separation force by sea Tripoli port→Zuwara "
         "port (naval landing), then by road to Tiji via Al-Jmail (deploy), a planned Jadu pull-back Badr→Jadu, a "
         "denied Turkish landing at Zuwara port and Tiji's conditional «النفير» in Badr; the 2011 displacement and "
         "today's displaced families to Nalut/Zintan are civilians; «ليلة اكتمال البدر» is a common-word trap."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fv1", "fv2", "fv3", "fv4", "fv5")
