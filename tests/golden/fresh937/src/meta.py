# Metadata for fresh937 (qjc1-qjc5). Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (data/gazetteer.csv, found with grep -F); K = own knowledge, representative point
# (see README "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind/surface
# (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "kufra_district": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G (district row الكفرة)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),      # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                                # K
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                            # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G (row أجدابيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G* (row قاعدة بنينا الجوية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),      # G* (row الحدود الليبية التشادية)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G (row جنوب شرق ليبيا; G* for الجنوب الشرقي)
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "portsudan_port": ("crossing", "SD", 19.61745, 37.21644, "Port of Port Sudan"),            # G* (city row)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "debba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                        # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                      # G
 "nyala_airport": ("airport", "SD", 12.0535, 24.9561, "Nyala Airport"),                     # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "atrun": ("village", "SD", 18.17, 26.60, "Al Atrun (Bir Natrun)"),                         # K
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                    # G
 "wadihalfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                             # G (row وادى حلفا)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G (row خرطوم)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                                  # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                      # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                      # G
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                             # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),                  # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 # Chad
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),           # G* (town row)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                        # G
 "adre_crossing": ("crossing", "TD", 13.47, 22.21, "Adre border crossing"),                 # K
 # others
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),                   # G* (city row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
}

TRAPS = {
 "qjc1": ["المجهر السياسي", "الدعم السريع", "القوة المشتركة لحركات دارفور", "عثمان الدنقلاوي", "الأنباء السارة",
          "الجيش الوطني الليبي", "الجزيرة", "الليبية", "التركية", "السودانية", "سوداني"],
 "qjc2": ["الأهرام المسائي", "محمد الأسواني", "القاهرة الإخبارية", "الدعم السريع", "مصرية", "مصري",
          "السودانيين", "السودانية", "الليبية", "الجزائري"],
 "qjc3": ["الخرطوم", "القوة المشتركة لحركات دارفور المسلحة", "الدعم السريع", "أحمد حسين الفاشري", "طينة",
          "دبة البنزين", "الليبية"],
 "qjc4": ["الحراك السياسي", "إليوشن", "الدعم السريع", "سبل السلام", "الجيش الوطني الليبي", "التشادي",
          "التشادية", "التشاديين", "المياه المالحة"],
 "qjc5": ["الأسبوع", "إدريس بوحليقة", "الجيش الوطني الليبي", "الدعم السريع", "السودانية", "سودانية",
          "السودانيين"],
}

PHEN = {
 "qjc1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "qjc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjc3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_neighbours", "countries"],
 "qjc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjc1": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "planned", "Sudanese armed groups", ["الدبة"], ["كرب التوم"]),
  mv("reinforce", "conditional", None, ["دنقلا"], ["الدبة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء بورتسودان"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["نيالا"]),
 ],
 "qjc2": [
  mv("reinforce", "reported", "Egyptian army", ["أسوان"], ["شرق العوينات"], ["أبو سمبل"]),
  mv("deploy", "planned", "Egyptian army", [], ["الحدود مع السودان"]),
  mv("naval_landing", "denied", "Egyptian army", ["قاعدة برنيس العسكرية"], ["بورت سودان"]),
  mv("advance", "conditional", "Egyptian army", [], ["المثلث الحدودي"]),
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["جبل العوينات"]),
 ],
 "qjc3": [
  mv("redeploy", "reported", "Sudanese armed groups", ["الدبة"], ["كرب التوم"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["العطرون"], ["المالحة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["كرب التوم"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"]),
  mv("shipment", "planned", None, ["مروي"], ["الدبة"]),
 ],
 "qjc4": [
  mv("airlift", "reported", None, ["مطار أم جرس"], ["مطار نيالا"]),
  mv("mobilise", "reported", "Chadian armed groups", ["تشاد"], ["ربيانة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
  mv("shipment", "denied", "Libyan National Army", ["حقل السرير"], ["شمال دارفور"], ["الكفرة"]),
 ],
 "qjc5": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["المثلث الحدودي"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["جبل أركنو"]),
 ],
}

NOTES = {
 "qjc1": "Sudanese daily from Port Sudan (dateline only): a 60-truck fuel-and-ammunition convoy Kufra→Al Malha via the "
         "border triangle guarded by the RSF, a planned joint-force advance Ad Dabbah→Karb al-Tom, a conditional army "
         "reinforcement Dongola→Ad Dabbah (إذا; the commander's name contains Dongola), a Turkish landing ship from "
         "Mersin port landing experts at Port Sudan port, and a denied LNA airlift Maaten al-Sarra→Nyala (Benghazi only "
         "the speaker's place). Not movements: the Al Malha–Ad Dabbah distance, refugees from El Fasher and Kutum to "
         "Kufra. Traps: «الأنباء السارة» (Sarra), «الجزيرة» (Gezira), the joint force named after Darfur.",
 "qjc2": "Egyptian evening daily from Cairo (reporter's name contains Aswan; Cairo also inside «القاهرة الإخبارية»): "
         "border-guard reinforcements Aswan→East Oweinat via Abu Simbel, a planned deployment along the border with "
         "Sudan, a denied marine landing Berenice base→Port Sudan (spelled بورت سودان), a conditional advance to the "
         "border triangle (إلا إذا … وعندها) and a reported RSF push Al Malha→around Jebel Uweinat. Not movements: "
         "Sudanese crossing Argeen→Aswan, a humanitarian airlift East Oweinat airport→Kufra, the minister's visit to "
         "Algeria (country after زيارة إلى).",
 "qjc3": "Sudanese daily «الخرطوم» (the outlet's name is a place; no gold Khartoum here) from Ad Dabbah: the joint "
         "force redeployed Ad Dabbah→Karb al-Tom, the RSF withdrew Al Atrun→Al Malha, a conditional non-withdrawal "
         "from Karb al-Tom (لن … إلا إذا), a denied pursuit of the RSF to the outskirts of Kufra and a planned army "
         "supply convoy Merowe→Ad Dabbah. Not movements: displaced people from El Fasher and Mellit, travellers to "
         "Egypt via Wadi Halfa, the RSF hold on the triangle, the LNA command in Benghazi. Traps: spokesman "
         "«الفاشري», «دبة البنزين», «طينة».",
 "qjc4": "Sudanese daily from Khartoum: unnamed Ilyushin cargo flights Amdjarass airport→Nyala airport (actor null; "
         "N'Djamena only as the denying government), Chadian gunmen from Chad massing near Rebiana (residents of "
         "Rebiana are the source), a planned Subul al-Salam company Kufra→Maaten al-Sarra base, a conditional "
         "deployment on the border with Chad, and denied fuel tankers guarded by the battalion Sarir field→North "
         "Darfur via Kufra. Not movements: refugees Geneina→Adre via the Adre crossing (Idri look-alike), the GNU in "
         "Tripoli, Kufra district's fuel stations, the war's start in Khartoum; trap «المياه المالحة».",
 "qjc5": "Egyptian weekly «الأسبوع» (outlet name is a common word) reporting from Kufra: an LNA column Ajdabiya "
         "(spelled اجدابيا)→Kufra via Jalu, a planned cargo flight Benina base→Kufra airport, a conditional "
         "non-withdrawal of LNA patrols from the border triangle and a denied RSF massing near Jebel Arkenu "
         "(spokesman named Idris). Not movements: Sudanese families El Fasher→Kufra via the triangle, Kufra "
         "municipality's figures, fuel from Sarir, aid promised from Tripoli, IOM statement from Tunis, the "
         "Kufra–triangle road, the south-east's oases.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjc1", "qjc2", "qjc3", "qjc4", "qjc5")
