# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # eastern Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Benghazi port"),                  # G* (city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                      # G* (city row)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),                   # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                   # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                               # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # south-east Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                             # G* (Kufra row, names_ar)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),             # G* (town row)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                               # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                          # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                 # G* (row جنوب شرق ليبيا)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                                 # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),            # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "tina_sd": ("town", "SD", 15.04, 22.85, "Tina (Sudan)"),                                   # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"), # G* (row الحدود السودانية التشادية)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "dabba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                  # G (row spelled الدبه)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                                  # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                      # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 # Chad
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré crossing"),                  # G* (town row)
 "tine_crossing": ("crossing", "TD", 15.02528, 22.80222, "Tiné crossing"),                  # G* (town row تيني)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G (city row نجامينا)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                          # G
 "ne_chad": ("region", "TD", 17.60904, 20.82717, "North-eastern Chad"),                     # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                        # G (row spelled فدا)
 "border_td_ly": ("region", "TD", 20.10, 22.50, "Chad-Libya border (Chadian side)"),        # K
 # elsewhere
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                         # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                               # G (row spelled آمستردام)
}

TRAPS = {
 "jj1": ["المصري اليوم", "ليبيا الحدث", "القاهرة الإخبارية", "الخارجة عن القانون", "خليفة حفتر", "المصرية",
         "سودانية", "الليبي", "السوداني"],
 "jj2": ["سودان تربيون", "قوات درع السودان", "إدريس آدم يعقوب", "الجيش السوداني", "الليبية", "التشادية"],
 "jj3": ["طارق بن زياد", "فرج الأوجلي", "علي الطرابلسي", "شركة الخليج العربي للنفط", "قناة المسار"],
 "jj4": ["برنيق", "إدريس بوعجيلة", "عبد الله الطرابلسي", "المياه الجوفية", "الكفريين", "تشاديين", "سودانيين"],
 "jj5": ["راديو دبنقا", "جبهة التناوب والوفاق في تشاد", "تشادية", "الجيش التشادي", "الليبي", "السودانيين"],
}

PHEN = {
 "jj1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "jj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "jj3": ["clitics", "spelling", "multiword", "person_trap", "ambiguity_tripoli", "town_vs_district", "coverage_oil",
         "countries"],
 "jj4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "countries"],
 "jj5": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
}

LNA, EGY, SUD, CHA = "Libyan National Army", "Egyptian army", "Sudanese armed groups", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "jj1": [
  mv("reinforce", "reported", EGY, ["الخارجة"], ["شرق العوينات"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("deploy", "conditional", EGY, [], ["المثلث الحدودي"]),
  mv("naval_landing", "denied", EGY, [], ["ميناء طبرق"]),
 ],
 "jj2": [
  mv("withdraw", "reported", SUD, ["كرب التوم"], ["الطينة"]),
  mv("advance", "conditional", SUD, [], ["كرب التوم"]),
  mv("mobilise", "reported", SUD, [], ["مليط"]),
  mv("shipment", "planned", SUD, ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "denied", SUD, [], ["الكفرة"]),
  mv("airlift", "reported", None, ["بورتسودان"], ["الدبة"]),
 ],
 "jj3": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["جالو"], ["اجدابيا"]),
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("redeploy", "planned", LNA, ["أوجلة"], ["حقل النافورة"]),
  mv("reinforce", "conditional", LNA, ["أجدابيا"], ["اوجلة"]),
  mv("withdraw", "denied", LNA, ["حقل السرير"], []),
 ],
 "jj4": [
  mv("advance", "reported", LNA, ["الكفرة"], ["ربيانة"]),
  mv("withdraw", "reported", CHA, ["ربيانة"], ["الحدود مع تشاد"]),
  mv("airlift", "planned", LNA, ["مطار الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("mobilise", "conditional", LNA, [], ["بزيمة"]),
  mv("shipment", "denied", None, ["جالو"], ["تازيربو"]),
 ],
 "jj5": [
  mv("advance", "reported", CHA, ["ربيانة"], ["إنيدي"]),
  mv("redeploy", "reported", SUD, ["وادي هور"], ["المالحة"]),
  mv("reinforce", "planned", None, [], ["أم جرس", "فادا"]),
  mv("withdraw", "conditional", CHA, ["إنيدي"], ["الحدود مع ليبيا"]),
  mv("airlift", "denied", LNA, ["مطار الكفرة"], ["نيالا"]),
 ],
}

NOTES = {
 "jj1": "Al-Masry Al-Youm (Cairo): Egyptian reinforcement Kharga->East Oweinat, LNA air bridge Benina air base->Kufra "
        "airport, planned LNA battalion Kufra->Jebel Uweinat, Egypt's conditional deployment in the triangle («لن ... "
        "إلا إذا») and a denied Egyptian landing at Tobruk port; Cairo (dateline, speaker), Algiers (meeting) and the "
        "Western Desert (a smuggling arrest) are not movement places; «الخارجة عن القانون» is a common-word trap.",
 "jj2": "Sudan Tribune (Port Sudan): the Joint Force's pull-back Karb al-Tom->Tina and its return «فور توفر غطاء جوي» "
        "(conditional), RSF massing in Mellit, a planned RSF fuel/ammunition shipment Kufra->Al Malha via the triangle, "
        "the RSF's denied entry into Kufra, and a Sudanese-army airlift Port Sudan->Ad Dabbah (actor null); aid trucks "
        "through the Adré crossing to Geneina and the IGAD meeting in Djibouti are not movements.",
 "jj3": "Almasar TV (Benghazi): a Tariq bin Ziyad column Benghazi->Jalu via Ajdabiya, a landing ship Tobruk port->"
        "Benghazi port, a planned company Awjila->Nafoora field, a conditional reinforcement Ajdabiya->Awjila («في حال») "
        "and a denied pull-out from the Sarir field; «الحشد في الواحات» refers back to the Jalu deployment and groups "
        "«قادمة من السودان وتشاد» are a general trend, not movements.",
 "jj4": "Berniq (Kufra): a Subul al-Salam company Kufra->Rebiana, Chadian gunmen leaving Rebiana for the Chad border, a "
        "planned airlift Kufra airport->Maaten al-Sarra air base, a conditional LNA massing in Buzayma («إذا») and a "
        "denied arms shipment Jalu->Tazirbu (no owner named: actor null); refugees in Kufra and the Kufra-Tazirbu road "
        "are not movements.",
 "jj5": "Radio Dabanga (Amsterdam): Chadian rebels Rebiana->Ennedi, an RSF redeploy Wadi Howar->Al Malha, a planned "
        "Chadian-army reinforcement of Amdjarass and Fada (actor null), the rebels' conditional pull-back Ennedi->the "
        "Libyan border and the LNA's denied cargo flights Kufra airport->Nyala; FACT's denial of any link, the closed "
        "Tiné crossing, past guard work at Sarir/Jebel Uweinat and migrants heading for Ajdabiya/Benghazi are not "
        "movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jj1", "jj2", "jj3", "jj4", "jj5")
