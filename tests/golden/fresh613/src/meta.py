# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                     # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # Sudan: Darfur and the north-west desert
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                         # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                   # G
 "tina_sd": ("town", "SD", 15.035, 22.840, "Tina (Sudan)"),                                # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                     # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                       # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "heglig": ("oilfield", "SD", 9.99940, 29.39860, "Heglig oil field"),                   # G
 "kordofan": ("region", "SD", 13.18420, 30.21670, "Kordofan"),                             # G
 "border_sd_ly": ("region", "SD", 20.5, 25.3, "Sudan-Libya border (Sudanese side)"),       # K
 # Sudan: the Nile, the Northern State and Port Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "psd_airport": ("airport", "SD", 19.4336, 37.2341, "Port Sudan New International Airport"),  # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                 # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),                # K
 "debba": ("town", "SD", 18.0446, 30.9574, "Ed Debba"),                                    # K
 "debba_loc": ("district", "SD", 18.0446, 30.9574, "Ed Debba locality"),                   # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),               # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                               # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                               # G
 # the triangles and the Libyan south-east
 "triangle_les": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),    # G* (row مثلث العوينات)
 "triangle_lsd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"), # G* (row المثلث الحدودي مع تشاد والسودان)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                               # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G* (row قاعدة بنينا الجوية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),                 # K
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),   # G
 # Chad
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                    # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                   # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                             # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),         # G* (town row)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"), # G* (row الحدود التشادية السودانية)
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                        # G
 # Egypt and Algeria
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                     # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
}

TRAPS = {
 "wq1": ["القوات المسلحة السودانية", "وكالة السودان للأنباء", "المياه المالحة"],
 "wq2": ["دارفور24", "سبل السلام", "الجيش الوطني الليبي", "الهادي إدريس", "حركة جيش تحرير السودان",
         "الجيش التشادي", "التشادية", "الجانب التشادي", "السودانية"],
 "wq3": ["الراكوبة", "الجيش الوطني الليبي", "الجيش السوداني", "السودانيين"],
 "wq4": ["السوداني", "شريان الشمال", "الجيش الوطني الليبي", "القوات المسلحة الليبية", "مصدر مصري",
         "الجيش المصري", "عثمان إدريس الدنقلاوي"],
 "wq5": ["ألترا سودان", "الحكومة التشادية", "الجيش التشادي", "التشادية", "سبل السلام", "الخارجية التشادي",
         "الحكومة السودانية", "إماراتية", "سوداني", "الجانب التشادي"],
}

PHEN = {
 "wq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "wq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "wq3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "wq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "wq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SD = "Sudanese armed groups"
MOVES = {
 "wq1": [
  mv("advance", "reported", SD, ["الطينة"], ["كرب التوم"]),
  mv("advance", "conditional", SD, ["كرب التوم"], ["المالحة"]),
  mv("reinforce", "reported", SD, ["مليط"], ["المالحة"]),
  mv("naval_landing", "reported", "Foreign fighters", [], ["ميناء بنغازي"]),
  mv("airlift", "reported", "Foreign fighters", ["بنغازي"], ["مطار الكفرة"]),
  mv("airlift", "planned", SD, ["مطار بورتسودان"], ["مطار دنقلا"]),
  mv("deploy", "planned", SD, ["مطار دنقلا"], ["الدبة"]),
  mv("withdraw", "denied", SD, ["وادي هور"], ["الدبة"]),
  mv("withdraw", "reported", SD, ["المثلث الحدودي"]),
 ],
 "wq2": [
  mv("shipment", "reported", SD, ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "وادي هاور", "جبل العوينات"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("advance", "planned", SD, ["المالحة"], ["الطينة"]),
  mv("redeploy", "reported", SD, ["كرب التوم"], ["الطينة"]),
  mv("reinforce", "conditional", "Chadian armed groups", ["أبشي"], ["الطينة"]),
 ],
 "wq3": [
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "reported", SD, ["مطار الكفرة"], ["المالحة"], ["قاعدة معطن السارة", "المثلث الحدودي"]),
  mv("shipment", "reported", None, ["مرفأ طرابلس"], ["بنغازي"]),
  mv("naval_landing", "planned", "Foreign fighters", [], ["ميناء بنغازي"]),
  mv("redeploy", "planned", SD, ["المالحة"], ["مليط"]),
  mv("advance", "conditional", SD, ["الدبة"], ["وادي هور"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
 ],
 "wq4": [
  mv("reinforce", "reported", SD, ["أم درمان"], ["الدبة"]),
  mv("advance", "planned", SD, ["الدبة"], ["المثلث"]),
  mv("withdraw", "reported", SD, ["المثلث"], ["المالحة"]),
  mv("mobilise", "reported", SD, [], ["المالحة"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["جبل عوينات"]),
  mv("reinforce", "conditional", "Egyptian army", ["أسوان"], ["الحدود مع السودان"]),
  mv("withdraw", "reported", SD, ["المثلث"]),
 ],
 "wq5": [
  mv("shipment", "denied", "Chadian armed groups", ["أم جرس"], ["دارفور"], ["الطينة"]),
  mv("deploy", "planned", "Chadian armed groups", ["أبشي"], ["الحدود مع السودان"]),
  mv("mobilise", "reported", SD, [], ["كتم"]),
  mv("advance", "reported", SD, ["الفاشر"], ["الطينة"], ["كُتُم"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "denied", None, [], ["مطار أم جرس"]),
 ],
}

NOTES = {
 "wq1": "SUNA army communiqué: army and Joint Force advance Tina→Karb al-Tom (North Darfur and the border with Libya "
        "only locate it), a conditional advance Karb al-Tom→Al-Malha ('200 km north-east of El Fasher' is a distance "
        "reference), an RSF reinforcement Mellit→Al-Malha, foreign mercenaries landed at Benghazi port and flown Benghazi→Kufra airport (the source's claim, reported), a planned airlift Port Sudan airport→Dongola airport and "
        "the road move on from that airport to Al-Debba, a denied army pull-out Wadi Howar→Al-Debba, and the Joint "
        "Force's 2025 pull-out from the triangle; the RSF supply line 'from Libya via the triangle' is general and "
        "not a movement; 'المياه المالحة' (salty water) is a trap.",
 "wq2": "Darfur24 from Tina: an RSF fuel-and-ammunition convoy Kufra→Al-Malha via the triangle, Wadi Hawar and a "
        "stop near Jebel Uweinat (the trader's Kufra–Malha line is not a move), Subul al-Salam's denied escort "
        "Kufra→the border with Sudan, a planned RSF push Al-Malha→Tina, the Joint Force's redeployment of 30 vehicles Karb al-Tom→Tina, "
        "and a conditional Chadian reinforcement Abéché→Tiné (the Chadian الطينة); Al-Hadi Idris's visit to Al-Malha "
        "and refugee families crossing are not movements.",
 "wq3": "Al-Rakoba investigation: an unnamed Il-76 pair Al-Khadim base→Kufra airport (Benghazi only locates the base), "
        "RSF trucks Kufra airport→Al-Malha via Maaten al-Sarra base and the Libya–Chad–Sudan triangle, an earlier "
        "ammunition ship from the port of Tripoli (Lebanon) to Benghazi, a second ship expected to land foreign fighters at Benghazi port (planned), a planned RSF air-defence transfer "
        "Al-Malha→Mellit, the army's conditional advance Al-Debba→Wadi Howar, and the LNA's denied airlift Benina "
        "base→Kufra airport; Tripoli (Libya) is only the seat of the GNU, Tunis only where a report was launched, Heglig only controlled.",
 "wq4": "Al-Sudani from Dongola: army reinforcements Omdurman→Al-Debba, a planned advance Al-Debba→'the triangle' "
        "(bare المثلث, the Uweinat triangle), an RSF pull-back triangle→Al-Malha and its massing there (mobilise) (Jebel Uweinat only where air "
        "strikes hit; Al-Debba a distance reference there), the LNA's denied deployment Kufra→Jebel Uweinat, Egypt's "
        "conditional reinforcement Aswan→the border with Sudan (Argeen only the condition; Cairo and Khartoum "
        "speaker/partner), and the Joint Force's 2025 pull-out from the triangle; displaced people are not moves.",
 "wq5": "Ultra Sudan from N'Djamena: Chad denies escorting arms Amdjarass→Darfur via Tiné (the Chadian الطينة), a "
        "planned Chadian battalion Abéché→the border with Sudan, RSF massing in Kutum (written كتم) and its advance El Fasher→Tina (Sudan) via Kutum "
        "(written كُتُم), a conditional Subul al-Salam company Kufra→Maaten al-Sarra base (the triangle only the "
        "condition), and the long-denied arms flights into Amdjarass airport (no operator named); fuel trucks seized "
        "by patrols (Sarir field→Sudan) and refugees are not movements; الجزائر is first Algiers (venue) then Algeria; Tripoli is only the seat of the GNU.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wq1", "wq2", "wq3", "wq4", "wq5")
