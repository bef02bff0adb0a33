# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 # cc1 Sirte parliament session
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "gardabiya": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 # cc2 Tripoli reshuffle
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # cc3 elections
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "benghazi_port": ("crossing", "LY", 32.10000, 20.05000, "Port of Benghazi"),           # K
 "misrata_port": ("crossing", "LY", 32.36000, 15.21000, "Port of Misrata (Qasr Ahmad)"),  # K
 "asabiah": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                           # G
 # cc4 Sabha municipal council
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # cc5 Algiers ministers' meeting
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G
 "illizi": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G
 "border_dz": ("region", "DZ", 29.00000, 9.60000, "Algeria-Libya border (Algerian side)"),  # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
}

TRAPS = {
 "cc1": ["أخبار ليبيا 24", "عقيلة صالح", "واقادوقو", "الورقة البيضاء", "الإدريسي", "غرفة عمليات تحرير سرت الجفرة"],
 "cc2": ["الطرابلسي", "من هذه الزاوية", "التركية"],
 "cc3": ["شارع طرابلس", "عملية فجر ليبيا", "التركية"],
 "cc4": ["فسانيا", "المرزوقي", "تشاديين"],
 "cc5": ["دعم مالي", "ليبياً", "الليبية", "الجزائرية", "التونسي", "الجيش الوطني الشعبي"],
}

PHEN = {
 "cc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "cc2": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "cc3": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "countries"],
 "cc4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "cc5": ["clitics", "multiword", "common_word_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "cc1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار القرضابية"]),
  mv("withdraw", "planned", LNA, ["سرت"], ["الجفرة"]),
  mv("deploy", "conditional", LNA, [], ["الهلال النفطي"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
 ],
 "cc2": [
  mv("advance", "conditional", "Misrata forces", [], ["طرابلس"]),
  mv("deploy", "reported", GNA, ["ترهونة"], ["طرابلس"], ["قصر بن غشير"]),
  mv("redeploy", "planned", GNA, ["طرابلس"], ["مطار معيتيقة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["قاعدة أبوستة البحرية"]),
  mv("withdraw", "denied", GNA, ["معبر رأس جدير"], ["زوارة"]),
 ],
 "cc3": [
  mv("deploy", "planned", GNA, [], ["غدامس", "نالوت", "الزنتان"]),
  mv("redeploy", "reported", LNA, ["سبها"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", LNA, ["الإمارات"], ["ميناء بنغازي"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
 ],
 "cc4": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت"], ["سبها"]),
  mv("mobilise", "planned", LNA, [], ["أوباري"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا"], ["مطار سبها"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("shipment", "denied", "Chadian armed groups", [], [], ["منفذ التوم"]),
 ],
 "cc5": [
  mv("reinforce", "reported", "Algerian army", [], ["الدبداب", "عين أميناس"]),
  mv("withdraw", "planned", "Foreign fighters", ["ليبيا"], []),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["مالي"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان", "معبر رأس جدير"]),
 ],
}

NOTES = {
 "cc1": "Politics first (Akhbar Libya 24, Sirte): a House of Representatives budget session; constituencies (Ubari, "
        "Misrata spelt مصراته, Kufra), seats and venues (Benghazi, Tobruk, Al Bayda, Sirte, Tripoli) are not movement "
        "places. In passing: LNA reinforcements Jufra air base→Sirte, a military cargo flight Benina→Gardabiya airport, "
        "a planned pull-back Sirte→Jufra after the sessions, a conditional deployment in the Oil Crescent (إذا) and a "
        "denied Misrata build-up at Abu Qurayn (مجرد شائعات). Traps: the outlet, Aguila Saleh, the Ouagadougou centre, "
        "«الورقة البيضاء», the MP الإدريسي and the Sirte-Jufra operations room.",
 "cc2": "Politics first (Rai al-Youm, Tripoli): a GNU reshuffle; ministers' home towns (Zawiya, Gharyan municipality), "
        "the Sharara field and Ubari protesters, the west coast are not movement places. In passing: a Misrata commander's "
        "conditional threat to move on Tripoli (إذا), the 444 Brigade Tarhuna→Tripoli via Qasr Bin Ghashir («إلى العاصمة» "
        "resolved to Tripoli), a planned move of Interior units from central Tripoli to Mitiga airport, a Turkish "
        "rotation landed at Abu Sitta naval base from Mersin, and a denied pull-out Ras Ajdir→Zuwara. Traps: the "
        "minister الطرابلسي, «من هذه الزاوية».",
 "cc3": "Politics first (DW Arabic, Tripoli): HNEC opens candidacies; election offices (Benghazi, Misrata, Sabha, "
        "Ajdabiya spelt اجدابيا, Ghadames), talks venues (Tunis as the city, Geneva), ballot papers flown to Ghat and "
        "Kufra (civilian, no movement). In passing: a planned GNU police deployment to Ghadames, Nalut and Zintan, an LNA "
        "redeployment Sabha→Brak air base, a UN-documented armoured-vehicle shipment UAE→Benghazi port for the LNA, a "
        "denied Turkish landing at Misrata port, and Zintan's conditional move towards Al Asabiah («من المدينة» = "
        "Zintan). Traps: شارع طرابلس (Misrata street), عملية فجر ليبيا.",
 "cc4": "Politics first (Fasania, Sabha): the Sabha municipal council suspends its mayor; solidarity from Idri and Brak "
        "(Wadi al-Shati), Fezzan MPs for Murzuq, Ubari and Al Qatrun; a ministry delegation to Sabha (civilian, no "
        "movement). In passing: the LNA's Tariq Bin Ziyad units Tamanhint base→central Sabha, a planned LNA build-up in "
        "Ubari (تعتزم), a conditional airlift Benina→Sabha airport (إذا), Chadian gunmen pulling back from Umm al-Aranib "
        "towards the Niger border, and a denied arms shipment to them via the Toummo crossing (نافياً). Traps: the "
        "newspaper «فسانيا», the councillor المرزوقي.",
 "cc5": "Politics first (El Khabar, Algiers): Libya's neighbours meet in Algiers; participating countries, Tripoli/"
        "Benghazi as rival seats, the 5+5 venue Sirte, the next hosts Cairo and N'Djamena are not movement places. In "
        "passing: the Algerian army reinforced at Debdeb and In Amenas (Illizi) near the border with Libya (locator, not "
        "a destination), a planned withdrawal of foreign fighters from Libya, a denied Russian airlift Al Khadim→Mali, "
        "and a conditional Tunisian reinforcement of Ben Gardane and Ras Ajdir (إذا). Traps: «دعم مالي», «ليبياً».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cc1", "cc2", "cc3", "cc4", "cc5")
