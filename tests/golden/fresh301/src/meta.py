# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 # foreign cities and towns
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egyptian side of the border with Libya"),   # K
 # vague areas and borders on the Libyan side
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 # the east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.100, 20.050, "Benghazi port"),                  # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.417, 19.580, "Marsa al-Brega oil port"),           # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # Sirte and the coastal front
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Sirte port"),                        # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Misrata port (Qasr Ahmad)"),       # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Jufra and the south
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
}

TRAPS = {
 "kq1": ["طارق بن زياد", "الوطني الليبي", "قورينا", "شارع دبي", "سفينة الإنزال «طبرق»", "ميلاد البرقاوي",
         "عملية الكرامة"],
 "kq2": ["المصري اليوم", "الوطني الليبي", "شارع طرابلس", "مصدر مصري", "المنطقة العسكرية الغربية",
         "حسام الإسكندراني", "خسرت"],
 "kq3": ["عكاظ", "الوطني الليبي", "مفتاح السوكني", "أهون", "لا أدري", "الفيلق الأفريقي", "عبد السلام الهوني", "مدن الواحات"],
 "kq4": ["هسبريس", "الجيش الوطني الليبي", "الوطنية الليبية", "وزارة الدفاع التركية", "محمد المصراتي",
         "الخارجية المغربية", "اتفاق الصخيرات", "عبد الرحيم الإدريسي"],
 "kq5": ["الراية", "الوطني الليبي", "وكالة الأنباء الألمانية", "الخارجية القطرية", "اللبنانية"],
}

PHEN = {
 "kq1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "border_phrase",
         "coverage_oil", "coverage_neighbours", "countries"],
 "kq2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "kq3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "kq4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "countries", "coverage_oil"],
 "kq5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_oil", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "kq1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["البريقة", "ميناء البريقة"], ["اجدابيا"]),
  mv("reinforce", "planned", LNA, ["البريقة"], ["سرت"]),
  mv("deploy", "conditional", LNA, ["المرج"], ["اجدابيا"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["بنغازي"]),
 ],
 "kq2": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت", "قاعدة القرضابية"], ["ودان"]),
  mv("redeploy", "planned", LNA, ["البريقة"], ["بن جواد"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين", "الوشكة"]),
  mv("advance", "denied", GNA, [], ["سرت"]),
  mv("deploy", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سرت", "الجفرة"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["منفذ السلوم"]),
 ],
 "kq3": [
  mv("withdraw", "reported", LNA, ["سوكنة"], ["هون"]),
  mv("shipment", "reported", LNA, ["سبها"], ["هون"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", LNA, ["هون"], ["ودان"]),
  mv("reinforce", "conditional", GNA, ["مصراتة"], ["أبوقرين"]),
 ],
 "kq4": [
  mv("redeploy", "reported", GNA, ["تاورغاء"], ["الوشكة"]),
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["سرت"], ["البريقة", "رأس لانوف"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["أبوقرين"]),
  mv("advance", "conditional", LNA, [], ["الوشكة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "kq5": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "reported", LNA, [], ["إجدابيا"]),
  mv("withdraw", "denied", LNA, ["ودان", "هون"], ["سبها"]),
  mv("deploy", "planned", GNA, [], ["بويرات الحسون"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية"]),
 ],
}

NOTES = {
 "kq1": "Quryna (Benghazi) on a Tariq bin Ziyad column Benghazi→Brega/Brega port via Ajdabiya (reported deploy; the "
        "Dubai Street witnesses retell it), a planned Brega→Sirte artillery company, a conditional 106 Brigade move "
        "Al-Marj→Ajdabiya («لن … إلا إذا»), an ammunition shipment Benghazi port→Brega port on the landing ship "
        "«Tobruk» (a trap) and a denied pull-out Sirte→Benghazi; Tripoli is only the GNA staff's seat; the outlet "
        "name is Cyrene's ancient name.",
 "kq2": "Al-Masry Al-Youm (Cairo) on the Sirte–Jufra «red line»: an LNA reinforcement Jufra air base→Sirte/Gardabiya "
        "base via Waddan, a planned tank company Brega→Bin Jawad, Misrata massing Misrata→Abu Qurayn/Al-Washka, the "
        "GNA's denied advance on Sirte (Buwairat al-Hassoun is only a line not crossed) and Egypt's conditional "
        "deployment Mohamed Naguib base→Sirte/Jufra («فقط في حال»); Sidi Barrani is the venue of a 2020 speech; «خسرت» "
        "contains Sirte's name; «خط سرت–الجفرة» keeps both places as gold; an Egyptian reinforcement Marsa Matruh→the "
        "Sallum land port (the border phrase only locates it); «شارع طرابلس» is Misrata's main street (trap).",
 "kq3": "Okaz (Jeddah) on the Jufra towns: an LNA pull-back Sokna→Hun, an LNA ammunition/fuel convoy Sabha→Hun, "
        "an Il-76 airlift Al-Khadim base→Jufra air base (Russian Africa Corps), a denied Russian move from the base "
        "(«القاعدة» = Jufra air base) to Brak air base, a planned 128 Brigade company Hun→Waddan and the GNA's "
        "conditional reinforcement Misrata→Abu Qurayn («إذا ثبت»); Mali/Niger/Sudan are background transit, not "
        "moves; «السودان» contains Waddan's name, «أهون», «الهوني» and «بلدية هون» (district) contain Hun's; «لا أدري» "
        "and «مدن الواحات» are common-word traps.",
 "kq4": "Hespress (Rabat) on the GNA's answer: a GNA redeploy Tawergha→Al-Washka, the LNA armoured brigade "
        "Ajdabiya→Sirte via Brega and Ras Lanuf that prompted it, a planned 444 Brigade move Tripoli→Abu Qurayn, the "
        "LNA's conditional advance on Al-Washka (72-hour ultimatum) and Turkey's denied landing at Misrata port; "
        "Rabat, Morocco and Bouznika are diplomacy only; «اتفاق الصخيرات» and the Moroccan expert «الإدريسي» are traps.",
 "kq5": "Al-Raya (Doha, with agencies) on an LNA marine landing Benghazi port→Sirte port, LNA massing at Ajdabiya "
        "(spelt أجدابيا in the headline and إجدابيا in the body), a denied LNA pull-out Waddan/Hun→Sabha, a "
        "planned GNA joint force for Buwairat al-Hassoun and a conditional LNA air bridge Benina base→Gardabiya "
        "base; Tripoli is the GNA ministry's seat (headline metonymy «وطرابلس تحذّر»); «بلدية سرت» is a district with "
        "no move; the Oil Crescent is a vague region under threat; Qatar/Doha are diplomacy only; the last "
        "«طرابلس» is Tripoli in Lebanon («اللبنانية» a trap); the feared Misrata advance east of Al-Washka is only the "
        "condition of the air bridge, not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kq1", "kq2", "kq3", "kq4", "kq5")
