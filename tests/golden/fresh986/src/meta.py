# Place rows: key -> (kind, country, lat, lon, name). Source per row: G = gazetteer row (grep -F in
# /work/main/data/gazetteer.csv); K = own knowledge / representative point (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G (row الجزائر)
 # Libya
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),            # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "south_libya_2": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G (row جنوب ليبيا, alias الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),      # G* (row الحدود الليبية التشادية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G (row منفذ التوم)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G (row قاعدة معطن السارة)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),               # G* (town row)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),                  # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G (row قاعدة تمنهنت)
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),      # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                       # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G (row كوري بوقودي)
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                      # G
 "aozou_strip": ("region", "TD", 21.90000, 17.60000, "Aouzou Strip"),                       # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                          # G (row أونيانقا كبير)
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),                # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti Mountains"),                      # G (row تيبستي)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                      # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                     # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                    # G
 "bol": ("town", "TD", 13.45860, 14.71470, "Bol"),                                          # K
 "lake_chad": ("region", "TD", 13.30000, 14.40000, "Lake Chad"),                            # G
 "border_ly_from_td": ("region", "TD", 22.40000, 16.60000, "Libyan border (Chadian side, Tibesti)"),  # K
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                     # G (district row أغاديس)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G (row أغاديس)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                           # G (row سيغيدين)
 "bilma_dep": ("district", "NE", 18.68532, 12.91643, "Bilma Department"),                   # G* (town row بيلما)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),                 # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                    # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                                 # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                    # G
 "nguigmi": ("town", "NE", 14.24950, 13.10920, "N'Guigmi"),                                # K
 "border_ne_ly": ("region", "NE", 22.20000, 13.80000, "Niger-Libya border (Nigerien side)"),  # K
}

TRAPS = {
 "qkz1": ["التشادي", "الليبية", "النشرة", "أحمد الطاهر المرزقي", "فرانس برس", "تشادية", "محمد إدريس ديبي",
          "اللواء طارق بن زياد", "جبهة الوفاق من أجل التغيير في تشاد"],
 "qkz2": ["اليوم 24", "أنفاني", "تيلي ساحل", "النيجرية", "الليبية", "المنطقة العسكرية سبها", "الجيش الوطني الليبي",
          "نيجرية", "إدارة الكوارث"],
 "qkz3": ["تشادية", "الليبية", "جو 24", "فرج الجغبوبي", "التشادي", "ليبيون", "ليبيا الحدث", "التشادية",
          "المنطقة العسكرية الكفرة"],
 "qkz4": ["الجيش الليبي", "الوطن", "محمد نور عبد الكريم", "جبهة الوفاق من أجل التغيير في تشاد", "تلي تشاد",
          "الجيش الوطني الليبي", "حسين الزواري", "الكتيبة 116 مشاة", "الأراضي الليبية", "إدريس ديبي إتنو", "الزوار", "النيجري"],
 "qkz5": ["الأيام", "عثمان الفزاني", "تشاديين", "الليبية", "نيجري", "رويترز", "الليبي",
          "عملية تطهير الجنوب الغربي"],
}

PHEN = {
 "qkz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qkz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qkz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "qkz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkz1": [
  mv("advance", "denied", "Chadian army", ["كوري بوقدي"], ["تجرهي"]),
  mv("advance", "reported", "Chadian army", ["كوري بوقدي"], ["أوزو"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["تراغن"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
 ],
 "qkz2": [
  mv("withdraw", "reported", None, ["سيغيدين"], ["الحدود مع ليبيا"]),
  mv("advance", "reported", "Nigerien army", ["سيغيدين"], ["ماداما"]),
  mv("airlift", "reported", "Nigerien army", ["نيامي"], ["مطار ديركو"]),
  mv("redeploy", "planned", "Nigerien army", ["مطار ديركو"], ["شيرفا"]),
  mv("naval_landing", "reported", "Nigerien army", ["نغيغمي"], ["بحيرة تشاد"]),
  mv("advance", "conditional", "Nigerien army", [], ["جنوب ليبيا"]),
  mv("advance", "denied", "Nigerien army", [], ["منفذ التوم"]),
  mv("advance", "denied", None, ["القطرون"], ["سيغيدين"]),
 ],
 "qkz3": [
  mv("airlift", "denied", "Chadian army", ["فايا لارجو"], ["معطن السارة"]),
  mv("mobilise", "reported", "Chadian army", ["فايا لارجو"], ["أونيانغا الكبير"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "planned", "Libyan National Army", ["جالو"], ["الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["الكفرة"]),
 ],
 "qkz4": [
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["زوار"]),
  mv("advance", "reported", "Chadian army", ["زوار"], ["وور"]),
  mv("withdraw", "reported", "Chadian armed groups", ["وور"], ["الحدود الليبية"]),
  mv("airlift", "planned", "Chadian army", ["نجامينا"], ["برداي"]),
  mv("advance", "conditional", "Chadian army", [], ["فزان"]),
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["أم الأرانب"]),
  mv("naval_landing", "reported", "Chadian army", ["بول"], ["بحيرة تشاد"]),
 ],
 "qkz5": [
  mv("mobilise", "reported", "Chadian armed groups", [], ["الواو الكبير"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنط"], ["مرزق"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("deploy", "planned", "Libyan National Army", [], ["المثلث الحدودي مع النيجر وتشاد"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ التوم"], ["القطرون"]),
  mv("advance", "conditional", "Nigerien army", ["ماداما"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qkz1": "Qatrun mayor (name contains Murzuq) accuses Chadian troops of a hot-pursuit incursion from Kouri Bougoudi "
         "towards Tajarhi, which N'Djamena denies (one denied advance) while saying its patrol chased the gang from "
         "Kouri Bougoudi to Aozou inside Chad (reported); an LNA brigade named after a person reaches Qatrun from "
         "Sabha via Traghan, a company of it (anaphora → Qatrun) is to move to Al-Wigh base, and a conditional advance "
         "to the border with Chad; the Aouzou Strip, the southern-Libya authorities, the Libya-Chad border and Fezzan "
         "are background, N'Djamena only the venue.",
 "qkz2": "Nigerien officials after a raid on Seguedine: the gunmen withdrew towards the border with Libya (actor null), "
         "a Nigerien unit pursued them Seguedine→Madama, an airlift Niamey→Dirkou airport and a planned company from "
         "there (anaphora) to Chirfa near Djado (not the Libyan Jadu); a conditional threat to pursue into southern "
         "Libya; the LNA's Sabha military zone (trap) denies a Nigerien entry at Toummo and that the attackers set off "
         "from Qatrun 'towards the oasis' (anaphora → Seguedine); Agadez, Fezzan and Niamey as venue are background, "
         "'إدارة الكوارث' hides Kawar.",
 "qkz3": "Kufra municipal official (name contains Jaghbub) accuses Chadian helicopters of flying troops Faya-Largeau→"
         "Maaten al-Sarra, denied by N'Djamena, which reports two battalions Faya-Largeau→Ounianga Kebir; the LNA's "
         "Kufra military zone (trap) sends 30 vehicles Kufra→Maaten al-Sarra base, plans a fuel-and-ammunition convoy "
         "Jalu→Kufra and will pull back from the base (anaphora 'القاعدة') to Kufra only once border guards take over; "
         "the Libya-Chad-Sudan triangle, Sudan, Benghazi and N'Djamena are background; media trap 'ليبيا الحدث'.",
 "qkz4": "Governor of Tibesti province (headline 'تبستي' = province, 'جبال تبستي' = mountains) accuses FACT (name "
         "contains Chad) of striking Zouar from bases near Umm al-Aranib, which the LNA spokesman (name contains "
         "Zouar) denies; Chadian troops pursued the rebels Zouar→Wour, the rebels withdrew Wour→the Libyan border "
         "(Chadian side), a planned airlift N'Djamena→Bardai, a conditional pursuit into Fezzan and an LNA battalion "
         "Brak→Umm al-Aranib; Bardai as dateline, Kouri Bougoudi and Idriss Deby's death are background.",
 "qkz5": "Murzuq mayor (name contains Fezzan) reports Chadian gunmen massing near Wau al-Kabir and LNA reinforcements "
         "Tamanhint base (spelled تمنهنط)→Murzuq, and a promised deployment of two companies to the Libya-Niger-Chad "
         "triangle; the LNA denies a withdrawal Toummo→Qatrun; a Nigerien officer in Niamey offers a conditional move "
         "Madama→the border with Libya; the 2018 N'Djamena agreement, Murzuq district and an operation named after "
         "'الجنوب الغربي' are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkz1", "qkz2", "qkz3", "qkz4", "qkz5")
