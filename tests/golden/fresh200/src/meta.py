# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "india": ("country", "IN", 21.78658, 80.22695, "India"),                               # G
 "bangladesh": ("country", "BD", 23.7, 90.3, "Bangladesh"),                             # K
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 # gt1 Gharyan, Mizda, Ash Shwayrif
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G* (row قاعدة معيتيقة)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # gt2 Illizi province, Debdeb, In Amenas
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "inamenas_ap": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),              # G* (row مطار عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 29.97, 9.45, "Debdeb border crossing"),          # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "border_dz_ly": ("region", "DZ", 29.0, 9.6, "Algeria-Libya border (Algerian side)"),   # K
 "se_dz": ("region", "DZ", 28.0, 8.0, "South-east of Algeria (Illizi/Ouargla)"),        # K
 # gt3 Zuwara, Al-Jmail, Ben Gardane
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "border_ly_tn": ("region", "LY", 32.95, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                      # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 # gt4 Wadi al-Shati, Tamanhint, Jufra
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "minya": ("district", "EG", 28.18109, 30.10272, "Minya Governorate"),                  # G (district row المنيا)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G* (row قاعدة بنينا الجوية)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G* (row قاعدة تمنهنت)
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base row, as the village)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # gt5 Fezzan, Murzuq, Al Qatrun
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA = "GNA forces", "Libyan National Army"

TRAPS = {
 "gt1": ["درع الحمادة", "فواصل", "حسام الطرابلسي", "الطرابلسي", "الهندية", "فدية مالية"],
 "gt2": ["الشروق", "فدية مالية", "الجزائرية"],
 "gt3": ["حقائق أونلاين", "إذاعة تطاوين", "التونسي", "الليبية", "الموقف الجميل"],
 "gt4": ["اليوم السابع", "درع الشاطئ", "إدريس الفيتوري", "المصرية"],
 "gt5": ["الميادين", "محمد الأوباري", "ما ادري", "التشادية", "اللبنانية"],
}

PHEN = {
 "gt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases", "countries"],
 "gt2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gt3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "gt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "gt5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "gt1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مزدة"], ["غريان"]),
  mv("airlift", "reported", GNA, ["قاعدة معيتيقة الجوية"], ["الشويرف"]),
  mv("withdraw", "reported", GNA, ["مزدة"], ["طرابلس"]),
  mv("redeploy", "planned", GNA, ["الشويرف"], ["القريات"]),
  mv("advance", "conditional", GNA, [], ["الحمادة الحمراء"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الزنتان"]),
 ],
 "gt2": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار عين أمناس", "مجمع تيقنتورين"]),
  mv("shipment", "reported", "Algerian army", ["حاسي مسعود"], ["الدبداب"]),
  mv("advance", "conditional", "Algerian army", [], ["معبر الدبداب"]),
  mv("deploy", "planned", GNA, [], ["غدامس"]),
  mv("withdraw", "denied", "Algerian army", ["الدبداب"], []),
 ],
 "gt3": [
  mv("deploy", "reported", GNA, ["زوارة"], ["الجميل"]),
  mv("naval_landing", "reported", GNA, ["ميناء زوارة"], ["أبو كماش"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("advance", "conditional", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["زوارة"]),
  mv("naval_landing", "planned", GNA, [], ["جزيرة فروة"]),
 ],
 "gt4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"]),
  mv("advance", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["إدري"], ["براك الشاطئ"]),
  mv("withdraw", "reported", LNA, [], ["سبها"]),
  mv("redeploy", "planned", LNA, [], ["وادي الشاطئ"]),
  mv("mobilise", "conditional", LNA, [], ["تمنهنط"]),
  mv("airlift", "denied", "Egyptian army", [], ["قاعدة الجفرة الجوية"]),
 ],
 "gt5": [
  mv("deploy", "reported", LNA, ["أوباري"], ["حقل الفيل"]),
  mv("advance", "reported", LNA, ["مرزق"], ["القطرون"]),
  mv("shipment", "reported", LNA, ["سبها"], ["قطرون"]),
  mv("withdraw", "planned", LNA, [], ["أوباري"]),
  mv("deploy", "conditional", LNA, [], ["منفذ التوم", "الحدود مع النيجر"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
}

NOTES = {
 "gt1": ("Fawasel (Gharyan): Indian engineers freed near Ash Shwayrif; GNA special-operations force Tripoli->Mizda via "
         "Gharyan (headline 'return to Tripoli' = the reported pull-back Mizda->Tripoli), helicopters Mitiga air base->Ash "
         "Shwayrif, a planned company Ash Shwayrif->Al-Qaryat, a conditional advance into the Hamada al-Hamra and Zintan's "
         "denied massing; the kidnappers' flight, the road closure and the embassy handover are not force moves."),
 "gt2": ("Echorouk (Illizi): Algerian army frees a lorry driver near Debdeb; reinforcement In Amenas->Debdeb, special forces "
         "flown Ouargla->In Amenas airport then round the Tiguentourine plant, a supply convoy Hassi Messaoud->Debdeb, a "
         "conditional advance to the Debdeb crossing, a planned GNU border-guard company for Ghadames and a denied "
         "pull-out from Debdeb; the smugglers fleeing towards the Libyan border and Ouargla as the HQ seat are not moves."),
 "gt3": ("Hakaek Online (Ben Gardane): Tunisian traders freed near Zuwara; a GNU force Zuwara->Al-Jmail, a coast-guard "
         "landing Zuwara port->Abu Kammash, a Tunisian army reinforcement Medenine->Ben Gardane, a conditional advance to "
         "Ras Ajdir ('في صورة'), a denied Tunisian entry to Zuwara and a planned landing on Farwa island; the traders' "
         "return through the crossing is civilian."),
 "gt4": ("Youm7 (Cairo): Egyptian workers freed between Brak and Idri; LNA special forces flown Benina air base->Tamanhint "
         "air base, on by road to Idri via Brak al-Shati, back to Sabha, a planned company for Wadi al-Shati, a conditional "
         "massing at Tamanhint and Egypt's denied airlift to the Jufra air base; the workers' flight Benina airport->Cairo "
         "is civilian."),
 "gt5": ("Al Mayadeen (Beirut): a Lebanese engineer from Tripoli (Lebanon) freed after a kidnapping near the El Feel field; "
         "LNA force Ubari->El Feel, an advance Murzuq->Al Qatrun, fuel-and-ammunition trucks Sabha->Qatrun, a planned "
         "return to Ubari, a conditional deployment at Toummo and the Niger border (also the headline) and FACT's denied "
         "massing in Umm al-Aranib; the Murzuq municipality's road closure is not a move."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gt1", "gt2", "gt3", "gt4", "gt5")
