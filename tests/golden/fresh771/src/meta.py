# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qcs1 the House in Benghazi and the Sirte line (Al-Quds Al-Arabi)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # qcs2 the High Council of State in Tripoli (Al-Jarida)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G (gazetteer kind city)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),          # G* (city row)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # qcs3 the House in Sirte, Bani Walid and Lebanon (Al-Liwaa)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (Jufra air base/airport row, near Hun/Waddan)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar), the district seat)
 # qcs4 the joint committees in Bouznika and the Crescent (Monte Carlo Doualiya)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (town row البريقة)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qcs5 the House in Tobruk, Janzour and the Tunisian border (Ammon News)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),   # G* (row إقليم طرابلس)
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),    # G* (row إقليم طرابلس)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tobruk_port": ("crossing", "LY", 32.073, 23.975, "Port of Tobruk"),                   # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tn_side": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
}

TRAPS = {
 "qcs1": ["القدس العربي", "الليبي", "عقيلة صالح", "القبة", "ميلاد الغدامسي", "عملية الكرامة", "الزاوية", "التركية",
          "الأتراك"],
 "qcs2": ["عمر الزنتاني", "مالي", "قوة حماية طرابلس", "سوريين", "ليبيا الأحرار"],
 "qcs3": ["الليبي", "الجيش الوطني الليبي", "مسعود الشويرفي", "إدريس المسماري", "ليبيا روحها الوطن", "لبنانيون",
          "لبناني", "الليبية"],
 "qcs4": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "المصراتية", "صلاة المغرب", "حركة العدل والمساواة السودانية",
          "الليبية"],
 "qcs5": ["الليبي", "إدريس الطاهر", "عملية بركان الغضب", "التركية", "تركي", "الجيش الوطني الليبي",
          "وكالة تونس إفريقيا للأنباء", "الجيش التونسي"],
}

PHEN = {
 "qcs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qcs2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_neighbours", "countries"],
 "qcs3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "town_vs_district", "coverage_bases", "countries"],
 "qcs4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qcs5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcs1": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("reinforce", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ميناء السدرة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["الوشكة"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء بنغازي"], ["سرت"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة"]),
 ],
 "qcs2": [
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["العزيزية"], ["بئر الغنم"]),
  mv("deploy", "planned", "GNA forces", ["مصراتة"], ["قصر بن غشير"]),
  mv("advance", "conditional", "Misrata forces", [], ["طرابلس"]),
  mv("mobilise", "reported", "GNA forces", [], ["تاجوراء"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار معيتيقة"]),
 ],
 "qcs3": [
  mv("advance", "reported", "Libyan National Army", ["الجفرة"], ["بني وليد"], ["الشويرف"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "GNA forces", ["مصراتة"], ["ترهونة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["بني وليد"], ["الجفرة"]),
  mv("deploy", "denied", "Wagner Group", ["قاعدة براك الجوية"], ["مزدة"]),
 ],
 "qcs4": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["ميناء الزويتينة"], ["اجدابيا"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البريقة"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["راس لانوف"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["زلة"]),
 ],
 "qcs5": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["جنزور"]),
  mv("withdraw", "conditional", "GNA forces", ["جنزور"], ["الزاوية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("shipment", "reported", "Libyan National Army", [], ["ميناء طبرق"]),
  mv("deploy", "planned", "Tunisian army", ["قابس"], ["الحدود مع ليبيا", "معبر رأس جدير"]),
 ],
}

NOTES = {
 "qcs1": "House session in Benghazi (venue/dateline, not a movement place) with a 72-hour ultimatum: Misrata brigades' "
         "deployment Misrata→Abu Qurayn via Tawergha, admitted by a Misrata MP (reported); a planned LNA reinforcement "
         "Jufra air base→Es Sider; the LNA's conditional advance Sirte→Al-Washka if the deadline lapses; an ammunition "
         "shipment Benghazi port→Sirte that 'already arrived' (reported); MPs' claim that Turkish air-defence systems "
         "were moved Al-Watiya→Misrata airport, denied by the GNA defence ministry. Sirte and Tobruk as MPs' "
         "constituencies, Tripoli as 'the Tripoli government', and the last paragraph's distances are not movement places.",
 "qcs2": "High Council of State in Tripoli: a Zintan column Zintan→Al-Aziziyah via Bir al-Ghanam confirmed by a member "
         "(reported); a planned GNA force Misrata→Qasr bin Ghashir; a Misrata member's conditional pledge that Misrata "
         "brigades would march on Tripoli (no origin written: Misrata is in the force's name); 40 chief-of-staff vehicles "
         "massed in Tajoura (reported mobilise); a denied airlift of Syrian mercenaries Turkey→Mitiga airport. Tripoli as "
         "venue/dateline and ceasefire area, Tunis as the venue of a meeting and Tajoura municipality are not movement places.",
 "qcs3": "House session in Sirte reported from Beirut: an LNA column Jufra→Bani Walid via Ash-Shwayrif (reported; "
         "'180 km from Tripoli' is a distance reference), cargo planes Benina base→Jufra air base (reported airlift), "
         "the GNA's alleged intention to move a brigade Misrata→Tarhuna (planned), the column's conditional return Bani "
         "Walid→Jufra once armed groups leave Tarhuna's surroundings (Tarhuna = condition), Wagner fighters Brak air "
         "base→Mizdah denied. Benghazi (proposed venue), Lebanese Tripoli, Akkar and Beirut are not movement places.",
 "qcs4": "Joint HoR-HCS committees in Bouznika, Morocco: LNA reinforcements Benghazi→Zueitina port via Ajdabiya "
         "(reported), a planned landing ship with marines Tobruk naval base→Brega port, the Misratan force in Al-Washka "
         "that will not advance to Ras Lanuf unless the ports are closed again (conditional), and JEM's denial of massing "
         "200 fighters in Zillah (Kufra = MP's constituency; 'over 1,000 km from the border with Sudan' = distance reference).",
 "qcs5": "House session in Tobruk: a GNA force of 40 vehicles Zawiya→Janzour (reported), its conditional return "
         "Janzour→Zawiya upon signing the security deal, a denied landing of Turkish troops at Khoms port, a shipment of "
         "40 armoured vehicles unloaded at Tobruk port for the LNA (reported), and Tunisia's planned move Gabes→the border "
         "with Libya near the Ras Ajdir crossing. Tripoli (chief of staff, Turkish embassy), Tunis (speaker), Ubari (MP's "
         "constituency), the western region and 'western Libya' (condition) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcs1", "qcs2", "qcs3", "qcs4", "qcs5")
