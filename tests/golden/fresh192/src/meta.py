# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # gl1 Zawiya - Zintan exchange at Bir al-Ghanam
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),        # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                         # G
 "warshefana": ("region", "LY", 32.60, 12.90, "Warshefana"),                            # K
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # gl2 Sirte handover (LNA - Misrata)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (row قاعدة القرضابية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 # gl3 Ubari exchange (Tuareg - Tebu), Algerian side
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum crossing"),            # G* (row منفذ إيسين, country DZ)
 "border_dz_ly": ("region", "DZ", 25.00, 9.85, "Algerian side of the Libyan border"),   # K
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 # gl4 Ras Ajdir (Tunisian detainees; Zuwara - Al-Jmail exchange)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir crossing"),              # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tn_ly": ("region", "TN", 32.70, 11.00, "Tunisian side of the Libyan border"),  # K
 "zuwara_port": ("crossing", "LY", 32.92, 12.12, "Zuwara port"),                        # K
 # gl5 Kufra exchange (Tebu - Zuwayya)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),          # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
}

TRAPS = {
 "gl1": ["المجلس العسكري الزنتان", "الهلال الأحمر الليبي", "عماد الطرابلسي", "المنطقة العسكرية الغربية",
         "الزاوية الإنسانية", "زنتانية", "ليبيا الأحرار"],
 "gl2": ["الوطني الليبي", "عملية بركان الغضب", "القاهرة الإخبارية", "البيضاء", "مصراتية",
         "سالم الإدريسي", "غرفة عمليات تحرير سرت الجفرة"],
 "gl3": ["إدريس أغ محمد", "الجديد", "اللواء طارق بن زياد", "الجزائرية", "الليبية", "الجزائري"],
 "gl4": ["سجن الجديدة", "فاطمة الطرابلسي", "إذاعة تطاوين", "التونسية", "الليبية", "الليبي", "ليبية"],
 "gl5": ["مالي", "ليبيا الحدث", "الليبية", "سودانيين"],
}

PHEN = {
 "gl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "town_vs_district", "coverage_bases", "vague_area"],
 "gl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "gl3": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "gl4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gl5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gl1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["بئر الغنم"], ["العزيزية"]),
  mv("withdraw", "reported", "Zintan forces", ["بئر الغنم"], ["ككلة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["العزيزية"]),
  mv("advance", "conditional", None, [], ["بئر الغنم"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الأصابعة", "غريان"]),
 ],
 "gl2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["ابوقرين"]),
  mv("naval_landing", "planned", "Libyan National Army", [], ["ميناء راس لانوف"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("advance", "denied", "Misrata forces", ["مصراته"], ["بويرات الحسون"]),
 ],
 "gl3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها"]),
  mv("withdraw", "reported", None, ["حقل الشرارة"], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["إدري"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت", "معبر تين الكوم"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["أوباري"], ["الحدود مع النيجر"]),
 ],
 "gl4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["زوارة"]),
  mv("withdraw", "reported", None, ["راس اجدير"], ["أبو كماش"]),
  mv("deploy", "planned", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("reinforce", "denied", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("mobilise", "conditional", None, [], ["رقدالين"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء زوارة"]),
 ],
 "gl5": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", None, ["مطار الكفرة"], ["الكفرة"]),
  mv("shipment", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
  mv("shipment", "denied", None, ["السودان"], ["الكفرة"]),
 ],
}

NOTES = {
 "gl1": "Fawasel: Zawiya-Zintan detainee swap at Bir al-Ghanam (بئر/بير). Buses, ambulances and released men are not "
        "moves; the GNA neutral force Tripoli->Bir al-Ghanam via Al-Aziziyah, Zintan's pull-back to Kikla, a planned "
        "Al-Watiya->Al-Aziziyah company, a conditional Zawiya return to the Bir al-Ghanam fronts and a denied Zintan "
        "massing in Al-Asabaa/Gharyan are.",
 "gl2": "Al-Qahera News: LNA-Misrata bodies and prisoners handover in Sirte. ICRC cars with bodies, the prisoners' "
        "flight from Benghazi and the ICRC ship with remains are not moves; the military-police airlift Benina->"
        "Gardabiya, the Misrata pull-back Al-Washka->Abu Qurayn, a planned marine landing at Ras Lanuf port, a "
        "conditional Jufra->Sirte reinforcement and a denied Misrata->Buwairat al-Hassoun column are.",
 "gl3": "El Khabar (Algiers): Tuareg-Tebu prisoner exchange in Ubari with elders from Djanet and Ghat. Elders and "
        "freed prisoners going to Ghat are not moves; the LNA unit Tamanhint->Ubari via Sabha, a Tebu pull-back "
        "Sharara->Murzuq, a planned Brak->Idri company, Algeria's conditional reinforcement of Djanet/Tin Alkoum and a "
        "denied Chadian entry into Ubari via the Niger border are.",
 "gl4": "Echorouk (Tunisian daily, Ben Gardane): 19 Tunisian detainees handed over at Ras Ajdir and a Zuwara-Al-Jmail "
        "swap. Detainees bussed to Tunis are not moves; the GNU interior force Tripoli->the crossing via Zuwara, "
        "Zuwara groups' pull-back to Abu Kammash, a planned Tunisian Medenine->Ben Gardane move, a denied Tunisian "
        "reinforcement of the border, a conditional massing in Regdalin and a denied Misrata landing at Zuwara port are.",
 "gl5": "Al Mayadeen Net: Tebu-Zuwayya prisoner exchange in Kufra. Prisoners in civilian cars and fuel trucks are not "
        "moves; the LNA reinforcement Ajdabiya->Kufra via Jalu, the Al Khadim->Kufra airport airlift, gunmen pulling "
        "back from the airport into the town, a planned truck shipment Kufra->Rebiana, a conditional advance to the "
        "border triangle and a denied ammunition shipment Sudan->Kufra are.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gl1", "gl2", "gl3", "gl4", "gl5")
