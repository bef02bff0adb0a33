# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 # qbo1 the western coast and Ras Ajdir (Al-Jarida)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.935, 12.085, "Port of Zuwara"),                   # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, matched by رقدالين)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "border_tn": ("region", "LY", 32.95, 11.62, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # qbo2 Sirte, Jufra and the oil crescent (Ammon)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README point near Hun/Waddan)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "gardabya": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),                 # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G* (row ميناء السدرة)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # qbo3 Misrata and the central front (Shafaq News)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G (row تاورغاء)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "misrata_port": ("crossing", "LY", 32.357, 15.215, "Port of Misrata (Qasr Ahmed)"),   # K
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row مرسين)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 # qbo4 Greater Tripoli (Al-Liwaa)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajoura"),                              # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 # qbo5 Kufra and the south-eastern borders (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
}

TRAPS = {
 "qbo1": ["المنطقة العسكرية الغربية", "محمد الجميل", "التونسي", "مالي"],
 "qbo2": ["غرفة عمليات الهلال النفطي", "إدريس المسماري", "الجيش الوطني الليبي", "الراية البيضاء", "الأردنية",
          "ليبيا روحها الوطن"],
 "qbo3": ["الزليتني", "قناة مصراتة", "قوة حماية طرابلس", "التركية", "الليبية"],
 "qbo4": ["منطقة طرابلس العسكرية", "اللبناني", "الخمسينيات", "الطرابلسيون"],
 "qbo5": ["كتيبة سبل السلام", "السوداني", "الملك إدريس", "الجيش الوطني الليبي", "الليبية", "سودانية"],
}

PHEN = {
 "qbo1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qbo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qbo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_crossings", "countries"],
 "qbo4": ["clitics", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "town_vs_district", "countries"],
 "qbo5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbo1": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["زوارة"], ["صبراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس اجدير"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["الجميل"]),
  mv("advance", "conditional", "GNA forces", [], ["أبو كماش"]),
 ],
 "qbo2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار القرضابية"]),
  mv("withdraw", "denied", "Wagner Group", ["الجفرة"], ["مالي"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
 ],
 "qbo3": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["ابوقرين"], ["تاورغا"]),
  mv("advance", "denied", "Misrata forces", [], ["بني وليد"]),
  mv("withdraw", "conditional", "Misrata forces", ["ابوقرين"], ["مصراته"]),
  mv("shipment", "planned", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراته"]),
 ],
 "qbo4": [
  mv("redeploy", "reported", "GNA forces", ["تاجوراء"], ["قصر بن غشير"], ["عين زارة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("reinforce", "conditional", "GNA forces", ["الزاوية"], ["جنزور"]),
 ],
 "qbo5": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["تازربو"]),
 ],
}

NOTES = {
 "qbo1": "Q&A with the GNA western-zone spokesman: a 45-vehicle column Zawiya→Zuwara via Sabratha and a naval landing "
         "Tripoli port→Zuwara port (both confirmed), a denied pull-out from the Ras Ajdir crossing (Tunisia only the "
         "travellers' destination), a planned company Al-Watiya base→Al-Jumayl (Regdalin named in the question but "
         "explicitly not reinforced), and a conditional advance on Abu Kammash (the border with Tunisia only locates "
         "the town; Tunis the venue of a meeting). The spokesman's name Mohammed al-Jumayl is a trap.",
 "qbo2": "Q&A with an LNA operations-room commander (interviewed in Brega, dateline Benghazi): 30 vehicles Jufra air "
         "base→Sirte via Waddan (reported), a planned airlift Benina→Gardabya airport, Wagner's denied pull-out from "
         "Jufra towards Mali, and a conditional marine landing Benghazi port→Zueitina port; Ras Lanuf, Es Sider, Misrata and "
         "the oil crescent are not movement places.",
 "qbo3": "Q&A with a Misrata commander: two battalions Misrata→Abu Qurayn via Tawergha (reported), a denied entry "
         "into Bani Walid, the battalions' conditional return Abu Qurayn (named in the question)→Misrata once "
         "provocations near Al-Washka stop (Al-Washka and Tunis only in the condition), and a planned Turkish "
         "shipment Mersin port→Misrata port; Zliten, Tripoli and Sirte are background only.",
 "qbo4": "Q&A for a Lebanese daily with a GNA battalion commander in Tripoli: three companies Tajoura→Qasr Bin "
         "Ghashir via Ain Zara (reported; the old Tripoli International Airport only locates robberies), Zintan's "
         "denied massing in Al-Aziziyah, a planned force Tripoli→Tarhuna at the request of Tarhuna municipality and "
         "a conditional reinforcement Zawiya→Janzour; the reporter's flight Beirut→Mitiga and Tripoli (Lebanon) are "
         "not force movements.",
 "qbo5": "Q&A for a Sudanese daily with an LNA battalion commander in Kufra: two companies Kufra→Maaten al-Sarra "
         "air base (reported; the Chad border only a distance reference), the RSF's denied massing in the border "
         "triangle, a planned airlift Benina→Kufra airport, a fuel-and-ammunition convoy Ajdabiya→Kufra (reported) "
         "and a conditional pull-out from Tazirbu (Sarir only in the condition); Sudanese refugees from El "
         "Fasher/Darfur are civilians, not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbo1", "qbo2", "qbo3", "qbo4", "qbo5")
