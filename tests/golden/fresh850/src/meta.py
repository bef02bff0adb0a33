# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Kufra oasis and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (Kufra row, names_ar الجوف)
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),             # G* (district row الكفرة)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G (qft2 spelling variant: G*)
 # north-east Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Sudan
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # Egypt and elsewhere
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "aswan_airport": ("airport", "EG", 23.964, 32.820, "Aswan International Airport"),     # K
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                         # G
 "east_uweinat": ("region", "EG", 22.58570, 28.71660, "East Owainat"),                  # G* (airport row)
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qft1": ["سبل السلام", "إدريس الزوي", "إذاعة الكفرة المحلية", "المنارة", "الأنباء السارة", "السودانيون"],
 "qft2": ["دارفور 24", "الدعم السريع", "حركة جيش تحرير السودان", "سبل السلام", "اللبنانية", "السودانيين",
          "الجانب الليبي"],
 "qft3": ["السوداني", "القوات المسلحة السودانية", "الدعم السريع", "الجيش الوطني الليبي", "محمد إدريس ديبي"],
 "qft4": ["صدى البلد", "الجيش المصري", "القوات المسلحة المصرية", "الدعم السريع", "الليبية", "السودانيين",
          "مصرية"],
 "qft5": ["سبل السلام", "قورينا", "عبد السلام الطرابلسي", "إذاعة تازربو المحلية", "جوف الصحراء", "التشادية"],
}

PHEN = {
 "qft1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qft2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qft3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qft4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qft5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
SAG = "Sudanese armed groups"

MOVES = {
 "qft1": [
  mv("deploy", "reported", LNA, ["الجوف"], ["جبل العوينات"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("reinforce", "planned", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("deploy", "conditional", LNA, ["الكفرة"], ["ربيانة"]),
  mv("withdraw", "denied", LNA, ["قاعدة معطن السارة الجوية"]),
 ],
 "qft2": [
  mv("advance", "reported", SAG, ["المالحة"], ["وادي هور"]),
  mv("withdraw", "denied", SAG, ["وادي هور"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["الكفرة"]),
  mv("deploy", "conditional", LNA, [], ["المثلث الحدودي"]),
 ],
 "qft3": [
  mv("reinforce", "reported", SAG, ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("shipment", "denied", LNA, ["حقل السرير"], ["المثلث الحدودي"], ["الكفرة", "جبل العوينات"]),
  mv("advance", "planned", SAG, ["الدبة"], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", SAG, ["المثلث الحدودي"]),
  mv("airlift", "reported", "Foreign fighters", ["بنغازي"], ["مطار الكفرة"]),
 ],
 "qft4": [
  mv("reinforce", "reported", "Egyptian army", ["أسوان"], ["شرق العوينات"], ["أبو سمبل"]),
  mv("airlift", "planned", "Egyptian army", ["مطار أسوان"], ["مطار شرق العوينات"]),
  mv("advance", "conditional", "Egyptian army", [], ["المثلث الحدودي"]),
  mv("mobilise", "reported", SAG, [], ["جبل العوينات"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
 ],
 "qft5": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["تازربو"], ["بزيمة"]),
  mv("withdraw", "conditional", LNA, ["تازربو"], ["الكفرة"]),
  mv("shipment", "planned", LNA, ["حقل السرير"], ["تازربو"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["ربيانه"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["ربيانة"]),
 ],
}

NOTES = {
 "qft1": "Subul al-Salam (LNA) patrol Al-Jawf→Jebel Uweinat; a landing ship brings 150 men and 26 armoured vehicles "
         "Tobruk naval base→Benghazi port, planned onward by road Benghazi→Kufra via Ajdabiya and Jalu; a company "
         "will move Kufra→Rebiana only if the elders' mediation fails (conditional); a denied pull-out from Maaten "
         "al-Sarra air base (the Chad border only locates the base). Kufra inside the local radio's name and "
         "al-Sarra inside 'الأنباء السارة' are traps; the elders' meeting at Kufra municipality moves nothing.",
 "qft2": "Darfur 24: refugees El Fasher/Mellit→Kufra via the triangle are civilians (no movement); RSF advance Al "
         "Malha→Wadi Howar; the SLA (joint force) denies pulling out of Wadi Howar; an LNA cargo flight Benina→Kufra "
         "airport; a planned company Tazirbu→Kufra; a conditional LNA deployment to the triangle (the border with "
         "Sudan is only the condition). Tripoli (Lebanon) and Tripoli (Libya) in one refugee's story, no movement.",
 "qft3": "Al-Sudani: RSF reinforcements Al Malha→the border triangle via Wadi Howar; the Sudanese army's charge of "
         "LNA fuel-and-ammunition convoys Sarir field→the triangle via Kufra and Jebel Uweinat, denied by the LNA; "
         "a planned joint-force advance Ad Dabbah→the triangle; an RSF conditional pull-out from the triangle (Mellit "
         "only the condition); a reported airlift of Colombian mercenaries Benghazi→Kufra airport. Djibouti is the "
         "summit venue (city); Idri inside Mahamat Idriss Deby.",
 "qft4": "Sada El Balad: Egyptian reinforcements Aswan→East Owainat via Abu Simbel (the Sudan border and Kufra only "
         "distance references); a planned airlift Aswan airport→East Owainat airport; a conditional advance towards "
         "the triangle; RSF massing on Jebel Uweinat (reported, by air reconnaissance); a denied Egyptian landing at "
         "Tobruk port. Refugees via Argeen are civilians; Algiers (city) beside Algeria (country).",
 "qft5": "Quryna: a Subul al-Salam company Kufra→Tazirbu via Buzayma; its conditional return Tazirbu→Kufra; a "
         "planned fuel-and-ammunition convoy Sarir field→Tazirbu ('نحو البلدة' resolved to Tazirbu); a reported "
         "platoon Kufra→Rebiana (written ربيانه); the Tebu elders' denial of a Chadian opposition gathering in "
         "Rebiana (the Chad border only a distance reference). Benghazi and Tripoli are only seats of governments.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qft1", "qft2", "qft3", "qft4", "qft5")
