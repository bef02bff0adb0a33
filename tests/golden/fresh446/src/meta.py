# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                   # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),     # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri al-Shati municipality"),     # G* (town row)
 "tamzawa": ("town", "LY", 27.57154, 14.20234, "Tamzawa"),                             # G
 "aqar": ("town", "LY", 27.53914, 14.16251, "Aqar"),                                   # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                 # G
 "barqin": ("town", "LY", 27.54801, 13.62914, "Barqin"),                               # G
 "qirdha": ("town", "LY", 27.55, 14.00, "Al Qirdah (Wadi al-Shati)"),                  # K (low confidence, see README)
 "qirdha_mun": ("district", "LY", 27.55, 14.00, "Al Qirdah al-Shati municipality"),    # K (same point)
 "mahruqa": ("town", "LY", 27.50, 13.45, "Al Mahruqah"),                               # K (low confidence, see README)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 # Sabha and the south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),            # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),           # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),              # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G* (row الحدود الليبية الجزائرية)
 # centre, east, capital
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                          # G* (air-base row as a point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                # G
 "sirte_port": ("crossing", "LY", 31.215, 16.598, "Port of Sirte"),                    # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.052, "Port of Benghazi"),              # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 # neighbours
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                           # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "qf1": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "البراكي", "شارع طرابلس", "إدريس الحسناوي",
         "الشاحنة المحروقة"],
 "qf2": ["الجيش الليبي", "سبوتنيك", "مصدر عسكري ليبي", "لواء طارق بن زياد المعزز"],
 "qf3": ["المتوسط", "الحاج سالم الإدريسي"],
 "qf4": ["يورونيوز", "عبد الله الطرابلسي"],
 "qf5": ["هنا ليبيا", "بن إدريس", "لا ادري", "التشاديين"],
}

PHEN = {
 "qf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "qf2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_crossings"],
 "qf3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "ambiguity_idri", "town_vs_district",
         "vague_area"],
 "qf4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qf5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries", "vague_area"],
}

MOVES = {
 "qf1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["براك الشاطئ", "تمزاوة", "آقار"]),
  mv("redeploy", "planned", LNA, ["براك"], ["إدري"], ["القرضة", "برقن"]),
  mv("withdraw", "denied", LNA, ["براك"], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", LNA, [], ["المحروقة"]),
 ],
 "qf2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "reported", LNA, ["ميناء سرت"], ["براك"], ["الجفرة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("redeploy", "planned", LNA, ["قاعدة براك الجوية"], ["سبها"]),
  mv("deploy", "denied", LNA, ["براك"], ["إدري"]),
  mv("deploy", "conditional", LNA, [], ["إدري", "المحروقة"]),
 ],
 "qf3": [
  mv("withdraw", "reported", LNA, ["المحروقة"], ["إدري"]),
  mv("mobilise", "reported", None, [], ["المحروقة"]),
  mv("reinforce", "denied", None, ["القرضة", "تامزاوة"], ["المحروقة"]),
  mv("deploy", "planned", LNA, ["براك"], ["المحروقة"], ["تامزاوة"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["المحروقة"]),
 ],
 "qf4": [
  mv("deploy", "reported", LNA, ["سبها"], ["براك"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت"], ["براك"]),
  mv("redeploy", "denied", LNA, ["تمزاوة", "القرضة"], ["براك"]),
  mv("redeploy", "planned", LNA, ["قاعدة براك الجوية"], ["قيرة"]),
  mv("reinforce", "conditional", LNA, ["سبها"], []),
 ],
 "qf5": [
  mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["ادري"], ["برقن", "المحروقة"]),
  mv("shipment", "reported", LNA, ["سبها"], ["ادري"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية", "ادري"]),
  mv("advance", "denied", "Chadian armed groups", ["أوباري"], ["ادري"]),
  mv("mobilise", "conditional", None, [], ["ادري"]),
 ],
}

NOTES = {
 "qf1": "Afrigate-style report from Brak al-Shati: Brigade 128 reinforcement Sabha→Brak al-Shati with new checkpoints "
        "at Tamzawa and Aqar (reported; headline retells it), a planned company Brak→Idri via Al-Qirdha and Barqin, the "
        "Brak municipality's denial of a pull-back from Brak's east gate to Brak air base, a conditional advance on "
        "Al-Mahruqa («إذا»). Traps: outlet, LNA name, the mayor البراكي, شارع طرابلس, إدريس, «الشاحنة المحروقة»; the "
        "closing Brak–Idri distance sentence is not a movement.",
 "qf2": "Sputnik-style report from Sabha on an LNA rotation: Il-76 airlift Benina air base→Brak air base, heavy kit "
        "landed by sea Benghazi port→Sirte port then overland to Brak via Al-Jufra (two moves), a planned second sea "
        "batch, a planned Brak base («القاعدة»)→Sabha company, the Idri council's denial of a column Brak→Idri and a "
        "conditional deployment in Idri and Al-Mahruqa («في حال»). Benghazi after Benina is a locator.",
 "qf3": "Al-Mutawaset-style report on a family feud in Al-Mahruqa: a checkpoint pulled back Al-Mahruqa→Idri (reported), "
        "armed men massing in Al-Mahruqa (mobilise, no named force), a rumoured «فزعة» from Al-Qirdha and Tamzawa "
        "denied by the Qirdha municipality and Tamzawa elders, a planned Brigade 128 company Brak→Al-Mahruqa via "
        "Tamzawa, conditional reinforcements from Sabha («إذا خُرقت الهدنة»). The elders' next meeting in Brak is not "
        "a movement.",
 "qf4": "Euronews-style report datelined Tripoli on power-cut protests closing the Sabha–Brak road: a battalion "
        "Sabha→Brak's south entrance (reported; headline retells it), ammunition trucks from Tamanhint (shipment), the "
        "Brak municipality's denial that Tamzawa/Al-Qirdha checkpoints were emptied, a planned Brak air base→Qirah gate "
        "company, conditional reinforcements from Sabha. Protesters' threat to go to Sharara and fuel smugglers to "
        "Toummo/the Niger border are not force movements; Tunis is a signing venue.",
 "qf5": "Hona Libya-style report from Idri (spelled ادري): a Brigade 128 company Brak air base→Idri via Barqin and "
        "Al-Mahruqa, ammunition/fuel trucks from Sabha, a planned flight Jufra air base→Brak air base with men going "
        "on to Idri, the mayor's denial of Chadian gunmen Ubari→Idri, a conditional «النفير العام» in Idri. The gang "
        "moving between the wadi and the Algerian border, the drivers' robbery and the mayor in Tunisia are not "
        "movements. Traps: «لا ادري», بن إدريس, التشاديين, هنا ليبيا.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qf1", "qf2", "qf3", "qf4", "qf5")
