# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # Tripoli and the coastal road west of it
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "zawiya_dist": ("district", "LY", 32.54560, 12.62698, "Az Zawiya district"),           # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "surman_mun": ("district", "LY", 32.75668, 12.57159, "Surman municipality"),           # G* (town row)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G (gazetteer kind kept)
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G (gazetteer kind kept)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),                # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "nuqat": ("district", "LY", 32.74574, 11.99562, "Nuqat al Khams district"),            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "western_region": ("region", "LY", 30.79644, 14.18653, "Western Region (Tripolitania)"),  # G* (row إقليم طرابلس)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 # elsewhere in Libya
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "border_tn_side": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 # Lebanon
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # Egypt, Turkey, Kuwait, Morocco
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
}

TRAPS = {
 "qgo1": ["الجيش التونسي", "الجوهرة أف أم", "المنطقة العسكرية الساحل الغربي", "خالد الزواري", "سيردون الجميل",
          "تونسية", "الليبية", "الجانب التونسي"],
 "qgo2": ["الجمهورية", "لبنانيون", "اللبنانيين", "جهاز دعم الاستقرار", "السوريين", "لبناني", "الليبي"],
 "qgo3": ["مصريون", "فيتو", "المصريين", "هذه الزاوية", "المصراتية", "عبد السلام الزنتاني", "المؤسسة الوطنية للنفط", "مصري"],
 "qgo4": ["الجريدة", "شارع طرابلس", "إدريس الصرماني", "كتيبة شهداء صرمان", "الليبية"],
 "qgo5": ["الأحداث المغربية", "الليبية", "تونسيون", "محمد الإدريسي", "المغاربي", "اتفاق الصخيرات", "المغربي"],
}

PHEN = {
 "qgo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgo2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qgo3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qgo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_crossings", "countries"],
 "qgo5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgo1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"], ["الجميل", "زلطن"]),
  mv("withdraw", "conditional", "GNA forces", ["رقدالين"], ["صبراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء زوارة"], ["أبو كماش"]),
  mv("reinforce", "planned", "Tunisian army", ["جرجيس"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "qgo2": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("advance", "conditional", "GNA forces", ["صبراتة"], ["العجيلات"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["صبراتة"]),
 ],
 "qgo3": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["مصفاة الزاوية", "الحرشة"], ["طرابلس", "جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["جنزور"], ["الماية"]),
  mv("withdraw", "conditional", "Misrata forces", ["الزاوية"], ["مصراتة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["بئر الغنم"]),
 ],
 "qgo4": [
  mv("deploy", "reported", "GNA forces", ["صرمان"], ["العجيلات"]),
  mv("shipment", "reported", "GNA forces", ["طرابلس"], ["العجيلات"], ["جنزور"]),
  mv("airlift", "planned", "Turkish armed forces", ["أنقرة"], ["قاعدة الوطية"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["العجيلات"]),
  mv("withdraw", "denied", "GNA forces", ["صرمان"], ["الزاوية"]),
 ],
 "qgo5": [
  mv("advance", "reported", "GNA forces", ["صبراتة"], ["مجمع مليتة"]),
  mv("shipment", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("airlift", "conditional", "Misrata forces", ["مطار مصراتة"], ["مطار زوارة"]),
  mv("mobilise", "denied", "Foreign fighters", [], ["رقدالين"]),
 ],
}

NOTES = {
 "qgo1": "Jawhara FM from Ben Gardane: a Western Coast military-region column Tripoli→the Ras Ajdir crossing via "
         "Al-Jmail and Zaltan (the force name 'المنطقة العسكرية الساحل الغربي' is a trap; 'سيردون الجميل' is the common "
         "word); a conditional pull-back Regdalin→Sabratha 'بمجرد' the crossing reopens; a planned Tunisian reinforcement "
         "Zarzis→Ben Gardane to be stationed on the border with Libya; a coast-guard landing Zuwara port→Abu Kammash; the Tunisian ministry's denied incursion into Abu "
         "Kammash. Tunis, the Tripoli authorities, Zuwara and Nuqat al-Khams notables, the border region are not "
         "movement places.",
 "qgo2": "Al-Joumhouria from Beirut: Lebanese migrants from Tripoli (Lebanon)/Akkar/Bab al-Tabbaneh stranded in "
         "Sabratha and Zuwara (civilians, no movement; Beirut→Benghazi flight is a migrant's trip); an SSA force "
         "Zawiya→Sabratha via Surman; a planned marine company Abu Sitta naval base→Zuwara port (Tripoli only locates "
         "the base); a conditional advance Sabratha→Al-Ajaylat; a denied transfer of Syrian mercenaries Al-Watiya "
         "base→Sabratha. Tripoli (Libya) is the government's seat and the base's locator.",
 "qgo3": "Vetogate from Cairo: a Misrata brigade Misrata→the Zawiya refinery and Al-Harsha via Tripoli and Janzour; "
         "Egyptian workers (civilians) back to Egypt through the Sallum land port; a planned company move "
         "Janzour→Al-Maya (Tripoli and Zawiya only bound the road); the Misrata force's conditional return "
         "Zawiya→Misrata 'فور' the crude flow resumes; Zintan's denied massing of 60 vehicles in Bir al-Ghanam ('south of "
         "Zawiya' is a locator; Zintan only the council's seat). 'من هذه الزاوية' is the common word 'angle/corner'.",
 "qgo4": "Al-Jarida from Tripoli: a GNU chief-of-staff force Surman→Al-Ajaylat that set up five gates (no named "
         "place but a trap, 'شارع طرابلس'), followed by six fuel/ammunition trucks Tripoli→Al-Ajaylat via Janzour; a planned Turkish A400 airlift Ankara→Al-Watiya base ('40 km south of Al-Jmail' a distance "
         "reference; the headline 'الوطية' repeats it); Zintan's conditional reinforcement Zintan→Al-Ajaylat (the first "
         "Zintan is only the source's place); a denied pull-out Surman→Zawiya of a battalion whose name contains "
         "Surman (trap). Janzour–Ras Ajdir bound the road; Kuwait is the country.",
 "qgo5": "Al-Ahdath Al-Maghribia from Rabat: 5+5 talks in Bouznika (venue, not a movement place); GNU units advance "
         "Sabratha→the Mellitah complex ('25 km west'); a planned ammunition shipment by sea Tripoli port→Zuwara port "
         "(the border with Tunisia is only the extent of the anti-smuggling strip); Misrata brigades' conditional "
         "airlift Misrata airport→Zuwara airport if fighting resumes in Sabratha (Sabratha only the condition); Al-Jmail's security directorate denies foreign fighters massing in Regdalin "
         "(Al-Jmail is the speaker). Skhirat only inside the agreement name (trap).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgo1", "qgo2", "qgo3", "qgo4", "qgo5")
