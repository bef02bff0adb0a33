# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and regions
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),              # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                 # G* (row الحدود الليبية التونسية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                  # G* (row الحدود الليبية الجزائرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 # bp1 Zawiya
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.775, 12.705, "Zawiya oil refinery"),              # K
 "jodaim": ("town", "LY", 32.75710, 12.72764, "Jodaim (Az Zawiya)"),                        # K (Zawiya city point)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                    # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                    # G
 "abu_issa": ("town", "LY", 32.785, 12.80, "Abu Issa (Az Zawiya)"),                         # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 # bp2 Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),             # G* (city row)
 "misrata_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy air base"),     # G* (row مطار مصراتة)
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmed)"),             # K
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                  # G
 "dafniya": ("town", "LY", 32.42, 14.79, "Ad Dafniyah"),                                    # K
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                    # G
 # bp3 Benghazi and Derna
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "qaryunis_camp": ("base", "LY", 32.11486, 20.06859, "Qar Yunis camp (Benghazi)"),          # G* (row قاريونس)
 "kish": ("town", "LY", 32.11486, 20.06859, "Al Kish"),                                     # G
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri"),                                   # G
 "hawari": ("town", "LY", 32.05, 20.09, "Al Hawari (Benghazi)"),                            # K
 "sidi_hussein": ("town", "LY", 32.115, 20.07, "Sidi Husayn (Benghazi)"),                   # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                      # G
 "shiha": ("town", "LY", 32.76, 22.62, "Shiha (Derna)"),                                    # K
 "saiqa_camp": ("base", "LY", 32.095, 20.125, "Saiqa camp (Bu Atni, Benghazi)"),            # K
 "bu_atni": ("town", "LY", 32.095, 20.13, "Bu Atni (Benghazi)"),                            # K
 # bp4 Sabha and Ubari
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_castle": ("base", "LY", 27.035, 14.435, "Sabha Castle (Fort Elena)"),               # K
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G* (row قاعدة تمنهنت)
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                       # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                     # K (Sabha city point)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                 # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 # bp5 Sirte
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                      # G* (row قاعدة القرضابية)
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                 # G* (row قاعدة القرضابية)
 "jiza_bahriya": ("town", "LY", 31.205, 16.555, "Al Jiza al Bahriya (Sirte)"),              # K
 "dollar": ("town", "LY", 31.20, 16.57, "Hay ad Dular (Sirte)"),                            # K
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Sirte port"),                            # K
 "benghazi_port": ("crossing", "LY", 32.105, 20.05, "Benghazi port"),                       # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),                 # G* (city row)
 "bu_hadi": ("town", "LY", 31.14, 16.68, "Bu Hadi (Sirte)"),                                # K
}

TRAPS = {
 "bp1": ["عربي21", "شركة الزاوية لتكرير النفط", "المؤسسة الوطنية للنفط", "كتيبة شهداء الزاوية", "ميدان الشهداء",
         "الطريق الساحلي"],
 "bp2": ["إرم نيوز", "شارع طرابلس", "سالم الزليتني", "عملية البنيان المرصوص", "الطريق الساحلي", "التركية"],
 "bp3": ["المرصد", "اللواء طارق بن زياد المعزز", "أحمد الإدريسي", "منطقة بنغازي العسكرية", "قوات الصاعقة",
         "الطريق الدائري الثالث", "شركات مصرية"],
 "bp4": ["العين الإخبارية", "الجيش الليبي", "المدير الجديد", "العميد إدريس بوخزام", "تشاديين", "الإيطاليون", "تشادية وسودانية"],
 "bp5": ["الساعة 24", "الجيش الوطني الليبي", "اللواء 128 معزز", "الفيلق الإفريقي", "مجموعة فاغنر",
         "غرفة عمليات سرت الجفرة", "الدولار الأمريكي", "الروسي"],
}

PHEN = {
 "bp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "bp3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "coverage_bases"],
 "bp4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "bp5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
}


def M(kind, status, actor, origins, destinations, via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"

MOVES = {
 "bp1": [
  M("deploy", "reported", GNA, ["طرابلس"], ["مصفاة الزاوية"], ["الماية"]),
  M("reinforce", "planned", GNA, ["صرمان"], ["أبو عيسى"]),
  M("withdraw", "reported", None, ["مصفاة الزاوية"], ["الحرشة"]),
  M("advance", "denied", None, ["جودائم"], ["الحرشة"]),
  M("advance", "conditional", GNA, ["مصفاة الزاوية"], ["جودائم", "الحرشة"]),
 ],
 "bp2": [
  M("airlift", "reported", "Turkish armed forces", ["قيصري"], ["قاعدة الكلية الجوية"]),
  M("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراته"]),
  M("mobilise", "reported", MIS, [], ["الدافنية"]),
  M("redeploy", "planned", MIS, ["الدافنية"], ["أبوقرين"]),
  M("advance", "conditional", MIS, ["الدافنية"], ["زليتن"]),
  M("advance", "reported", MIS, ["أبوقرين"], ["سرت"]),
 ],
 "bp3": [
  M("redeploy", "reported", LNA, ["معسكر قاريونس"], ["الكيش"]),
  M("deploy", "planned", LNA, [], ["الهواري", "سيدي حسين"]),
  M("airlift", "denied", LNA, ["قاعدة بنينا الجوية"], ["درنة"], ["مطار الأبرق"]),
  M("shipment", "reported", LNA, ["بنغازي"], ["شيحا"]),
  M("mobilise", "conditional", LNA, [], ["معسكر الصاعقة"]),
 ],
 "bp4": [
  M("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["قلعة سبها"]),
  M("deploy", "planned", LNA, [], ["مطار سبها", "الجديد"]),
  M("reinforce", "denied", "Chadian armed groups", ["أوباري"], ["الطيوري"]),
  M("withdraw", "conditional", LNA, ["أوباري"], ["حقل الشرارة"]),
  M("redeploy", "reported", LNA, ["إدري"], ["أوباري"]),
 ],
 "bp5": [
  M("redeploy", "reported", LNA, ["قاعدة القرضابية الجوية"], ["الجيزة البحرية", "الدولار"]),
  M("shipment", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  M("naval_landing", "planned", LNA, ["بنغازي"], ["سرت"]),
  M("withdraw", "denied", "Russian forces", ["القرضابية"], ["قاعدة الجفرة الجوية"]),
  M("deploy", "reported", "Wagner Group", ["قاعدة الجفرة الجوية"], ["القرضابية"]),
  M("mobilise", "conditional", LNA, [], ["بوهادي"]),
 ],
}

NOTES = {
 "bp1": ("Zawiya from the inside (Arabi21): a GNA force Tripoli→Zawiya refinery via Al-Maya (reported), a battalion "
         "Surman→Abu Issa (planned), gunmen withdrawing refinery→Al-Harsha (reported, origin from «محيط المصفاة»), a "
         "Jodaim group's advance to Al-Harsha (denied) and the GNA's threat to advance refinery→Jodaim/Al-Harsha "
         "(conditional, «إذا تجدد»). Fuel smuggling to the Tunisian border and Ras Ajdir is not a movement; the coastal "
         "road, Martyrs' Square and the refining company are traps."),
 "bp2": ("Misrata (Erem News): Turkish A400-type cargo planes Kayseri→Air Academy base (reported airlift); a Turkish "
         "landing ship at Misrata port denied by the municipality; Misrata battalions mass at Dafniya (reported "
         "mobilise, no origin written), to move Dafniya→Abu Qurayn next week (planned) and Dafniya gate→Zliten if "
         "the gate is hit again (conditional); 2016 flashback Abu Qurayn→Sirte (reported). «شارع طرابلس» is a "
         "Misrata street (trap); the Misrata–Sirte road names two gold cities that are not movement places."),
 "bp3": ("Benghazi and Derna (Al-Marsad): LNA units Qar Yunis camp→Al-Kish (reported redeploy; the video retelling is "
         "the same move), patrols to Al-Hawari and Sidi Hussein (planned deploy), a denied troop airlift Benina base→"
         "Derna via Al-Abraq airport, an ammunition/fuel shipment Benghazi→Shiha in Derna (reported) and a "
         "conditional Saiqa mobilisation at the Saiqa camp in Bu Atni. Civil flights from Benina are not a movement."),
 "bp4": ("Sabha and Ubari (Al-Ain News): LNA reinforcements Tamanhint base→Sabha Castle (reported), a company to "
         "Sabha airport and Al-Jadid (planned), Chadian gunmen Ubari→Al-Tayouri (denied), the Sharara guard "
         "battalion Ubari→Sharara field «إذا تسلمت» (conditional) and its units' earlier move Idri→Ubari "
         "(reported). «المدير الجديد» is the common word next to the district الجديد; «إدريس» holds «إدري»."),
 "bp5": ("Sirte (Al-Saa 24): LNA units Gardabiya base→Al-Jiza al-Bahriya and Al-Dollar (reported redeploy), an "
         "ammunition shipment Benghazi port→Sirte port (reported), a marine company Benghazi→Sirte by landing ship "
         "next week (planned), the Africa Corps' withdrawal Gardabiya→Jufra base (denied), Wagner's 2020 move "
         "Jufra base→Gardabiya (reported flashback) and a reserve to be massed at Bu Hadi «إذا استمرت» "
         "(conditional). «الدولار الأمريكي» is a trap next to the gold district الدولار."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bp1", "bp2", "bp3", "bp4", "bp5")
