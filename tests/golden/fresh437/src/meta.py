# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 # datelines abroad
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                    # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                    # G (row عمان)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G (metonymic, pw4)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 # Libyan cities outside Fezzan
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                    # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                             # G* (Hun town row; README: point near Hun/Waddan)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Tobruk port"),                     # K (commercial port = crossing, as fresh51 ميناء زوارة)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # vague areas and border regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                  # G* (row الحدود الليبية التشادية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                # G* (row الحدود الليبية الجزائرية)
 "waw": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                             # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 # Fezzan towns
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),               # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                          # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 # bases, airports, fields, crossings
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                          # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
}

LNA, GNA, TD, SD, RU, WG = ("Libyan National Army", "GNA forces", "Chadian armed groups", "Sudanese armed groups",
                            "Russian forces", "Wagner Group")


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "pw1": ["هسبريس", "تشاديين", "بلاغات", "التشاديون", "عيسى الأوباري", "الفيلق الإفريقي", "مبالغات",
         "منطقة سبها العسكرية", "مرزوق الحضيري"],
 "pw2": ["عمون", "كتيبة طارق بن زياد", "جبهة الوفاق من أجل التغيير في تشاد", "التشادية", "الأردني"],
 "pw3": ["الجريدة", "الجيش الوطني الليبي", "سودانية", "رصد الجنوب", "حسن الغاتي"],
 "pw4": ["لوسيل", "الفيلق الإفريقي", "الروسي", "روسيتان", "فاغنر"],
 "pw5": ["بوابة إفريقيا الإخبارية", "اللواء طارق بن زياد", "غرفة عمليات الجنوب", "علي القطروني", "تشادية",
         "لا أدري", "شارع الجزائر"],
}

PHEN = {
 "pw1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "pw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "pw3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "pw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "pw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases",
         "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "pw1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("withdraw", "reported", TD, ["أم الأرانب"], ["واو الناموس"]),
  mv("deploy", "planned", LNA, ["براك"], ["أوباري"]),
  mv("withdraw", "denied", RU, ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["تمسة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
 ],
 "pw2": [
  mv("mobilise", "reported", None, [], ["مرزق"]),
  mv("redeploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("advance", "denied", TD, [], ["القطرون"]),
  mv("deploy", "planned", GNA, [], ["منفذ إيسين"]),
  mv("withdraw", "conditional", None, ["حقل الشرارة"], []),
  mv("shipment", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
 ],
 "pw3": [
  mv("advance", "reported", SD, ["الحدود مع تشاد"], ["واو الناموس"]),
  mv("mobilise", "reported", LNA, [], ["القطرون"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("withdraw", "denied", LNA, ["تمسة"], ["أم الأرانب"]),
  mv("advance", "conditional", LNA, ["تجرهي"], ["منفذ التوم"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["تمسة"]),
 ],
 "pw4": [
  mv("airlift", "reported", RU, ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("redeploy", "reported", LNA, ["براك الشاطئ"], ["قاعدة تمنهنت"]),
  mv("redeploy", "planned", LNA, ["قاعدة تمنهنت"], ["مطار سبها"]),
  mv("deploy", "denied", WG, ["أوباري"], ["حقل الفيل"]),
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("deploy", "reported", RU, ["ميناء طبرق"], ["قاعدة براك الجوية"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["مرزق"]),
  mv("deploy", "reported", RU, ["سبها"], ["القطرون"]),
 ],
 "pw5": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("deploy", "denied", GNA, ["طرابلس"], ["اوباري"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("advance", "planned", LNA, ["قطرون"], ["واو الناموس", "الحدود مع تشاد"]),
  mv("mobilise", "conditional", None, [], ["تجرهي"]),
  mv("withdraw", "reported", TD, ["تمسه"], ["واو الناموس"]),
  mv("reinforce", "reported", LNA, ["اوباري"], ["غات", "منفذ إيسين"]),
 ],
}

NOTES = {
 "pw1": "Hespress-style month timeline (Rabat): LNA column Tamanhint air base→Sabha (reinforce, units already there), "
        "Chadian gunmen Umm al-Aranib→Waw an-Namus, planned battalion Brak→Ubari (Sharara field only the purpose), denied "
        "Africa Corps pull-out Brak air base→Jufra (speaker in Benghazi not a movement place), a Russian landing ship at "
        "Tobruk port (naval_landing; «قواعد الجنوب» is not a place), conditional «إذا» advance Qatrun→Tmassah, LNA airlift Benina air base→Ghat airport. Traps: عيسى الأوباري (Ubari occ. 1), منطقة سبها العسكرية, "
        "مرزوق الحضيري, بلاغات/مبالغات (contain غات). Closing border line is not a movement.",
 "pw2": "Ammon-style diary with weekdays (Amman): Tebu mobilisation in Murzuq (null actor; the Umm al-Aranib road is a "
        "locator), Tariq bin Ziyad companies Ubari→Ghat via Al-Awaynat (redeploy), FACT infiltration into Qatrun denied "
        "(the Chadian front's name is a trap; «الأراضي التشادية» gives no origin), GNU staff in Tripoli plans border guards "
        "for the Isayen crossing (Tripoli is the speaker, not an origin; the Algerian border locates the crossing), Tuareg "
        "pull-out from the Sharara field conditional on «فور وصول», fuel/ammo convoy Sabha→Ubari via Al-Ghurayfa (shipment).",
 "pw3": "Al-Jarida-style round-up from Cairo: Sudanese groups from the Chad border to Waw an-Namus, LNA massing in Qatrun "
        "(headline «حشود في القطرون» is the same move), planned airlift Jufra air base→Al-Wigh base, denied pull-back "
        "Tmassah→Umm al-Aranib, conditional «في حال» advance Tajarhi→Toummo crossing (Niger only the origin of a hypothetical "
        "crossing, not a movement place), company Sabha→Tmassah. Intro «قادمة من تشاد والسودان» is a generic summary.",
 "pw4": "Lusail-style day-by-day digest from Doha: Russian Il-76s Jufra→Brak air base (sources in Wadi al-Shati), LNA company "
        "Brak al-Shati→Tamanhint base, planned air-defence move Tamanhint base→Sabha airport, denied Wagner column "
        "Ubari→El Feel field, a Russian warship landing at Tobruk port and part of it on by road to Brak air base (two moves), conditional reinforcement Sabha→Murzuq («فقط إذا»), Africa Corps column Sabha→Qatrun. "
        "Headline «من براك الشاطئ إلى مرزق» and the closing supply lines to Niger/Chad are not movements.",
 "pw5": "Afrigate-style Libyan round-up from Sabha with sloppy spelling (اوباري، قطرون، تمسه) and clitics (كسبها، بغدوة): "
        "Tariq bin Ziyad units Sabha→Murzuq via Ghuddwa, denied GNU force Tripoli→Ubari, LNA ammunition trucks "
        "Benghazi→Brak air base via Jufra (shipment), planned sweep from Qatrun to Waw an-Namus and the Chad border, "
        "conditional Qatrun youth mobilisation at Tajarhi, Chadian pull-back Tmassah→Waw an-Namus, LNA reinforcement "
        "Ubari→Ghat and the Isayen crossing. Street closure and civil flights from Sabha airport are not movements.",
}

WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pw1", "pw2", "pw3", "pw4", "pw5")
