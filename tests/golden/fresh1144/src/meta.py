# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries and foreign capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, written عمّان)
 "berlin": ("city", "DE", 52.52437, 13.41053, "Berlin"),                                # G
 # Sirte, the Jufra and the coast
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (golden README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "gate50": ("base", "LY", 31.28000, 16.07000, "Gate 50 checkpoint"),                    # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),          # G (row الجنوب الغربي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # north-west and the Tunisian border
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "border_tn_ly": ("region", "TN", 32.55, 10.85, "Tunisia-Libya border (Tunisia side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس, written الجنوب التونسي)
 "ras_jedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير, written معبر رأس جدير)
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 # the Algerian border
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "border_dz_ly": ("region", "DZ", 29.5, 9.4, "Algeria-Libya border (Algeria side)"),    # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس; also written عين امناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (row kind village; town here)
}

TRAPS = {
 "qrc1": ["المستقبل العربي", "مركز دراسات الوحدة العربية", "عبد الحكيم السبهاوي", "اللواء طارق بن زياد",
          "البنيان المرصوص", "بركان الغضب", "الفيلق الأفريقي", "الليبية", "الليبيون", "الروسية"],
 "qrc2": ["مركز القدس للدراسات السياسية", "الفيلق الأفريقي", "اللواء 128", "جبهة الوفاق من أجل التغيير في تشاد",
          "الشرارة الأولى", "موسى الأوباري", "الروسي", "روسية", "الليبية"],
 "qrc3": ["شؤون عربية", "وكالة تونس إفريقيا للأنباء", "كتائب القذافي", "الجيش التونسي", "وزارة الدفاع التونسية",
          "رد الجميل", "الليبيين", "الحرب الليبية"],
 "qrc4": ["المركز الديمقراطي العربي", "الموقعون بالدماء", "مختار بلمختار", "الناحية العسكرية الرابعة",
          "الجيش الوطني الشعبي", "الجزائري", "الجزائرية", "جزائرية", "الليبية", "الليبي"],
 "qrc5": ["عمان نت", "محمود الهوني", "الدعم المالي", "فاغنر", "الفيلق الأفريقي", "وزارة الدفاع التركية",
          "روسيتان", "روسية", "الليبيون"],
}

PHEN = {
 "qrc1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases"],
 "qrc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qrc3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrc4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "qrc5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrc1": [
  mv("reinforce", "reported", "Libyan National Army", ["بن جواد"], ["سرت", "قاعدة القرضابية"], ["هراوة"]),
  mv("redeploy", "planned", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
 ],
 "qrc2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة تمنهنت"]),
  mv("advance", "conditional", "Libyan National Army", [], ["العوينات", "غات"]),
  mv("advance", "denied", "Chadian armed groups", ["النيجر"], ["القطرون"]),
 ],
 "qrc3": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["الذهيبة"], ["تطاوين"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "GNA forces", ["الزاوية"], ["الجميل"]),
 ],
 "qrc4": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "الحدود مع ليبيا"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "reported", "Libyan National Army", ["العوينات"], ["أوباري"]),
  mv("reinforce", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
 ],
 "qrc5": [
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["ودان"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["سرت"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["زلة"]),
 ],
}

NOTES = {
 "qrc1": "Beirut journal study (Al-Mustaqbal Al-Arabi, CAUS) on the Sirte–Jufra line: an LNA reinforcement Bin Jawad→"
         "Sirte and the Gardabya base via Harawa, a planned GNU move of two battalions Misrata→Abu Qurayn, Moscow's "
         "denied transfer of Africa Corps men Jufra air base→Sirte and a Misratan commander's conditional advance on "
         "Al-Washka (Gate 50 only in the condition); the 2011/2016/2020 background (Al-Bunyan al-Marsus from Misrata, "
         "the LNA entering Sirte, Volcano of Rage stopping at Abu Qurayn), the «لو ... لكانت» counterfactual, the three "
         "scenarios (brigades recalled from Sabha and Brak), civilian buses Misrata–Sirte, Tripoli/Cairo/Moscow/Ankara "
         "as governments and Beirut as the journal's seat are not movements or movement places.",
 "qrc2": "Amman think-tank position paper (Al-Quds Center for Political Studies) on Fezzan: an LNA column Sabha→El "
         "Sharara field via Ubari, the Africa Corps' planned move Brak air base→Tamanhint base, the 128th brigade's "
         "conditional advance on Al-Awaynat and Ghat and FACT's denied crossing Niger→Qatrun; the 2014 Ubari war, the "
         "2019 LNA campaign into Sabha and Sharara and towards Tripoli, the counterfactual, the fuel-truck convoy "
         "Misrata→Sabha (civilian) and the scenarios (El Feel, Wadi al-Hayat, Tamanhint towards Niger and Mali) are "
         "not movements; «الشرارة الأولى» (the first spark) and «موسى الأوباري» hold place names.",
 "qrc3": "Arab League quarterly (Shu'un Arabiya) analysis of the Libya–Tunisia border: Tunisian army reinforcements "
         "Medenine→Dehiba via Tataouine, a planned GNU border-guard force Zuwara→Ras Jedir crossing, a conditional "
         "Tunisian reinforcement of the border with Libya (Tunisia side; Zuwara and Al-Jumayl only in the condition) "
         "and Tripoli's denied columns Zawiya→Al-Jumayl; the 2011 refugee flow through Ras Jedir, Gaddafi's brigades "
         "in Dehiba, the 2016 Ben Gardane attack from Sabratha, the counterfactual, suspicious movements near the "
         "Wazin crossing (unowned), the two scenarios (trade via Ras Jedir/Wazin, Remada–Nalut tracks) are not "
         "movements; «رد الجميل» holds الجميل, the TAP agency name holds تونس.",
 "qrc4": "Berlin think-tank paper (Arab Democratic Center) on Algeria and the Libyan border: Algerian army units "
         "Ouargla→Debdeb and along the border with Libya (Algeria side), a planned LNA company Ghat→Isayen crossing, "
         "an LNA pull-out from around Al-Awaynat towards Ubari, the GNU western region's conditional reinforcement "
         "Nalut→Ghadames (Ash Shwayrif→Derj only in the condition) and Algiers' denied crossing Djanet→Ghat; the 2011 "
         "border closure, the 2013 Tiguentourine/In Amenas attack, the counterfactual, the purpose «لمراقبة المسالك "
         "المؤدية إلى غدامس» and the scenarios (Ghadames, In Amenas, Tunisia, Niger) are not movements.",
 "qrc5": "Amman community-radio site (Ammannet) opinion column of «what if» questions about the Jufra: a Russian "
         "armour shipment Tobruk port→Jufra air base, Russian military cargo flights Jufra air base→Brak air base, "
         "the LNA's planned battalion Sabha→Waddan, Ankara's conditional deployment to Sirte (only if Tripoli asks) "
         "and the LNA's denied massing in Zillah; the 2011 NATO strikes, the April 2019 columns Jufra→Gharyan→Tripoli, "
         "Wagner's 2020 arrival, the «لو ... لكان» counterfactuals, the two scenarios and Misrata as the source of "
         "rumours are not movements; «محمود الهوني» holds هون, «الدعم المالي» holds مالي, «عمان نت» holds عمان.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrc1", "qrc2", "qrc3", "qrc4", "qrc5")
