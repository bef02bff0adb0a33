# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # Ghat basin
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat district"),                  # G (district row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barkat"),                             # G (row البركات)
 "awainat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Sardalas)"),                # G
 "tahala": ("village", "LY", 25.25, 10.28, "Tahala"),                                   # K (uncertain, see README)
 "tinkarine": ("village", "LY", 24.93, 10.17, "Tinkarine"),                             # K (uncertain, see README)
 "isayen_crossing": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),   # G
 "isayen": ("village", "LY", 24.80000, 10.10000, "Isayen"),                             # G* (row منفذ إيسين)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس)
 "border_dz_ly": ("region", "LY", 25.00, 10.10, "Libya-Algeria border (Libyan side, Ghat)"),  # K
 # Ubari, Wadi al-Hayat and the Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # Lebanon and Syria
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # Algeria
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G
 "border_ly_dz": ("region", "DZ", 25.20, 9.90, "Algeria-Libya border (Algerian side)"),  # K
}

TRAPS = {
 "wp1": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "الجزائرية", "إدريس أغ الحسيني", "دعم مالي"],
 "wp2": ["ليبيا الخبر", "الجيش الوطني الليبي", "كتيبة شهداء أوباري", "غرفة عمليات المنطقة الجنوبية", "الغاتي",
         "التشادية", "عادت الحياة", "اللبنانية"],
 "wp3": ["القدس العربي", "الجيش الوطني الليبي", "عماد الطرابلسي", "الجيش الجزائري"],
 "wp4": ["الجيش الوطني الشعبي", "الليبية", "جزائرية"],
 "wp5": ["فسانيا", "الجيش الوطني الليبي", "المنطقة العسكرية سبها", "أحمد إدريس أخموك", "الفيلق الإفريقي"],
}

PHEN = {
 "wp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "wp3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wp4": ["clitics", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "wp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wp1": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["البركت"], ["أوباري", "العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["البركت"], ["منفذ إيسين"]),
  mv("advance", "conditional", "Libyan National Army", ["البركت"], ["غات"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار غات"], ["سبها"]),
  mv("mobilise", "reported", None, [], ["تهالة"]),
 ],
 "wp2": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنط الجوية"], ["أوباري"], ["سبها", "جرمة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["العوينات"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["الغريفة"]),
 ],
 "wp3": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
  mv("deploy", "planned", "GNA forces", [], ["تينكارين", "تهالة"]),
  mv("advance", "conditional", "GNA forces", ["مطار غات"], ["العوينات"]),
  mv("withdraw", "denied", "Libyan National Army", ["العوينات"], ["أوباري"]),
  mv("naval_landing", "reported", "GNA forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("reinforce", "planned", "GNA forces", ["ميناء طرابلس"], ["غات"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "wp4": [
  mv("reinforce", "reported", "Algerian army", ["عين أميناس"], ["جانت"], ["إليزي"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["تين الكوم"]),
  mv("advance", "denied", "Algerian army", [], ["إيسين"]),
 ],
 "wp5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["العوينات"], ["اوباري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["جبال أكاكوس"], ["البركات"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["تهالة"], ["المثلث الحدودي"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("shipment", "reported", "Russian forces", ["قاعدة طبرق البحرية"], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "wp1": "Afrigate News from Ghat: LNA reinforcements Sabha→Al-Barkat via Ubari and Al-Awainat; two unnamed armed groups "
        "massing around Tahala (actor null); a planned company Al-Barkat→the Isayen crossing (the border with Algeria "
        "only locates the crossing); an advance Al-Barkat→Ghat conditional on the elders' written consent; a denied "
        "pull-out of the guard company Ghat airport→Sabha. Tripoli (distance), the Akakus, Algeria and Niger "
        "(smuggling) are not movement places.",
 "wp2": "Libya Alkhabar from Ubari: an LNA column Tamanhint air base→Ubari via Sabha and Germa (Wadi al-Hayat only "
        "locates Germa); a conditional advance to Al-Awainat ('240 km south-west of the city' gives no origin); a "
        "planned supply convoy Sabha→Ubari (the road to the Sharara field is only where the berms are); a denied "
        "Chadian massing around Al-Ghurayfa (Murzuq only locates the group). Niger and the Salvador triangle are a "
        "smuggling route and Tripoli (Lebanon)→Benghazi a drug consignment: no force moves.",
 "wp3": "Al-Quds Al-Arabi from Tripoli: a GNA border-guard airlift Mitiga airport→Ghat airport; a planned deployment "
        "to Tinkarine and Tahala; a conditional advance Ghat airport→Al-Awainat if the elders consent in writing; the "
        "LNA's denied pull-out Al-Awainat→Ubari ('from Sabha to Isayen' is a range of positions, not a move); a naval "
        "landing Misrata→Tripoli port and the planned road move of that group on to Ghat; an Algerian reinforcement "
        "Illizi→Djanet (Ghat only the distance reference; Algiers only where the papers appear).",
 "wp4": "Echaab from Illizi: Algerian reinforcements In Amenas→Djanet via Illizi (Ouargla only seats the 4th military "
        "region command); a planned airlift Boufarik air base→Djanet airport (Algiers only locates the base); a "
        "conditional advance Djanet→Tin Alkoum (Ghat only locates the crossing); a denied incursion into Isayen. The "
        "border with Libya, Mali, Niger and the Djanet–Tin Alkoum seizures are not movement places.",
 "wp5": "Fasania from Sabha: an LNA airlift Tamanhint air base→Ghat airport; a planned transfer of a company Sabha→"
        "Al-Awainat via Ubari (the Al-Awainat–Ghat road is its task, not a destination); a company's conditional "
        "pull-back from the Akakus to Al-Barkat (Tinkarine only in the elders' condition); a denied infiltration of "
        "foreign gunmen Niger→Tahala via the border triangle; Russian ships Tartus→Tobruk naval base and trucks on to "
        "Brak air base. Idri, Wadi al-Shati, Fezzan, the oilfields and Ghat district are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wp1", "wp2", "wp3", "wp4", "wp5")
