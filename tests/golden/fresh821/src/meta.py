# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # Kufra and the Libyan south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "triangle_tdsd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "mellit_loc": ("district", "SD", 14.13333, 25.55000, "Mellit locality"),              # G* (town row)
 "debba": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                     # K
 "border_sdtd": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adré border crossing"),               # G* (town row أدري, kind crossing)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # Egypt, the Gulf, Lebanon, London
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "eastoweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),  # G
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
}

TRAPS = {
 "qeq1": ["سونا", "السودانية", "كولومبي", "كتيبة سبل السلام", "آبارها المالحة", "الجيش الوطني الليبي"],
 "qeq2": ["قورينا", "الجيش السوداني", "السودانية", "عبد الله صالح إدريس", "كتيبة سبل السلام", "الأخبار السارة"],
 "qeq3": ["دارفور24", "تكتم", "ليبية"],
 "qeq4": ["القدس العربي", "مصرية", "الجيش السوداني", "الجيش الوطني الليبي"],
 "qeq5": ["مونت كارلو الدولية", "مقاتل تشادي", "تشادية وليبية", "التشادية", "الباحث التشادي", "الجيش الوطني الليبي",
          "جبهة الوفاق من أجل التغيير في تشاد", "محمد إدريس ديبي", "دعم مالي", "السودانية"],
}

PHEN = {
 "qeq1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "qeq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qeq3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qeq4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qeq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qeq1": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("deploy", "reported", "Libyan National Army", [], ["كرب التوم"]),
  mv("airlift", "reported", None, ["أبوظبي"], ["مطار الكفرة"]),
  mv("naval_landing", "reported", "Foreign fighters", [], ["ميناء بنغازي"]),
  mv("airlift", "reported", "Foreign fighters", ["ميناء بنغازي"], ["مطار الكفرة"]),
  mv("advance", "planned", "Sudanese armed groups", ["الدبة"], ["وادي هور"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["المالحة"]),
 ],
 "qeq2": [
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["دارفور"]),
  mv("deploy", "denied", "Libyan National Army", [], ["كرب التوم"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة معطن السارة"], ["الحدود مع تشاد"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "qeq3": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["وادي هور"]),
  mv("shipment", "reported", "Sudanese armed groups", ["مليط"], ["الفاشر", "كتم"]),
  mv("advance", "conditional", "Sudanese armed groups", ["وادي هور"], ["مليط"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("redeploy", "planned", "Sudanese armed groups", ["كتم"], ["الحدود مع تشاد"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["الكفرة"]),
 ],
 "qeq4": [
  mv("airlift", "reported", "Egyptian army", ["أسوان"], ["مطار شرق العوينات"]),
  mv("deploy", "reported", "Egyptian army", ["مطار شرق العوينات"], ["مثلث العوينات"]),
  mv("naval_landing", "planned", "Egyptian army", [], ["قاعدة برنيس العسكرية"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة بنينا الجوية"], ["الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["بنغازي"], ["الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
 ],
 "qeq5": [
  mv("deploy", "reported", "Chadian armed groups", ["ربيانة"], ["دارفور"], ["المثلث الحدودي مع تشاد والسودان"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تازربو"]),
  mv("deploy", "denied", "Chadian armed groups", [], ["الفاشر"]),
 ],
}

NOTES = {
 "qeq1": "SUNA, Port Sudan: the army spokesman's accusations — an RSF convoy of 70 tankers and 40 ammunition trucks "
         "Kufra→Mellit across the border triangle; Subul al-Salam (LNA) escorts as far as Karb al-Tom (no origin "
         "written); six cargo planes Abu Dhabi→Kufra airport (actor null); about 300 Colombian mercenaries landed by ship "
         "at Benghazi port and flown on to Kufra airport; a planned joint-force column Ed Debba→Wadi Howar; the joint "
         "force's conditional pull-out from the triangle (Libya closing its border is the condition); a denied pull-out "
         "from Al-Malha. The headline supply line Kufra→Darfur, the memo about convoys 'from eastern Libya to Sudan', the "
         "UAE/Chad/Libya arming claim, Khartoum (war) and Benghazi (LNA seat) are not movements.",
 "qeq2": "Quryna, Kufra: the mayor denies RSF fuel/ammunition convoys Kufra→Darfur; Subul al-Salam's commander denies "
         "escorting a convoy to Karb al-Tom, reports an 18-vehicle patrol Kufra→the Uweinat triangle ('300 km south-east' "
         "is a distance), a planned company Maaten al-Sarra base→the border with Chad and a conditional reinforcement to "
         "the border with Sudan. Civilian fuel trucks from the Sarir refinery and Benghazi depots, smugglers selling in El "
         "Fasher, Tripoli (GNA ministry), Khartoum, Rebiana and Tazirbu (fuel queues) are not movement places.",
 "qeq3": "Darfur24, Mellit: 35 RSF tankers with combat vehicles Kufra→Mellit via Wadi Howar; half of them go on from "
         "Mellit (named in the same sentence) to El Fasher and Kutum; the joint force's conditional advance Wadi "
         "Howar→Mellit and the RSF massing it reports at Al-Malha; a planned RSF move Kutum→the border with Chad (Sudanese "
         "side); an RSF adviser denies any unit entered Kufra ('وصول الوقود إلى مليط' repeats the first move). Mellit '60 "
         "km north of El Fasher', Port Sudan (army reports), the Mellit locality and North Darfur are not movement places.",
 "qeq4": "Al-Quds Al-Arabi, London: Egyptian border guards airlifted Aswan→East Oweinat airport and patrols from it "
         "('ومنه') to the Uweinat triangle; a planned marine landing at Berenice base; the LNA denies an arms shipment "
         "Benina air base→Kufra, plans a battalion Benghazi→Kufra and will send reinforcements Kufra→the border with "
         "Sudan only on orders from Benghazi (a condition, not a movement place). Tripoli (Lebanon) is a researcher's "
         "home, Tripoli (Libya) the GNA seat, Nyala a price, Sarir a fuel source, Argeen a trade crossing, "
         "Benghazi/Cairo/Port Sudan a diplomat's list.",
 "qeq5": "Monte Carlo Doualiya, N'Djamena: about 200 Chadian opposition fighters Rebiana→Darfur via the Libya-Chad-Sudan "
         "triangle (headline repeats it) and 40 more vehicles massing near Tazirbu; the LNA's planned company "
         "Kufra→Maaten al-Sarra base and conditional airlift Benina air base→Kufra airport; FACT denies sending fighters "
         "to El Fasher. 'Stationed in the Libyan south', 'active between Kufra and the Tibesti', the Amdjarass airport "
         "accusation, the Adré crossing (aid) and Chad's own border units (no place named, actor not canonical) are not "
         "movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qeq1", "qeq2", "qeq3", "qeq4", "qeq5")
