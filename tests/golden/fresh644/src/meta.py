# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 # shared: eastern Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "ouaddai": ("district", "TD", 13.56770, 21.24132, "Ouaddai province"),                 # G (row واداي)
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                  # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ounianga_kebir": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "border_td_ly": ("region", "TD", 20.6, 20.5, "Chad-Libya border (Chadian side)"),     # K
 # shared: Darfur and Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "El Geneina"),                           # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tina_sd": ("town", "SD", 15.035, 22.830, "Tina (Sudan)"),                             # K
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 # shared: Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G (xv3) / G* (xv5 الجنوب الشرقي)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # xv1 Adre and West Darfur (Darfur24)
 "assoungha": ("district", "TD", 13.46648, 22.19875, "Assoungha department"),           # G* (Adre town row)
 "adre_crossing": ("crossing", "TD", 13.470, 22.215, "Adre border crossing"),           # K
 "abeche_airport": ("airport", "TD", 13.847, 20.844, "Abeche Airport"),                 # K
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                  # G
 "ardamata": ("town", "SD", 13.47546, 22.48531, "Ardamata"),                            # G
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                       # G
 # xv2 Ennedi (Al-Quds Al-Arabi)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G
 "ennedi_ouest": ("district", "TD", 18.50000, 21.40000, "Ennedi-Ouest province"),       # G* (row إنيدي الغربية, kind region)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "amdjarass_airport": ("airport", "TD", 16.07, 22.85, "Amdjarass Airport"),             # K
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                       # G
 "northeast_td": ("region", "TD", 17.60904, 20.82717, "North-eastern Chad"),            # G
 # xv3 RSF supply lines through Libya (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G* (row قاعدة معطن السارة)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # xv4 Tina and Tine (Alrakoba)
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                  # G
 "wadi_fira": ("district", "TD", 14.94685, 21.36232, "Wadi Fira province"),             # G
 # xv5 Port Sudan's view (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_navbase": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
}

TRAPS = {
 "xv1": ["دارفور24", "الجيش التشادي", "قوات الدعم السريع", "اللاجئين السودانيين", "لا أدري", "محمد إدريس ديبي",
         "الحكومة التشادية", "الحكومة السودانية", "التشادي", "الضفة السودانية"],
 "xv2": ["القدس العربي", "الجيش التشادي", "إفادات", "قوات الدعم السريع", "الخارجية التشادي", "إماراتية",
         "محمد إدريس ديبي", "الاتهامات السودانية", "السودانية"],
 "xv3": ["مونت كارلو الدولية", "قوات الدعم السريع", "الجيش الوطني الليبي", "طرف سوداني", "كتيبة سبل السلام",
         "مصدر عسكري تشادي", "الأراضي التشادية", "الجيش التشادي"],
 "xv4": ["الراكوبة", "قوات الدعم السريع", "الأراضي التشادية", "حركة تحرير السودان", "مني أركو مناوي",
         "الجيش التشادي", "الإذاعة الوطنية التشادية", "من الطينة نفسها", "الحكومة السودانية"],
 "xv5": ["السوداني", "قوات الدعم السريع", "الجيش الوطني الليبي", "الجيش التشادي", "محمد إدريس ديبي",
         "المجلس الرئاسي الليبي", "الأراضي التشادية"],
}

PHEN = {
 "xv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_neighbours", "countries"],
 "xv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "xv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


CHAD = "Chadian armed groups"  # the only canonical Chadian actor; used for the Chadian national army too (README)
SUDAN = "Sudanese armed groups"  # RSF, the Darfur joint force and the Sudanese army alike (README)

MOVES = {
 "xv1": [
  mv("reinforce", "reported", CHAD, ["أبشي"], ["أدري"]),
  mv("airlift", "planned", CHAD, ["انجمينا"], ["مطار أبشي"]),
  mv("deploy", "conditional", CHAD, [], ["الحدود مع السودان"]),
  mv("mobilise", "reported", SUDAN, [], ["أردمتا"]),
  mv("shipment", "denied", SUDAN, ["معبر أدري"], ["الجنينة"]),
 ],
 "xv2": [
  mv("redeploy", "reported", CHAD, ["فادا"], ["باهاي"], ["أمجرس"]),
  mv("withdraw", "planned", CHAD, ["أونيانقا كبير"], ["فايا لارجو"]),
  mv("mobilise", "conditional", CHAD, [], ["باهاي"]),
  mv("airlift", "denied", None, ["الإمارات"], ["مطار أم جرس"]),
 ],
 "xv3": [
  mv("naval_landing", "reported", "Foreign fighters", [], ["ميناء بنغازي"]),
  mv("airlift", "reported", "Foreign fighters", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("shipment", "denied", "Libyan National Army", ["حقل السرير"], ["المثلث الحدودي"]),
  mv("reinforce", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("advance", "conditional", CHAD, ["أونيانغا كبير"], ["الحدود مع ليبيا"]),
 ],
 "xv4": [
  mv("advance", "reported", SUDAN, ["كتم"], ["الطينة"]),
  mv("withdraw", "conditional", SUDAN, ["الطينة"]),
  mv("mobilise", "planned", SUDAN, [], ["الطينة"]),
  mv("redeploy", "reported", CHAD, ["إريبا"], ["تيني"]),
  mv("withdraw", "denied", CHAD, ["باهاي"]),
 ],
 "xv5": [
  mv("shipment", "reported", SUDAN, ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("airlift", "planned", SUDAN, ["بورتسودان"], ["الطينة"]),
  mv("naval_landing", "denied", "Foreign fighters", [], ["قاعدة طبرق البحرية"]),
  mv("deploy", "conditional", CHAD, ["أبشة"], ["أدري"]),
 ],
}

NOTES = {
 "xv1": "Darfur24 from Adre: a Chadian army reinforcement Abeche→Adre (the positions '2 km from the Adre crossing' add "
        "no place), a planned airlift N'Djamena→Abeche airport, a conditional deployment along the border with Sudan "
        "(Geneina only the condition and a distance reference), the RSF massing in Ardamata (reported, confirmed by "
        "an RSF commander) and a denied RSF ammunition shipment Adre crossing→Geneina; «لا أدري» and Deby's name "
        "contain Adre/Idri strings; N'Djamena at the end is the accused government, not a movement place.",
 "xv2": "Al-Quds Al-Arabi from N'Djamena: an armoured battalion Fada→Bahai via Amdjarass (the border with Sudan only "
        "locates Bahai), a planned company pull-out Ounianga Kebir→Faya-Largeau (the border with Libya only locates "
        "the gold sites), a conditional massing in Bahai if Sudanese Tina (facing Tine) falls, and denied UAE cargo "
        "flights to Amdjarass airport (no force named: actor null); Djibouti is where the minister spoke.",
 "xv3": "Monte Carlo Doualiya from Paris: a UN panel reports foreign fighters landed at Benghazi port and flown Benina→"
        "Kufra airport (El Fasher and the triangle only context), the LNA denies sending fuel tankers Sarir field→the "
        "border triangle and plans reinforcements Kufra→Maaten al-Sarra air base (the border with Chad is the purpose, "
        "not a destination), the Chadian army's conditional advance Ounianga Kebir→the border with Libya; Tripoli is "
        "the GNU's seat; Abeche/Faya/N'Djamena are where French bases were handed over (no movement).",
 "xv4": "Alrakoba from Sudanese Tina: an RSF advance Kutum→Tina (the border with Chad only locates Tina), the joint "
        "force's conditional pull-out from Tina (Tine is the civilians' corridor) and planned massing around Tina, a "
        "Chadian army redeployment Iriba→Tine, and a denied Chadian pull-out from Bahai ('60 km north of Tine' is a "
        "distance reference); refugees crossing to Chad are civilians; «من الطينة نفسها» is an idiom.",
 "xv5": "Al-Sudani from Port Sudan: an RSF arms convoy Kufra→Mellit via the border triangle (reported by military "
        "intelligence), a planned Sudanese air force airlift Port Sudan→Tina, a denied landing of 200 mercenaries at "
        "Tobruk naval base, a conditional Chadian battalion Abeche→Adre (Geneina only the condition); the Sarir field "
        "and the south-east only in the denial, Tripoli and Algiers a diplomatic tour, Khartoum and Adre in an "
        "analysts' sentence.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xv1", "xv2", "xv3", "xv4", "xv5")
