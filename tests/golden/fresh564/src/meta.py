# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.9050, 13.1950, "Port of Tripoli"),                # K
 # ut1 Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),                     # G (row براك)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),       # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),                # G* (town row)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 # ut2 Ubari, Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_airport": ("airport", "LY", 26.58, 12.80, "Ubari Airport"),                      # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G* (row قاعدة تمنهنت)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),               # G* (row الحدود الليبية الجزائرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 # ut3 Gharyan
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),     # K
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                             # G
 "qawasim": ("town", "LY", 32.18418, 13.06045, "Al Qawasim"),                            # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 # ut4 Yafran
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "yafran_mun": ("district", "LY", 32.06329, 12.52859, "Yafran municipality"),            # G* (town row)
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                          # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                  # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G* (region row الجبل الغربي)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                     # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                   # G
 # ut5 Nalut
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),              # G* (town row)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                # K (GeoNames value quoted in fresh51 README)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
}

TRAPS = {
 "ut1": ["بوابة إفريقيا الإخبارية", "إذاعة براك المحلية", "محمد الإدريسي", "عجز مالي"],
 "ut2": ["صحيفة المتوسط", "إذاعة أوباري المحلية", "إبراهيم الغاتي", "«المتوسط»", "الشرارة التي أشعلت",
         "موسى الإدريسي", "تشادية", "الجزائرية"],
 "ut3": ["صحيفة فبراير", "إذاعة غريان المحلية", "عبد الباسط الغرياني", "المجلس العسكري الزنتان",
         "الأهلي طرابلس"],
 "ut4": ["قناة المسار", "إذاعة يفرن المحلية", "المجلس العسكري الزنتان", "المنطقة العسكرية الغربية",
         "سليمان اليفرني", "دعم مالي", "شارع طرابلس"],
 "ut5": ["منصة حكومتنا", "وكالة تونس إفريقيا للأنباء", "الجيش التونسي", "إذاعة نالوت المحلية", "خالد النالوتي",
         "المصحات التونسية"],
}

PHEN = {
 "ut1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "ut2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ut3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli", "vague_area"],
 "ut4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "ut5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ut1": [
  mv("deploy", "reported", None, ["براك الشاطئ"], ["قيرة"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "denied", LNA, ["إدري"], ["سبها"]),
  mv("mobilise", "conditional", None, [], ["براك الشاطىء"]),
 ],
 "ut2": [
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["اوباري"]),
  mv("withdraw", "conditional", LNA, ["اوباري"], ["حقل الشرارة"]),
  mv("shipment", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار أوباري"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["منفذ إيسين"]),
 ],
 "ut3": [
  mv("reinforce", "reported", GNA, ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("reinforce", "planned", "Misrata forces", ["ميناء طرابلس"], ["غريان"]),
  mv("advance", "conditional", GNA, ["غريان"], ["مزدة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("deploy", "planned", GNA, ["غريان"], ["القواسم"]),
 ],
 "ut4": [
  mv("withdraw", "reported", "Zintan forces", ["الرياينة"], ["الزنتان"]),
  mv("redeploy", "reported", GNA, ["يفرن"], ["الرياينة"]),
  mv("reinforce", "conditional", GNA, ["طرابلس"], ["يفرن"]),
  mv("shipment", "planned", GNA, ["قاعدة الوطية"], ["يفرن"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["ككلة"]),
 ],
 "ut5": [
  mv("deploy", "reported", GNA, ["نالوت"], ["منفذ وازن"]),
  mv("naval_landing", "planned", GNA, ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("reinforce", "planned", GNA, ["ميناء زوارة"], ["نالوت"]),
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("shipment", "denied", None, [], ["نالوت"], ["منفذ وازن"]),
  mv("deploy", "conditional", GNA, [], ["حقل الوفاء"]),
 ],
}

NOTES = {
 "ut1": "Brak al-Shati local-radio bulletin (Afrigate News manner): police patrols Brak→the Qirah gate, a Brigade 128 "
        "reinforcement Sabha→Brak air base, a planned cargo flight Benina air base→Brak air base, the Idri "
        "municipality's denial of an army pull-out Idri→Sabha, and a tribal mobilisation in Brak conditional on the fuel "
        "crisis; no-movement items on finances, electricity (Qirah, Idri) and exams; traps: the radio, the outlet, "
        "«الإدريسي», «عجز مالي».",
 "ut2": "Ubari municipal/radio items (Al-Mutawaset manner): an LNA company redeployed Sharara field→Ubari (spelled "
        "اوباري) and its pull-back to the field conditional («بمجرد»), a supply convoy Sabha→Ubari via Germa and "
        "Al-Ghurayfa, a planned military flight Tamanhint air base→Ubari airport, Ghat municipality's denial of a "
        "Chadian build-up at the Isayen crossing; a civilian delegation back from Algiers is not a movement; traps: "
        "«الشرارة التي أشعلت», «الغاتي», «الإدريسي», «المتوسط».",
 "ut3": "Gharyan items (Febrayer manner): a GNU column Tripoli→Gharyan via Al-Aziziyah, a Misrata battalion landed "
        "Misrata port→Tripoli port and due to join the column in Gharyan, a conditional advance on Mizda («إذا ثبت»), "
        "Zintan's denial of massing at Al-Asabaa, planned police patrols Gharyan→Al-Qawasim; water and football items "
        "without movement; traps: «الأهلي طرابلس», «الغرياني», the Zintan military council.",
 "ut4": "Yafran council/radio items (Al-Massar manner): Zintan's pull-out Al-Riyayna→Zintan, a Western Military "
        "Region unit Yafran→Al-Riyayna (the gates it left), reinforcements Tripoli→Yafran «إذا خرق الاتفاق», a planned "
        "equipment shipment Al-Watiya→Yafran, the mayor's denial of a Zintan advance on Kikla; a street closure on "
        "«شارع طرابلس» and a crafts fair (Jadu, Kabaw, Nalut) without movement.",
 "ut5": "Nalut items (Hakomitna manner): border guards Nalut→Wazin crossing, a planned sea move of a marine company Tripoli port→Zuwara "
        "port and on by road to Nalut, a Tunisian reinforcement Remada→Dehiba, the mayor's denial of an "
        "arms shipment via the crossing, a company for the Wafa field «إذا تعرض الخط»; a delegation to Tunis and exams "
        "without movement; traps: TAP (وكالة تونس إفريقيا للأنباء), «النالوتي», nisba «التونسي/التونسية».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ut1", "ut2", "ut3", "ut4", "ut5")
