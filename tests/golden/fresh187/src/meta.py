# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # gg1 west coast (municipal vote)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "ajaylat_mun": ("district", "LY", 32.75718, 12.37633, "Al Ajaylat municipality"),      # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                     # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 # gg2 Algerian border / Ghat / Ghadames (national vote)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "border_dz": ("region", "DZ", 29.0, 9.75, "Algeria-Libya border (Algerian side)"),   # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, DZ side)
 # gg3 Tunisian border (national vote)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn": ("region", "TN", 32.90, 11.30, "Tunisia-Libya border (Tunisian side)"),  # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 # gg4 central coast (municipal vote)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (oilfield row as town)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (row قاعدة القرضابية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sirte_port": ("crossing", "LY", 31.215, 16.600, "Sirte port"),                       # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # gg5 Fezzan (municipal vote)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
}

TRAPS = {
 "gg1": ["قناة النبأ", "النبأ", "العقيد خالد الصبراتي", "المنطقة العسكرية الساحل الغربي", "قناة ليبيا الأحرار"],
 "gg2": ["الشروق أونلاين", "الشروق", "محمد الغدامسي", "الجيش الوطني الليبي", "الجيش الوطني الشعبي",
         "الانتخابات الليبية", "ليبية", "جزائرية", "الجانب الجزائري", "درجت العادة"],
 "gg3": ["شمس أف أم", "أنيس المدنيني", "جيش البر", "الانتخابات الليبية", "الجانب الليبي", "الليبيين", "ليبية", "الضفة الأخرى"],
 "gg4": ["الجيش الليبي", "القيادة العامة للجيش الوطني الليبي", "قناة ليبيا الحدث", "اللواء طارق بن زياد",
         "مجمع واغادوغو للمؤتمرات", "العقيد سالم الإدريسي", "المجلس العسكري مصراتة", "المصري", "الشعب الليبي"],
 "gg5": ["الميادين نت", "الجيش الوطني الليبي", "علي القطروني", "المجلس الاجتماعي لقبائل التبو", "تشادية"],
}

PHEN = {
 "gg1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "ambiguity_tripoli",
         "coverage_bases", "coverage_oil", "town_vs_district", "countries"],
 "gg2": ["clitics", "multiword", "border_phrase", "coverage_neighbours", "coverage_crossings", "countries",
         "person_trap", "media_trap", "operation_trap", "nisba", "spelling", "common_word_trap",
         "ambiguity_country_capital"],
 "gg3": ["clitics", "multiword", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries",
         "ambiguity_tripoli", "ambiguity_country_capital", "person_trap", "media_trap", "nisba", "common_word_trap"],
 "gg4": ["clitics", "multiword", "spelling", "coverage_bases", "coverage_oil", "media_trap", "operation_trap",
         "person_trap", "ambiguity_idri", "vague_area", "nisba", "countries"],
 "gg5": ["clitics", "multiword", "vague_area", "border_phrase", "coverage_bases", "person_trap", "media_trap",
         "ambiguity_idri", "town_vs_district", "countries", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gg1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["صبراتة"], ["جنزور", "الماية"]),
  mv("deploy", "reported", "GNA forces", ["صبراتة"], ["صرمان", "العجيلات"]),
  mv("withdraw", "reported", "GNA forces", ["العجيلات"], []),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("shipment", "planned", "GNA forces", ["زوارة"], ["طرابلس"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة الوطية الجوية"], ["زوارة", "الجميل"]),
  mv("advance", "denied", None, ["الزاوية"], ["صرمان"]),
 ],
 "gg2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "عين أمناس"], ["حاسي مسعود"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات", "العوينات"], ["أوباري"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار غات"], ["سبها"]),
  mv("deploy", "conditional", "GNA forces", ["درج"], ["غدامس"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["معبر تين الكوم"]),
  mv("withdraw", "planned", "Libyan National Army", ["غات"], ["العوينات"]),
 ],
 "gg3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس جدير"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة", "رقدالين", "الجميل"]),
  mv("withdraw", "reported", None, ["رأس جدير"], ["زلطن"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["نالوت"]),
 ],
 "gg4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["بن جواد", "راس لانوف"]),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة القرضابية الجوية"], ["سرت"]),
  mv("withdraw", "reported", "Libyan National Army", ["أجدابيا", "البريقة"], []),
  mv("naval_landing", "planned", "Libyan National Army", ["بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين", "الوشكة"]),
 ],
 "gg5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق", "تراغن", "أم الأرانب"]),
  mv("withdraw", "planned", "Libyan National Army", ["مرزق"], ["سبها"]),
  mv("shipment", "reported", "Libyan National Army", ["القطرون"], ["مرزق"]),
  mv("airlift", "conditional", "Libyan National Army", ["بنغازي"], ["قاعدة تمنهنت الجوية", "براك"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
 ],
}

NOTES = {
 "gg1": ("Al-Nabaa-style report from Sabratha on a municipal vote on the west coast: a GNU Interior force "
         "Tripoli→Sabratha via Janzour and Al-Maya, its patrols Sabratha→Surman/Al-Ajaylat, army units pulled out of "
         "Al-Ajaylat's polling areas (Al-Ajaylat municipality = district), a navy landing Abu Sitta naval base→Zuwara port («في طرابلس» after the base = locator), a planned police-escorted ballot-box convoy Zuwara→Tripoli (Mellitah only a "
         "locator of the road), a conditional reinforcement Al-Watiya→Zuwara/Al-Jmail («إذا») and a denied armed "
         "column Zawiya→Surman («عارية عن الصحة»)."),
 "gg2": ("Echorouk-style report from Illizi on Libya's national vote seen from Algeria: an Algerian reinforcement "
         "Ouargla→Debdeb/In Amenas via Hassi Messaoud (facing Ghadames = locator), LNA units Sabha→Ghat/Al-Awaynat via "
         "Ubari, a planned ballot-box flight Ghat airport→Sabha, a GNU joint force in Derj that «لن تدخل غدامس إلا إذا», "
         "Algeria's denial of units through the Tin Alkoum crossing towards Ghat and a planned pull-back Ghat→Al-Awaynat "
         "on voting day."),
 "gg3": ("Shems FM-style report from Ben Gardane on Libya's national vote: Tunisian reinforcements Medenine→Ben "
         "Gardane/Ras Ajdir crossing, a planned Tataouine→Dehiba move, a conditional battalion Gabès→the border, GNU "
         "Central Security escorting ballot boxes Tripoli→Zuwara/Regdalin/Al-Jmail, unnamed Libyan military elements "
         "pulling back Ras Ajdir→Zaltan and Nalut's denial of Zintan gunmen massing «على مشارف المدينة» (= Nalut); Libyan expats "
         "voting in Medenine, Djerba and Sfax are not movements."),
 "gg4": ("Youm7-style report on municipal polls on the central coast: an LNA reinforcement Jufra air base→Sirte via "
         "Waddan (retold as «الأرتال التي وصلت إلى سرت»), a planned company Sirte→Bin Jawad/Ras Lanuf, a reserve battalion "
         "at Gardabiya air base that «لن تدخل المدينة إلا إذا» (Sirte), units pulled back from Ajdabiya and Brega polling "
         "areas, a planned landing of military police Benghazi→Sirte port, and the Misrata military council's denial of forces from Misrata massing in Abu Qurayn/Al-Washka (the Oil Crescent is a locator); Cairo and Egypt are "
         "political mentions only."),
 "gg5": ("Al Mayadeen-style report from Sabha on Fezzan's municipal vote: LNA units Sabha→Murzuq/Traghan/Umm "
         "al-Aranib, their planned pull-back Murzuq→Sabha («من المدينة»), military patrols escorting ballot boxes Al "
         "Qatrun→Murzuq («من البلدة»), a conditional airlift Benghazi→Tamanhint air base and on to Brak if the "
         "postponed Wadi al-Shati vote goes ahead, and the Tebu council's denial of Chadian gunmen moving from the "
         "Niger border towards Al Qatrun."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gg1", "gg2", "gg3", "gg4", "gg5")
