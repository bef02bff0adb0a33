# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # shared
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                         # G (row جادو, region NE)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                              # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez region"),               # G* (district row أغاديس)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "border_ne_ly": ("region", "NE", 22.3, 13.5, "Niger-Libya border (Nigerien side)"),     # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G (row منفذ التوم)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                    # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                           # G
 # qga1 the Djado plateau (Aïr Info, Agadez)
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),              # G
 "air": ("region", "NE", 18.5, 8.75, "Air Mountains"),                                   # K
 "border_ne_td": ("region", "NE", 18.35106, 15.48017, "Niger-Chad border (Nigerien side)"),  # G* (row الحدود النيجرية التشادية)
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                     # G
 # qga2 Madama and Tummo (ActuNiger, Niamey)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                   # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                  # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak Airport"),    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 # qga3 the Ténéré convoy (Studio Kalangou, Dirkou)
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                        # G
 "dirkou_mun": ("district", "NE", 18.96870, 12.86870, "Dirkou commune"),                 # G* (town row)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                    # G
 # qga4 Al-Qatrun, Al-Wigh and Tummo (Fasania, Sabha)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G* (district row مرزق)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 # qga5 the Murzuq basin fields (Al-Mutawassit, Murzuq)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "traghen_mun": ("district", "LY", 25.92333, 14.42056, "Traghen municipality"),          # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "murzuq_basin": ("region", "LY", 25.5, 13.0, "Murzuq basin"),                           # K
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
}

TRAPS = {
 "qga1": ["الجيش النيجري", "آير أنفو", "عبد الرحمن إدريس", "درع آير", "الليبية", "المالي", "النيجرية", "تشادي"],
 "qga2": ["أكتونيجر", "الجيش النيجري", "الليبي", "الفيلق الإفريقي", "الجيش الوطني الليبي", "مالي", "نيجرية"],
 "qga3": ["ستوديو كالانغو", "الجيش النيجري", "أحمد مرزوق", "السودانيين", "سودانيين"],
 "qga4": ["فسانيا", "كتيبة طارق بن زياد", "الجيش الوطني الليبي", "إدريس التومي", "اللبنانية"],
 "qga5": ["المتوسط", "الجيش الوطني الليبي", "الشرارة الأولى", "غرفة عمليات الجنوب الغربي", "التشاديين", "تشاديين",
          "تشادية"],
}

PHEN = {
 "qga1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qga2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qga3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "qga4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qga5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qga1": [
  mv("deploy", "reported", None, ["ديركو"], ["هضبة جادو", "شيرفا"], ["سيغيدين"]),
  mv("airlift", "planned", None, ["نيامي"], ["مطار ديركو"]),
  mv("withdraw", "conditional", None, ["هضبة جادو"], ["ديركو"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["جادو"]),
 ],
 "qga2": [
  mv("reinforce", "reported", None, ["بيلما"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("deploy", "planned", None, ["ماداما"], ["معبر تومو"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["معبر تومو"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["تومو"]),
  mv("withdraw", "denied", "Russian forces", ["مطار أغاديس"], ["ليبيا"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["النيجر"]),
 ],
 "qga3": [
  mv("deploy", "reported", None, ["أغاديز"], ["ديركو"], ["صحراء تينيري"]),
  mv("redeploy", "planned", None, ["أرليت"], ["أغاديز"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["هضبة جادو"]),
  mv("advance", "conditional", None, ["سيغيدين"], ["شيرفا"]),
 ],
 "qga4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("redeploy", "reported", "Libyan National Army", ["إدري"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم", "الحدود مع النيجر"], ["قاعدة الويغ"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار الويغ"]),
  mv("withdraw", "denied", "Libyan National Army", ["تجرهي"]),
 ],
 "qga5": [
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الشرارة"], ["حقل الفيل"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"]),
  mv("advance", "conditional", "Libyan National Army", ["مرزق"], ["أم الأرانب"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تراغن"]),
  mv("naval_landing", "reported", "Libyan National Army", [], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "qga1": "Aïr Info from Agadez: a Nigerien army patrol Dirkou→the Djado plateau via Seguedine, camping near Chirfa "
         "(both destinations of one move); a planned C-130 lift of special forces Niamey→Dirkou airport; the patrol's "
         "conditional return plateau→Dirkou (the border with Chad only inside the condition); a Chadian rebel group's "
         "denied crossing Al-Qatrun→Djado. The border with Libya is a distance reference, the Aïr mountains only "
         "bound the operation area, Agadez/Agadez region are dateline and source; the Nigerien army has no canonical "
         "actor (null).",
 "qga2": "ActuNiger from Niamey: a Nigerien company Bilma→Madama base via Seguedine (the border with Libya '100 km' "
         "only a distance reference); a planned joint patrol Madama→the Tummo crossing met by an LNA unit from Al-Wigh "
         "base; a conditional reinforcement Dirkou→Tummo if attacks resume near the Salvador triangle (condition "
         "place only); a denied Africa Corps pull-out from Agadez airport to Libya; a Russian ship's landing at "
         "Tobruk port and the equipment then trucked to Niger. Benghazi (where the memorandum was signed), Niamey "
         "(dateline, speaker, government), Algiers (visit), Algeria/Niger/Assamaka (talks) are not movement places.",
 "qga3": "Studio Kalangou from Dirkou: an army escort with the weekly convoy Agadez→Dirkou across the Ténéré; a "
         "planned platoon Arlit→Agadez; the Agadez governor denies a massing of Sudanese fighters near the Djado "
         "plateau (southern Libya is only where the old photos were taken); a conditional move Seguedine→Chirfa. "
         "Bilma is a distance reference, Dirkou commune a speaker, the trucks, migrants expelled by Algeria to "
         "Assamaka and cross-border traffic to Libya are no force movements.",
 "qga4": "Fasania from Sabha: an LNA column Sabha→Al-Qatrun via Umm al-Aranib, joined at Sabha by a company from Idri "
         "(Wadi al-Shati only locates Idri); a planned move Al-Qatrun→the Tummo crossing via Al-Wigh base and then "
         "onto the border with Niger; a conditional cargo flight Tamanhint→Al-Wigh airport; a denied pull-out from "
         "Tajarhi. The Qatrun–Tajarhi road, the captagon seizure (Tripoli of Lebanon → Niger: smugglers, not "
         "forces), Tripoli (ministry), the south-west, Sharara and the call to reopen Al-Wigh airport are no "
         "movement places.",
 "qga5": "Al-Mutawassit from Murzuq: an LNA company Ubari→El Feel field (the Murzuq basin only locates the field); "
         "a planned second company Sharara field→El Feel; fuel and ammunition trucks Sabha→El Feel ('the field'); a "
         "conditional advance Murzuq→Umm al-Aranib; Chadian gunmen's denied massing around Traghen; an LNA naval "
         "landing at Benghazi port. Tripoli (NOC), the Traghen municipality (speaker), the Traghen–Murzuq road and "
         "Murzuq's 2019 clashes are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qga1", "qga2", "qga3", "qga4", "qga5")
