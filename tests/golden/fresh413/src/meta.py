# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),              # G (district row)
 "base201": ("base", "NE", 16.94, 8.05, "Niger Air Base 201 (Agadez)"),                 # K
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "air": ("region", "NE", 18.25, 8.6, "Air Mountains"),                                  # K
 "tenere": ("region", "NE", 18.5, 10.5, "Tenere desert"),                               # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "chirfa": ("village", "NE", 20.95, 12.35, "Chirfa"),                                   # K
 "agadem": ("oilfield", "NE", 16.0, 13.0, "Agadem oil block"),                          # K (low confidence)
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                 # G
 "border_ne_ly": ("region", "NE", 22.3, 13.9, "Niger-Libya border (Niger side)"),       # K
 "sahel": ("region", "NE", 15.0, 5.0, "Sahel"),                                         # K
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (row قاعدة طبرق البحرية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                              # G* (airport row, as locality)
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 # elsewhere
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "aleppo_countryside": ("region", "SY", 36.45, 37.05, "Northern Aleppo countryside"),   # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                           # G
}

TRAPS = {
 "oy1": ["يورونيوز", "تيلي ساحل", "الفيلق الإفريقي", "القوات المسلحة النيجرية", "الجيش النيجري",
         "وزارة الدفاع الروسية", "السلطات الليبية", "مروحيات روسية", "سفينة إنزال روسية"],
 "oy2": ["الأخبار", "جبهة الوطنيين للتحرير", "الحاج عمر القطروني", "الجيش النيجري", "مواقع نيجرية",
         "الجيش الليبي", "غرفة عمليات الجنوب"],
 "oy3": ["عنب بلدي", "الجيش الوطني", "محمد الحلبي", "مقابل مالي", "فرقة السلطان مراد",
         "المرصد السوري لحقوق الإنسان", "العاصمة الليبية", "وزارة الدفاع السورية", "شركات تركية",
         "الجيش النيجري", "المقاتلين السوريين"],
 "oy4": ["راديو دبنقا", "فصائل دارفورية", "تجمع قوى تحرير السودان", "علي الإدريسي", "قوات الدعم السريع",
         "الجيش النيجري", "السودانيين", "الأراضي الليبية", "التشادية", "النيجرية", "دعم مالي",
         "غرفة عمليات الجنوب"],
 "oy5": ["ليبيا الأحرار", "المنطقة العسكرية سبها", "المرزقي", "الفيلق الإفريقي", "الجيش النيجري",
         "المجلس الاجتماعي لقبائل التبو", "سفينة إنزال روسية", "الطائرات ليبية"],
}

PHEN = {
 "oy1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "oy2": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "oy3": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_neighbours", "countries"],
 "oy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "oy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RU, LNA, SM, SDN = "Russian forces", "Libyan National Army", "Syrian mercenaries", "Sudanese armed groups"

MOVES = {
 "oy1": [
  _m("reinforce", "reported", None, ["أغاديس"], ["ديركو"], ["تينيري"]),
  _m("deploy", "planned", None, ["ديركو"], ["سيغيدين"]),
  _m("airlift", "reported", RU, ["القاعدة الجوية 201"], ["قاعدة ماداما"]),
  _m("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  _m("shipment", "reported", RU, ["ميناء طبرق"], ["النيجر"], ["معبر تومو"]),
  _m("withdraw", "denied", None, ["ماداما"], ["ديركو"]),
  _m("deploy", "conditional", None, [], ["معبر تومو"]),
 ],
 "oy2": [
  _m("shipment", "reported", None, ["أم الأرانب"], ["أرليت"], ["ممر تومو"]),
  _m("mobilise", "reported", None, [], ["آير"]),
  _m("redeploy", "reported", None, ["ديركو"], ["جادو"]),
  _m("reinforce", "conditional", None, ["أرليت"], ["شيرفا"]),
  _m("deploy", "planned", LNA, ["سبها"], ["تجرهي"]),
  _m("withdraw", "denied", LNA, ["منفذ التوم"], []),
 ],
 "oy3": [
  _m("airlift", "reported", SM, ["مطار معيتيقة"], ["نيامي"]),
  _m("deploy", "reported", SM, ["نيامي"], ["أغاديس"]),
  _m("redeploy", "planned", SM, [], ["ديركو"]),
  _m("withdraw", "conditional", SM, ["النيجر"], ["طرابلس"]),
  _m("deploy", "denied", SM, ["عفرين"], ["ليبيا", "النيجر"]),
 ],
 "oy4": [
  _m("redeploy", "reported", SDN, ["مرزوق"], ["جادو"], ["معبر التوم"]),
  _m("advance", "reported", None, ["ديركو"], ["جادو"]),
  _m("withdraw", "reported", SDN, ["جادو"], ["الحدود الليبية"]),
  _m("advance", "conditional", LNA, ["القطرون"], []),
  _m("reinforce", "planned", LNA, [], ["مرزوق"]),
  _m("deploy", "denied", SDN, ["دارفور"], ["ليبيا"]),
 ],
 "oy5": [
  _m("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار الويغ"]),
  _m("reinforce", "reported", LNA, ["مرزق"], ["منفذ التوم"], ["قطرون"]),
  _m("deploy", "planned", None, ["ماداما"], ["منفذ التوم"]),
  _m("airlift", "denied", RU, [], ["مطار الويغ"]),
  _m("naval_landing", "denied", RU, [], ["ميناء طبرق"]),
  _m("mobilise", "conditional", None, [], ["مرزق"]),
 ],
}

NOTES = {
 "oy1": "Euronews Arabic from Niamey: a Nigerien reinforcement Agadez->Dirkou across the Tenere (headline retells it), "
        "a company to go on to Seguedine (planned), Russian Africa Corps helicopters Air Base 201->Madama base, a Russian "
        "landing ship at Tobruk port and the armour taken on by land to Niger via the Tummo crossing (hedged, reported), "
        "the ministry's denied pull-out Madama->Dirkou and a conditional unit for the Tummo crossing ('إذا تجددت'). "
        "Bilma (source), Murzuq/Al Qatrun (Libyan authorities), Moscow/Ankara/France/Algeria are not movement places; "
        "the Seguedine ambush and the smuggling route to the border are not moves.",
 "oy2": "Alakhbar (Mauritania) from Agadez: an arms convoy Umm al-Aranib->Arlit via the Tummo pass, intercepted near "
        "Chirfa (shipment, reported; Chirfa is where it was stopped, Libya in the headline/lead is not added as origin), "
        "rebels massing in the Air mountains (mobilise), an earlier battalion move Dirkou->Djado (redeploy), the "
        "governor's conditional Arlit->Chirfa reinforcement, the LNA's planned company Sabha->Tajarhi and its denied "
        "pull-out from the Tummo crossing. Djado is Niger's plateau, not Jadu in the Nafusa; trucks from Madama are civil.",
 "oy3": "Enab Baladi: Syrian fighters airlifted Mitiga airport->Niamey, then bussed Niamey->Agadez; a group to move "
        "to Dirkou next month (planned, no origin written); a conditional return Niger->Tripoli; the faction's denied "
        "dispatch Afrin->Libya/Niger. Registration in Afrin, service near Tripoli, contracts in Turkey and a return to "
        "Syria that is only a hypothetical loss are not moves.",
 "oy4": "Radio Dabanga: a Sudanese armed group Murzuq->Djado via the Tummo crossing (headline retells it), Niger's "
        "army Dirkou->Djado (advance) and the group's pull-back Djado->the Libyan border, the LNA's conditional move "
        "out of Al Qatrun (no destination named), a planned LNA reinforcement to Murzuq and the RSF's denied "
        "Darfur->Libya dispatch. Tibesti/Sudan/Darfur factions' past fighting in Libya are background.",
 "oy5": "Libya Al-Ahrar from Tripoli: LNA cargo planes Tamanhint air base->Al Wigh airport (headline 'الويغ'), an LNA "
        "column Murzuq->Tummo crossing via Qatrun, a planned Nigerien company Madama->the other side of the crossing, "
        "a denied Russian airlift to Al Wigh airport and a denied Russian landing at Tobruk port, and the Tebu "
        "council's conditional mobilisation in Murzuq. Fuel trucks from Idri to Niger are smuggling, not forces.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oy1", "oy2", "oy3", "oy4", "oy5")
