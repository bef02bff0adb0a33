# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # wb1 Kouri Bougoudi, Faya and Miski (Asharq Al-Awsat)
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                    # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou province"),                   # G (row بوركو, written ولاية بوركو)
 "border_tdly": ("region", "TD", 21.9, 17.6, "Chad-Libya border (Chadian side, Tibesti)"),  # K
 "aouzou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                 # G
 # wb2 FACT leaves Tmassah (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "wawnamus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                      # G
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # wb3 Ounianga and the Sudanese war (Ultra Sudan)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G
 "tripoint_lts": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G
 "ennedi_w": ("district", "TD", 18.50000, 21.40000, "Ennedi-Ouest province"),           # G* (row إنيدي الغربية, kind region)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G* (row تيني)
 "border_tdsd": ("region", "TD", 18.8, 23.7, "Chad-Sudan border (Chadian side, north of Ennedi)"),  # K
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),                # G* (town row أدري)
 # wb4 Miski, Faya base and Lake Chad (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "faya_base": ("base", "TD", 17.91710, 19.11110, "Faya-Largeau military base"),         # G* (airport row FTTY)
 "bagasola": ("town", "TD", 13.5333, 14.3167, "Baga Sola"),                             # K
 "bol": ("town", "TD", 13.4586, 14.7147, "Bol"),                                        # K
 "lakechad": ("region", "TD", 13.30000, 14.40000, "Lake Chad"),                         # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # wb5 Al Qatrun and Tummo (Al-Masar)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tripoint_lnt": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "wb1": ["الجيش التشادي", "الشرق الأوسط", "الزوار", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجانب الليبي",
         "محمد إدريس ديبي"],
 "wb2": ["القدس العربي", "جبهة التناوب والوفاق في تشاد", "اللواء طارق بن زياد", "اتفاق الدوحة", "قوات الدعم السريع",
         "إدريس ديبي إتنو", "محمد إدريس ديبي"],
 "wb3": ["الجيش التشادي", "الترا سودان", "الجيش الوطني الليبي", "حركة تحرير السودان", "التشادية", "السودانيين"],
 "wb4": ["مونت كارلو الدولية", "الجيش التشادي", "الزوار", "الفرنسية", "الجبهة الوطنية للديمقراطية والعدالة في تشاد",
         "زوارق", "وزير الخارجية التشادي", "القوات التشادية",
         "محمد إدريس ديبي"],
 "wb5": ["منطقة سبها العسكرية", "اتحاد قوى المقاومة التشادي", "التشادية", "عمر الطرابلسي", "مالي"],
}

PHEN = {
 "wb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "wb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "wb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "wb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_neighbours", "countries"],
 "wb5": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


CAG, SAG, LNA = "Chadian armed groups", "Sudanese armed groups", "Libyan National Army"

MOVES = {
 "wb1": [
  mv("reinforce", "reported", CAG, ["زوار"], ["كوري بوغودي"], ["برداي"]),
  mv("airlift", "reported", CAG, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا"]),
  mv("redeploy", "planned", CAG, ["فايا لارجو"], ["مسكي"]),
  mv("withdraw", "denied", CAG, ["كوري بوغودي"], ["ليبيا"]),
  mv("advance", "conditional", CAG, [], ["الحدود مع ليبيا"]),
 ],
 "wb2": [
  mv("withdraw", "reported", CAG, ["تمسة"], ["جبال تيبستي"], ["واو الناموس"]),
  mv("advance", "reported", LNA, ["أم الأرانب"], ["تمسة"]),
  mv("withdraw", "planned", CAG, ["جنوب ليبيا"], ["فايا لارجو"]),
  mv("deploy", "denied", CAG, [], ["السودان"], ["الكفرة"]),
  mv("withdraw", "conditional", CAG, ["القطرون"]),
 ],
 "wb3": [
  mv("deploy", "reported", CAG, ["فادا"], ["أونيانغا الكبير"]),
  mv("mobilise", "reported", SAG, [], ["المثلث الحدودي"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["دارفور"]),
  mv("redeploy", "planned", SAG, ["جنوب ليبيا"], ["الطينة"]),
  mv("advance", "conditional", CAG, [], ["الحدود مع السودان"]),
 ],
 "wb4": [
  mv("withdraw", "reported", CAG, ["مسكي"], ["زوار"]),
  mv("airlift", "planned", CAG, ["أبشي"], ["مطار فايا لارجو"]),
  mv("withdraw", "denied", CAG, ["قاعدة فايا"]),
  mv("advance", "conditional", CAG, [], ["زوار"]),
  mv("naval_landing", "reported", CAG, ["بول"], ["باغاسولا"]),
  mv("naval_landing", "planned", CAG, [], ["بحيرة تشاد"]),
 ],
 "wb5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("shipment", "reported", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("redeploy", "planned", LNA, [], ["قاعدة الويغ"]),
  mv("mobilise", "denied", CAG, [], ["تجرهي"]),
  mv("advance", "conditional", LNA, [], ["المثلث الحدودي مع النيجر وتشاد"]),
 ],
}

NOTES = {
 "wb1": "Asharq Al-Awsat, N'Djamena: a Chadian army convoy Zouar→Kouri Bougoudi via Bardai, a C-130 airlift Adji Kossei "
        "air base→Faya airport, a planned battalion Faya-Largeau→Miski (Borkou province only locates Faya), the CCMSR's "
        "denied pull-out from Kouri Bougoudi into Libya, and a conditional advance to the border with Libya; Sudan, Niger, "
        "Aouzou and Tibesti are background (civilian miners, the 1994 ruling), N'Djamena the dateline; «الزوار» "
        "(visitors) contains Zouar.",
 "wb2": "Al-Quds Al-Arabi, London: FACT pulls out of Tmassah towards the Tibesti mountains via Waw an-Namus, the LNA's "
        "Tariq bin Ziyad brigade enters the town ('البلدة') from Umm al-Aranib, 300 fighters are to return from southern "
        "Libya to Faya-Largeau, a denied transfer of fighters to Sudan via Kufra, and the groups near Al Qatrun will not "
        "leave unless prisoners are freed (conditional). N'Djamena is only the speaker's place, Fezzan the source's, El "
        "Feel field, Kanem (2021), Tripoli and Benghazi background; Qatar is the sponsor (and قطر occurs inside القطرون).",
 "wb3": "Ultra Sudan, Port Sudan: a Chadian armoured battalion Fada→Ounianga Kebir (Ennedi-Ouest only locates Fada), an RSF "
        "massing in the border triangle (Sudan, Libya, Chad name the triangle, not destinations), the LNA's denied arms "
        "shipments Kufra→Darfur, Minawi's planned redeployment southern Libya→Tine, and a conditional Chadian advance to "
        "the border with Sudan; refugees at the Adre crossing (أدري, an Idri spelling) are not forces.",
 "wb4": "Monte Carlo Doualiya, Paris: Chadian units withdraw Miski→Zouar, a planned airlift Abeche→Faya-Largeau airport, a "
        "denied evacuation of the Faya base, the FNDJT's conditional advance on Zouar (Tibesti only in the condition), and "
        "on Lake Chad a boat landing Bol→islands near Baga Sola plus a planned second landing in the lake's northern "
        "islands; Algiers (venue), Algeria (mediator), Libya and Niger (the minister's subject) are not movement places; "
        "«الزوار» and «زوارق» contain Zouar.",
 "wb5": "Al-Masar, Al Qatrun: LNA reinforcements Sabha→Al Qatrun via Umm al-Aranib, 8 fuel-and-ammunition trucks Al "
        "Qatrun→Tummo crossing ('300 km south' a distance), a planned company to Al Wigh base (no origin written), the "
        "UFR's denied massing near Tajarhi, and patrols that will extend to the Libya-Niger-Chad triangle if gunmen come "
        "from Kouri Bougoudi (condition only). Smuggled fuel bound for Algeria is not a force; Tripoli, Sabha (road), "
        "Fezzan, Sharara and El Feel are background; «مالي» is 'financial'.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wb1", "wb2", "wb3", "wb4", "wb5")
