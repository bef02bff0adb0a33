# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # the coastal road Misrata - Sirte
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "sirte_port": ("crossing", "LY", 31.212, 16.596, "Port of Sirte"),                        # K
 "misrata_port": ("crossing", "LY", 32.370, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, kind district)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # abroad
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.30, 25.10, "Egypt-Libya border (Egyptian side)"),     # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
}

TRAPS = {
 "qez1": ["القدس العربي", "قناة مصراتة", "الجيش الوطني الليبي", "المصراتية", "عبد السلام الزليتني", "أحمد معيتيق",
          "السنوات الخمس", "عماد الطرابلسي"],
 "qez2": ["الجريدة", "إدريس الفيتوري", "الصندوق الكويتي", "الجيش الوطني الليبي", "الزاوية", "التركية"],
 "qez3": ["اللواء", "اللبنانية", "ليبيا الأحرار", "الجديد", "الجيش الوطني الليبي", "مصراتية", "محمد إدريس"],
 "qez4": ["صدى البلد", "الجيش الوطني الليبي", "المصري", "مصرية", "مصرياً"],
 "qez5": ["عمون", "خالد المحجوب", "عملية البنيان المرصوص", "الجيش الوطني الليبي", "سودانية", "الروسية"],
}

PHEN = {
 "qez1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "qez2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
 "qez3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "countries"],
 "qez4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qez5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qez1": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["مصراته"], ["أبوقرين", "تاورغاء"]),
  mv("withdraw", "planned", "Libyan National Army", ["بويرات الحسون"], ["قاعدة القرضابية"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الوشكة"]),
  mv("mobilise", "denied", "GNA forces", [], ["أبوقرين"]),
  mv("reinforce", "denied", "GNA forces", ["زليتن"], ["أبوقرين"]),
 ],
 "qez2": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["الوشكة"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("redeploy", "conditional", "Libyan National Army", ["سرت"], ["ميناء السدرة"]),
  mv("deploy", "denied", "Wagner Group", [], ["سرت"]),
 ],
 "qez3": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["الوشكة"], ["تاورغا", "أبو قرين"]),
  mv("withdraw", "reported", "Libyan National Army", ["الوشكة"], ["سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["هراوة"]),
  mv("advance", "conditional", "Misrata forces", [], ["بويرات الحسون"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار مصراتة"], ["تركيا"]),
 ],
 "qez4": [
  mv("deploy", "reported", None, ["سرت"], ["أبوقرين"]),
  mv("deploy", "planned", None, [], ["بويرات الحسون", "تاورغاء"]),
  mv("withdraw", "reported", "GNA forces", ["أبوقرين"], ["مصراتة"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء سرت"]),
  mv("deploy", "conditional", "Egyptian army", ["سيدي براني"], ["الحدود مع ليبيا"]),
 ],
 "qez5": [
  mv("withdraw", "reported", "Wagner Group", ["قاعدة القرضابية"], ["قاعدة الجفرة"]),
  mv("reinforce", "denied", "Libyan National Army", ["هراوة"], ["سرت"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الجفرة"], ["الحدود مع السودان"], ["الكفرة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("redeploy", "reported", "Turkish armed forces", ["ميناء طرابلس"], ["قاعدة الوطية"]),
  mv("mobilise", "reported", "Syrian mercenaries", [], ["قاعدة الوطية"]),
  mv("airlift", "conditional", "Syrian mercenaries", ["قاعدة الوطية"], ["سوريا"]),
 ],
}

NOTES = {
 "qez1": "Reopening of the coast road: Misrata brigades pull ~40 vehicles back Al-Washka→Misrata (written مصراته) via "
         "Abu Qurayn and Tawergha (the headline repeats it); a planned LNA artillery pull-back Buwairat al-Hassoun→"
         "Gardabya base; the LNA's conditional return to Al-Washka; the GNA denies a claim of 50 vehicles massed at "
         "Abu Qurayn, some arriving from Zliten (two denied moves: mobilise at Abu Qurayn, reinforce Zliten→Abu "
         "Qurayn). Al-Washka is also the place of the berms (first mention), Tripoli the spokesman's seat and a "
         "lorry driver's destination, Benghazi his origin, Misrata municipality a water distributor: none is a "
         "movement place there. Traps: عبد السلام الزليتني (Zliten inside), عماد الطرابلسي (Tripoli inside).",
 "qez2": "Demining: three GNA engineering teams Misrata→Al-Washka (Buwairat al-Hassoun only the end of the stretch "
         "swept); a planned Turkish cargo ship Mersin→Misrata port with mine-clearing vehicles; an LNA shipment of "
         "detection kit Benghazi→Sirte (4 lorries); LNA engineers Sirte→Es Sider terminal if the stretch is finished "
         "(the Oil Crescent only locates Es Sider); the LNA denies Wagner men entering Sirte. Kuwait is a donor "
         "(country; also inside الصندوق الكويتي), Tripoli the partner government, Sirte municipality a speaker.",
 "qez3": "Prisoner exchange at Al-Washka (the venue itself is no movement place in its first mention): a Misrata "
         "escort Misrata→Al-Washka via Tawergha (تاورغا) and Abu Qurayn (أبو قرين); the LNA pulls two units back "
         "Al-Washka→Sirte; a planned company Gardabya base→Harawa; a conditional Misrata advance on Buwairat "
         "al-Hassoun (Sirte only the condition); a denied airlift of Syrian fighters Misrata airport→Turkey. "
         "Tripoli is Lebanese in the headline, the first paragraph and 'وفي طرابلس', Libyan in 'المجلس الرئاسي في "
         "طرابلس'; Beirut the dateline; Lebanon the civilians' home, not a movement place; محمد إدريس a person.",
 "qez4": "Joint patrols after the 5+5 meeting in Cairo: the first joint patrol Sirte→Abu Qurayn and the planned daily "
         "patrols between Buwairat al-Hassoun and Tawergha (mixed LNA/GNA units: actor null); GNA artillery pulled "
         "back Abu Qurayn→Misrata (the LNA's 'similar step' names no place and is not annotated); the Egyptian "
         "military spokesman denies a landing of Egyptian units at Sirte port; Egyptian forces at Sidi Barrani will "
         "move towards the border with Libya only if national security is threatened. Tunisia and Algeria are "
         "observer countries, Tunis the earlier venue; the Sirte-Jufra line and the Sallum crossing (released "
         "civilians) are no movement places.",
 "qez5": "Foreign forces leave the line: Wagner Gardabya base→Jufra air base (the headline repeats it with "
         "القرضابية; Ras Lanuf port only where its men still stand guard); the LNA denies a column Harawa→Sirte; "
         "planned departure of Sudanese groups Jufra→the border with Sudan via Kufra (south-eastern Libya only "
         "locates Kufra); Turkish air defence by sea Misrata port→Tripoli port, then by road Tripoli port→Al-Watiya "
         "base (two moves); ~300 Syrian fighters gathering at Al-Watiya; their airlift Al-Watiya→Syria only after "
         "the last Russian leaves Sirte (Sirte only the condition). Ankara is the source's city, Geneva the "
         "ceasefire venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qez1", "qez2", "qez3", "qez4", "qez5")
