# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 # Algeria, south
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "tamanrasset_airport": ("airport", "DZ", 22.8115, 5.4508, "Tamanrasset Aguenar airport"),  # K
 "abalessa": ("town", "DZ", 22.890, 4.848, "Abalessa"),                                   # K
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                      # G
 "tinzaouatine_mun": ("district", "DZ", 19.95333, 2.96667, "Tin Zaouatine municipality"),  # G* (town row)
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                            # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "bbm_wil": ("district", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar province"),        # G* (town row)
 "bbm_airport": ("airport", "DZ", 21.375, 0.924, "Bordj Badji Mokhtar airport"),          # K
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                           # G
 "adrar": ("town", "DZ", 27.8742, -0.2939, "Adrar"),                                      # K (gazetteer has only the wilaya row)
 "reggane": ("town", "DZ", 26.71576, 0.17140, "Reggane"),                                 # G
 "reggane_airport": ("airport", "DZ", 26.71010, 0.28565, "Reggane Airport"),              # G
 "insalah": ("town", "DZ", 27.19678, 2.47913, "In Salah"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G (gazetteer kind village)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),               # G
 "bechar": ("city", "DZ", 31.6238, -2.2162, "Bechar"),                                    # K (gazetteer has only the wilaya row)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                      # G* (row قاعدة بوفاريك الجوية, kind airport)
 "border_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (row الحدود الجزائرية المالية)
 "border_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Mali
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                         # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                       # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                     # G
 "tessalit": ("town", "ML", 20.20126, 1.01186, "Tessalit"),                               # G (gazetteer kind village)
 "aguelhok": ("town", "ML", 19.46139, 0.85889, "Aguelhok"),                               # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                        # G
 "menaka": ("town", "ML", 15.91985, 2.39609, "Menaka"),                                   # G
 # Niger
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                            # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                     # G
 # Libya, Lebanon, Guinea
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripoli_port_lb": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                        # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "conakry_port": ("crossing", "GN", 9.515, -13.716, "Port of Conakry"),                   # K
}

TRAPS = {
 "qal1": ["الناحية العسكرية السادسة", "التراب المالي", "الشعب", "الجيش الوطني الشعبي", "الوادي الذي", "المالية",
          "الجانب المالي", "ضائقة مالية", "الجزائرية"],
 "qal2": ["الحوار", "الجيش الوطني الشعبي", "أحمد الأدراري", "ميناء ليبي", "الصحراء"],
 "qal3": ["النصر", "النيجري", "إدريس أغ محمد", "الصحراء",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الليبي"],
 "qal4": ["الفيلق الإفريقي", "الجمهورية", "الجيش المالي", "جبهة تحرير أزواد", "أمني مالي", "الجزائرية",
          "الجانب الجزائري", "الناحية العسكرية الثالثة", "ومالياً"],
 "qal5": ["الموعد اليومي", "الناحية العسكرية السادسة", "الطريق العابر للصحراء",
          "التراب الجزائري"],
}

PHEN = {
 "qal1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qal2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qal3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qal4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qal5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qal1": [
  mv("deploy", "reported", "Algerian army", ["تمنراست"], ["تين زاوتين"], ["أبلسة"]),
  mv("airlift", "planned", "Algerian army", ["مطار تمنراست"], ["مطار برج باجي مختار"]),
  mv("withdraw", "conditional", "Algerian army", ["تين زاوتين"], ["تمنراست"]),
  mv("advance", "denied", "Algerian army", [], ["تينزاواتين"]),
 ],
 "qal2": [
  mv("reinforce", "reported", "Algerian army", ["أدرار"], ["برج باجي مختار"], ["رقان"]),
  mv("redeploy", "planned", "Algerian army", ["برج باجي مختار"], ["تيمياوين"]),
  mv("withdraw", "denied", "Algerian army", ["تيمياوين"]),
  mv("airlift", "conditional", "Algerian army", ["مطار رقان"], ["برج باجي مختار"]),
 ],
 "qal3": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع النيجر"]),
  mv("redeploy", "conditional", "Algerian army", ["تين زاوتين"], ["عين قزام"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["حقل الشرارة"]),
 ],
 "qal4": [
  mv("advance", "reported", "Russian forces", ["كيدال"], ["تساليت"], ["أغلهوك"]),
  mv("advance", "conditional", "Russian forces", ["تساليت"], ["تينزاواتين"]),
  mv("mobilise", "planned", "Algerian army", [], ["برج باجي مختار"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء كوناكري"]),
  mv("shipment", "reported", "Russian forces", ["ميناء كوناكري"], ["باماكو"]),
 ],
 "qal5": [
  mv("redeploy", "reported", "Algerian army", ["عين صالح"], ["عين قزام"]),
  mv("shipment", "planned", "Algerian army", ["ورقلة"], ["تمنراست"], ["عين صالح"]),
  mv("airlift", "conditional", "Algerian army", ["قاعدة بوفاريك الجوية"], ["تمنراست"]),
  mv("deploy", "denied", "Foreign fighters", ["حقل الشرارة"], ["شمال مالي"]),
  mv("naval_landing", "reported", "Russian forces", [], ["قاعدة طبرق البحرية"]),
 ],
}

NOTES = {
 "qal1": "Echaab: a 6th-military-region column Tamanrasset→Tin Zaouatine via Abalessa (headline repeats it); a planned "
         "C-295 airlift Tamanrasset airport→Bordj Badji Mokhtar airport (the border with Mali only its purpose); a "
         "conditional return Tin Zaouatine→Tamanrasset barracks; a denied incursion into Malian Tinzaouaten (twin town "
         "across the wadi, only a locator in the first paragraph). Bamako is only the seat of the junta, Libya and Niger "
         "only the arms route, Tin Zaouatine municipality only the shelter's owner.",
 "qal2": "El Hiwar: 300 gendarmes Adrar→Bordj Badji Mokhtar via Reggane (reinforce); a planned border-guard group BBM→"
         "Timiaouine ('140 km south-east' adds no place); a denied gendarmerie pull-out from Timiaouine; a conditional "
         "airborne unit Reggane airport→BBM. The Captagon route (port of Tripoli in Lebanon, Tripoli in Libya, Sabha, "
         "Niger, seized near In Salah) is smuggling, not a force movement; Algiers is the dateline.",
 "qal3": "An-Nasr: reinforcements Tamanrasset→In Guezzam ('400 km' on the N1); a planned company to the border with Niger "
         "(origin left empty: 'a company of these forces'; Assamaka '15 km' only a locator); a conditional transfer "
         "Tin Zaouatine→In Guezzam; a Chadian rebel council denies massing near the Sharara field (Southern Libya only "
         "where it operates). Migrants from Agadez and Arlit and the Libyan arsenals are no force movements.",
 "qal4": "El Djoumhouria: a Malian army/Africa Corps column Kidal→Tessalit via Aguelhok (reported, Russian forces); a "
         "conditional push Tessalit→Tinzaouaten (Tin Zaouatine only a locator); the 3rd military region (HQ at Bechar, "
         "not an origin) plans to mass units in Bordj Badji Mokhtar; a denied airlift Al Jufra base→Bamako; the Russian "
         "source's own account: landed at Conakry port and trucked to Bamako (naval_landing + shipment, reported). "
         "Adrar is the dateline; Kidal, Gao and Menaka as refugees' origins are not movement places.",
 "qal5": "El Mawid El Yawmi: the MoD weekly toll (arrests in Tamanrasset, In Guezzam, BBM, Djanet, fuel at Bordj Omar "
         "Driss: no movement); a battalion redeployed In Salah→In Guezzam; a planned 60-truck ammunition convoy Ouargla→"
         "Tamanrasset via In Salah; a conditional gendarmerie airlift Boufarik air base→Tamanrasset; the MoD denies "
         "foreign fighters crossing from around the Sharara field (Libya only its locator) to northern Mali; Russian "
         "ships reported landing materiel at Tobruk naval base; Tripoli only a source; the chief of staff's inspection "
         "visit to Tamanrasset is not a force movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qal1", "qal2", "qal3", "qal4", "qal5")
