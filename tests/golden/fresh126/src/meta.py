# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 # cities used in several articles
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G (gn:2218970)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),       # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 # dx1 Sabha and Fezzan
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),                # G* (city row)
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                       # G
 "tamanhint": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (air base row)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                           # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "shati_dialect": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G* (district row; dialect spelling الشاطي)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 # dx2 Zawiya and the west coast
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),           # G* (city row)
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                   # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                   # G
 "zawiya_refinery": ("oilfield", "LY", 32.78, 12.71, "Zawiya refinery"),                   # K
 "zawiya_port": ("oilfield", "LY", 32.78, 12.71, "Zawiya oil terminal"),                   # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                               # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                   # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 # dx3 Misrata
 "aircollege": ("base", "LY", 32.32556, 15.05972, "Misrata Air College"),                  # G* (row مطار مصراتة)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                               # G
 "khums_port": ("crossing", "LY", 32.656, 14.282, "Port of Al Khums"),                     # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 # dx4 Benghazi and the east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al Brega port"),              # G* (town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "border_eg_side": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),     # K
 # dx5 round-up
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row, README rule)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
}

TRAPS = {
 "dx1": ["أخبار سبها", "ما ادري", "لواء طارق بن زياد", "تشادية"],
 "dx2": ["عماد الطرابلسي", "غرفة عمليات الساحل الغربي", "التونسي"],
 "dx3": ["شارع طرابلس", "سرت في الأثناء شائعات", "عملية البنيان المرصوص", "التركية"],
 "dx4": ["القاهرة الإخبارية", "السيارات البيضاء", "عقيلة صالح", "الجيش الليبي", "الجيش المصري"],
 "dx5": ["الشرق", "التركي", "الليبيون"],
}

PHEN = {
 "dx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "dx2": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "dx3": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "coverage_crossings", "countries"],
 "dx4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "dx5": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"
TUR, EGY, CHAD = "Turkish armed forces", "Egyptian army", "Chadian armed groups"

MOVES = {
 "dx1": [
  # «دخلوا من طريق تمنهنت … وحاطين بوابة عند مدخل الطيوري» = the column the source says «انطلق من قاعدة تمنهنت الجوية لتعزيز …»
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "الطيوري"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["بنغازي"]),
  mv("deploy", "conditional", LNA, [], ["إدري", "وادي الشاطئ"]),
  mv("shipment", "reported", CHAD, [], ["أم الأرانب"], ["الحدود مع النيجر"]),
 ],
 "dx2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور", "الماية", "جودائم"]),
  mv("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("withdraw", "reported", None, [], ["الحرشة"]),
  mv("reinforce", "conditional", GNA, [], ["صرمان", "العجيلات"]),
  mv("mobilise", "denied", ZIN, ["الزنتان"], ["بئر الغنم"]),
 ],
 "dx3": [
  mv("airlift", "reported", TUR, ["تركيا"], ["الكلية الجوية"]),
  mv("advance", "denied", MIS, ["مصراته"], ["بني وليد"]),
  mv("withdraw", "reported", MIS, ["تاورغاء"], ["مصراتة"]),
  mv("naval_landing", "planned", MIS, ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("advance", "conditional", MIS, ["الوشكة"], ["سرت"]),
 ],
 "dx4": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "reported", LNA, ["ميناء البريقة"], ["اجدابيا"]),
  mv("deploy", "denied", LNA, [], ["البيضاء"]),
  mv("deploy", "conditional", EGY, ["مرسى مطروح"], ["السلوم"]),
 ],
 "dx5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("shipment", "reported", None, ["الجفرة"], ["إدري"]),
  mv("mobilise", "denied", GNA, [], ["صبراتة"]),
  mv("naval_landing", "planned", TUR, ["مرسين"], ["ميناء مصراتة"]),
  mv("withdraw", "conditional", LNA, ["سرت", "الجفرة"], ["بنغازي"]),
 ],
}

NOTES = {
 "dx1": "Sabha (Fawasel): Facebook posts in dialect («دخلوا»، «حاطين»، «ماشين»، «راجعين»، «بيجوا»، «جابوا») beside an LNA "
        "source: reported reinforcement Tamanhint air base→Sabha/Al-Tayouri (the post's «طريق تمنهنت» is the same move), "
        "planned Sabha→Ubari via Al-Ghurayfa (the Sharara field is a purpose), denied pull-out Brak air base→Benghazi, "
        "conditional deployment to Idri/Wadi al-Shati (the rumour «بيجوا للشاطي» is the same move), and a Chadian arms "
        "run across the Niger border to Umm al-Aranib reported by a council member. Traps: a Facebook page name, «ما ادري».",
 "dx2": "Zawiya (DW Arabic): «جابوا رتل من طرابلس، دخلوا من جودائم» = the Interior Ministry force Tripoli→Zawiya/the "
        "refinery via Janzour, Al-Maya and Judaim (reported); planned coast-guard boats Abu Sitta→Zawiya oil port; local "
        "gunmen «مشوا للحرشة» (reported withdrawal, no canonical actor); conditional reinforcements to Surman/Al-Ajaylat; "
        "Zintan's denied massing at Bir al-Ghanam. Tripoli as speaker venue and travellers from Tunis at Ras Ajdir are not "
        "movements; «عماد الطرابلسي» and the west-coast operations room are traps.",
 "dx3": "Misrata (Al-Arab): bloggers' «طيارتين تركيات نزلوا … في الكلية» = a reported Turkish airlift Türkiye→the Air "
        "College; rumour «الكتايب طالعين من مصراته ماشين لبني وليد» denied by the military council; a company «راجعين من "
        "تاورغاء» back to Misrata (reported withdrawal); a planned sea move Misrata port→Al-Khums port (Zliten is a purpose); "
        "a conditional advance Al-Washka→Sirte. Traps: «شارع طرابلس», the verb «سرت» (rumours spread), the 2016 operation "
        "name; Sirte 2016 is background, not a movement.",
 "dx4": "Benghazi (Al Qahera News): «طلعوا من بنغازي ماشين للكفرة» = the LNA reinforcement Benghazi→Kufra via Ajdabiya "
        "and Jalu (reported; the Sudan border is a purpose); a planned Benina→Kufra airport air bridge; a company moved "
        "Brega port→Ajdabiya (reported redeploy); «دخلوا البيضاء» denied by the Al Bayda security directorate; the Egyptian "
        "army's conditional move Marsa Matruh→Sallum (the border phrase and Amsaad crossing only locate Sallum; Cairo is "
        "the source). Traps: the channel name with القاهرة, «السيارات البيضاء», Aguila Saleh.",
 "dx5": "Tripoli round-up (Asharq): city-by-city posts. Sabha: «جابوا طيارة» = reported LNA airlift Benina→Sabha airport; "
        "«جابوا فيها ذخيرة من الجفرة لإدري» = an unattributed truck shipment, not denied (reported, actor null). Zawiya: "
        "«الدعم بيجوا من صبراتة» answered by the GNA staff's denial of massing in Sabratha (denied mobilise, Zawiya is only "
        "the locator). Misrata: a Turkish landing ship Mersin→Misrata port announced for next week (planned). Benghazi: "
        "«راجعين من سرت لبنغازي» answered by «لن تنسحب من سرت والجفرة إلا …» (conditional). Tunis is the researcher's home.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dx1", "dx2", "dx3", "dx4", "dx5")
