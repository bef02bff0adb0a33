# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label (listed in the README). No row here is own knowledge.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 # Tripoli and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 # Misrata and the Sirte front
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G (also written مصراته)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين; also written أبو قرين)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G (row قاعدة القرضابية)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (row هون: README point near Hun/Waddan)
 # oil crescent and the east
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G (row ميناء السدرة)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (also written اوباري)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                             # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "qpk1": ["أخبار طبرق", "الجيش الوطني الليبي", "غرفة عمليات سرت الكبرى", "اللواء طارق بن زياد", "السرتي",
          "المصراتية", "شركة البريقة لتسويق النفط", "قاعات واغادوغو"],
 "qpk2": ["الاتحاد الليبي لكرة القدم", "الأهلي طرابلس", "الأهلي بنغازي", "ملعب طرابلس الدولي",
          "مديرية أمن طرابلس", "winwin", "444 قتال", "ميدان الجزائر", "محمد الزنتاني", "منير القابسي",
          "أنيس الغدامسي", "التونسي"],
 "qpk3": ["الخليج العربي", "شركة الخليج العربي للنفط", "Investing.com", "الليبية", "خام برنت", "الأمريكي",
          "الجيش الوطني الليبي", "شركة الواحة للنفط", "اللواء طارق بن زياد", "شركة سرت لإنتاج وتصنيع النفط والغاز",
          "مصرف الوحدة", "مصرف ليبيا المركزي"],
 "qpk4": ["صوت ليبيا الحرة", "شارع طرابلس", "مستشفى مصراتة المركزي", "المصراتي", "صباح الخير يا مصراتة",
          "قوات حفتر", "نادي السويحلي", "الأهلي طرابلس", "الهلال الأحمر الليبي"],
 "qpk5": ["شارع طرابلس", "صونا", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "أحمد الغدامسي", "عمر الزنتاني",
          "الهلال الأحمر الليبي", "ميدان الجزائر"],
}

PHEN = {
 "qpk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases"],
 "qpk2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba"],
 "qpk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qpk4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba"],
 "qpk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, MIS, GNA, ZIN = "Libyan National Army", "Misrata forces", "GNA forces", "Zintan forces"

MOVES = {
 "qpk1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["هراوة"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["الجفرة"]),
  mv("advance", "conditional", MIS, ["أبوقرين"], ["الوشكة"]),
 ],
 "qpk2": [
  mv("deploy", "reported", GNA, ["ترهونة"], ["طرابلس"]),
  mv("advance", "denied", MIS, ["مصراتة"], ["تاجوراء"]),
  mv("deploy", "planned", GNA, [], ["مطار معيتيقة"]),
  mv("advance", "conditional", ZIN, [], ["العزيزية"]),
 ],
 "qpk3": [
  mv("reinforce", "reported", LNA, ["سرت"], ["ميناء السدرة"]),
  mv("redeploy", "planned", LNA, ["قاعدة القرضابية"], ["راس لانوف"]),
  mv("withdraw", "conditional", LNA, ["ميناء السدرة"], ["سرت"]),
  mv("reinforce", "denied", MIS, ["مصراتة"], ["أبو قرين"]),
 ],
 "qpk4": [
  mv("reinforce", "reported", MIS, ["مصراتة"], ["الوشكة"], ["تاورغاء"]),
  mv("withdraw", "denied", MIS, ["أبوقرين"], ["مصراتة"]),
  mv("deploy", "planned", MIS, [], ["الهيشة"]),
  mv("withdraw", "conditional", MIS, ["الوشكة"], []),
 ],
 "qpk5": [
  mv("deploy", "reported", LNA, ["سبها"], ["اوباري"]),
  mv("deploy", "planned", LNA, ["اوباري"], ["حقل الشرارة"]),
  mv("reinforce", "conditional", LNA, ["براك"], ["أوباري"]),
  mv("airlift", "denied", GNA, ["طرابلس"], ["سبها"]),
 ],
}

NOTES = {
 "qpk1": "Libyan daily (Akhbar Tobruk) from Sirte: LNA reinforcements Jufra air base→Gardabiya air base (the headline "
         "repeats it), a planned Tariq bin Ziyad battalion Sirte→Harawa, the LNA's denied pull-out Sirte→Jufra and the "
         "Misrata brigades' conditional advance Abu Qurayn→Al Washka (Buwairat al-Hassoun only in the condition); the "
         "2020 columns from Misrata (background), a civilian fuel convoy Misrata→Sirte (written مصراته), Tripoli as "
         "government and the JMC meeting in Sirte are not moves; traps: the outlet (holds طبرق), the Sirte operations "
         "room, the spokesman «السرتي» (holds سرت), the Brega marketing company and the Ouagadougou halls.",
 "qpk2": "Sports-and-news site (winwin) on a postponed Al-Ahli Tripoli v Al-Ahli Benghazi match: a 444 Brigade column "
         "Tarhuna→Tripoli, Misrata brigades' denied move Misrata→Tajura, a planned military-police deployment around "
         "Mitiga airport and a Zintani commander's conditional advance on Al Aziziyah; the visiting team's flight "
         "Benghazi→Tripoli and return, the fans' march from Algeria Square and Tripoli as government are not moves; "
         "traps: clubs (hold طرابلس/بنغازي), the Tripoli stadium and security directorate, ميدان الجزائر, players and a "
         "coach whose surnames hold الزنتان, غدامس and قابس.",
 "qpk3": "Business news (Investing.com Arabic) on oil prices: LNA reinforcements Sirte→Es Sider port, a planned "
         "battalion Gardabiya base→Ras Lanuf, the reinforcements' conditional return Es Sider→Sirte («بمجرد») and the "
         "Misrata Military Council's denied reinforcements Misrata→Abu Qurayn (written أبو قرين); a tanker to Italy, "
         "a cash shipment flown to Sabha and Ubari by Wahda Bank and the Oil Crescent in analysts' scenarios are not "
         "moves; traps: «الخليج العربي», the Waha and Sirte oil companies (the latter holds سرت), Wahda Bank, the "
         "Central Bank of Libya and Brent crude.",
 "qpk4": "Misrata local radio page (Voice of Free Libya) on columns Misrata→Al Washka via Tawergha, the denied pull-back "
         "Abu Qurayn→Misrata, a planned engineering company for Al-Hisha and a conditional withdrawal from Al Washka "
         "(Sirte and Jufra only in the condition); joint patrols with Zliten and Khoms (no move), forces in Bani Walid "
         "(no move), a Red Crescent convoy to Sirte and Tripoli's silence are not moves; traps: Tripoli Street in "
         "Misrata, the hospital and the breakfast programme named after Misrata, the spokesman «المصراتي», clubs.",
 "qpk5": "Arab agency (SONNA, Somalia) from Tripoli on Ubari: a Tariq bin Ziyad force Sabha→Ubari (written اوباري), a "
         "planned move Ubari→Sharara field, a conditional reinforcement Brak→Ubari and the GNU's denied airlift "
         "Tripoli→Sabha; the border with Algeria as a watched route, a Red Crescent convoy Sabha→Ubari, a protest in "
         "Algeria Square in Tripoli and Southern Libya are not moves; traps: Tripoli Street in Ubari, ميدان الجزائر "
         "(holds الجزائر), surnames holding غدامس and الزنتان, the agency «صونا».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpk1", "qpk2", "qpk3", "qpk4", "qpk5")
