# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 # capitals and foreign cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G* (row spelled ربات)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
 # Sabha, Fezzan and the Jufra
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "jufra": ("district", "LY", 29.144, 16.043, "Al Jufra"),                                # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 # Sirte and the centre / east
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 # the Tunisian border
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),     # G (district row)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
}

TRAPS = {
 "rd1": ["سبوتنيك", "الجيش الوطني الليبي", "عمر السبهاوي", "صلاة المغرب", "التونسية"],
 "rd2": ["قناة التناصح", "عبد الرحمن الفزاني", "إماراتية", "شارع دبي", "السرتي", "المنطقة العسكرية الساحل الغربي"],
 "rd3": ["جوهرة أف أم", "سوق ليبيا", "الليبية"],
 "rd4": ["الدستور", "القيادة العامة للجيش الوطني الليبي", "الجيش الليبي", "المصري"],
 "rd5": ["هسبريس", "المغربية", "الجيش التونسي", "عبد الله المراكشي", "اتفاق الصخيرات"],
}

PHEN = {
 "rd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "rd2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "rd3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "rd4": ["multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "countries"],
 "rd5": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA, TN = "Libyan National Army", "GNA forces", "Tunisian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "rd1": [
  mv("withdraw", "denied", LNA, ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "reported", LNA, ["الجفرة"], ["سبها", "مطار سبها", "المنشية"], ["قاعدة تمنهنت"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, [], ["أوباري"]),
  mv("deploy", "conditional", GNA, ["زوارة"], ["معبر رأس اجدير"]),
 ],
 "rd2": [
  mv("reinforce", "reported", LNA, ["هون"], ["سبها"], ["قاعدة تمنهنت"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["قاعدة الجفرة"], ["ودان"]),
  mv("reinforce", "planned", GNA, ["مصراتة"], ["أبوقرين"]),
  mv("mobilise", "reported", None, [], ["أبو كماش"]),
  mv("deploy", "conditional", GNA, [], ["الحدود التونسية"]),
 ],
 "rd3": [
  mv("reinforce", "reported", TN, ["مدنين"], ["بن قردان", "معبر راس جدير"]),
  mv("deploy", "planned", TN, [], ["بن قردان", "الذهيبة"]),
  mv("redeploy", "reported", TN, ["رمادة"], ["الذهيبة"]),
  mv("deploy", "conditional", GNA, ["زوارة"], ["معبر راس جدير"]),
  mv("reinforce", "reported", LNA, ["الجفرة"], ["سبها"]),
  mv("withdraw", "denied", LNA, ["سرت"], []),
 ],
 "rd4": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سبها", "مطار سبها"], ["قاعدة تمنهنت"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["الجفرة"]),
  mv("reinforce", "planned", LNA, ["بنغازي"], ["سرت"]),
  mv("deploy", "conditional", GNA, ["طرابلس"], ["معبر رأس جدير"]),
 ],
 "rd5": [
  mv("reinforce", "reported", LNA, ["الجفرة"], ["سبها"]),
  mv("deploy", "planned", LNA, ["سبها"], ["مرزق"]),
  mv("withdraw", "denied", LNA, ["سرت"], []),
  mv("deploy", "conditional", GNA, [], ["الحدود مع تونس"]),
  mv("reinforce", "reported", TN, [], ["بن قردان"]),
 ],
}

NOTES = {
 "rd1": "Sputnik Arabic, Tripoli: an LNA source denies a pull-out Sirte→Jufra air base (Gardabiya base is a locator); "
        "LNA reinforcement Jufra→Sabha via Tamanhint air base, spread at Sabha airport and Al-Manshiya; a cargo plane "
        "Benina base→«المطار» (Sabha airport; «في بنغازي» only locates Benina); a planned part of the force to Ubari "
        "(Sharara field is a purpose, no origin written); the GNU's conditional force Zuwara→Ras Ajdir «إذا» (the border "
        "phrase locates the clashes). Traps: Sputnik, a resident surnamed السبهاوي, «صلاة المغرب», التونسية. Tripoli as "
        "dateline and speaker venue is not a movement place.",
 "rd2": "Al-Tanasuh TV, Tripoli (hostile to the LNA): reinforcement Hun→Sabha via Tamanhint air base (Sabha municipality "
        "and the Sharara field are context); local sources' night pull-out Sirte→Jufra base via Waddan, denied by the "
        "General Command in the next paragraph (one move, denied); planned GNA infantry company Misrata→Abu Qurayn; "
        "unnamed gunmen massing in Abu Kammash (mobilise, actor null; «في زوارة» is the source); the western military "
        "zone's conditional move to the Tunisian border «في حال» (Ras Ajdir is in the condition, not a destination). "
        "Traps: a Dubai street in Sirte, the nisba السرتي, an activist surnamed الفزاني, the military-zone name with "
        "الساحل الغربي. Geneva is a venue.",
 "rd3": "Jawhara FM, Ben Gardane (Tunisian view): a Tunisian army reinforcement Medenine→Ben Gardane/Ras Ajdir crossing; "
        "a planned deployment along the strip between Ben Gardane and Dehiba (both ends as destinations); last week's "
        "redeployment Remada→Dehiba; a GNU force Zuwara→«المعبر» (resolved to the Ras Ajdir crossing) «إذا»; the LNA "
        "column Jufra→Sabha and the denied Sirte pull-out as a short round-up. Tunis (ministry) vs Tunisia (country); "
        "Medenine town vs «والي مدنين» (governorate). Metonymic headline «وطرابلس تلوّح» keeps Tripoli as the city. "
        "Traps: the outlet, the «سوق ليبيا» market, the nisba الليبية.",
 "rd4": "Al-Dostor, Cairo (pro-LNA): reinforcement Jufra air base→Sabha/Sabha airport with a stop at Tamanhint air base; "
        "an LNA cargo plane Benina air base→«المطار ذاته» (Sabha airport); the denied pull-out Sirte→Jufra (the «خط "
        "سرت-الجفرة» mentions are gold places but not movement places); a planned reinforcement Benghazi→Sirte; the "
        "GNU's conditional force Tripoli→Ras Ajdir «إذا لم» (the border phrase locates the crossing; Zuwara is where the "
        "clashes are). Traps: the outlet الدستور, the army names, the nisba المصري.",
 "rd5": "Hespress, Rabat (Moroccan wire round-up): LNA column Jufra→Sabha; a planned part of it Sabha→Murzuq «يعتزم»; the "
        "denied Sirte pull-out (no destination); the GNU's conditional deployment to the border with Tunisia «في حال» "
        "(Ras Ajdir locates the clashes); a reported Tunisian army reinforcement of Ben Gardane (the ministry in Tunis "
        "is the source). Bouznika and Rabat are venues, Morocco a country. Traps: the outlet, المغربية, الجيش التونسي, "
        "a researcher surnamed المراكشي, اتفاق الصخيرات (an agreement named after a town).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rd1", "rd2", "rd3", "rd4", "rd5")
