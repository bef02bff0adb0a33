# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # kh1 Egyptian border and the east (Al Qahera News)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                               # G
 # kh2 Algeria's eastern border (APS)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "east_border_dz": ("region", "DZ", 28.5, 9.6, "Algeria's eastern border (with Libya)"), # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),            # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G (gazetteer kind kept)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 # kh3 Tunisia's south-east (TAP)
 "south_east_tn": ("region", "TN", 33.0, 10.8, "South-eastern Tunisia"),                 # K
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),        # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "border_tnside": ("region", "TN", 32.6, 11.05, "Tunisia-Libya border (Tunisian side)"), # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 # kh4 Sirte, Jufra, Misrata (Alghad)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (air base point, near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Misrata port (Qasr Ahmad)"),        # K
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                    # G
 # kh5 Fezzan (BBC News Arabic)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

TRAPS = {
 "kh1": ["القاهرة الإخبارية", "الجيش المصري", "المنطقة الغربية العسكرية", "مطروحة", "الجانب الليبي",
         "الجيش الوطني الليبي", "العقيد سالم الطبرقي", "الجانب المصري", "عقيلة صالح", "الأهلي بنغازي",
         "الأهلي طرابلس", "ملعب شهداء بنينا"],
 "kh2": ["وكالة الأنباء الجزائرية", "(واج)", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الجانب الليبي",
         "وحدات جزائرية", "وكالة الأنباء الليبية", "سوناطراك"],
 "kh3": ["وكالة تونس إفريقيا للأنباء", "(وات)", "الجيش الوطني", "الجانب الليبي", "نهج ليبيا", "الليبية",
         "عماد الطرابلسي", "المعهد الوطني للإحصاء"],
 "kh4": ["قناة الغد", "مراسل الغد", "الجيش الوطني الليبي", "غرفة عمليات سرت والجفرة", "القوة المشتركة",
         "البحرية التركية", "المؤسسة الوطنية للنفط", "مصرف ليبيا المركزي"],
 "kh5": ["بي بي سي", "خليفة حفتر", "عبد الله المرزوقي", "جبهة التغيير والوفاق في تشاد", "فاكت",
         "شعبة الإعلام الحربي", "لا أدري", "المجلس الرئاسي"],
}

PHEN = {
 "kh1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "countries", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "kh2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "town_vs_district", "countries", "coverage_oil", "coverage_neighbours"],
 "kh3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area",
         "town_vs_district", "border_phrase", "countries", "coverage_crossings", "coverage_neighbours"],
 "kh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "countries",
         "coverage_bases", "coverage_oil", "coverage_crossings", "town_vs_district"],
 "kh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "border_phrase", "countries", "coverage_bases", "coverage_neighbours"],
}

MOVES = {
 "kh1": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["سيوة"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["البيضاء"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["قاعدة طبرق البحرية"]),
 ],
 "kh2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["برج عمر إدريس", "عين أميناس"]),
  mv("shipment", "reported", "Algerian army", ["حاسي مسعود"], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("redeploy", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
  mv("deploy", "reported", GNA, ["نالوت"], ["غدامس"]),
 ],
 "kh3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["معبر رأس جدير"]),
  mv("mobilise", "reported", None, [], ["أبو كماش"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("withdraw", "denied", "Tunisian army", ["بن قردان"], ["قابس"]),
 ],
 "kh4": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراته", "زليتن"], ["ابو قرين"]),
  mv("advance", "conditional", GNA, ["الوشكة"], ["سرت"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("withdraw", "denied", LNA, ["راس لانوف"], ["بنغازي"]),
 ],
 "kh5": [
  mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["مرزق"], ["سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع تشاد"], ["القطرون"]),
  mv("shipment", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["الحدود مع النيجر"]),
  mv("airlift", "conditional", "Russian forces", ["قاعدة براك الجوية"], ["نيامي"]),
  mv("withdraw", "reported", None, ["إدري"], ["أوباري"]),
 ],
}

NOTES = {
 "kh1": "TV bulletin script (Al Qahera News): urgent line + bullets. Egyptian reinforcement Marsa Matruh->Sallum via "
        "Sidi Barrani (headline = same move; «المدينة الحدودية» = Sallum); conditional Egyptian move to Siwa («إذا»); "
        "LNA company Tobruk->Jaghbub («الواحة» = Jaghbub); an LNA naval landing Benghazi->Tobruk naval base; planned LNA airlift Benina->Kufra airport; denied LNA "
        "pull-out Derna->Al Bayda. Not movements: the speaker of parliament's journey from Al Qubba, truck traffic at "
        "Amsaad, the weather line, the football final.",
 "kh2": "Agency flashes with timestamps (APS): Algerian reinforcement Ouargla->Debdeb via Bordj Omar Driss and In Amenas; a fuel-and-supply convoy Hassi Messaoud->Debdeb («المفارز ذاتها»); planned airlift "
        "Tamanrasset->Djanet airport; conditional armoured battalion Illizi->Djanet; denied Algerian advance towards "
        "Ghadames; a GNA force Nalut->Ghadames relayed from the Libyan agency. Not movements: the ambassador's audience, "
        "the wali's aid distribution, the civil-protection rescue on the Hassi Messaoud-In Amenas road, weekly seizures, Tiguentourine output.",
 "kh3": "Regional news digest (TAP): Tunisian reinforcement Medenine->Ben Gardane; GNA force Zuwara->Ras Ajdir crossing "
        "(«محيط المعبر» = the crossing); a local armed group massing in Abu Kammash (actor null); planned Tunisian redeploy Remada->Dehiba; conditional Gabes->Remada («في صورة»); "
        "denied Tunisian pull-out Ben Gardane->Gabes. Not movements: migrants rescued off Zarzis after leaving Sabratha, "
        "a wounded Libyan taken to Tataouine hospital, travellers and traders.",
 "kh4": "TV news ticker (Alghad): LNA reinforcement Jufra air base->Sirte via Waddan (headline «من الجفرة» = same move); "
        "Misrata's joint force massing at Abu Qurayn from Misrata and Zliten («المدينة» = مصراته); conditional GNA advance "
        "Al Washka->Sirte; planned Turkish landing of marines Mersin->Misrata port; denied LNA pull-out Ras Lanuf->"
        "Benghazi. Not movements: mercenaries' presence in Jufra, the 5+5 meeting in Sirte, weather, oil output.",
 "kh5": "Numbered 'in brief' round-up (BBC News Arabic): LNA reinforcement Brak air base->Murzuq via Sabha (headline and "
        "«المدينة», «مرزوق» = Murzuq); FACT's denied advance from the Chad border to Al Qatrun («البلدة»); an LNA fuel-and-ammunition convoy Sabha->Al Qatrun; planned LNA "
        "company Al Qatrun->Niger border; conditional Russian airlift Brak air base->Niamey («قد … إذا»); unknown gunmen "
        "pulled out of Idri towards Ubari (actor null). Not movements: the elders' delegation to Sabha.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kh1", "kh2", "kh3", "kh4", "kh5")
BAR_IN_TEXT = True  # the texts have a literal "|" («عاجل |», «نفي |»)
