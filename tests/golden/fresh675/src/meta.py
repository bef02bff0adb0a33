# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                             # G
 "cameroon": ("country", "CM", 7.37289, 13.61144, "Cameroon"),                          # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "adjikossei": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),              # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou province"),                   # G* (row بوركو, written إقليم بوركو)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarké"),                           # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardaï"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi gold-mining area"),      # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "aozou_strip": ("region", "TD", 22.3, 19.0, "Aozou Strip"),                            # K
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "border_td_ly": ("region", "TD", 22.10, 17.50, "Chad-Libya border (Chadian side)"),   # K
 "border_td_ne": ("region", "TD", 13.80, 13.80, "Chad-Niger border on Lake Chad (Chadian side)"),  # K
 "lakechad": ("region", "TD", 13.30000, 14.40000, "Lake Chad"),                         # G
 "lac": ("district", "TD", 13.75991, 14.16689, "Lac province"),                         # G
 "bol": ("town", "TD", 13.4586, 14.7147, "Bol"),                                        # K
 "bagasola": ("town", "TD", 13.5333, 14.3167, "Baga Sola"),                             # K
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "wawnamus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                      # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "za1": ["الجيش التشادي", "تلي تشاد", "التلفزيون الوطني التشادي", "الجيش الوطني التشادي", "الزوار",
         "محمد إدريس ديبي إتنو"],
 "za2": ["تشاد إنفوس", "جبهة التناوب والوفاق في تشاد", "القيادة العامة للجيش الوطني الليبي", "صالح القطروني", "الجانب التشادي",
         "التشادية"],
 "za3": ["إف إم ليبرتي", "الجيش الوطني التشادي", "دارفورية", "الليبية", "القيادة العامة للجيش الوطني الليبي", "اللواء طارق بن زياد",
         "مالي"],
 "za4": ["هسكنيت", "ندراسون", "زوارق", "الجيش الوطني التشادي", "جبهة البحيرة", "مجلس القيادة العسكرية لإنقاذ الجمهورية"],
 "za5": ["لوبروغريه", "دارفورية", "القيادة العامة للجيش الوطني الليبي", "التشادية", "محمد إدريس ديبي إتنو"],
}

PHEN = {
 "za1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "za2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "za3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "za4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area", "border_phrase",
         "town_vs_district", "coverage_neighbours", "countries"],
 "za5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


# actor None = the Chadian army (ANT) or a joint Chad-Libya force: no canonical actor name exists for either.
MOVES = {
 "za1": [
  mv("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("reinforce", "reported", None, ["فايا"], ["زوار"]),
  mv("advance", "planned", None, ["زوار"], ["كوري بوقودي"], ["وور"]),
  mv("deploy", "conditional", None, ["برداي"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Chadian armed groups", ["كوري بوقودي"], ["القطرون"]),
 ],
 "za2": [
  mv("advance", "reported", "Chadian armed groups", ["أم الارانب"], ["وور"], ["منفذ التوم"]),
  mv("deploy", "reported", None, ["بارداي"], ["أوزو"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تجرهي"]),
  mv("redeploy", "planned", "Libyan National Army", ["حقل الفيل"], ["القطرون"]),
  mv("shipment", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
 ],
 "za3": [
  mv("advance", "reported", None, ["زوار"], ["كوري بوغودي"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["كوري بوغودي"], ["أم الأرانب", "مرزق"]),
  mv("airlift", "planned", None, ["فايا"], ["كوري بوغودي"]),
  mv("shipment", "denied", "Libyan National Army", ["القطرون"], ["كوري بوغودي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["الحدود مع تشاد"]),
 ],
 "za4": [
  mv("naval_landing", "reported", None, ["بول"], ["باغا سولا"]),
  mv("naval_landing", "planned", None, ["باغا سولا"], ["الحدود مع النيجر"]),
  mv("redeploy", "reported", None, ["بول"], ["فايا"], ["أنجمينا"]),
  mv("withdraw", "conditional", None, [], ["بول"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["كوري بوقودي"]),
 ],
 "za5": [
  mv("deploy", "planned", None, [], ["أوزو", "القطرون"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["حقل الشرارة"], ["أوباري"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة الويغ"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار الكفرة"]),
 ],
}

NOTES = {
 "za1": "ONRTV (Télé Tchad): an ANT airlift Adji Kossei air base→Faya-Largeau airport, a 40-vehicle column Faya→Zouar, "
        "a planned advance Zouar→Kouri Bougoudi via Wour, a conditional armoured battalion Bardaï→the border with Libya "
        "(Umm al-Aranib only in the condition), and the CCMSR's denied pull-out Kouri Bougoudi→Al Qatrun ('in southern "
        "Libya' locates Qatrun). Tripoli and Algiers are only the minister's tour; 'الزوار' (visitors) and Idriss Déby's "
        "name are traps; Borkou is the province beside Faya.",
 "za2": "Tchadinfos (Faya-Largeau): a FACT column Umm al-Aranib→Wour via the Toummo crossing (the Libya-Niger border "
        "only locates the crossing), an ANT deployment Bardaï→Aozou (Zouarké only background), the UFR's denied massing "
        "in Tajarhi (Niger only where the photos were taken), an LNA battalion planned El Feel field→Al Qatrun ('the "
        "border with Chad' is the purpose, not a destination) and a conditional ammunition shipment Sabha→Al Qatrun (the "
        "border triangle only in the condition). The headline repeats the FACT crossing.",
 "za3": "FM Liberté: ANT units from Zouar encircle Kouri Bougoudi (spelled بوغودي), Darfuri armed miners leave for Umm "
        "al-Aranib and Murzuq, a planned helicopter lift Faya→Kouri Bougoudi, the LNA's denied weapons shipment Al "
        "Qatrun→Kouri Bougoudi (Sabha only the radio's location), and a conditional LNA reinforcement Tamanhint base→"
        "the border with Chad (the mining sites south of Al Qatrun and near Waw an-Namus are only referred to). The last "
        "paragraphs (the border with Libya, Sudan, Niger, southern Libya) are background.",
 "za4": "Radio Ndarason: an ANT boat landing Bol→islands near Baga Sola (Operation Haskanite, trap), a planned second "
        "landing from Baga Sola onto islands near the border with Niger, a battalion Bol→Faya via N'Djamena, its "
        "conditional return to Bol (Tibesti only the condition; no origin written), and the CCMSR's denied massing in "
        "Kouri Bougoudi. Lake Chad, the Lac province, Nigeria, Cameroon and the supply-line towns are not movement places.",
 "za5": "Le Progrès: a planned joint Chad-Libya force for Aozou and Al Qatrun (Tripoli only the venue), Darfuri guards "
        "pulling out of the Sharara field towards Ubari, the LNA's denied massing at Al Wigh base and its conditional "
        "airlift Tamanhint base→Kufra airport; the Toummo crossing (smuggling trucks from Sabha), Algeria, the Aozou "
        "Strip and Aozou's history are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("za1", "za2", "za3", "za4", "za5")
