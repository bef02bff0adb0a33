# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "uweinat_mt": ("region", "LY", 21.90000, 24.96667, "Jebel Uweinat"),                   # K (21°54'N 24°58'E)
 "triangle_eg": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "debba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه)
 # pp1 Tine (Chad-Sudan border)
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tiné (Chad)"),                          # G (row تيني)
 "tine_crossing": ("crossing", "TD", 15.02528, 22.80222, "Tiné border crossing"),       # G* (Tiné town row)
 "tina_sd": ("town", "SD", 15.02500, 22.80600, "Tina (Sudan)"),                         # K (east bank of the wadi)
 "tina_locality": ("district", "SD", 15.02500, 22.80600, "El Tina locality"),           # K (same point)
 "border_sd_td": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                     # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré border crossing"),       # G* (Adré town row)
 # pp2 Kufra / Uweinat
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "triangle_tdsd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "maaten_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),        # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # pp3 northern Chad
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "fada_airport": ("airport", "TD", 17.19186, 21.58081, "Fada airstrip"),                # G* (town row; strip within a few km)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kébir"),                      # G (row أونيانقا كبير)
 "ounianga_area": ("region", "TD", 18.98000, 20.70000, "Ounianga lakes area"),          # K (between Kébir and Sérir)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G (row مطار إنجامينا)
 "ennedi_ouest": ("district", "TD", 18.30000, 21.00000, "Ennedi-Ouest province"),       # K (representative point)
 "border_td_ly": ("region", "TD", 20.50000, 21.50000, "Libya-Chad border (Chadian side)"),  # K (representative point)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # pp4 RSF in North Darfur and the Northern State
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row خرطوم)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "heglig": ("oilfield", "SD", 9.99944, 29.39861, "Heglig oil field"),                   # K (public reference: 9°59'58"N 29°23'55"E)
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                            # G
 # pp5 Egypt's southern borders
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (row مطار شرق العوينات)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "berenice": ("base", "EG", 23.99000, 35.47000, "Berenice Military Base"),              # K
 "safaga": ("base", "EG", 26.75000, 33.94000, "Safaga naval base"),                     # K
 "cairo_west": ("base", "EG", 30.11640, 30.91530, "Cairo West Air Base"),               # K
 "argeen": ("crossing", "EG", 21.99000, 31.32000, "Argeen land port"),                  # K
 "abu_simbel": ("town", "EG", 22.33720, 31.62580, "Abu Simbel"),                        # K
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),              # G
}

TRAPS = {
 "pp1": ["الجيش التشادي", "التشادية", "تشادي", "راديو دبنقا", "دبنقا", "السوداني", "نفس الطينة",
         "السودانية"],
 "pp2": ["بوابة إفريقيا الإخبارية", "حماية الحدود الجنوبية", "سودانيين", "تشاديين", "سوداني"],
 "pp3": ["مونت كارلو الدولية", "الجيوش التشادية", "تشادية", "ليبية", "لا أدري", "محمد إدريس ديبي إتنو",
         "التشادي", "نظيره الليبي"],
 "pp4": ["التغيير", "سودانية", "الليبية", "ليبية", "الجيش السوداني", "المصري", "البحرية المصرية", "الهادي إدريس"],
 "pp5": ["صدى البلد", "مصرية", "مصري", "السودانية", "قيادة المنطقة الجنوبية العسكرية", "الجيش السوداني", "ليبياً"],
}

PHEN = {
 "pp1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "pp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "pp3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_neighbours",
         "countries"],
 "pp4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "pp5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "pp1": [
  # Chadian army (not a canonical actor -> null): battalion from Abéché placed in Tiné and round the crossing
  mv("deploy", "reported", None, ["أبشي"], ["الطينة", "معبر الطينة"]),
  # «لن تسحب جنودها من الطينة إلا إذا ...»
  mv("withdraw", "conditional", None, ["الطينة"]),
  # recruits crossing from Chad into North Darfur via Tine to join the RSF near Kutum; denied by the RSF adviser
  mv("reinforce", "denied", "Sudanese armed groups", ["تشاد"], ["شمال دارفور", "كتم"], ["الطينة"]),
  # RSF massing vehicles between Kutum and Mellit
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كتم", "مليط"]),
  # Joint Force ammunition/fuel convoy Tina (Sudan) -> Wadi Howar, «تعتزم»
  mv("shipment", "planned", "Sudanese armed groups", ["الطينة"], ["وادي هور"]),
 ],
 "pp2": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", "Libyan National Army", ["المثلث الحدودي"], ["الكفره"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة معطن السارة الجوية"],
     ["المثلث الحدودي مع تشاد والسودان"]),
 ],
 "pp3": [
  mv("airlift", "reported", None, ["مطار نجامينا"], ["مطار فادا"]),
  mv("redeploy", "reported", None, ["فادا"], ["أونيانغا كبير"]),
  mv("withdraw", "conditional", None, ["أونيانقا الكبير"]),
  mv("advance", "denied", None, ["أونيانغا كبير"], ["ليبيا"]),
  mv("mobilise", "planned", "Chadian armed groups", [], ["إنيدي"]),
 ],
 "pp4": [
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["جبل العوينات", "وادي هور"]),
  mv("advance", "planned", "Sudanese armed groups", ["المالحة"], ["الدبة"]),
  mv("deploy", "denied", "Libyan National Army", [], ["المثلث الحدودي"]),
  # Sudanese army division (not a canonical actor -> null)
  mv("redeploy", "conditional", None, ["الدبة"], ["كرب التوم"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["بورتسودان"]),
 ],
 "pp5": [
  mv("deploy", "reported", "Egyptian army", [], ["شرق العوينات", "الحدود مع السودان"]),
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة سفاجا البحرية"], ["قاعدة برنيس العسكرية"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار شرق العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["العوينات", "منفذ أرقين"]),
  mv("shipment", "denied", "Egyptian army", [], ["الدبة"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "pp1": "Radio Dabanga from Tine: a Chadian army battalion Abéché→Tiné/the Tine crossing (reported deploy, actor null), "
        "its withdrawal made conditional («لن تسحب ... إلا إذا»), RSF recruits crossing from Chad via Tine to North "
        "Darfur/Kutum denied, RSF massing between Kutum and Mellit, a planned Joint Force convoy Tina→Wadi Howar; "
        "two Tines (Chadian town and crossing vs Sudanese Tina, محلية الطينة), the idiom «نفس الطينة», Adré (أدري).",
 "pp2": "Afrigate News from Kufra: Subul al-Salam reinforcement Kufra→Jebel Uweinat (retold by a resident as "
        "«نحو العوينات»), a planned Benina→Kufra airport airlift, a denied pull-back from the border triangle to "
        "«الكفره», a conditional advance Maaten al-Sarra→the Libya-Chad-Sudan triangle; two different border triangles.",
 "pp3": "Monte Carlo Doualiya from N'Djamena: a Chadian army airlift N'Djamena airport→Fada airstrip and a Fada→"
        "Ounianga Kébir redeploy (reported), a conditional withdrawal from «أونيانقا الكبير», a denied incursion into "
        "Libya, a rebel group's planned mobilisation in the Ennedi mountains; «لا أدري» and «محمد إدريس ديبي» traps.",
 "pp4": "Al-Taghyeer: RSF massing recruits in Al Malha, a fuel/ammunition convoy Kufra→Al Malha via Jebel Uweinat and "
        "Wadi Howar, a planned advance Al Malha→Ad Dabbah, the LNA's denied deployment in the triangle, a conditional "
        "Sudanese army redeploy Ad Dabbah→Karb al-Tom, an Egyptian landing at Port Sudan denied; «الهادي إدريس», Djibouti.",
 "pp5": "Sada El Balad from Cairo: Egyptian deployment at East Oweinat and on the Sudan border, marines landed Safaga "
        "naval base→Berenice base, a planned Cairo West→East Oweinat airport airlift, a conditional reinforcement of "
        "«العوينات» and the Argeen crossing, a denied arms shipment to the Sudanese army at Ad Dabbah via the triangle; "
        "an inspection tour at Abu Simbel and refugees at Argeen are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pp1", "pp2", "pp3", "pp4", "pp5")
