# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 # qdx1 the Hasawna-Jefara system (Al-Quds Al-Arabi)
 "hasawna": ("region", "LY", 28.00, 13.50, "Jabal al-Hasawna wellfields"),             # K
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "jefara": ("region", "LY", 32.55, 12.60, "Jefara plain"),                              # K
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn": ("region", "LY", 33.00, 11.75, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # qdx2 Kufra, Tazirbu and Sarir (Monte Carlo Doualiya)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G (written تازيربو)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (written اجدابيا)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 # qdx3 the Ubari power station (Al-Ayam)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 # qdx4 Sirte, Jufra and the centre (Al-Qahera News)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Port of Sirte"),                     # K
 "tobruk_nb": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa el Brega port"),               # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (written مصراته)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "deir_ammar": ("town", "LB", 34.455, 35.900, "Deir Ammar"),                            # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qdx5 Djanet and Ghat (El Hiwar)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G (written اليزي)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_dz": ("region", "DZ", 24.90, 9.85, "Algeria-Libya border (Algerian side)"),    # K
}

TRAPS = {
 "qdx1": ["القدس العربي", "عبد الحكيم الطرابلسي", "محمد الإدريسي", "مالي", "الجيش الوطني الليبي", "تونسية"],
 "qdx2": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "درع الصحراء", "قوات الدعم السريع السودانية", "تشاديين",
          "الليبية"],
 "qdx3": ["الأيام", "الجيش الوطني الليبي", "إدريس عبد السلام", "الجديد", "المعارضة التشادية", "أخبار سبها", "ليبي"],
 "qdx4": ["القاهرة الإخبارية", "الجيش الوطني الليبي", "سرت شائعات", "الفيلق الإفريقي", "قوة حماية وتأمين سرت",
          "هون عميد", "اللبنانية"],
 "qdx5": ["الحوار", "الإذاعة الجزائرية", "الجيش الوطني الليبي", "جزائرية", "العسكرية الجزائرية"],
}

PHEN = {
 "qdx1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_neighbours", "countries"],
 "qdx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qdx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qdx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qdx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdx1": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["جبل الحساونة"]),
  mv("withdraw", "denied", "Libyan National Army", ["القريات"]),
  mv("advance", "conditional", "Zintan forces", [], ["الشويرف"]),
 ],
 "qdx2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["تازيربو"]),
  mv("shipment", "planned", "Libyan National Army", ["اجدابيا"], ["حقل السرير"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", ["مثلث العوينات"], ["الكفرة"]),
 ],
 "qdx3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("redeploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["أوباري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "qdx4": [
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء سرت"]),
  mv("naval_landing", "conditional", "Libyan National Army", [], ["ميناء البريقة"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("deploy", "planned", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  mv("reinforce", "reported", "Libyan National Army", ["سوكنة"], ["ودان"]),
 ],
 "qdx5": [
  mv("reinforce", "reported", "Algerian army", ["اليزي"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["معبر تين الكوم"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"]),
 ],
}

NOTES = {
 "qdx1": "Hasawna wellfield sabotage: a GNA force Gharyan→Mizda (to guard the reservoir 'south of the city'), the LNA's "
         "planned company Brak→Jabal al-Hasawna, its denied pull-out from Al-Qaryat, and Zintan's conditional move to "
         "the Shwayrif control station ('لن تتحرك ... إلا إذا'; the council in Zintan is only the speaker's seat). Idri "
         "and Wadi al-Shati locate the mayor, Tunis is where engineers came from, Tripoli (dateline, destination of the "
         "water) and the Tunisian border are not movement places.",
 "qdx2": "Eastern GMMR system: an airlift Benina air base→Kufra airport, a 35-vehicle column Kufra→Tazirbu ('280 km "
         "north-west'), a planned ammunition/fuel shipment Ajdabiya→Sarir field, a conditional massing on the border "
         "with Sudan ('إذا ثبت'), and the RSF's denied advance from the Uweinat triangle to Kufra (Libya, Egypt, Sudan "
         "there only locate the triangle). Ajdabiya's reservoir and Benghazi's water cut are not movement places.",
 "qdx3": "Ubari power station: an LNA force Sabha→Ubari via Germa (the power station is written 'محطة كهرباء أوباري'), "
         "a company moved Brak→the substation 'قرب إدري', a planned helicopter lift Tamanhint air base→Ubari, a "
         "conditional stay-until ('لن تغادر أوباري قبل أن') = withdraw, and the Chadian CCMSR's denied massing near "
         "Al-Qatrun (the road to the Niger border is only a locator). The Ubari–Brak line and 'من براك حتى إدري' are "
         "the extent of the outage, not movements.",
 "qdx4": "Sirte power and desalination plants: marines landed at Sirte port from Tobruk naval base, a conditional "
         "landing at Brega port, the denied Africa Corps move Jufra air base→Sirte ('سرت شائعات' is the verb), Misrata's "
         "planned company from the city to Abu Qurayn, and a reinforcement Sokna→the Waddan water plant ('هون عميد' is "
         "the verb; Hun is only a place the water reached). Tripoli (GECOL seat) and Tripoli/Deir Ammar in Lebanon are "
         "comparisons, not movement places.",
 "qdx5": "Algerian outlet on the Djanet–Ghat power line: reinforcements Illizi→Djanet, the denied crossing of Tin "
         "Alkoum toward Ghat, an LNA force Ubari→Ghat via Al-Awaynat, a planned ammunition/fuel shipment Sabha→Ghat "
         "('تصلها'), and a conditional stay in Ghat ('لن تنسحب ... إلا بعد'). Algeria's civilian fuel and medicine "
         "shipments through the crossing, the Sharara attacks and the 1,000 km of border are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdx1", "qdx2", "qdx3", "qdx4", "qdx5")
