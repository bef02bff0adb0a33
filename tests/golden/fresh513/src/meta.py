# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # cities and towns
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row spelled أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port (Amsaad-Sallum crossing)"),  # G* (row منفذ امساعد)
 # oil fields and terminals
 "waha": ("oilfield", "LY", 28.30, 19.90, "Waha oil field"),                            # K (not in gazetteer; see README)
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),            # G* (town row البريقة)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 # bases and airports
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 # districts and regions
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G (district row, used as the area)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G* (row جنوب شرق ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
}

LNA, EGY = "Libyan National Army", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "su1": ["المتوسط", "شركة الواحة للنفط", "عبد الحكيم الأوجلي", "المنطقة الوسطى", "هذه الواحة"],
 "su2": ["سبوتنيك", "الجيش الوطني الليبي", "شركة الخليج العربي للنفط", "السودانية", "عبد الرحمن الإدريسي"],
 "su3": ["مصطفى الطرابلسي", "المنطقة الوسطى", "الليبيين"],
 "su4": ["ليبيا الخبر", "منطقة الواحات العسكرية", "الجالوية", "هذه الواحة الهادئة", "ما ادري", "شركة الواحة للنفط"],
 "su5": ["القاهرة الإخبارية", "المنطقة الغربية العسكرية", "المصري", "الليبية"],
}

PHEN = {
 "su1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "coverage_oil", "town_vs_district", "common_word_trap", "ambiguity_country_capital"],
 "su2": ["clitics", "multiword", "media_trap", "operation_trap", "border_phrase", "countries",
         "coverage_neighbours", "coverage_oil", "vague_area", "nisba", "coverage_bases", "ambiguity_tripoli",
         "ambiguity_idri", "person_trap"],
 "su3": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "ambiguity_tripoli", "nisba",
         "coverage_oil", "ambiguity_country_capital"],
 "su4": ["clitics", "spelling", "town_vs_district", "media_trap", "operation_trap", "nisba", "multiword",
         "coverage_oil", "vague_area", "common_word_trap", "ambiguity_idri"],
 "su5": ["clitics", "multiword", "media_trap", "operation_trap", "border_phrase", "countries",
         "coverage_neighbours", "coverage_bases", "coverage_oil", "vague_area", "nisba", "coverage_crossings"],
}

MOVES = {
 "su1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["جالو"], ["اجدابيا"]),
  mv("deploy", "planned", LNA, ["جالو"], ["حقل الواحة", "حقل النافورة"]),
  mv("withdraw", "denied", None, ["حقل الواحة"]),
  mv("reinforce", "conditional", LNA, ["اجدابيا"], ["أوجلة"]),
 ],
 "su2": [
  mv("redeploy", "reported", LNA, ["حقل مسلة"], ["حقل السرير"]),
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["حقل السرير"], ["اجدابيا", "جالو"]),
  mv("deploy", "conditional", LNA, ["الكفرة"], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["ليبيا", "حقل السرير"]),
 ],
 "su3": [
  mv("mobilise", "reported", LNA, ["بنغازي", "المرج"], ["إجدابيا"]),
  mv("withdraw", "reported", LNA, ["أوجلة"], ["جالو"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء البريقة"]),
  mv("deploy", "denied", LNA, [], ["حقل الواحة"]),
  mv("deploy", "planned", None, ["راس لانوف"], ["حقل الواحة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
 ],
 "su4": [
  mv("deploy", "reported", LNA, [], ["اجدابيا", "جالو"]),
  mv("mobilise", "denied", None, [], ["أوجلة"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["حقل السرير"]),
  mv("withdraw", "conditional", LNA, ["جالو"]),
 ],
 "su5": [
  mv("reinforce", "denied", EGY, [], ["الحدود مع ليبيا"]),
  mv("shipment", "denied", EGY, [], ["شرق ليبيا"], ["منفذ السلوم البري"]),
  mv("deploy", "conditional", EGY, [], ["السلوم"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء الحريقة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["حقل السرير", "حقل مسلة"]),
 ],
}

NOTES = {
 "su1": "Al-Mutawaset, Ajdabiya: a Tariq bin Ziyad (LNA) reinforcement Benghazi->Jalu via Ajdabiya (headline retells it), "
        "a planned company Jalu->the Waha/Nafoora fields, the oil guards' denied pull-out from the Waha field and a "
        "conditional battalion Ajdabiya->Awjila («في حال»). Traps: the outlet «المتوسط», Waha Oil Company, a person "
        "«الأوجلي», the PFG branch «المنطقة الوسطى»; Es Sider and Al Wahat are places without movement.",
 "su2": "Sputnik Arabic, Benghazi: an LNA (Brigade 106) redeploy Messla->Sarir field, a planned fuel/ammunition "
        "shipment Benghazi->the Sarir field («الحقل») via Ajdabiya and Jalu, a conditional Subul al-Salam move "
        "Kufra->the Sudan border («إذا») and the RSF's denied advance into Libya/towards Sarir. Jalu as locator, "
        "Hariga/Tobruk as pipeline end and the first border mention are not movement places.",
 "su3": "Al-Tanasuh TV, Tripoli: NOC denies sabotage at the Waha field; an LNA build-up at Ajdabiya from Benghazi and "
        "Al-Marj, last month's pull-back Awjila->Jalu (flashback), the LNA's denied deployment to the Waha field, a planned "
        "PFG unit Ras Lanuf->the field («الحقل») and a Misrata commander's conditional advance on Sirte (Misrata is "
        "the venue, not an origin). Traps: «مصطفى الطرابلسي», «المنطقة الوسطى».",
 "su4": "Libya Alkhabar, Jalu: elders of Jalu and Awjila; LNA patrols on the Ajdabiya-Jalu road (both ends "
        "destinations), the Jalu mayor's denial of a youth mobilisation in Awjila, a planned company Tazirbu->the "
        "Sarir field and a conditional pull-out of heavy vehicles from Jalu («متى ما»). «بلدية جالو» is the district; "
        "traps: the outlet «ليبيا الخبر», «منطقة الواحات العسكرية», «الجالوية», Waha Oil Company.",
 "su5": "Al Qahera News, Cairo: Egypt denies reinforcing its border with Libya and would deploy to Sallum «إذا»; an "
        "LNA marine landing Benghazi->Hariga port, an airlift Benina air base->Kufra airport and the same troops' planned "
        "move Kufra->the Sarir and Messla fields. Cairo (dateline, analysts), the headline «الحدود الغربية», Sudan and "
        "the border triangle are places without movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("su1", "su2", "su3", "su4", "su5")
