# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # cities abroad (datelines, capitals by metonymy)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # Sirte-Jufra line, oil crescent, Misrata, Tripoli
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra District"),                        # K (README convention: point near Hun/Waddan)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G (also written قاعدة الجفرة)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata Airport"),           # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G (row district:LY-MQ, written شعبية مرزق)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 # Algerian border (south and north)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (row kind village)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G* (row عين أميناس, written إن أمناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "border_dz_ly": ("region", "DZ", 26.6, 9.6, "Algeria-Libya border (Algeria side)"),    # K
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),          # G
 "tripoint_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 # Tunisian border
 "border_ly_tn_row": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),      # G* (row الحدود الليبية التونسية, written الحدود التونسية الليبية)
 "border_tn_ly": ("region", "TN", 32.70, 11.05, "Tunisia-Libya border (Tunisia side)"),  # K
 "ras_jdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير, written معبر رأس جدير / رأس جدير)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (row kind city)
}

TRAPS = {
 "qmy1": ["الأفكار", "عادل السرتي", "الجيش الوطني الليبي", "كتائب مصراتة", "بركان الغضب", "الفيلق الأفريقي",
          "مبالغات", "الليبي", "اللبنانية", "تركية", "الأتراك", "الروس"],
 "qmy2": ["المركز الليبي للدراسات الأمنية والعسكرية", "اللواء طارق بن زياد", "الفيلق الأفريقي",
          "شركة البريقة لتسويق النفط", "جبهة الوفاق من أجل التغيير في تشاد", "التوازن", "التشادية", "روسية"],
 "qmy3": ["إذاعة الجزائر الدولية", "الجيش الوطني الشعبي", "الدعم المالي", "الليبي", "ليبية", "ليبي", "جزائرية"],
 "qmy4": ["قناة المستقلة", "المستقلة", "الجيش التونسي", "نور الدين الزنتاني", "الزنتاني", "يرد لها الجميل",
          "التوازن", "التونسي", "الليبي"],
 "qmy5": ["عين الجزائر", "اللواء 444 قتال", "تدريجياً", "السفارة التركية", "تركية"],
}

PHEN = {
 "qmy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qmy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qmy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qmy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmy5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmy1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت", "قاعدة القرضابية"]),
  mv("redeploy", "reported", "Misrata forces", ["مصراته"], ["أبوقرين", "الوشكة"]),
  mv("redeploy", "planned", "Libyan National Army", ["سوكنة"], ["بن جواد"]),
  mv("withdraw", "conditional", "GNA forces", ["أبوقرين"], []),
  mv("airlift", "denied", "Turkish armed forces", [], ["مطار مصراتة"]),
 ],
 "qmy2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["اوباري", "حقل الشرارة"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["مرزق"]),
 ],
 "qmy3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["إن أمناس"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["منفذ إيسين"]),
  mv("advance", "conditional", "Libyan National Army", [], ["غات"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "qmy4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["رأس جدير"]),
  mv("withdraw", "conditional", "Zintan forces", ["منفذ وازن"], []),
  mv("mobilise", "denied", "GNA forces", [], ["الجميل"]),
 ],
 "qmy5": [
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "reported", "Libyan National Army", ["الشويرف"], ["الحمادة الحمراء"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["مطار غدامس"]),
  mv("advance", "conditional", "Libyan National Army", [], ["درج", "سيناون"]),
  mv("reinforce", "planned", "Algerian army", ["ورقلة"], ["الدبداب"]),
 ],
}

NOTES = {
 "qmy1": "Lebanese weekly magazine (Al-Afkar) interview from Beirut with a retired Libyan artillery brigadier on the "
         "Sirte-Jufra line: LNA reinforcements Jufra air base→Sirte and the Gardabya base (reported), Misrata "
         "battalions redeploying Misrata (written مصراته)→Abu Qurayn and Al-Washka (reported), a planned LNA brigade Sokna→Bin Jawad "
         "(the oil crescent only as purpose), a conditional GNU pull-back from Abu Qurayn (Jufra only inside the "
         "condition) and Ankara's denial of Turkish cargo flights to Misrata airport; the brigadier's own scenario "
         "(«لو قررت قوات الغرب اختراق الخط من أبوقرين نحو سرت») is hypothetical and not a movement, the 2020 halt of "
         "Volcano of Rage at Abu Qurayn is background, Africa Corps staying in Jufra/Waddan is presence; Lebanese "
         "Tripoli (طرابلس اللبنانية) beside Libyan Tripoli; «السرتي» and «مبالغات» hold سرت and غات.",
 "qmy2": "Libyan think-tank newsletter (Libyan Center for Security and Military Studies, monthly harvest) on the "
         "Fezzan: a Tariq bin Ziyad brigade column Sabha→Ubari (written اوباري) and the Sharara field (reported), an "
         "LNA ammunition convoy Sabha→Qatrun (shipment, reported), a Russian Africa "
         "Corps cargo flight Brak air base→Niger (reported), a planned LNA company Qatrun→Tummo crossing, the 128th "
         "brigade's conditional advance to the border with Niger (Niamey only inside the condition) and FACT's "
         "denied move Umm al-Aranib→Murzuq; the civilian fuel tankers to Sabha, the newsletter's own scenario "
         "(Chadian groups spreading between Tajarhi and Qatrun after a collapse in Murzuq district, شعبية مرزق) and Chad as the smugglers' "
         "road are not movements; the Brega marketing company name holds البريقة.",
 "qmy3": "Algerian international radio (Radio Algérie Internationale) interview transcript from Algiers with a "
         "retired Algerian general on the border with Libya: army units Illizi→Djanet (reported), a planned regiment "
         "to In Amenas (Tiguentourine only as purpose), an LNA column Ubari→Isayen crossing (reported), the LNA's "
         "conditional entry into Ghat and the denied entry of Algerian units into Al-Awaynat; the general's "
         "hypothetical transfer of brigades Tamanrasset→Djanet («لو انهار الوضع في غات») is a scenario, not a "
         "movement; Algiers (dateline) vs Algeria (country); smuggling from Mali and Niger is not a force movement; "
         "«الدعم المالي» holds مالي.",
 "qmy4": "Talk-show summary from the London-based Tunisian-owned channel Al-Mustaqilla on the Tunisia-Libya border: "
         "Tunisian armour Medenine→Ben Gardane (reported), a planned Tunisian reconnaissance unit Tataouine→Dehiba, "
         "a GNU chief-of-staff force Zawiya→Ras Jedir (reported, second mention), a Zintani battalion's conditional "
         "withdrawal from the Wazin crossing and the denied GNU massing at Al-Jumayl; travellers and trucks at Ras "
         "Jedir (civilian; headline spelling راس اجدير), the handover by Zuwara's council and the guest's hypothetical Tunisian push to the border "
         "after clashes in Zuwara are not movements; «الزنتاني», «يرد لها الجميل», «التوازن» hold الزنتان, الجميل, وازن.",
 "qmy5": "Algerian daily column (Ayn El Djazair «عين الجزائر») by a retired colonel on the Ghadames tri-border: a GNU "
         "444th brigade airlift Mitiga base→Ghadames airport (reported), an LNA column Al-Shwayrif→Hamada al-Hamra "
         "(reported), the Turkish embassy's denial of an air-defence deployment at Ghadames airport, the LNA's "
         "conditional advance towards Derj and Sinawen and a planned Algerian battalion Ouargla→Debdeb; the "
         "headline repeats the Mitiga flights and the Shwayrif column (no extra movement); the columnist's worst case (the Shwayrif column reaching Ghadames, Hassi Messaoud's fields within reach), the "
         "2013 Tiguentourine attack, Borj El Khadra, Nalut and the triangle are background; «تدريجياً» holds درج.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmy1", "qmy2", "qmy3", "qmy4", "qmy5")
