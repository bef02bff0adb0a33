# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # cities used in several articles / datelines and venues abroad
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, area point)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ii1 the 2019 offensive on Tripoli
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # ii2 the 2020 pull-back to the Sirte-Jufra line
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "khums_port": ("crossing", "LY", 32.657, 14.283, "Al Khums port"),                    # K
 # ii3 Misrata 2011 and the coastal road
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (town row)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Misrata port (Qasr Ahmed)"),       # K
 "tripoli_port": ("crossing", "LY", 32.903, 13.190, "Tripoli port"),                   # K
 # ii4 the 2014 Dignity operation and the south-east
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benghazi_port": ("crossing", "LY", 32.106, 20.050, "Benghazi port"),                  # K
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 # ii5 Wazin / Dehiba, 2011 and 2026
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tn_ly": ("region", "TN", 32.10, 10.55, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "ii1": ["طوفان الكرامة", "الجيش الوطني الليبي", "بركان الغضب", "التركية", "عماد الطرابلسي", "ليبيا الحدث",
         "ما ادري", "الصادق الغرياني"],
 "ii2": ["اللواء التاسع ترهونة", "دروب النصر", "الرئيس المصري", "الجيش المصري", "تركياً", "سرت شائعات", "التركية",
         "الروس"],
 "ii3": ["شارع طرابلس", "الزليتني", "الليبية", "المجلس العسكري مصراتة", "السنوات الخمس"],
 "ii4": ["الكرامة", "الزنتانيتان", "فجر ليبيا", "سودانية", "الليبية"],
 "ii5": ["الليبية", "الجيش التونسي", "ليبية", "تونسية", "الإدريسي", "إذاعة تطاوين"],
}

PHEN = {
 "ii1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases"],
 "ii2": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
         "coverage_oil", "coverage_crossings", "countries"],
 "ii3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_crossings"],
 "ii4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ii5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the golden format."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "ii1": [
  mv("advance", "reported", LNA, ["غريان"], ["قصر بن غشير", "مطار طرابلس الدولي"]),           # April 2019
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["غريان"]),                       # April 2019
  mv("advance", "reported", GNA, [], ["غريان"]),                                            # 26 June 2019, retaken
  mv("withdraw", "reported", LNA, ["قاعدة الوطية"]),                                        # May 2020
  mv("reinforce", "reported", GNA, ["طرابلس"], ["قصر بن غشير"]),                            # this Tuesday («من العاصمة»)
  mv("deploy", "planned", GNA, [], ["العزيزية"]),
  mv("advance", "conditional", GNA, [], ["الشويرف"]),
  mv("mobilise", "denied", LNA, ["الجفرة"], ["الشويرف"]),
 ],
 "ii2": [
  mv("withdraw", "reported", LNA, ["ترهونة"], ["سرت"], ["بني وليد"]),                      # 5 June 2020
  mv("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["قاعدة الجفرة الجوية"]),    # June 2020
  mv("advance", "reported", GNA, ["مصراتة"], ["ابوقرين", "الوشكة"]),                       # summer 2020
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),                    # 2020 «red line» threat
  mv("redeploy", "reported", LNA, ["سرت"], ["بن جواد"]),                                   # this week
  mv("withdraw", "denied", LNA, ["الجفرة"], ["بنغازي"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "ii3": [
  mv("withdraw", "reported", None, ["مصراته"], ["زليتن", "تاورغاء"]),                      # April 2011, Gaddafi's brigades
  mv("shipment", "reported", None, ["بنغازي"], ["ميناء مصراتة"]),                          # spring 2011 boats
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),         # August 2011
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن"], ["الدافنية"]),          # last Thursday
  mv("reinforce", "planned", "Misrata forces", [], ["زليتن"]),                             # «سرية ثانية إلى المدينة»
  mv("withdraw", "conditional", "Misrata forces", ["زليتن"], ["مصراتة"]),                  # «فور تسلّم»
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["بني وليد"]),
 ],
 "ii4": [
  mv("mobilise", "reported", LNA, [], ["المرج", "الأبيار"]),                               # May 2014
  mv("advance", "reported", LNA, ["الرجمة"], ["بنغازي"]),                                  # 16 May 2014
  mv("withdraw", "reported", "Zintan forces", ["مطار طرابلس الدولي"], ["الزنتان"]),        # August 2014
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["الكفرة"]),                      # this week
  mv("shipment", "reported", None, [], ["ميناء بنغازي"]),
  mv("reinforce", "planned", LNA, ["اجدابيا"], ["الكفرة"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع السودان"]),
  mv("advance", "denied", LNA, [], ["المثلث الحدودي"]),
 ],
 "ii5": [
  mv("advance", "reported", None, ["نالوت"], ["منفذ وازن"]),                               # 21 April 2011, opposition fighters
  mv("withdraw", "reported", None, ["منفذ وازن"], ["الذهيبة"]),                            # 2011, Gaddafi's soldiers «من المنفذ»
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),                   # 2011
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["الذهيبة", "معبر الذهيبة"], ["مدنين"]),  # this Wednesday
  mv("redeploy", "planned", GNA, ["نالوت"], ["منفذ وازن"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
}

NOTES = {
 "ii1": "Al Majalla-style retrospective on the 7th anniversary of the April 2019 offensive on Tripoli: four past moves "
        "(LNA advance Gharyan->Qasr Bin Ghashir/Tripoli airport, airlift Jufra air base->Gharyan, GNA retaking Gharyan, "
        "LNA pull-out from Al-Watiya in 2020) reported beside this week's GNA reinforcement Tripoli->Qasr Bin Ghashir "
        "(origin given as «العاصمة»), a planned deployment to Al-Aziziyah, a conditional advance on Ash Shwayrif and the "
        "LNA's denied move Jufra->Ash Shwayrif; Gharyan after «لتأمين الطريق نحو» is a purpose, Benghazi only the speaker.",
 "ii2": "Noon Post-style analysis six years after the 2020 pull-back to the Sirte-Jufra line: the LNA withdrawal "
        "Tarhuna->Sirte via Bani Walid, the Wagner airlift Bani Walid airport->Jufra air base and the GNA advance "
        "Misrata->Abu Qurayn/Al-Washka are reported past moves; Egypt's 2020 «red line» threat stays conditional "
        "(never carried out); this week an LNA redeploy Sirte->Bin Jawad, a denied pull-out Jufra->Benghazi («وسرت "
        "شائعات» is the verb) and a planned Turkish landing at Al-Khums port. Geneva is only the ceasefire venue.",
 "ii3": "Raseef22-style feature 15 years after the siege of Misrata: Gaddafi's brigades pulling out of Misrata "
        "towards Zliten/Tawergha, boats Benghazi->Misrata port and the Misratan landing at Tripoli port (2011, "
        "reported) kept apart from last Thursday's Joint Force column Misrata->Zliten via Dafniya, a planned second "
        "company, a conditional return «فور تسلّم» and a denied column to Bani Walid. «شارع طرابلس» is a street in "
        "Misrata, «السنوات الخمس» is not Al-Khums.",
 "ii4": "Al-Qabas-style anniversary piece on the 2014 Dignity operation: mobilisation in Al-Marj/Al-Abyar, the advance "
        "Al-Rajma->Benghazi and the Zintani brigades' pull-out Tripoli airport->Zintan (2014, reported), then this "
        "week's airlift Benina air base->Kufra, an armour shipment unloaded at Benghazi port, a planned column "
        "Ajdabiya->Kufra, a conditional deployment on the Sudan border and a denied entry into the border triangle; "
        "the Sarir field is only the road's purpose. Kuwait is the dateline city and, later, the country.",
 "ii5": "Al-Chourouk (Tunisia)-style anniversary report on the April 2011 battle for the Wazin crossing: the "
        "opposition advance Nalut->Wazin crossing, Gaddafi soldiers fleeing «من المنفذ» to Dehiba and a Tunisian "
        "reinforcement Tataouine->Dehiba (2011, reported) beside this Wednesday's Tunisian unit Gabes->Dehiba/the "
        "Dehiba crossing via Medenine, a planned GNA company Nalut->Wazin crossing, a conditional deployment on the "
        "border with Libya and a denied patrol into Wazin. Wazin after «اشتباكات شهدتها» is a locator; Tunis is the "
        "ministry's seat, «تونس وليبيا» the countries.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ii1", "ii2", "ii3", "ii4", "ii5")
