# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # vk1 Sirte, Jufra and the south (Al-Wafd)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (written ابوقرين)
 # vk2 the western coast (Al-Quds Al-Arabi)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara_port": ("crossing", "LY", 32.925, 12.095, "Port of Zuwara"),                   # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # vk3 the Sudan-Libya-Egypt triangle and North Darfur (Al-Sudani)
 "triangle": ("region", "SD", 21.6, 25.3, "Sudan-Egypt-Libya border triangle (Sudanese side)"),  # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tina": ("town", "SD", 15.035, 22.830, "Tina (Sudan)"),                                # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 # vk4 the Tunisian south-east (Jawhara FM)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "west_ly": ("region", "LY", 31.9, 12.6, "Western Libya"),                              # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                  # G
 "border_tn_side": ("region", "TN", 32.55, 10.85, "Tunisia-Libya border (Tunisian side)"),  # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 # vk5 Misrata, the coast road and Tripoli (Al-Jarida)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G (written القربولي, in names_ar)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.4425, 35.8420, "Bab al-Tabbaneh"),                   # K
 "mohsen": ("district", "LB", 34.4470, 35.8370, "Jabal Mohsen"),                        # K
}

TRAPS = {
 "vk1": ["الوفد", "الإدريسي", "الهوني", "غرفة عمليات الهلال النفطي", "الجيش الوطني الليبي", "هذه الزاوية",
         "الليبية", "المصراتية"],
 "vk2": ["القدس العربي", "الطرابلسي", "قوة حماية طرابلس", "سوريين", "مالي", "التونسي"],
 "vk3": ["السوداني", "إدريس آدم عبد الكريم", "حركة تحرير السودان", "الليبية", "الجيش الوطني الليبي"],
 "vk4": ["جوهرة أف أم", "القابسي", "الجيش التونسي", "من قبلي", "ملحمة بن قردان", "الليبية"],
 "vk5": ["الجريدة", "الزليتني", "تركية", "اللبنانية", "الليبية", "قناة «مصراتة»"],
}

PHEN = {
 "vk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil"],
 "vk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "vk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "vk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "vk5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vk1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة القرضابية"]),
  mv("withdraw", "denied", "Libyan National Army", ["إدري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["ابوقرين"]),
 ],
 "vk2": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["زوارة"], ["صبراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["معبر راس جدير"]),
  mv("withdraw", "conditional", "GNA forces", ["مجمع مليتة"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["قاعدة الوطية"]),
  mv("shipment", "denied", "GNA forces", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
 ],
 "vk3": [
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["جبل العوينات"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["ربيانة", "كفرة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["ليبيا"]),
  mv("redeploy", "planned", "Sudanese armed groups", ["الطينة"], ["مليط"]),
 ],
 "vk4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["قابس"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("withdraw", "denied", "Tunisian army", ["معبر رأس جدير"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["وازن"]),
 ],
 "vk5": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["زليتن", "الخمس", "القربولي"]),
  mv("mobilise", "reported", "GNA forces", [], ["مطار معيتيقة"]),
  mv("advance", "conditional", "Misrata forces", ["القربولي"], ["ترهونة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "planned", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
 ],
}

NOTES = {
 "vk1": "Q&A with an LNA commander: 'we pushed two battalions' Jufra air base→Sirte via Waddan (Hun and Es Sider only "
        "where units 'stayed in place'); a planned cargo airlift Benina→Gardabiya base ('south of Sirte' a locator); a "
        "denied pull-out from Idri (Wadi al-Shati only locates Idri); 'we will not return a soldier from Sirte to "
        "Jufra unless the foreign forces leave' = conditional withdraw; his claim of a Misrata massing in Abu Qurayn "
        "('130 km west of Sirte'; 'east of Misrata' in the lede is the same massing). Tripoli only as the government.",
 "vk2": "GNA spokesman's press conference: 'our units moved' Zawiya→Zuwara via Sabratha; marines landed Tripoli port→"
        "Zuwara port; a planned company Zuwara→Ras Ajdir crossing; 'we will not withdraw from the complex unless' = "
        "conditional withdraw from Mellitah; denied airlift of Syrian mercenaries to Al-Watiya; denied ammunition ship "
        "from the port of Tripoli in northern Lebanon to Misrata port. Tunis (meeting venue) and the Tunisian border "
        "are not movement places.",
 "vk3": "Darfur Joint Force commander (Al-Sudani): 'our forces advanced' Mellit→the border triangle via Wadi Howar; his "
        "claim of weekly arms/fuel trucks Kufra→RSF positions in North Darfur via the triangle; 'we will not advance "
        "towards Jebel Uweinat until' = conditional; denies fighters in Rebiana and Kufra; 'we pulled our last "
        "fighters out of Libya' = reported withdraw; planned two battalions Tina (on the border with Chad)→Mellit. "
        "Egypt and Sudan in conditions/background are not movement places.",
 "vk4": "Tunisian defence spokesman's press briefing: reinforcements Gabes→Ben Gardane; 'will not return to their "
        "barracks in Gabes until calm returns to western Libya' = conditional withdraw Ben Gardane→Gabes; a planned "
        "regiment Tataouine→Dehiba via Remada; a denied pull-out from the Ras Ajdir crossing; the other side: a force "
        "from Zintan positioned in Wazin (the Dehiba crossing only a locator). 'من قبلي' (before me) is not Kebili.",
 "vk5": "Misrata commander interview (Al-Jarida): 40 vehicles Misrata→Tajoura via Zliten, Al-Khums and Garabulli; "
        "Radaa's massing around Mitiga airport (the other side); 'we will not advance from Garabulli towards Tarhuna "
        "unless Tripoli is attacked' = conditional; a denied Turkish landing at Khoms port; the battalion's planned "
        "return Tajoura→Misrata. Lebanese Tripoli, Bab al-Tabbaneh and Jabal Mohsen are a comparison only.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vk1", "vk2", "vk3", "vk4", "vk5")
