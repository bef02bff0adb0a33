# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G (row تونس, city)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G (also بنقردان)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),        # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G (row جنوب تونس, alt الجنوب التونسي)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                   # G
 # qip1 Ben Guerdane (Zitouna TV)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                               # G
 # qip2 Tataouine (Attounissia)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                     # G
 # qip3 Nalut (Ain Libya)
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al-Ghanam"),                       # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                     # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G (row الحدود الليبية التونسية, alt الحدود مع تونس)
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),              # G* (town row)
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                   # G
 # qip4 Zuwara (218)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 # qip5 Tunis, parliament hearing (Al-Shahed)
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                 # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "border_ly_tn": ("region", "TN", 32.45, 10.75, "Tunisia-Libya border (Tunisian side)"), # K
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),         # G
}

TRAPS = {
 "qip1": ["الزيتونة", "المنجي القابسي", "القابسي", "الجيش الوطني", "ملحمة بن قردان", "علي الجربي", "الليبي",
          "تونسية"],
 "qip2": ["التونسية", "المجلس العسكري نالوت", "عادل التطاويني", "إدريس الغمراسني", "عام الرمادة", "الليبي", "ليبية"],
 "qip3": ["عين ليبيا", "المنطقة العسكرية الساحل الغربي", "عبد الحكيم النالوتي", "إدريس بوزيد", "الجيش الوطني الليبي", "يندرج",
          "التونسي"],
 "qip4": ["اللواء 111 مجحفل", "قوة حماية طرابلس", "218", "عبد السلام الجميلي", "رد الجميل", "تركية", "التونسي"],
 "qip5": ["الشاهد", "قرطاج 2026", "عماد المدنيني", "سنية الطرابلسي", "الليبي", "الليبية"],
}

PHEN = {
 "qip1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qip2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qip3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qip4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qip5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qip1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("deploy", "planned", "Tunisian army", ["بن قردان"], ["منفذ رأس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("advance", "conditional", "GNA forces", ["الزاوية"], ["رأس جدير"]),
  mv("mobilise", "reported", None, [], ["زلطن"]),
 ],
 "qip2": [
  mv("redeploy", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["رمادة"]),
  mv("shipment", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", ["برج الخضراء"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["وازن"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["وازن"]),
 ],
 "qip3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["نالوت"], ["بئر الغنم", "جادو"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["وازن", "الحدود مع تونس"]),
  mv("deploy", "conditional", "Zintan forces", ["الزنتان"], ["غدامس"], ["درج"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
 ],
 "qip4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الجميل"], ["صبراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("advance", "planned", "GNA forces", ["الجميل"], ["منفذ راس اجدير"], ["زلطن"]),
  mv("withdraw", "conditional", None, ["مجمع مليتة"]),
  mv("mobilise", "reported", None, [], ["أبو كماش"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
 ],
 "qip5": [
  mv("reinforce", "reported", "Tunisian army", ["صفاقس"], ["تطاوين"]),
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["الحدود مع ليبيا"]),
  mv("shipment", "reported", "Tunisian army", ["بنزرت"], ["رمادة"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"]),
  mv("deploy", "reported", "GNA forces", [], ["نالوت", "وازن"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["ليبيا"], ["مطار جربة جرجيس"]),
 ],
}

NOTES = {
 "qip1": "Zitouna TV report from Ben Guerdane (dateline; spelled بنقردان in a quote): Tunisian armoured "
         "reinforcements Gabes→Ben Guerdane via Medenine, a planned deployment of part of them (anaphora → Ben "
         "Guerdane) around the Ras Ajdir crossing, a navy platoon landed at Zarzis from the Sfax naval base, a denied "
         "Tunisian patrol crossing to Abu Kammash, a conditional GNU push Zawiya→Ras Ajdir and unnamed armed groups "
         "massing in Zaltan; Tripoli (the speaker's seat), Libya, and the travellers from Zarzis and Djerba re-routed "
         "to the Dehiba crossing in Tataouine governorate are not movement places; traps: the spokesman القابسي "
         "(Gabes), علي الجربي, «ملحمة بن قردان» (the 2016 battle).",
 "qip2": "Attounissia report from Tataouine: a desert-infantry unit moved Remada→Dehiba, a planned C-130 airlift "
         "El Aouina air base→Remada, an army supply convoy Tataouine→Dehiba, a conditional pull-back Borj El "
         "Khadra→Remada (Ghadames only the condition, El Borma field only background), a GNU border-guard "
         "deployment Nalut→Wazin and a denied Zintan column towards Wazin; «المجلس العسكري نالوت» is a force name "
         "(trap), «عام الرمادة» contains Remada, the MP التطاويني contains Tataouine, the officer إدريس الغمراسني "
         "contains إدري; Tataouine town (dateline, convoy origin) vs Tataouine governorate.",
 "qip3": "Ain Libya report from Nalut: a Western-Coast military-zone force Tripoli→Nalut via Bir al-Ghanam and Jadu, "
         "a planned company from it (anaphora) to Wazin and along the border with Tunisia, a conditional Zintan force "
         "from 'the city' (anaphora → Zintan) to Ghadames via Daraj ('يندرج' contains Daraj), and a denied LNA "
         "advance Ash-Shwayrif→Daraj; the Wazin crossing closure, Tunis the capital, Dehiba, Kabaw and the Wafa→"
         "Mellitah pipeline are background; commander النالوتي, spokesman إدريس بوزيد and the outlet «عين ليبيا» "
         "are traps.",
 "qip4": "218 TV report from Zuwara: a joint 111 Brigade / Tripoli Protection Force column Tripoli→Al-Jumayl via "
         "Sabratha, marines landed at Zuwara port from Tripoli, the column's planned advance Al-Jumayl→the Ras Ajdir "
         "crossing (spelled منفذ راس اجدير) via Zaltan, a conditional withdrawal of the local Zuwara force from the "
         "Mellitah complex, armed groups massing in Abu Kammash and a denied Turkish troop flight to Al-Watiya; "
         "«رد الجميل» and the commander الجميلي contain Al-Jumayl, «قوة حماية طرابلس» contains Tripoli; Zuwara, "
         "Ben Guerdane and Tunisia at the end are background.",
 "qip5": "Al-Shahed report of a parliamentary hearing in Tunis (dateline = the city, «تونس» in the body = the "
         "country; the committee chair الطرابلسي contains Tripoli): reinforcements Sfax→Tataouine, a planned "
         "redeployment Gabes→the border with Libya (Tunisian side), surveillance equipment shipped Bizerte→Remada, "
         "a conditional return of the extra units from Ben Guerdane (Ras Ajdir only the condition), GNU units "
         "reported deployed in Nalut and Wazin, and a denied transit of Turkish soldiers via Djerba-Zarzis airport "
         "to Libya; the exercise «قرطاج 2026» and the MP المدنيني are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # qip3's headline starts with «عاجل |»
IDS = ("qip1", "qip2", "qip3", "qip4", "qip5")
