# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "deir_ezzor": ("city", "SY", 35.33588, 40.14084, "Deir ez-Zor"),                       # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "sanaa": ("city", "YE", 15.35452, 44.20646, "Sanaa"),                                  # G
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                    # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village; a wilaya seat, kept as town)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G (town row; «مدينة إليزي»)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "border_dz_ly": ("region", "DZ", 24.85, 9.85, "Algeria-Libya border (Algeria side)"),  # K
 # Libya: north and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 # Libya: Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (also bare تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_airport": ("airport", "LY", 26.5675, 12.8236, "Ubari Airport"),                 # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G (row حقل الشرارة, written الشرارة)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G (also written عوينات after لل)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                   # G (district row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G (row منفذ إيسين; also bare إيسين)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                     # G
 "zuwaila": ("town", "LY", 26.16188, 15.12522, "Zuwaila"),                              # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G (row تمسة; also written تمسه)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "qqp1": ["رايــة", "ليبية", "المبالغات", "محمد الغاتي"],
 "qqp2": ["سناك سوري", "فيلق أفريقيا", "إدريس الشريف", "من هون لهون", "سورياً", "السوريين", "سوريون",
          "سوريين", "الليبية", "ليبية", "ليبي", "الروسية", "روسية", "الروس"],
 "qqp3": ["ألترا عراق", "كتيبة شهداء أم الأرانب", "عراقية", "التشاديين", "تشاديين", "البوابة الشرقية",
          "موسى المرزوقي"],
 "qqp4": ["سام برس", "ليبي", "ليبية", "روسية", "البوابة الشمالية"],
 "qqp5": ["المشهد الجنوبي الأول", "الجزائري", "جزائرية", "ليبية", "الشريط الحدودي", "قرى الوادي"],
}

PHEN = {
 "qqp1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_oil"],
 "qqp2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area",
          "coverage_bases", "countries"],
 "qqp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qqp4": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "coverage_bases", "countries"],
 "qqp5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qqp1": [
  mv("deploy", "planned", LNA, ["أوباري"], ["غات"]),
  mv("withdraw", "denied", LNA, ["الشرارة"], ["أوباري"]),
  mv("reinforce", "conditional", LNA, ["براك"], ["مطار أوباري"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["أوباري"]),
 ],
 "qqp2": [
  mv("airlift", "planned", "Syrian mercenaries", ["تمنهنت"], ["مطار غات"]),
  mv("deploy", "conditional", "Russian forces", ["براك"], ["أوباري"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  mv("shipment", "denied", "Russian forces", ["الجفرة"], ["براك"]),
 ],
 "qqp3": [
  mv("redeploy", "planned", LNA, ["براك"], ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
  mv("deploy", "conditional", LNA, ["تمسه"], ["زويلة"]),
  mv("deploy", "reported", LNA, ["سبها"], ["تمسة"], ["زويلة"]),
 ],
 "qqp4": [
  mv("redeploy", "planned", LNA, ["ودان"], ["سوكنة"]),
  mv("deploy", "conditional", LNA, [], ["هون"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["الشويرف"]),
 ],
 "qqp5": [
  mv("deploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "planned", LNA, ["مطار غات"], ["إيسين"]),
  mv("withdraw", "conditional", LNA, ["غات"], ["عوينات"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["البركات"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qqp1": "Palestinian radio site (Raya FM) with a Tripoli dateline on a leaked recording attributed to the commander "
         "of an LNA battalion in Sabha: the recording's planned order to move the company in Ubari to Ghat «قولهم يمشوا "
         "لغات», its claim of a pull-out Sharara→Ubari which the commander denies («ما سحبنا منها حتى عسكري»), its "
         "conditional order to bring a company from Brak in support of those at Ubari airport if the road is closed at "
         "Al-Awaynat, and a column Tamanhint base→Ubari confirmed by residents; the Tripoli dateline, Benghazi (silent command), civilian "
         "lorries from Sabha stuck at Al-Awaynat, the Ubari–Ghat road and the 2019 entry into Ubari and Ghat "
         "(background) are not movements or movement places; «المبالغات» holds غات.",
 "qqp2": "Syrian news site (Snack Syrian) on a leaked voice note attributed to the LNA's Brak axis commander about "
         "Syrian fighters beside Russian forces: a planned flight of the Syrians Tamanhint→Ghat airport, a conditional "
         "Russian deployment Brak→Ubari (Ghat only in the condition), sixty Syrian fighters moved Jufra air base→"
         "Tamanhint base (confirmed by a Brak source) and a Russian arms shipment Al-Jufra→Brak denied by the "
         "commander; Moscow (silent), Deir ez-Zor and Aleppo (fighters' origins, families), Libya and Southern Libya are "
         "not movement places; the Syrian-dialect aside «من هون لهون» (“from here to there”) holds Hun.",
 "qqp3": "Iraqi news site (Ultra Iraq) on a voice message attributed to the commander of an LNA battalion in Murzuq: "
         "a planned company Brak→Murzuq (confirmed as scheduled by an officer), Chadian fighters from the border with "
         "Niger massing near Al Qatrun (denied by Al Qatrun officials), a conditional LNA move Tmassah (written تمسه)→"
         "Zuwaila if the Chadians enter Umm al-Aranib, and an LNA force Sabha→Tmassah (written تمسة) via Zuwaila seen "
         "by witnesses; Baghdad and Iraq (comparison), the civilian Sabha–Murzuq traffic and Umm al-Aranib inside the "
         "battalion's name and inside the condition are not movement places.",
 "qqp4": "Yemeni news site (Sam Press) on a leaked recording attributed to an LNA armoured brigade commander in "
         "Al-Jufra: a planned tank transfer Waddan→Sokna (confirmed as scheduled), a conditional deployment to Hun if "
         "Misrata's forces move from Ash Shwayrif, an LNA munitions convoy Benghazi→Jufra air base, a Russian ship "
         "landing equipment and personnel at Tobruk port, and Misrata columns Misrata→Ash Shwayrif denied by the "
         "Misrata military council; Tripoli (silent), civilian Hun–Sabha traffic, Sanaa and Aden (comparison) are not "
         "movement places.",
 "qqp5": "Southern Yemeni news site (Al-Mashhad al-Janoubi al-Awwal) on a voice message attributed to the commander of "
         "an LNA company that reached Ghat (on the border with Algeria) from Ubari via Al-Awaynat: a planned half-company Ghat airport→Isayen, a "
         "conditional pull-back Ghat→Al-Awaynat (written عوينات after لل) if the crossing is closed from the other side, "
         "Algerian reinforcements Illizi→Djanet and an Algerian patrol's denied crossing of the border with Libya towards "
         "Al-Barakat; the Isayen crossing's closure, civilian trade Ghat–Djanet, Benghazi (silent command), last year's "
         "road closure Ubari–Ghat and «قرى الوادي» are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqp1", "qqp2", "qqp3", "qqp4", "qqp5")
