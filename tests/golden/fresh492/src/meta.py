# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 # Libya: the south-east and the road from Benghazi
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G (also for بنغازى)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G (also for اجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra"),                            # G* (base row, bare name)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                                # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "triangle_ltd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "border_ly": ("region", "LY", 20.81219, 24.86388, "Libyan border (with Sudan)"),           # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G* (gazetteer spelling المالحة)
 "malha_loc": ("district", "SD", 15.13330, 26.20000, "Al Malha locality"),                  # G* (town row)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                               # G
 "karbtom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                            # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                      # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                 # G* (gazetteer spelling الدبه)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                                # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                                 # G
 "baris": ("town", "EG", 24.667, 30.600, "Baris"),                                          # K
 "newvalley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),             # G
 "eoweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                            # G* (airport row, as the area)
 "eoweinat_apt": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),         # G
 "argeen": ("crossing", "EG", 22.02, 31.30, "Argeen land port"),                            # K
 "aswan_apt": ("airport", "EG", 23.9644, 32.8197, "Aswan International Airport"),           # K
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (city row; surface إنجامينا)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                        # G (gazetteer spelling فدا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                          # G (gazetteer spelling أونيانقا كبير)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                                  # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "amdjarass_apt": ("airport", "TD", 16.07, 22.84, "Amdjarass Airport"),                     # K
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),                            # G* (town row أدري)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                        # G* (row تيني; surface الطينة)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "border_td_ly": ("region", "TD", 20.9, 20.5, "Chad-Libya border (Chadian side)"),          # K
 # elsewhere
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                               # G
}

TRAPS = {
 "rz1": ["راديو دبنقا", "الجيش الوطني الليبي", "الليبية"],
 "rz2": ["القاهرة 24", "القاهرة الإخبارية", "ممدوح الأسواني", "الجيش المصري", "الجيش الليبي", "مصري", "الخارجة عن القانون"],
 "rz3": ["بوابة إفريقيا الإخبارية", "القوات المسلحة العربية الليبية", "العقيد صالح التازربي", "شارع دبي",
         "السودانية"],
 "rz4": ["سبوتنيك", "محمد إدريس ديبي", "الجيش التشادي", "التشادية", "السوداني", "السودانية", "دعم مالي"],
 "rz5": ["الجيش السوداني", "حركة تحرير السودان", "سوق ليبيا", "الجيش الوطني الليبي", "السودانية", "الليبية", "كامل إدريس"],
}

PHEN = {
 "rz1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "rz2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "rz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "rz4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_idri", "nisba", "border_phrase", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "rz5": ["clitics", "multiword", "person_trap", "operation_trap", "ambiguity_idri", "nisba", "vague_area",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RSF = "Sudanese armed groups"
LNA = "Libyan National Army"
EGY = "Egyptian army"

MOVES = {
 "rz1": [
  mv("shipment", "reported", RSF, ["الكفرة"], ["الملحة"], ["مثلث العوينات", "وادي هور"]),
  mv("reinforce", "reported", RSF, ["مليط"], ["الملحة"]),
  mv("deploy", "planned", RSF, [], ["جبل العوينات"]),
  mv("advance", "denied", RSF, [], ["الكفرة", "معطن السارة"]),
  mv("mobilise", "reported", RSF, [], ["كرب التوم"]),
  mv("advance", "conditional", RSF, ["كرب التوم"], ["الملحة"]),
 ],
 "rz2": [
  mv("reinforce", "reported", EGY, ["الخارجة"], ["شرق العوينات"], ["باريس"]),
  mv("airlift", "planned", EGY, ["مطار أسوان"], ["مطار شرق العوينات"]),
  mv("reinforce", "conditional", EGY, [], ["المثلث الحدودي"]),
  mv("deploy", "denied", EGY, [], ["الكفرة", "قاعدة معطن السارة"]),
  mv("reinforce", "reported", LNA, ["بنغازى"], ["الكفرة"], ["أجدابيا", "جالو", "حقل السرير"]),
 ],
 "rz3": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية", "العوينات"]),
  mv("deploy", "planned", LNA, [], ["معطن السارة", "جبل العوينات"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو", "حقل السرير"]),
  mv("redeploy", "conditional", LNA, ["تازربو"], ["ربيانة"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["الكفرة"]),
 ],
 "rz4": [
  mv("redeploy", "reported", None, ["فادا"], ["أونيانغا كبير"]),
  mv("airlift", "planned", None, ["إنجامينا"], ["فادا"]),
  mv("reinforce", "conditional", None, [], ["الطينة"]),
  mv("airlift", "denied", None, [], ["مطار أم جرس"]),
  mv("shipment", "denied", None, ["مطار أم جرس"], ["دارفور"]),
  mv("withdraw", "reported", "Chadian armed groups", ["ربيانة"], ["تيبستي"]),
 ],
 "rz5": [
  mv("advance", "reported", RSF, ["الملحة"], ["المثلث"], ["وادي هور"]),
  mv("advance", "denied", LNA, ["الكفرة"], ["كرب التوم"]),
  mv("withdraw", "reported", RSF, ["المثلث"], ["الدبة"]),
  mv("mobilise", "reported", RSF, [], ["الملحة"]),
  mv("airlift", "planned", None, ["بورتسودان"], ["دنقلا"]),
  mv("advance", "conditional", RSF, ["الدبة"], ["المثلث"]),
 ],
}

NOTES = {
 "rz1": "Radio Dabanga (Amsterdam): RSF fuel-and-ammunition column Kufra->Al Malha via the Uweinat triangle and Wadi "
        "Howar (reported, retold by a driver = same move), RSF reinforcement Mellit->Al Malha ('إلى المنطقة' = Al Malha), "
        "planned deployment near Jebel Uweinat (no origin written), RSF denial of any advance on Kufra or Ma'tan al-Sarra, "
        "the joint force's conditional advance Karb al-Tom->Al Malha ('إذا ثبت'); Amsterdam, Mellit-as-hometown, "
        "'طريق الكفرة', Benghazi (speaker) and Sudan are places but not movement places.",
 "rz2": "Cairo 24 (Cairo): Egyptian reinforcement Kharga->East Oweinat via Baris (Egypt's Baris, not Paris), planned "
        "C-130 airlift Aswan airport->East Oweinat airport, conditional battalion for the border triangle ('إذا'), "
        "denied Egyptian deployment to Kufra/Ma'tan al-Sarra base, and an LNA column Benghazi->Kufra via Ajdabiya and "
        "Jalu (reported); Egyptian spelling بنغازى; Wadi Howar/Jebel Uweinat (RSF stationed there) are presence only.",
 "rz3": "Afrigate News (Benghazi): Subul al-Salam companies Kufra->Ma'tan al-Sarra air base and Al-Uwaynat (south-east "
        "Uweinat, not the south-western town), planned patrols 'بين معطن السارة وجبل العوينات' (both destinations), an "
        "LNA supply column Benghazi->Kufra via Ajdabiya and Jalu, a conditional Tazirbu->Rebiana redeploy ('إذا'), and a "
        "denied pull-out Al-Uwaynat->Kufra; border phrases and the Libyan border/south-east are locators only.",
 "rz4": "Sputnik Arabic (N'Djamena): Chadian army battalion Fada->Ounianga Kebir (reported), planned airlift "
        "'من العاصمة' (= N'Djamena) ->Fada, conditional reinforcement of Tine ('إذا'), denied cargo flights into "
        "Amdjarass airport and denied onward trucking to Darfur, and Chadian rebels pulling out of Rebiana towards "
        "Tibesti (reported); the president's visit to Amdjarass is not a movement; 'محمد إدريس ديبي' holds 'إدري'.",
 "rz5": "Al-Taghyeer (Port Sudan): RSF advance Al Malha->the triangle via Wadi Howar (army charge, confirmed by the RSF), "
        "the army's charge that Subul al-Salam crossed Kufra->Karb al-Tom (denied by the LNA), the joint force's pull-out "
        "from the triangle to Ad Dabbah, a planned army airlift Port Sudan->Dongola and the joint force's conditional "
        "return Ad Dabbah->the triangle ('إذا'); 'سوق ليبيا' in Omdurman is a market, not Libya.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rz1", "rz2", "rz3", "rz4", "rz5")
