# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle_uw": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "jebel_uw": ("region", "LY", 21.900, 24.970, "Jebel Uweinat (Al Uwaynat area)"),       # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 # vf1 Darfur 24 (Tina)
 "tina_sd": ("town", "SD", 15.030, 22.830, "Tina (Sudan)"),                             # K
 "tina_loc": ("district", "SD", 15.030, 22.830, "Tina locality"),                       # K
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 # vf2 SUNA (Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G* (row جنوب شرق ليبيا)
 "karbtom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "border_sd_ly": ("region", "SD", 20.80, 25.30, "Sudan-Libya border (Sudanese side)"),  # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "heglig": ("oilfield", "SD", 9.99940, 29.39860, "Heglig oil field"),                   # G
 # vf3 Monte Carlo Doualiya (N'Djamena)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (written انجمينا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (written فايا)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "border_td_ly": ("region", "TD", 22.30, 17.60, "Chad-Libya border (Chadian side)"),    # K
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G* (row منفذ التوم, written معبر التوم)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adré"),                                    # G
 # vf4 Quryna (Kufra)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (written اجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G* (district row الكفرة)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 # vf5 Al-Jarida (Kuwait)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "eastuw_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),   # G
 "abusimbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                         # G
 "berenice": ("base", "EG", 23.93330, 35.48330, "Berenice Military Base"),              # G
 "shalateen": ("town", "EG", 23.135, 35.590, "Shalateen"),                              # K
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G (gazetteer country SD kept)
 "wadihalfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                         # G (gazetteer وادى حلفا)
}

TRAPS = {
 "vf1": ["دارفور 24", "سودان تربيون", "حركة جيش تحرير السودان", "السلاح الأبيض", "الليبية", "التشادية"],
 "vf2": ["القوات المسلحة السودانية", "الجيش الوطني الليبي", "الحدث", "كامل إدريس", "الأزمة السودانية"],
 "vf3": ["مونت كارلو الدولية", "الجيش التشادي", "جبهة التناوب والوفاق في تشاد", "الجيش الوطني الليبي",
         "الجانب الليبي", "محمد إدريس ديبي"],
 "vf4": ["قورينا", "الجيش الوطني الليبي", "الطرابلسي", "الأنباء السارة", "الأراضي الليبية", "السودانيين", "الأراضي السودانية"],
 "vf5": ["الهلال الأحمر الكويتي", "السودانيين", "اللبنانية", "الجيش المصري", "المصرية", "مصادر مصرية", "القاهرة الإخبارية",
         "الجيش الوطني الليبي"],
}

PHEN = {
 "vf1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "vf2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "vf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "vf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "countries"],
 "vf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vf1": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الطينة"]),
  mv("advance", "planned", "Sudanese armed groups", ["الطينة"], ["مليط"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["جبل العوينات"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["دنقلا"]),
 ],
 "vf2": [
  mv("airlift", "reported", None, ["مطار الكفرة"], ["نيالا"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["كرب التوم"], ["جبل العوينات"]),
  mv("advance", "planned", None, ["مروي"], ["المالحة"]),
  mv("deploy", "conditional", None, [], ["المثلث الحدودي"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["دارفور"]),
 ],
 "vf3": [
  mv("reinforce", "reported", None, ["فايا"], ["تيبستي", "زوار"]),
  mv("advance", "reported", "Chadian armed groups", ["جنوب ليبيا"], ["كوري بوقودي"], ["الحدود مع ليبيا"]),
  mv("withdraw", "conditional", None, ["أوزو"], ["فايا"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["معبر التوم"]),
 ],
 "vf4": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("deploy", "reported", "Libyan National Army", [], ["حقل السرير"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["العوينات"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "vf5": [
  mv("reinforce", "reported", "Egyptian army", ["أسوان"], ["مطار شرق العوينات"], ["أبو سمبل"]),
  mv("naval_landing", "reported", "Egyptian army", [], ["قاعدة برنيس العسكرية"]),
  mv("naval_landing", "planned", "Egyptian army", [], ["شلاتين"]),
  mv("advance", "denied", "Libyan National Army", ["الكفرة"], ["السودان"], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["وادي حلفا"]),
 ],
}

NOTES = {
 "vf1": "Darfur 24 from Tina: an RSF push of 70 vehicles Al-Malha→the Uweinat border triangle via Wadi Howar; the "
        "joint force's massing in Tina (reported) and its planned advance Tina→Mellit (the road along the border with "
        "Chad is not a movement place); a denied RSF ammunition shipment Kufra→Al-Malha via Jebel Uweinat; a "
        "conditional RSF advance towards Dongola (Al-Malha and Wadi Howar there are only the condition). Smugglers' "
        "trucks on the Malha–Kufra track and displaced people going to Tina and Amdjarass are not forces.",
 "vf2": "SUNA from Port Sudan: 9 unnamed cargo flights Kufra airport→Nyala (actor null); a fuel-and-ammunition convoy "
        "Kufra→Karb al-Tom via Jebel Uweinat escorted by the LNA's Subul al-Salam (actor LNA); the Sudanese army's "
        "planned column Merowe→Al-Malha and its conditional deployment to the border triangle (actor null: no canonical "
        "label for the Sudanese army); the LNA's denied flights Maaten al-Sarra→Darfur. South-east Libya, the border "
        "with Libya (purpose), Kufra in the condition, Benghazi (speaker), Algiers/Algeria and Heglig are not movement "
        "places.",
 "vf3": "Monte Carlo Doualiya from N'Djamena: Chadian army reinforcements Faya→Tibesti/Zouar (actor null); CCMSR "
        "fighters from southern Libya into Kouri Bougoudi across the border with Libya; a conditional return "
        "Aozou→Faya (actor null); FACT's denied massing near Murzuq; the LNA's planned company Qatrun→the Tummo "
        "crossing. The Salvador triangle (smugglers' route), Adré (refugees) and the Kouri Bougoudi 'attack' "
        "mention are not movement places.",
 "vf4": "Quryna from Kufra: an LNA column Benghazi→Kufra via Ajdabiya and Jalu; a company deployed to guard the Sarir "
        "field; a planned company Kufra→Al-Uwaynat (300 km is only a distance); a denied pull-out Maaten al-Sarra→"
        "Kufra; a conditional advance towards the border with Sudan. Refugees from El Fasher and Al-Malha, smugglers' "
        "trucks through the Uweinat triangle and the municipality's transfer to Tazirbu and Rebiana are not forces.",
 "vf5": "Al-Jarida from Kuwait: a Kuwaiti Red Crescent aid flight to Benina/Benghazi and Abéché (humanitarian, not a "
        "movement); Egyptian reinforcements Aswan→East Uweinat airport via Abu Simbel; a battalion of marines landed "
        "at Berenice base and a planned landing at Shalateen; the LNA's denied crossing Kufra→Sudan via the border "
        "triangle (the triangle in the Egyptian paragraph is only the feared spill-over); a conditional RSF advance "
        "to Wadi Halfa.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vf1", "vf2", "vf3", "vf4", "vf5")
