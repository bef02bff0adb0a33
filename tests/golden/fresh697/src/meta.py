# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 # Kufra and the Libyan south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                          # G* (Kufra town row; names include الجوف)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),          # G* (town row)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                            # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                       # G* (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                 # G
 "mellit_loc": ("district", "SD", 14.13333, 25.55000, "Mellit locality"),                # G* (town row)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "portsudan_port": ("crossing", "SD", 19.610, 37.230, "Port of Port Sudan"),             # K
 "suakin_port": ("crossing", "SD", 19.105, 37.335, "Port of Suakin"),                    # K
 "flamingo": ("base", "SD", 19.635, 37.215, "Flamingo Naval Base"),                      # K
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه)
 "dabbah_loc": ("district", "SD", 18.05000, 30.95000, "Ad Dabbah locality"),             # G* (town row)
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                 # G
 "wadi_seidna": ("base", "SD", 15.81670, 32.51530, "Wadi Seidna Air Base"),              # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                             # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                               # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),              # K
 "heglig": ("oilfield", "SD", 9.99940, 29.39860, "Heglig oil field"),                    # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),             # G (row الولاية الشمالية)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                   # G (row منفذ أرقين)
 "border_sd_ly": ("region", "SD", 20.5, 25.2, "Sudan-Libya border (Sudanese side)"),     # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (row كوري بوقودي)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                           # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adré border crossing"),                 # G* (town row أدري)
 # Egypt
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                   # G
 "aswan_gov": ("district", "EG", 23.64102, 32.82169, "Aswan Governorate"),               # G
 "aswan_airport": ("airport", "EG", 23.9644, 32.8200, "Aswan International Airport"),    # K
 "abu_simbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                         # G
 "sharq_uweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (row مطار شرق العوينات)
 "sharq_airport": ("airport", "EG", 22.58570, 28.71660, "East Oweinat Airport"),         # G
 "border_eg_sd": ("region", "EG", 22.15, 28.7, "Egypt-Sudan border (Egyptian side, west)"),  # K
 # others
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                        # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
}

TRAPS = {
 "zw1": ["دارفور 24", "الجيش الوطني الليبي", "كتيبة سبل السلام", "الجيش السوداني", "المياه المالحة",
         "القوة المشتركة لحركات دارفور", "الجانب الليبي", "الأراضي الليبية", "التشادية"],
 "zw2": ["السوداني", "الجيش الوطني الليبي", "الليبية", "ليبية", "كامل إدريس"],
 "zw3": ["صدى البلد", "الجيش المصري", "المصري", "الجيش السوداني", "قناة القاهرة الإخبارية", "السودانية", "مصرية", "الليبية"],
 "zw4": ["ليبيا أبديت", "كتيبة سبل السلام", "الجيش الوطني الليبي", "عماد الطرابلسي", "اللبنانية", "المياه الجوفية"],
 "zw5": ["سونا", "وكالة السودان للأنباء", "قوات درع السودان", "محمد إدريس ديبي", "التشادي", "الليبية", "الجزائري",
         "سودانية"],
}

PHEN = {
 "zw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "zw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "zw3": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "zw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "zw5": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SUD = "Sudanese armed groups"
LNA = "Libyan National Army"
EGY = "Egyptian army"

MOVES = {
 "zw1": [
  mv("deploy", "reported", SUD, ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("withdraw", "denied", SUD, ["كرب التوم"]),
  mv("advance", "conditional", SUD, ["الدبة"], ["المالحة"]),
 ],
 "zw2": [
  mv("airlift", "reported", SUD, ["قاعدة وادي سيدنا الجوية"], ["مطار دنقلا"]),
  mv("naval_landing", "reported", SUD, ["قاعدة فلامنغو البحرية"], ["ميناء سواكن"]),
  mv("advance", "planned", SUD, ["مروي"], ["وادي هور"], ["الدبه"]),
  mv("mobilise", "reported", SUD, [], ["محلية الدبة"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["المالحة"]),
  mv("withdraw", "conditional", SUD, ["المثلث الحدودي"]),
 ],
 "zw3": [
  mv("reinforce", "reported", EGY, ["أسوان"], ["شرق العوينات"], ["أبو سمبل"]),
  mv("airlift", "planned", EGY, ["مطار أسوان"], ["مطار شرق العوينات"]),
  mv("advance", "conditional", EGY, [], ["منفذ أرقين"]),
  mv("shipment", "denied", EGY, ["مطار شرق العوينات"], ["دنقلا"]),
  mv("naval_landing", "denied", EGY, [], ["ميناء بورتسودان"]),
 ],
 "zw4": [
  mv("redeploy", "reported", LNA, ["تازيربو"], ["ربيانة"], ["بزيمة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["العوينات"]),
  mv("withdraw", "planned", LNA, ["العوينات"], ["الجوف"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع السودان"]),
  mv("withdraw", "denied", LNA, ["قاعدة معطن السارة"], ["الكفرة"]),
 ],
 "zw5": [
  mv("shipment", "reported", SUD, ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "reported", SUD, ["الدبة"], ["وادي هور"]),
  mv("mobilise", "planned", SUD, ["أم جرس"], ["كرب التوم"]),
  mv("reinforce", "conditional", SUD, ["مروي"], ["الدبة"]),
  mv("advance", "denied", SUD, [], ["جبل العوينات"]),
 ],
}

NOTES = {
 "zw1": "Darfur 24 from Mellit on the gold-mining triangle: an RSF column Al Malha→the border triangle via Wadi Howar "
        "(reported; the wells and gold markets are positions after arrival), a planned Subul al-Salam deployment "
        "Kufra→Jebel Uweinat ('300 km south-east of the city' is a distance phrase), the RSF's denied pull-out from "
        "Karb al-Tom (the border with Libya is only a claim of control), and the joint force's conditional advance "
        "Ad Dabbah→Al Malha (Port Sudan = speaker's city). Kufra as the source of civilian trucks and as the gold "
        "smuggling destination, Kouri Bougoudi (miners fleeing), Mellit locality are not movement places.",
 "zw2": "Al-Sudani from Port Sudan: a reported airlift Wadi Seidna air base (in Omdurman, a locator)→Dongola airport, "
        "a reported marine landing Flamingo naval base (in Port Sudan, a locator)→Suakin port, a planned advance "
        "Merowe→Wadi Howar via Ad Dabbah (the triangle and Darfur are only the supply route to cut), a reported "
        "massing of mobilised fighters in Ad Dabbah locality, the LNA's denied shipment Kufra→Al Malha (Benghazi = "
        "speaker; the border with Sudan only a claim), the RSF's conditional pull-out from the triangle; Tripoli, "
        "Benghazi, Djibouti and Heglig are background only.",
 "zw3": "Sada El Balad from Aswan: Egyptian reinforcements Aswan→East Oweinat via Abu Simbel (the '65 km from the "
        "border with Sudan' position is a distance phrase), a planned airlift Aswan airport→East Oweinat airport, a "
        "conditional border-guard advance to the Argeen land port (Northern State only the condition), and two denied "
        "claims: drones East Oweinat airport→Dongola and an Egyptian landing at Port Sudan port. Jebel Uweinat, the "
        "triangle, Kufra ('580 km'), Aswan governorate and Abu Simbel's hospitals are not movement places there.",
 "zw4": "Libya Update from Kufra: Subul al-Salam moves a company Tazirbu→Rebiana via Buzayma (reported; Rebiana's "
        "'130 km west of Kufra' is a distance phrase), a planned rotation Kufra→Uweinat with the relieved units "
        "returning to Al Jawf, a conditional advance to the border with Sudan, a denied pull-out Maaten al-Sarra base"
        "→Kufra. Tazirbu municipality, the Kufra–Sarir road, the drug shipment from Tripoli (Lebanon) to Sudan via "
        "Kufra and Tripoli (the GNU's seat) are not armed-force movements.",
 "zw5": "SUNA from Ad Dabbah: an RSF fuel-and-ammunition convoy Kufra→Al Malha via the triangle (reported, then "
        "destroyed), an army advance Ad Dabbah→Wadi Howar (reported), a planned RSF massing in Karb al-Tom from "
        "Amdjarass, a conditional reinforcement Merowe→Ad Dabbah (the triangle only the condition), a denied "
        "Sudanese entry near Jebel Uweinat (the border with Libya only coordination); Algiers, the Adré crossing, "
        "the border with Chad and North Darfur camps are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zw1", "zw2", "zw3", "zw4", "zw5")
