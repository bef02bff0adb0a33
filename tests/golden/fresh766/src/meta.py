# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # qcn1 the Benghazi year-end parade (Asharq Al-Awsat)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 # qcn2 the Tripoli year-end review (Al-Quds Al-Arabi)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_ac": ("base", "LY", 32.32556, 15.05972, "Misrata Air College base"),          # G* (row مطار مصراتة)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),            # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 # qcn3 the Misrata year-end parade (Al-Wafd)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # qcn4 after the parades, the Tunisian border (Akhbar Al-Khaleej)
 "border_tn": ("region", "LY", 32.95, 11.55, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # qcn5 the Benghazi naval review (Sada El Balad)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "susa_port": ("crossing", "LY", 32.89702, 21.96583, "Port of Susa (Apollonia)"),       # G* (town row سوسة/أبولونيا)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),   # G* (row الحدود الليبية المصرية)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
}

TRAPS = {
 "qcn1": ["الشرق الأوسط", "الجيش الوطني الليبي", "منطقة سبها العسكرية", "صالح الإدريسي", "المرجح", "عملية الكرامة",
          "ليبيا الحدث"],
 "qcn2": ["القدس العربي", "الليبية", "علي الزاوي", "المنطقة العسكرية الساحل الغربي", "اللبنانية", "الجيش اللبناني",
          "بوابة الوسط"],
 "qcn3": ["قناة «مصراتة»", "الليبية", "المنطقة العسكرية الوسطى", "السنوات الخمس", "المصراتية", "الزليتني",
          "لواء المحجوب"],
 "qcn4": ["أخبار الخليج", "الليبية", "عماد الطرابلسي", "التونسي", "التونسية", "منير الغدامسي"],
 "qcn5": ["صدى البلد", "الجيش الوطني الليبي", "الملك إدريس السنوسي", "الملحق العسكري المصري"],
}

PHEN = {
 "qcn1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_neighbours", "countries"],
 "qcn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "coverage_crossings", "countries"],
 "qcn3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district"],
 "qcn4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qcn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcn1": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["قاعدة بنينا"]),
  mv("deploy", "reported", "Libyan National Army", ["المرج"], ["بنغازي"], ["الأبيار"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["أجدابيا"], ["بنغازي"]),
  mv("redeploy", "denied", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الرجمة"]),
 ],
 "qcn2": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["معسكر اليرموك"], ["جنزور"]),
  mv("airlift", "reported", "Misrata forces", ["قاعدة الكلية الجوية"], ["مطار معيتيقة"]),
  mv("redeploy", "planned", "GNA forces", ["معسكر اليرموك"], ["قاعدة الوطية"]),
  mv("reinforce", "conditional", "GNA forces", ["غريان"], ["العزيزية"]),
  mv("advance", "denied", "Zintan forces", [], ["مطار طرابلس الدولي"]),
  mv("shipment", "denied", None, ["تركيا"], ["ميناء طرابلس"]),
 ],
 "qcn3": [
  mv("deploy", "reported", "GNA forces", ["زليتن", "الخمس"], ["مصراتة"]),
  mv("withdraw", "reported", "Misrata forces", ["أبوقرين"], ["مصراتة"]),
  mv("redeploy", "planned", "Misrata forces", [], ["أبوقرين"]),
  mv("mobilise", "reported", "Misrata forces", [], ["قاعدة الكلية الجوية"]),
  mv("redeploy", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("advance", "denied", "Misrata forces", [], ["سرت"]),
 ],
 "qcn4": [
  mv("redeploy", "reported", "GNA forces", ["طرابلس"], ["زوارة", "مجمع مليتة"], ["صبراتة"]),
  mv("redeploy", "denied", "Misrata forces", ["مصراتة"], ["معبر رأس اجدير"]),
  mv("withdraw", "conditional", "GNA forces", ["زوارة"], ["طرابلس"]),
  mv("reinforce", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qcn5": [
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("deploy", "reported", "Libyan National Army", ["درنة"], ["بنغازي"], ["البيضاء", "المرج"]),
  mv("shipment", "reported", "Libyan National Army", ["طبرق"], ["بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["ميناء راس لانوف"]),
  mv("deploy", "conditional", "Libyan National Army", ["ميناء سوسة"], ["بنغازي"]),
  mv("naval_landing", "denied", "Libyan National Army", [], ["ميناء السدرة"]),
 ],
}

NOTES = {
 "qcn1": "Units brought to the LNA's year-end parade in Benghazi: a cargo airlift Tamanhint base→Benina base (Sabha only "
         "inside the trap 'منطقة سبها العسكرية'; Idri and Ubari only where the units fought during the year), a tank "
         "battalion Al-Marj→Benghazi via Al-Abyar, a planned artillery move to Jufra air base after the parade (origin "
         "written only as 'المدينة'), a conditional company Ajdabiya→Benghazi ('160 km' is a distance), and a denied "
         "'parade as cover' move Benghazi→Sirte. The fly-past from Al-Khadim base (Al-Marj a locator) and the Egyptian "
         "and Jordanian delegations are not movements.",
 "qcn2": "Tripoli's year-end review: a 50-vehicle column Zawiya→Yarmouk camp via Janzour, two C-130s Misrata Air College "
         "base→Mitiga airport (Misrata locates the base), a planned armoured battalion Yarmouk camp→Al-Watiya base, a "
         "conditional company Gharyan→Al-Aziziyah, and the Zintan council's denial of a column toward the old Tripoli "
         "International Airport (Zintan only the council's seat). Lebanese Tripoli is where misattributed photos were "
         "taken; Tajoura and Janzour's second mention are road closures, not movements.",
 "qcn3": "Misrata's year-end parade: Central-zone units Zliten/Al-Khums→Misrata, Misrata brigades pulled back from the "
         "Abu Qurayn axis to their Misrata barracks, their planned return to Abu Qurayn, the artillery's conditional "
         "return to Al-Washka, and a denied 'parade as cover' advance toward Sirte. Sirte in the headline ('جبهة سرت') "
         "and in the 2016 background, Benghazi/Tripoli as venues of other parades and Al-Khums inside 'السنوات الخمس' "
         "are not movement places.",
 "qcn4": "After the parades, seen from Tunis: border guards Tripoli→Zuwara via Sabratha (confirmed), a denied transfer of "
         "two Misrata battalions to the Ras Ajdir crossing, the Zuwara border guards' conditional return to Tripoli, and "
         "a planned Tunisian move Tataouine→Dehiba (Wazin crossing only faces the town). The analyst's Benghazi/Tripoli "
         "parades and the November closure of Ras Ajdir are not movements.",
 "qcn5": "Benghazi's naval review: a frigate and landing ship Tobruk naval base→Benghazi port landing 150 marines, a "
         "Saiqa battalion Derna→Benghazi via Al-Bayda and Al-Marj, the landing ship's planned sailing Benghazi→Ras Lanuf "
         "port, two patrol boats from the (Libyan) Susa port joining at Benghazi if the weather allows, and a denied "
         "landing at Es Sider port; the exercises off Marsa Matruh with Egypt are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcn1", "qcn2", "qcn3", "qcn4", "qcn5")
