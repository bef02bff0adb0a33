# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # border triangles, borders and vague areas
 "tri_les": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),      # G* (row مثلث العوينات)
 "tri_lts": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),       # G (row المثلث الحدودي مع تشاد والسودان)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                                # K
 "border_sd_ly": ("region", "SD", 20.5, 25.3, "Sudan-Libya border (Sudanese side)"),        # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "border_eg_ly": ("region", "EG", 26.8, 25.15, "Egypt-Libya border (Egyptian side)"),       # K
 "border_eg": ("region", "EG", 22.3, 25.5, "Egypt's south-western border"),                 # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G (row جنوب ليبيا)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G (row جنوب شرق ليبيا)
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                        # G
 "matan_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "matan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra"),                            # G* (base row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                      # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.0935, 20.0485, "Port of Benghazi"),                 # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "portsudan_port": ("crossing", "SD", 19.61745, 37.21644, "Port Sudan seaport"),            # G* (city row)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                               # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "obeid": ("city", "SD", 13.18421, 30.21669, "El Obeid"),                                   # G
 "nkordofan": ("district", "SD", 14.01653, 29.52416, "North Kordofan"),                     # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "e_oweinat_ap": ("airport", "EG", 22.58570, 28.71660, "Sharq El Oweinat Airport"),         # G
 "e_oweinat": ("town", "EG", 22.58570, 28.71660, "Sharq El Oweinat (East Oweinat)"),        # G* (airport row)
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                      # G
 "abusimbel": ("town", "EG", 22.3372, 31.6258, "Abu Simbel"),                               # K
 "argeen": ("crossing", "EG", 22.00, 31.25, "Argeen land port"),                            # K
 # Chad
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adré crossing"),                           # G* (town row أدري)
 # elsewhere
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                    # G
}

TRAPS = {
 "io1": ["سودان تربيون", "قوات الدعم السريع", "القوة المشتركة لحركات دارفور", "الجيش السوداني", "الأراضي الليبية",
         "النور الفاشري"],
 "io2": ["المصري اليوم", "القيادة العامة للجيش الليبي", "اللواء محمد الأسواني", "لا أدري", "الأراضي السودانية", "لاجئ سوداني"],
 "io3": ["راديو دبنقا", "آدم إدريس", "المياه المالحة", "كتيبة سبل السلام", "قوات الدعم السريع", "أسرة سودانية"],
 "io4": ["إيلاف", "الدعم السريع", "مقابل مالي", "مرتزقة كولومبيين", "دولة أفريقية"],
 "io5": ["بوابة إفريقيا الإخبارية", "طارق بن زياد", "المنطقة العسكرية الكفرة", "الهلال الأحمر الليبي",
         "المعارضة التشادية", "كتيبة سبل السلام", "قوات الدعم السريع"],
}

PHEN = {
 "io1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_neighbours",
         "countries"],
 "io2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "io3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "io4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "io5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}

RSF = "Sudanese armed groups"
LNA = "Libyan National Army"
EGA = "Egyptian army"
FF = "Foreign fighters"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "io1": [
  mv("advance", "reported", RSF, ["المالحة"], ["المثلث الحدودي", "جبل العوينات"], ["وادي هور"]),
  mv("withdraw", "reported", RSF, ["جبل العوينات"], ["كرب التوم"]),
  mv("airlift", "reported", None, ["بورتسودان"], ["دنقلا"]),
  mv("deploy", "planned", None, [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", RSF, ["المثلث الحدودي"], ["ليبيا"]),
  mv("mobilise", "conditional", RSF, [], ["كرب التوم"]),
 ],
 "io2": [
  mv("airlift", "reported", EGA, ["قاعدة محمد نجيب العسكرية"], ["مطار شرق العوينات"]),
  mv("reinforce", "reported", EGA, ["أسوان"], ["منفذ أرقين"], ["ابو سمبل"]),
  mv("deploy", "planned", EGA, [], ["جبل العوينات"]),
  mv("advance", "conditional", EGA, [], ["المثلث الحدودي"]),
  mv("naval_landing", "denied", EGA, [], ["ميناء بورتسودان"]),
 ],
 "io3": [
  mv("redeploy", "reported", LNA, ["تازربو"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", LNA, ["قاعدة معطن السارة"], ["تازربو"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "reported", RSF, [], ["كرب التوم"]),
  mv("advance", "denied", RSF, [], ["الكفرة"]),
 ],
 "io4": [
  mv("shipment", "reported", RSF, ["الكفرة"], ["المالحة"], ["جبل العوينات"]),
  mv("naval_landing", "reported", FF, [], ["ميناء بنغازي"]),
  mv("airlift", "denied", FF, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", FF, ["الكفرة"], ["الأبيض"]),
  mv("shipment", "conditional", RSF, ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "io5": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "planned", LNA, [], ["الحدود مع السودان"]),
  mv("airlift", "conditional", LNA, ["قاعدة الخادم"], ["الكفرة"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["السودان"]),
  mv("withdraw", "reported", "Chadian armed groups", ["ربيانة"], ["الحدود مع تشاد"]),
 ],
}

NOTES = {
 "io1": "Sudan Tribune style, Port Sudan: RSF advance Al Malha->the Libya-Egypt-Sudan triangle/Jebel Uweinat via Wadi "
        "Howar; flashback joint-force pull-out Jebel Uweinat->Karb al-Tom; Sudanese army airlift Port Sudan->Dongola "
        "(actor null) and its planned deployment on the border with Libya (no origin written); RSF denial of a pull-out "
        "from the triangle into Libya; the joint force's conditional massing in Karb al-Tom (إذا). Kufra in a purpose "
        "clause, Algiers/Tripoli venues, refugees from El Fasher are not movement places.",
 "io2": "Al-Masry Al-Youm style, Cairo: Egyptian C-130 airlift Mohamed Naguib base->East Oweinat airport; border-guard "
        "reinforcement Aswan->Argeen via Abu Simbel; planned deployment near Jebel Uweinat; conditional advance to the "
        "triangle (إذا); denied landing of Egyptian troops at Port Sudan seaport. The distance reference (border with "
        "Libya), Benghazi (coordination), aid flights to Port Sudan and the refugee's journey are not movements. "
        "«لا أدري» is a trap next to no gold Idri/Adré; الصحراء الغربية is Egypt's Western Desert, not Western Sahara.",
 "io3": "Radio Dabanga style, Kufra: Darfur refugees Mellit/Kutum->Kufra via Al Malha/Wadi Howar and to Chad via the "
        "Adré crossing (civilians, not movements); Subul al-Salam redeploy Tazirbu->Maaten al-Sarra base, its "
        "conditional return (لن...إلا إذا), a planned Benina->Kufra airport airlift; RSF massing at Karb al-Tom "
        "(reported) and a denied RSF entry into Kufra. «المياه المالحة» and «آدم إدريس» are traps.",
 "io4": "Elaph style, London: fuel tankers Kufra->Al Malha via Jebel Uweinat for the RSF (shipment); a cargo ship "
        "landing armour and foreign fighters at Benghazi port; a denied Benina->Kufra airport airlift of Colombian "
        "mercenaries; their planned move Kufra->El Obeid; the next convoy's conditional departure Kufra->the triangle "
        "(لن...إلا إذا). Tripoli is only a source; drone strikes near Wadi Howar are not a movement.",
 "io5": "Afrigate News style, Benghazi: LNA column Benghazi->Kufra via Ajdabiya and Jalu (reinforce); a company Kufra->"
        "Maaten al-Sarra base (redeploy; «المدينة» = Kufra); planned massing on the border with Sudan; conditional "
        "airlift Al Khadim base->Kufra (إذا); denied fuel/ammunition trucks Kufra->Sudan; flashback Chadian rebel "
        "pull-out Rebiana->the border with Chad. Tunis (5+5 venue), Sarir/Messla and refugees are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("io1", "io2", "io3", "io4", "io5")
