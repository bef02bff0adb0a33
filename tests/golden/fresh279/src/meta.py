# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 # Libya: Kufra district and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "taj": ("town", "LY", 24.20487, 23.28570, "At Taj"),                                      # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),            # G* (town row)
 "rabyana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G (row قاعدة معطن السارة)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                               # K
 "tri_egsd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "tri_lytdsd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),   # G (row المثلث الحدودي مع تشاد والسودان)
 "border_lysd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G
 "border_lytd": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G (row جنوب ليبيا)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                 # G
 "seidna": ("base", "SD", 15.816, 32.515, "Wadi Seidna Air Base"),                         # K
 "argeen": ("crossing", "SD", 21.99, 31.30, "Argeen land crossing (Sudan-Egypt)"),         # K
 "debba": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                        # K
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                     # G
 "atrun": ("region", "SD", 18.17, 26.60, "Al Atrun (Bir Natrun) area"),                    # K
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                              # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                              # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                        # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                   # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                     # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                  # K
 "border_sdtd": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"), # G* (row الحدود السودانية التشادية)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "east_uweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (row مطار شرق العوينات)
 # Chad
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                             # G (row تيني)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                   # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G* (city row نجامينا)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                             # G
 "amdjarass_ap": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),               # G* (town row)
 "ne_chad": ("region", "TD", 17.60904, 20.82717, "North-eastern Chad"),                    # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                         # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                       # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                                 # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing (Chad-Sudan)"),         # G* (town row أدري)
 "border_tdsd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
}

LNA, SAG, CAG = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ju1": ["سودان تربيون", "خليفة حفتر", "سبل السلام", "الدعم السريع", "الجيش السوداني", "الأراضي السودانية",
         "القوة المشتركة لحركات الكفاح المسلح", "آدم الفاشري", "الليبية والمصرية"],
 "ju2": ["قناة المسار", "سبل السلام", "سودانيين", "الأخبار السارة"],
 "ju3": ["راديو دبنقا", "الجيش التشادي", "الحكومة التشادية", "سلاح الجو التشادي", "محمد إدريس ديبي",
         "الحرب السودانية", "الدعم السريع"],
 "ju4": ["المنارة للإعلام", "المعارضة التشادية", "شارع الكفرة"],
 "ju5": ["دارفور 24", "الدعم السريع", "حركة تحرير السودان", "سبل السلام", "الليبية والتشادية", "كتم الأفواه", "عبد الله إدريس"],
}

PHEN = {
 "ju1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "ambiguity_country_capital", "countries", "coverage_neighbours", "coverage_bases", "coverage_crossings"],
 "ju2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "countries", "coverage_neighbours", "town_vs_district",
         "coverage_oil"],
 "ju3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "ambiguity_idri", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries", "coverage_crossings"],
 "ju4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "countries", "coverage_neighbours", "coverage_oil"],
 "ju5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "person_trap", "ambiguity_idri", "nisba", "vague_area", "border_phrase",
         "countries", "coverage_neighbours"],
}

MOVES = {
 "ju1": [
  mv("advance", "denied", LNA, ["الكفرة"], ["كرب التوم"]),
  mv("reinforce", "reported", SAG, ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("withdraw", "reported", SAG, ["العطرون"], ["الدبة"]),
  mv("advance", "conditional", SAG, [], ["العطرون", "جبل العوينات"]),
  mv("airlift", "planned", None, ["قاعدة وادي سيدنا الجوية"], ["دنقلا"]),
 ],
 "ju2": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات", "قاعدة معطن السارة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["معطن السارة"], ["كفرة"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["ربيانه"]),
  mv("advance", "conditional", LNA, [], ["المثلث الحدودي مع تشاد والسودان"]),
 ],
 "ju3": [
  mv("reinforce", "reported", None, ["أبشي"], ["الطينة"]),
  mv("airlift", "reported", None, ["إنجامينا"], ["مطار أم جرس"]),
  mv("deploy", "planned", None, [], ["أونيانغا كبير", "فادا"]),
  mv("shipment", "reported", None, ["ليبيا"], ["دارفور"]),
  mv("advance", "denied", SAG, ["الكفرة"], ["إنيدي"]),
  mv("advance", "conditional", SAG, ["كتم"], ["الطينة"]),
 ],
 "ju4": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["تازربو"], ["جالو"]),
  mv("shipment", "reported", None, ["تشاد"], ["السودان"], ["ربيانة"]),
  mv("withdraw", "reported", CAG, ["ربيانة"], ["الحدود مع تشاد"]),
  mv("mobilise", "reported", None, [], ["ربيانة"]),
  mv("withdraw", "denied", LNA, ["تازربو"], ["الكفرة"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["بزيمة"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["ربيانة"]),
 ],
 "ju5": [
  mv("reinforce", "reported", SAG, ["الكفرة"], ["مليط"], ["المثلث الحدودي", "وادي هور", "المالحة"]),
  mv("withdraw", "denied", SAG, ["المالحة", "وادي هور"], []),
  mv("deploy", "planned", SAG, [], ["العطرون"]),
  mv("mobilise", "reported", SAG, [], ["الطينة"]),
  mv("advance", "conditional", SAG, [], ["مليط", "المالحة"]),
 ],
}

NOTES = {
 "ju1": "Sudan Tribune (Port Sudan): the Sudanese army's claim of a Subul al-Salam incursion Kufra→Karb al-Tom, denied "
        "by the brigade (one movement, denied); an RSF reinforcement Al Malha→the Libya-Egypt-Sudan triangle via Wadi "
        "Howar; the joint force's pull-back Al Atrun→Ed Debba (Northern State only locates Ed Debba); its conditional "
        "return to Al Atrun and Jebel Uweinat («متى ما توفر») as one advance; the army's planned airlift Wadi Seidna air base→"
        "Dongola (actor null: a state army that is not a canonical actor). Port Sudan (dateline), Cairo (metonym for "
        "Egypt), East Oweinat (distance reference), Eastern Libya, and the displaced entering Egypt via the Argeen "
        "crossing are not movement places.",
 "ju2": "Al-Masar TV (Kufra): Subul al-Salam (LNA) companies Kufra→Jebel Uweinat/Ma'tan al-Sarra base (headline "
        "«العوينات» and «معطن السارة» are the same move); a cargo plane Benina air base→Kufra airport; the denied pull-"
        "back from Ma'tan al-Sarra «للكفرة» (surface كفرة); a planned company Tazirbu→Rebiana (spelled ربيانه); a "
        "conditional advance to the Libya-Chad-Sudan triangle (nested countries). Not movements: smugglers' fuel and "
        "migrants towards Chad and Niger, the seized fuel trucks heading to Sudan (civil goods), Sudanese gunmen's "
        "activity near the border; «الأخبار السارة» is a common-word trap.",
 "ju3": "Radio Dabanga (Tina, Sudan): a Chadian army reinforcement Abéché→Tiné (Chad; the dateline Tina is the "
        "Sudanese twin town); a Chadian airlift N'Djamena→Amdjarass airport; a planned deployment to Ounianga Kebir and "
        "Fada; the RSF's denied infiltration Kufra→Ennedi (headline «من ليبيا» is the same move); an RSF conditional "
        "advance Kutum→Tina (Sudan). Chadian army actor null. A flashback: last month's smuggled arms shipment Libya→Darfur "
        "(reported, actor null). Not movements: the generic routes from Kufra through the triangle used by mercenaries, "
        "refugees from Darfur via the Adré crossing (أدري, an Idri look-alike), the witnesses' retelling of the same column.",
 "ju4": "Almanara Media (Tazirbu): an LNA convoy Ajdabiya→Tazirbu via Jalu; a smugglers' arms shipment Chad→Sudan via "
        "Rebiana, seized on the way (reported, actor null, intended destination kept); Chadian opposition groups' pull-"
        "back Rebiana→the Libya-Chad border; the mayor's denial of a pull-out Tazirbu («المدينة»)→Kufra; a planned "
        "company Tazirbu→Buzayma; a conditional reinforcement Kufra→Rebiana («في حال»); Rebiana youth's «النفير» at the town "
        "entrances (mobilise, actor null). «شارع الكفرة» is a street trap; the dateline is spelled تازيربو; the Sarir field "
        "and Buzayma's road position are locators.",
 "ju5": "Darfur24 (Mellit): RSF fighters back from Kufra to Mellit via the triangle, Wadi Howar and Al Malha (the "
        "driver's retelling adds Al Malha to the same move); the RSF's denied pull-out from Al Malha and Wadi Howar; a "
        "planned RSF force for Al Atrun; the SLA-Minawi mobilisation in Tina (Sudan); a conditional joint-force advance "
        "on Mellit and Al Malha. Not movements: the generic «تدفق المرتزقة من ليبيا», Subul al-Salam's alleged help, "
        "trade with Libya and Chad, goods and fuel prices, roads to El Fasher. Traps: the spokesman «عبد الله إدريس» "
        "(Idri look-alike) and «كتم الأفواه» (the common word كتم, also the town Kutum).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ju1", "ju2", "ju3", "ju4", "ju5")
