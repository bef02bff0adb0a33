# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # Chad: Tibesti, Borkou, the capital
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarké"),                              # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                    # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardaï"),                                   # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                     # G
 "aozou_strip": ("region", "TD", 21.70, 18.00, "Aouzou Strip"),                            # K
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti province"),               # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G
 "adji_kossei": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                # G
 "border_td_side": ("region", "TD", 22.20, 17.00, "Chad side of the Libya-Chad border"),   # K
 # Libya: the south
 "border_ly_side": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),           # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_district": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),                 # G
 "tummo_crossing": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),       # G
 "tummo_area": ("region", "LY", 22.65000, 14.20000, "Toummo area"),                        # G* (crossing row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                      # G
 "maaten_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),           # G
 # Libya: the north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                  # G* (city row)
 # elsewhere
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                   # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "hague": ("city", "NL", 52.07667, 4.29861, "The Hague"),                                  # K
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                              # G (row آمستردام)
}

LNA, CAG, SAG, RU = "Libyan National Army", "Chadian armed groups", "Sudanese armed groups", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ox1": ["مونت كارلو الدولية", "الزوار", "جبهة التناوب والوفاق في تشاد", "إدريس ديبي إتنو", "محمد إدريس ديبي",
         "التشادية", "التشادي"],
 "ox2": ["المتوسط", "عمر القطروني", "المنطقة العسكرية سبها", "القيادة العامة للقوات المسلحة العربية الليبية", "شارع طرابلس",
         "عجز مالي", "التشاديين", "التشادية", "التشادي"],
 "ox3": ["يورونيوز", "فندق تيبستي", "وكالة الأنباء التشادية", "التلفزيون التشادي", "محمد إدريس ديبي",
         "القيادة العامة للجيش الوطني الليبي", "التشادي"],
 "ox4": ["راديو دبنقا", "آدم التوم", "حركة تحرير السودان", "تجمع قوى تحرير السودان", "دارفورية", "السودانيين",
         "التشاديين", "النيجريين", "الليبية", "الجيش الوطني الليبي", "التشادي"],
 "ox5": ["الشروق", "سالم الفزاني", "غرفة عمليات الجنوب", "الجيش الوطني الليبي", "تشادياً", "التشادية", "التشادي",
         "المصري", "الروسي"],
}

PHEN = {
 "ox1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "countries", "coverage_neighbours"],
 "ox2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries", "coverage_neighbours"],
 "ox3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "countries", "coverage_neighbours"],
 "ox4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "town_vs_district", "countries", "coverage_neighbours"],
 "ox5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "countries", "coverage_neighbours"],
}

MOVES = {
 "ox1": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["زوار"]),
  mv("withdraw", "reported", CAG, ["وور"], ["الحدود مع ليبيا"]),
  mv("advance", "planned", None, ["زوار"], ["وور", "كوري بوغودي"]),
  mv("airlift", "conditional", None, ["انجمينا"], ["برداي"]),
  mv("shipment", "denied", CAG, ["القطرون"], ["تيبستي"]),
 ],
 "ox2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("withdraw", "reported", CAG, ["وور", "زوار"], ["التوم"], ["الحدود مع تشاد"]),
  mv("reinforce", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["مطار الويغ"]),
  mv("withdraw", "denied", LNA, ["تجرهي"], ["القطرون"]),
 ],
 "ox3": [
  mv("redeploy", "reported", None, ["برداي"], ["أوزو"]),
  mv("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("deploy", "planned", None, [], ["كوري بوغودي"]),
  mv("mobilise", "conditional", None, [], ["زوار"]),
  mv("advance", "denied", CAG, ["جنوب ليبيا"], ["قطاع أوزو"]),
 ],
 "ox4": [
  mv("withdraw", "reported", SAG, ["كوري بوقودي"], ["قطرون"]),
  mv("advance", "reported", None, ["وور"], ["كوري بوقودي"]),
  mv("redeploy", "planned", SAG, ["القطرون"], ["شمال دارفور"]),
  mv("mobilise", "denied", SAG, [], ["أم الأرانب"]),
  mv("deploy", "conditional", LNA, [], ["القطرون"]),
 ],
 "ox5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["الحدود الليبية التشادية"]),
  mv("redeploy", "reported", None, ["زوار"], ["زواركي"]),
  mv("advance", "conditional", CAG, [], ["فايا"]),
  mv("advance", "denied", LNA, [], ["قطاع أوزو"]),
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["قاعدة معطن السارة"]),
  mv("naval_landing", "planned", RU, [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "ox1": "Monte Carlo Doualiya style, N'Djamena dateline (spelled انجمينا): a Chadian army reinforcement Faya-Largeau->Zouar "
        "(reported); CCMSR rebels pull back from Wour towards the border with Libya (reported, army's claim); a planned "
        "advance Zouar->Wour->Kouri Bougoudi; a conditional paratroop airlift N'Djamena->Bardai («في حال»); the CCMSR denies an "
        "arms shipment Qatrun->Tibesti. Chadian army actor = null. Traps: Monte Carlo in the outlet's name, الزوار "
        "('visitors', contains Zouar), FACT's name containing تشاد, Idriss Déby (إدري inside إدريس); تبستي (province) vs "
        "تيبستي (mountains).",
 "ox2": "Libyan outlet (Al-Mutawassit) style, Sabha dateline: an LNA (Tariq bin Ziyad brigade) reinforcement "
        "Sabha->Al Qatrun via Umm al-Aranib (reported, retold by a witness); Chadian rebels cross the border with Chad to "
        "the Toummo area fleeing Wour/Zouar (reported); a planned company Qatrun->Toummo crossing; a conditional airlift "
        "Tamanhint air base->Al Wigh airport («إذا»); a denied LNA pull-out Tajarhi->Qatrun. Displaced Chadian civilians "
        "are not a movement; Toummo and Tajarhi in the condition are not movement places. Traps: عمر القطروني, "
        "المنطقة العسكرية سبها, شارع طرابلس, عجز مالي, the outlet name المتوسط.",
 "ox3": "Euronews Arabic style: a Chadian battalion Bardai->Aozou (reported, 'near the border' is a locator); an airlift "
        "Adji Kossei air base->Faya-Largeau airport (reported); a planned battalion for Kouri Bougoudi; a conditional "
        "build-up in Zouar ('regrouping near Wour' is the condition); the CCMSR denies infiltrating southern Libya->Aouzou "
        "Strip. The LNA press conference (Tibesti Hotel, Benghazi), the Toummo crossing, The Hague and the Algeria-hosted "
        "meeting are not movements.",
 "ox4": "Radio Dabanga style, Amsterdam dateline: Darfuri armed groups pull out of Kouri Bougoudi to Qatrun (spelled "
        "قطرون; reported) after a Chadian army column enters from Wour (reported; «المنطقة» = Kouri Bougoudi); a planned "
        "move Qatrun->North Darfur; the SLA-related group denies massing in Umm al-Aranib; a conditional LNA force for "
        "Qatrun («إذا»; Sabha is only the source's location). Miners fleeing to Qatrun/Umm al-Aranib/Murzuq are civilians. "
        "Traps: آدم التوم (Toummo), Radio Dabanga, SLA names containing السودان, nisbas.",
 "ox5": "Al-Shorouk (Cairo) analysis style: an LNA airlift Benina air base->Tamanhint base (reported); a planned LNA "
        "deployment from Qatrun along the Libya-Chad border; a Chadian redeploy Zouar->Zouarké (reported); the CCMSR's "
        "conditional march on Faya; N'Djamena denies an LNA entry into the Aouzou Strip; a Russian landing ship at Tobruk "
        "port (reported), its cargo moved by road to Maaten al-Sarra (reported shipment) and a second ship expected "
        "(planned; «الميناء نفسه» = Tobruk port). Fezzan/Sharara, Cairo, Algiers, Tripoli, Benghazi are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ox1", "ox2", "ox3", "ox4", "ox5")
