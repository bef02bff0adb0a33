# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row carries the Tripoli centre point)
 "abusalim_mun": ("district", "LY", 32.88743, 13.18733, "Abu Salim municipality"),      # G* (town row)
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "hadba": ("town", "LY", 32.88743, 13.18733, "Al Hadba al Khadra"),                     # G (row carries the Tripoli centre point)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "qasrbenghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),              # G
 # western Libya
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),   # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),  # G* (row إقليم طرابلس)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 # Lebanon, Turkey, Egypt, Kuwait
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "bab_tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),             # G* (gazetteer kind town)
 "jabal_mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                # G* (gazetteer kind town)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg_side": ("region", "EG", 31.40, 25.10, "Egypt-Libya border (Egyptian side)"),  # K
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "bengardane_mun": ("district", "TN", 33.13783, 11.21965, "Ben Gardane municipality"),  # G* (town row)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn_side": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
}

TRAPS = {
 "qdt1": ["القدس العربي", "جهاز دعم الاستقرار", "اللواء 444 قتال", "شارع الزاوية", "صلاح الدين الزليتني", "الليبية"],
 "qdt2": ["اللواء", "جهاز الردع", "كتيبة رحبة الدروع", "إدريس بن سعود", "الليبية", "التركية", "اللبنانية", "الخمسة"],
 "qdt3": ["الوفد", "جهاز الردع", "كتيبة رحبة الدروع", "الجيش الوطني الليبي", "مصري", "الليبية"],
 "qdt4": ["الجريدة", "اللواء 111 مجحفل", "قوة الإسناد الأولى", "أسامة الغرياني", "قوة حماية طرابلس", "المنطقة العسكرية الساحل الغربي",
          "الجيش الوطني الليبي", "الليبية", "مالي"],
 "qdt5": ["الأيام", "الجيش التونسي", "العسكري التونسي", "جهاز الردع", "إدريس الجلاصي", "الليبية"],
}

PHEN = {
 "qdt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "town_vs_district"],
 "qdt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "countries"],
 "qdt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdt4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_oil", "countries"],
 "qdt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdt1": [
  mv("deploy", "reported", "GNA forces", ["جنزور"], ["أبوسليم"]),
  mv("withdraw", "planned", "GNA forces", ["أبو سليم"]),
  mv("advance", "conditional", "GNA forces", [], ["الهضبة الخضراء"]),
  mv("advance", "denied", "Misrata forces", ["مصراته"], ["طرابلس"], ["زليتن"]),
  mv("shipment", "reported", "GNA forces", ["الزاوية"], ["أبو سليم"]),
 ],
 "qdt2": [
  mv("advance", "reported", "GNA forces", ["تاجوراء"], ["سوق الجمعة"]),
  mv("mobilise", "reported", "GNA forces", [], ["قاعدة معيتيقة"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "GNA forces", ["قاعدة معيتيقة"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة معيتيقة"], ["تركيا"]),
 ],
 "qdt3": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "Misrata forces", [], ["تاجوراء"]),
  mv("mobilise", "reported", "GNA forces", [], ["تاجوراء"]),
  mv("advance", "conditional", "GNA forces", ["مَعِيتيقة"], ["تاجوراء"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة بنينا"], ["مطار معيتيقة"]),
 ],
 "qdt4": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["عين زارة"], ["جنزور"]),
  mv("shipment", "reported", "GNA forces", ["مصفاة الزاوية"], ["عين زارة"]),
  mv("withdraw", "planned", "GNA forces", ["عين زارة"]),
  mv("deploy", "conditional", "Zintan forces", [], ["مطار طرابلس الدولي"]),
  mv("advance", "denied", "Libyan National Army", ["بني وليد"], ["ترهونة"]),
 ],
 "qdt5": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "reported", "Misrata forces", ["ميناء طرابلس"], ["تاجوراء"]),
  mv("redeploy", "planned", "Misrata forces", ["تاجوراء"], ["مطار امعيتيقة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("redeploy", "denied", "Tunisian army", ["الذهيبة"], ["بن قردان"]),
 ],
}

NOTES = {
 "qdt1": "Abu Salim truce (Al-Quds Al-Arabi): a neutral GNA company Janzour→Abu Salim (written أبوسليم; its positions along "
         "the Zawiya Street trap add no place), a planned pull-back of both GNA-affiliated sides from Abu Salim, 444 "
         "Brigade's conditional advance to Al-Hadba al-Khadra, Misrata's denied 70-vehicle column Misrata→Tripoli via "
         "Zliten and an SSA ammunition convoy Zawiya→Abu Salim (reported; Zawiya Street is a trap); the Misrata/Tarhuna elders, the Misrata military council and the Abu Salim municipality are not "
         "movement places.",
 "qdt2": "Souq al-Juma vs Tajoura and the closed Mitiga airport (Al-Liwaa, Lebanon): Rahbat al-Duruu's advance "
         "Tajoura→Souq al-Juma, Radaa's massing round Mitiga base, a planned neutral unit Zintan→Mitiga airport, Radaa's "
         "conditional pull-out from Mitiga base and a denied Turkish airlift Mitiga base→Turkey; civil flights diverted "
         "to Misrata airport, Ankara (speaker), the Tripoli elders' council and Lebanese Tripoli (Bab al-Tabbaneh, Jabal "
         "Mohsen) are not movements.",
 "qdt3": "Egyptian view (Al-Wafd): Misrata fighters landed Misrata port→Tripoli port, their planned move to Tajoura as a "
         "separation force (no origin written), Rahbat al-Duruu massing in Tajoura, Radaa's conditional advance from Mitiga (harakat spelling) to Tajoura, "
         "and a denied LNA ammunition flight Benina base→Mitiga airport; workers returning through the Sallum land port on the border with Libya, "
         "Cairo, the Zliten/Khoms elders and the shelling near Mitiga are not movements.",
 "qdt4": "Ain Zara truce (Al-Jarida, Kuwait): two West Coast military-zone battalions Zawiya→Ain Zara via Janzour, a "
         "fuel convoy from the Zawiya refinery to Ain Zara, a planned withdrawal of heavy weapons from Ain Zara, Zintan's conditional company to the old Tripoli airport "
         "(Qasr bin Ghashir only in a purpose clause) and the LNA's denied advance Bani Walid→Tarhuna; Bani Walid and "
         "Gharyan are also the elders' towns, Kuwait is city (dateline-like) then country.",
 "qdt5": "Tunisian side (Al-Ayyam, Bahrain): Tunisian reinforcements Gabes→Ben Gardane via Medenine, the Misrata joint "
         "force landed Misrata→Tripoli port by sea, then entered Tajoura (origin the port), its planned move Tajoura→Mitiga airport (spelled امعيتيقة), a conditional Tunisian "
         "push to the border with Libya (Zuwara and Mellitah only a condition), and a denied transfer Dehiba→Ben Gardane; Ras Ajdir "
         "(travellers), Tunis (dateline), the Ben Gardane municipality and Medenine's Red Crescent are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdt1", "qdt2", "qdt3", "qdt4", "qdt5")
