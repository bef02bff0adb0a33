# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 # Libya: Kufra, the south-east, the coast
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),              # G (row lists بلدية الكفرة)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                          # G* (row مثلث العوينات)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                              # G (row spelled الواو الكبير)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.107, 20.047, "Port of Benghazi"),                   # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "tobruk_port": ("crossing", "LY", 32.076, 23.975, "Port of Tobruk"),                       # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "mellit_loc": ("district", "SD", 14.13333, 25.55000, "Mellit locality"),                   # G* (town row)
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "tina_sd": ("town", "SD", 15.00, 22.84, "Tina (Sudan)"),                                   # K
 "wadi_howar": ("region", "SD", 16.7, 26.0, "Wadi Howar"),                                  # K
 "debba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                        # K
 "border_sd_ly": ("region", "SD", 20.5, 25.3, "Sudan-Libya border (Sudanese side)"),        # K
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                          # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                        # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),           # G* (town row)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),           # G* (town row)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                                  # G
 "tine_td": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                              # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "border_td_ly": ("region", "TD", 20.7, 20.5, "Chad-Libya border (Chadian side)"),          # K
 # Egypt, Djibouti
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (row مطار شرق العوينات)
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                    # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                      # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                    # G
}

TRAPS = {
 "cw1": ["القوة المشتركة لحركات دارفور", "لا أدري", "الهادي إدريس", "السودانية", "التشادية", "التشادي"],
 "cw2": ["سودان تربيون", "قوات درع السودان", "السودانية", "الليبية", "الليبي"],
 "cw3": ["جبهة الوفاق من أجل التغيير في تشاد", "دعم مالي", "محمد إدريس ديبي", "إذاعة فرنسا الدولية", "التشادية",
         "تشادية", "السوداني", "الليبية"],
 "cw4": ["القيادة العامة للجيش الوطني الليبي", "القوات المسلحة العربية الليبية", "بوابة إفريقيا الإخبارية", "السودانية", "الليبي"],
 "cw5": ["قناة القاهرة الإخبارية", "المصري", "المصرية", "الليبية", "السوداني"],
}

PHEN = {
 "cw1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "cw2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "cw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "cw4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "cw5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_neighbours", "countries"],
}

SAG, LNA, EGY, FF, CAG = "Sudanese armed groups", "Libyan National Army", "Egyptian army", "Foreign fighters", \
    "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "cw1": [
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "جبل العوينات", "وادي هور"]),
  mv("reinforce", "reported", SAG, ["المالحة"], ["مليط"]),
  mv("advance", "planned", SAG, ["الطينة"], ["المالحة"]),
  mv("withdraw", "denied", SAG, ["محلية مليط"]),
  mv("deploy", "conditional", None, [], ["الحدود مع السودان"]),
 ],
 "cw2": [
  mv("shipment", "reported", None, ["حقل السرير", "الكفرة"], ["المالحة", "دارفور"], ["المثلث الحدودي"]),
  mv("naval_landing", "denied", FF, [], ["ميناء بنغازي"]),
  mv("airlift", "denied", FF, ["قاعدة بنينا"], ["قاعدة معطن السارة"]),
  mv("withdraw", "reported", None, ["المثلث الحدودي"], ["الدبة"]),
  mv("deploy", "planned", None, ["الدبة"], ["الحدود مع ليبيا"]),
  mv("advance", "conditional", None, [], ["وادي هور"]),
 ],
 "cw3": [
  mv("deploy", "planned", None, [], ["أونيانغا كبير", "كوري بوغودي"]),
  mv("airlift", "reported", None, ["انجامينا"], ["فايا لارجو"]),
  mv("redeploy", "reported", None, ["أدري"], ["أم جرس"]),
  mv("mobilise", "reported", CAG, [], ["جنوب ليبيا", "واو الكبير"]),
  mv("advance", "conditional", None, [], ["الحدود مع ليبيا"]),
  mv("airlift", "denied", None, [], ["مطار أم جرس"]),
  mv("shipment", "denied", None, ["مطار أم جرس"], ["الجنينة"]),
 ],
 "cw4": [
  mv("shipment", "denied", None, ["الكفرة"], ["دارفور"]),
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["أجدابيا", "جالو"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", LNA, [], ["المثلث الحدودي", "جبل العوينات"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "cw5": [
  mv("redeploy", "reported", EGY, ["الخارجة"], ["شرق العوينات"]),
  mv("mobilise", "reported", SAG, [], ["جبل عوينات"]),
  mv("withdraw", "reported", SAG, ["المالحة"], ["كتم"]),
  mv("shipment", "reported", None, ["جنوب شرق ليبيا"], ["جبل عوينات"]),
  mv("advance", "denied", EGY, [], ["الكفرة"]),
  mv("reinforce", "conditional", EGY, ["أسوان"], ["شرق العوينات"]),
  mv("deploy", "planned", EGY, [], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "cw1": "Radio Dabanga from Tina (Sudan): an RSF fuel-and-ammunition convoy Kufra→Al Malha via the triangle, Jebel "
        "Uweinat (a stop) and Wadi Howar; RSF reinforcements Al Malha→Mellit; the Joint Force's planned advance "
        "Tina→Al Malha; a denied RSF pull-out from Mellit locality; the Chadian army's conditional deployment on the "
        "border with Sudan. Two different «الطينة» (Sudanese dateline/origin vs the Chadian town); «لا أدري» and "
        "«الهادي إدريس» beside the Adre crossing; fleeing civilians are not a movement.",
 "cw2": "Sudan Tribune from Port Sudan: the Sudanese foreign ministry's accusation of fuel/arms convoys from the Sarir "
        "field and Kufra via the triangle to Al Malha/Darfur (reported); Colombian fighters landed at Benghazi port "
        "and flown Benina→Maaten al-Sarra, both denied by the LNA in a later paragraph; a flashback army withdrawal "
        "triangle→Al Dabbah (June 2025); a planned army deployment Al Dabbah→the border with Libya and a conditional "
        "advance on Wadi Howar. Tripoli (GNU) and the IGAD meeting in Djibouti (city) are not movement places.",
 "cw3": "Al-Ittihad from N'Djamena: Chad closes its border with Libya; planned battalions for Ounianga Kebir and Kouri "
        "Bougoudi; a reported airlift «من العاصمة» (= N'Djamena) →Faya-Largeau; units redeployed Adre→Amdjarass; "
        "Chadian rebels massing in southern Libya near Wau al-Kabir; a conditional pursuit to the border with Libya; "
        "Sudan's claim of cargo planes at Amdjarass airport and an overland run to Geneina, both denied. The "
        "president's inspection at Faya and gold miners moving are not movements.",
 "cw4": "Afrigate News from Benghazi: the LNA denies convoys Kufra→Darfur; reported Tariq Bin Ziyad reinforcements "
        "Benghazi→Kufra via Ajdabiya and Jalu, a Benina→Maaten al-Sarra cargo flight and a landing ship Benghazi port"
        "→Tobruk port; planned Subul al-Salam deployment in the triangle and Jebel Uweinat; conditional battalions to "
        "the border with Sudan. Units already securing the Sarir field and Kufra airport are presence, not movement.",
 "cw5": "Youm7 from Cairo: Egyptian units redeployed Kharga→East Oweinat (told again through a Cairo News clip); an "
        "RSF build-up at Jebel Uweinat, RSF units pulling back Al Malha→Kutum, fuel convoys from south-eastern Libya "
        "to the area; a denied Egyptian incursion towards Kufra; conditional reinforcements Aswan→East Oweinat; a "
        "planned joint deployment in the triangle. Tunisia hosting the neighbours' meeting is the country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cw1", "cw2", "cw3", "cw4", "cw5")
