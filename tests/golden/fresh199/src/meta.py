# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 # gs1 the Hasawna system (Phase II) and Ash Shwayrif
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "hasawna": ("region", "LY", 28.30, 13.60, "Jabal Hasawna well fields"),                   # K (representative point)
 "jafara_plain": ("region", "LY", 32.51012, 13.02794, "Jafara Plain"),                     # G* (district row الجفارة)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 # gs2 the eastern system: Tazirbu and Sarir well fields
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),            # G* (town row)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                     # G
 "sarir": ("region", "LY", 27.66240, 22.50860, "As Sarir (well fields)"),                  # G* (row حقل السرير)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                     # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jabal al Akhdar"),                  # G* (district row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),    # G* (row الحدود الليبية السودانية)
 # gs3 the central link: Gardabiya, Sirte, Al-Washka
 "gardabiya": ("town", "LY", 31.06350, 16.59500, "Al Gardabiya"),                          # G* (row قاعدة القرضابية)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),                # G* (city row)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 # gs4 power plants, the Egyptian and Tunisian links
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                  # G
 "khums_port": ("crossing", "LY", 32.6570, 14.2790, "Al Khums port"),                      # K
 "abusitta_base": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),              # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "border_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Benghazi port"),                 # G* (city row)
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina port and terminal"),    # G* (town row)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                          # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 # gs5 the Ubari power plant and the Fezzan
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
}

TRAPS = {
 "gs1": ["فواصل", "شارع طرابلس", "لواء طارق بن زياد", "محمد الإدريسي", "الصادق الغرياني", "الليبيين"],
 "gs2": ["الشرق", "الجيش الليبي", "الجيش الوطني الليبي", "عمر المختار"],
 "gs3": ["بي بي سي", "الجيش الوطني الليبي", "المالي"],
 "gs4": ["المصري اليوم", "الليبية", "الجانب المصري", "شارع طرابلس", "من هذه الزاوية"],
 "gs5": ["الخليج أونلاين", "عملية تطهير الجنوب الغربي", "محمد الفزاني", "الجزائرية", "لا أدري"],
}

PHEN = {
 "gs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases"],
 "gs2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "coverage_bases", "coverage_oil", "border_phrase", "coverage_neighbours", "countries",
         "vague_area"],
 "gs3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "town_vs_district", "countries"],
 "gs4": ["clitics", "multiword", "media_trap", "nisba", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries", "vague_area"],
 "gs5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "common_word_trap", "ambiguity_idri", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries", "vague_area"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "gs1": [
  _m("deploy", "reported", GNA, ["طرابلس"], ["الشويرف"], ["غريان", "مزدة"]),
  _m("reinforce", "reported", LNA, ["سبها"], ["الحسّاونة"], ["براك الشاطئ"]),
  _m("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  _m("advance", "denied", None, ["إدري"], ["الشويرف"]),
  _m("advance", "conditional", "Zintan forces", ["الزنتان"], ["الشويرف"]),
 ],
 "gs2": [
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  _m("deploy", "reported", LNA, ["الكفرة"], ["تازربو"]),
  _m("redeploy", "reported", LNA, ["حقل مسلة"], ["السرير"]),
  _m("shipment", "planned", LNA, ["إجدابيا"], ["تازربو"]),
  _m("mobilise", "conditional", None, [], ["تازربو"]),
  _m("withdraw", "denied", None, ["السرير"], []),
 ],
 "gs3": [
  _m("mobilise", "denied", None, [], ["القرضابية"]),
  _m("withdraw", "reported", LNA, ["القرضابية"], ["سرت"]),
  _m("deploy", "conditional", LNA, ["سرت"], ["القرضابية"]),
  _m("deploy", "reported", "Misrata forces", ["مصراتة"], ["الوشكة"], ["أبوقرين"]),
  _m("redeploy", "planned", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
 ],
 "gs4": [
  _m("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  _m("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  _m("deploy", "conditional", "Tunisian army", [], ["بن قردان"]),
  _m("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  _m("withdraw", "denied", GNA, ["الزاوية"], []),
 ],
 "gs5": [
  _m("withdraw", "reported", LNA, ["أوباري"], ["سبها"], ["جرمة"]),
  _m("deploy", "reported", None, [], ["أوباري"]),
  _m("redeploy", "planned", LNA, ["سبها"], ["حقل الشرارة"]),
  _m("shipment", "conditional", LNA, ["قاعدة تمنهنت"], ["أوباري"]),
  _m("reinforce", "denied", None, ["غات"], ["أوباري"]),
 ],
}

NOTES = {
 "gs1": "Fawasel (Tripoli): a GNA force Tripoli→Ash Shwayrif via Gharyan and Mizda after sabotage of the Hasawna wells; "
        "an LNA company Sabha→Hasawna via Brak al-Shati (reinforce); a planned Jufra air base→Brak air base airlift; "
        "a denied move of gunmen from Idri to the Shwayrif station (valves); Zintan's conditional advance on Ash Shwayrif. "
        "Traps: Tripoli Street in Gharyan, al-Idrisi, al-Ghariani, the Tariq bin Ziyad brigade.",
 "gs2": "Al-Sharq (Benghazi): an LNA airlift Benina air base→Kufra airport chained with an overland deploy Kufra→Tazirbu; "
        "a unit redeployed from the Messla field to the Sarir well fields; a planned ammunition shipment Ajdabiya→Tazirbu; "
        "a conditional tribal mobilisation in Tazirbu; a denied withdrawal of the guards from Sarir. Suluq, Benghazi and "
        "the Jabal Akhdar are water destinations, not force destinations.",
 "gs3": "BBC Arabic: a denied gathering of gunmen at the Gardabiya pumping station (valves); an LNA pull-back "
        "Gardabiya→Sirte after local tribal guards took over; its conditional return Sirte→Gardabiya; a Misrata "
        "company Misrata→Al-Washka via Abu Qurayn and its planned platoon move Al-Washka→Abu Qurayn. Common-word trap "
        "العجز المالي.",
 "gs4": "Al-Masry Al-Youm (Tripoli/Cairo): GNA marines landed at Al-Khums port from Abu Sitta naval base; an Egyptian "
        "reinforcement Marsa Matruh→Sallum (Amsaad crossing only a locator); Tunisia's conditional deployment near Ben "
        "Gardane (border phrase a locator); a planned LNA landing Benghazi port→Zueitina port; a denied pull-out from "
        "the Zawiya power plant. Tunis (city) vs Tunisia (country); Tripoli Street in Misrata; «من هذه الزاوية».",
 "gs5": "Al-Khaleej Online (Sabha): LNA units withdraw Ubari plant→Sabha via Germa as ~80 local guards deploy in the "
        "plant; a planned redeploy Sabha→Sharara field; a conditional ammunition shipment Tamanhint air base→Ubari; a "
        "denied Tuareg reinforcement Ghat→Ubari. Sonelgaz technicians via the Isayen crossing are civilians (no movement); "
        "Algiers (city) vs Algeria (country); «لا أدري».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gs1", "gs2", "gs3", "gs4", "gs5")
