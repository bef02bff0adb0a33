# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another spelling, label or kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "southlibya": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                    # G
 # ax1 Abu Nujaym and the Misrata-Jufra road
 "abunujaym": ("town", "LY", 30.58, 15.41, "Abu Nujaym (Bu Njem)"),                     # K
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "buwairat": ("town", "LY", 31.4, 15.73333, "Buwairat al-Hassoun"),                     # G
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),                                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # ax2 the Jalu-basin oilfields, Kufra, the Egyptian side
 "amal": ("oilfield", "LY", 29.4795, 21.1224, "Amal oil field"),                        # G* (gazetteer spells حقل أمل)
 "nafoora": ("oilfield", "LY", 29.2132, 21.5924, "Nafoora oil field"),                  # G
 "buattifel": ("oilfield", "LY", 28.7954, 22.0809, "Bu Attifel oil field"),             # G* (gazetteer spells حقل بوعطيفل)
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                  # G
 "kufra_mun": ("district", "LY", 24.1989, 23.29093, "Kufra municipality"),              # G* (town point; the municipality, not the wide district)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55, "Jalu"),                                       # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                         # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G (الحدود الليبية السودانية row)
 "matruh": ("city", "EG", 31.3529, 27.23725, "Marsa Matruh"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "westerndesert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),       # G* (غرب مصر row; NOT Western Sahara)
 # ax3 Aozou and the Chad-Libya border
 "aozou": ("town", "TD", 21.8375, 17.4275, "Aozou"),                                    # G
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                            # G* (gazetteer spells نجامينا)
 "faya": ("town", "TD", 17.9257, 19.10428, "Faya-Largeau"),                             # G
 "faya_airport": ("airport", "TD", 17.9171, 19.1111, "Faya-Largeau Airport"),           # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "tibesti_prov": ("district", "TD", 20.8, 17.8, "Tibesti Province"),                    # G* (Tibesti region row, as province)
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                                    # G
 "border_td_ly": ("region", "TD", 22.6, 17.4, "Chad-Libya border (Chadian side)"),      # K
 "ummaranib": ("town", "LY", 26.13386, 14.7372, "Umm al-Aranib"),                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                                  # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                                      # G
 "border_ne_td": ("region", "NE", 21.9, 15.3, "Niger-Chad border (Nigerien side, near Madama)"),  # K
 # ax4 Al-Jumayl, Al-Watiya, the Tunisian side
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "jumayl": ("town", "LY", 32.85286, 12.0612, "Al Jumayl"),                              # G* (gazetteer kind city)
 "westlibya": ("region", "LY", 31.5, 12.5, "Western Libya"),                            # K
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex"),          # G
 "warshafana": ("region", "LY", 32.55, 12.9, "Warshafana"),                             # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "border_tn_ly": ("region", "TN", 33.1, 11.45, "Tunisia-Libya border (Tunisian side)"), # K
 "rasajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),             # G
 "djerba": ("region", "TN", 33.783, 10.883, "Djerba"),                                  # G
 "zuwara_mun": ("district", "LY", 32.9312, 12.08199, "Zuwara municipality"),            # G* (town point)
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwara"),                                 # G
 "westcoast": ("region", "LY", 32.8, 12.3, "Libya's western coast"),                    # K
 # ax5 Azawad fighters, Ghat, the Algerian army on the Mali border
 "azawad": ("region", "ML", 19.0, 0.0, "Azawad (northern Mali)"),                       # K
 "northmali": ("region", "ML", 19.0, 0.0, "Northern Mali"),                             # K
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G (الحدود الجزائرية المالية row)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (west)"),                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "tamanrasset": ("town", "DZ", 22.785, 5.52278, "Tamanrasset"),                         # G
 "timiaouine": ("town", "DZ", 20.4408, 1.80551, "Timiaouine"),                          # G
 "bbm": ("town", "DZ", 21.325, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),                    # G
}

TRAPS = {
 "ax1": ["ليبيا المستقبل", "المجلس العسكري مصراتة", "الشائعات التي سرت", "سالم الزليتني", "البنيان المرصوص",
         "الكتائب المصراتية", "الطريق الساحلي"],
 "ax2": ["المشهد", "شركة الخليج العربي للنفط", "حركة جيش تحرير السودان", "عناصر سودانية", "فرع الواحات",
         "عبد الله الجالوي", "الجانب المصري", "الجيش المصري", "المنطقة الغربية العسكرية"],
 "ax3": ["مونت كارلو الدولية", "الجيش الوطني التشادي", "تلفزيون تشاد", "الأراضي الليبية", "إبراهيم التيبستي",
         "ما ادري", "للجيش الليبي", "أمني نيجري"],
 "ax4": ["جوهرة أف أم", "الجيش التونسي", "جهاز دعم الاستقرار", "وكالة تونس إفريقيا للأنباء", "صيد الأفاعي",
         "عسكري تونسي", "الخطوط التونسية", "عبد الرحمن الطرابلسي"],
 "ax5": ["النصر", "جبهة تحرير أزواد", "الطوارق الليبيين", "النيجرية", "الجيش الوطني الشعبي", "التراب الجزائري",
         "اللواء طارق بن زياد", "دعم مالي", "ما ادري"],
}

PHEN = {
 "ax1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli"],
 "ax2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ax3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ax4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ax5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"
MOVES = {
 "ax1": [
  mv("advance", "reported", MIS, ["أبوقرين"], ["أبو نجيم"]),
  mv("reinforce", "reported", GNA, ["طرابلس"], ["أبوقرين"], ["زليتن"]),
  mv("reinforce", "reported", None, [], ["بويرات الحسون"]),
  mv("withdraw", "denied", LNA, ["أبو نجيم"], ["ودان"]),
  mv("redeploy", "planned", LNA, ["هون"], ["أبو نجيم"]),
  mv("advance", "conditional", MIS, [], ["هون"]),
  mv("naval_landing", "planned", MIS, ["مصراتة"], ["بويرات الحسون"]),
 ],
 "ax2": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["حقل آمال"], ["تازربو"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["حقل النافورة"], ["الحدود مع السودان"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", None, ["حقل أبو الطفل"], ["جالو"]),
  mv("mobilise", "conditional", None, [], ["تازربو"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "سيدي براني"]),
 ],
 "ax3": [
  mv("reinforce", "reported", None, ["فايا لارجو"], ["أوزو", "برداي"]),
  mv("withdraw", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("airlift", "planned", None, ["انجمينا"], ["مطار فايا لارجو"]),
  mv("shipment", "denied", None, ["سبها"], []),
  mv("reinforce", "denied", None, ["القطرون"], ["تيبستي"]),
  mv("deploy", "planned", LNA, ["سبها"], ["أم الأرانب"]),
  mv("advance", "conditional", LNA, [], ["الحدود الليبية التشادية"]),
  mv("deploy", "conditional", None, ["ماداما"], ["الحدود مع تشاد"]),
 ],
 "ax4": [
  mv("reinforce", "reported", GNA, ["الزاوية"], ["الجميل"], ["صبراتة"]),
  mv("mobilise", "reported", ZIN, [], ["قاعدة الوطية"]),
  mv("advance", "denied", ZIN, [], ["زلطن"]),
  mv("naval_landing", "planned", GNA, ["الزاوية"], ["مجمع مليتة"]),
  mv("advance", "conditional", GNA, [], ["زلطن"]),
  mv("redeploy", "reported", "Tunisian army", ["جرجيس"], ["بن قردان"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
 ],
 "ax5": [
  mv("withdraw", "reported", None, ["كيدال"], ["جنوب ليبيا", "غات"], ["النيجر"]),
  mv("deploy", "reported", None, ["غات"], ["العوينات", "أوباري"]),
  mv("shipment", "reported", None, ["أرليت"], ["أوباري"]),
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["تيمياوين", "برج باجي مختار", "الحدود مع مالي"]),
  mv("airlift", "conditional", "Algerian army", ["الجزائر العاصمة"], ["تمنراست"]),
  mv("withdraw", "denied", None, [], [], ["تين زواتين"]),
  mv("redeploy", "planned", LNA, ["إدري"], ["غات"], ["أوباري"]),
  mv("deploy", "conditional", None, [], ["منفذ إيسين"]),
 ],
}

NOTES = {
 "ax1": "Actor after the verb (وصلت … أرتال تابعة لقوات مصراتة; headline = same advance); a host force (Misrata's, in Abu Qurayn) "
        "receiving the 444 Brigade's reinforcements (actor = sender, GNA, named through Dbeibah); passive دُفع with no actor (null) "
        "right before a Misrata source announces its own planned sea move to the same town; LNA withdrawal denied by the 128 Brigade's "
        "spokesman («الشائعات التي سرت» is the verb سرى, not Sirte); planned redeploy of a company «يقودها العقيد سالم الزليتني» "
        "(person trap); conditional Misrata advance with the bare noun «الأرتال». The Bani Walid delegation, displaced families and "
        "the 2016 «البنيان المرصوص» background are not movements.",
 "ax2": "Actor after the verb («وصلت إلى حقل آمال … تعزيزات تابعة لـ«كتيبة سبل السلام»»; headline = same); Sudanese group's "
        "withdrawal reported by an LNA source (two actors); جنوب جالو only locates the route (not via); planned LNA airlift; "
        "Petroleum Facilities Guard withdrawal denied (null); Tebu force's conditional mobilisation through the pronoun «شبابها» "
        "(null); Egyptian army reinforcement with الصحراء الغربية = Egypt's Western Desert as purpose (not Western Sahara). "
        "The oil workers' evacuation flight to Benghazi is not a movement.",
 "ax3": "Chadian army (null) reinforcement and planned airlift; the army spokesman reports the CCMSR's (Chadian armed groups) "
        "withdrawal to Umm al-Aranib (two actors); CCMSR denies an arms shipment from Sabha (null); Tebu notables deny that young men "
        "from Al Qatrun joined the rebels (null; «ما ادري» is the verb, not Idri); LNA («قوات المشير») planned deployment and "
        "conditional advance (metonymic انجمينا in the condition); Nigerien army (null) conditional deployment from Madama. "
        "Displaced families Aozou→Bardai and a WFP aid flight to Faya are not movements.",
 "ax4": "Actor after the verb (SSA → GNA; headline = same move); Zintan mobilisation at Al-Watiya (reported by residents) and "
        "Zintan advance on Zaltan denied by their spokesman (جنوب الجميل = distance reference); SSA planned sea move to Mellitah and "
        "conditional advance on Zaltan (pronoun «له», bare «الجهاز»); Warshafana gunmen accused of supplying ammunition (actor near, "
        "no movement); Tunisian army redeploy Zarzis→Ben Gardane and conditional deployment on the border (Ras Ajdir only in the "
        "condition). Travellers at the crossing and Djerba–Tripoli flights are not movements.",
 "ax5": "Azawad fighters (null) withdraw Kidal→southern Libya/Ghat via Niger (headline = same), then disperse to Al-Awaynat and "
        "Ubari (deploy); a local Tuareg force is only the host; weapons trucks Arlit→Ubari (shipment, null); Algerian army "
        "reinforcement to Timiaouine, Bordj Badji Mokhtar and the Mali border (headline = same) and conditional airlift from "
        "Algiers; denied crossing via Tin Zaouatine (null); LNA (Tariq bin Ziyad brigade) planned redeploy Idri→Ghat via Ubari; "
        "the Tuareg force's conditional deployment at Isayen through «عناصرها» (the LNA is only in the condition). «دعم مالي» "
        "and «ما ادري» are traps; the Tuareg notables' visit to Tamanrasset is not a movement.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (6, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
