# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Tripoli and its districts/suburbs (shared)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row point = Tripoli centre)
 "salahaldin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G (row point = Tripoli centre)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "ainzara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),        # G* (town row)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "south_tripoli": ("region", "LY", 32.78, 13.20, "Southern Tripoli (outskirts)"),       # K
 # western region
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis Airport"),      # G* (row مطار جربة جرجيس)
 # east of Tripoli and Misrata
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # elsewhere
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (gazetteer kind town)
}

TRAPS = {
 "wi1": ["الشرق الأوسط", "المنطقة العسكرية الوسطى", "محمد إدريس الصويعي", "صلاح الدين النمروش", "الليبية"],
 "wi2": ["القدس العربي", "كتيبة فرسان جنزور", "هذه الزاوية", "اللبنانية", "الليبي"],
 "wi3": ["الجريدة", "كتيبة ثوار طرابلس", "هيثم التاجوري", "أحمد معيتيق", "مالي", "أتراك"],
 "wi4": ["عُمان", "الزنتانية", "المصراتية", "وكالة الأنباء الليبية", "الجيش الوطني الليبي"],
 "wi5": ["بوابة الوفد", "مصراتية", "الشاطئ", "عبد الحكيم الإدريسي", "المصرية", "الليبية"],
}

PHEN = {
 "wi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "countries"],
 "wi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "wi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "wi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases"],
 "wi5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wi1": [
  mv("withdraw", "reported", "GNA forces", ["أبوسليم"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["أبوسليم"], ["تاجوراء"]),
  mv("shipment", "reported", "GNA forces", ["أبوسليم"], ["قصر بن غشير"]),
  mv("withdraw", "planned", "GNA forces", ["صلاح الدين"], ["ترهونة"]),
  mv("withdraw", "conditional", "Misrata forces", ["أبو سليم"], ["مصراتة"]),
  mv("mobilise", "denied", "GNA forces", [], ["سوق الجمعة"]),
 ],
 "wi2": [
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["جنزور"]),
  mv("withdraw", "reported", "GNA forces", ["جنزور"], ["الزاوية"], ["الماية"]),
  mv("redeploy", "conditional", "GNA forces", ["جنزور"], ["السواني"]),
  mv("reinforce", "planned", "GNA forces", ["صلاح الدين"], ["جنزور"]),
  mv("shipment", "denied", "Zintan forces", ["الزنتان"], ["جنزور"], ["العزيزية"]),
 ],
 "wi3": [
  mv("withdraw", "reported", "GNA forces", ["مطار امعيتيقة"], ["سوق الجمعة"]),
  mv("withdraw", "reported", "GNA forces", ["مطار امعيتيقة"], ["تاجوراء"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء الخمس"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "GNA forces", ["ميناء طرابلس"], ["مطار معيتيقة"]),
  mv("advance", "conditional", "GNA forces", [], ["معيتيقة"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
 ],
 "wi4": [
  mv("withdraw", "reported", "Zintan forces", ["مطار طرابلس الدولي"], ["الزنتان"], ["العزيزية"]),
  mv("redeploy", "reported", "Misrata forces", ["عين زاره"], ["صلاح الدين"]),
  mv("reinforce", "planned", "GNA forces", ["تاجوراء"], ["عين زارة"]),
  mv("redeploy", "conditional", "Misrata forces", ["صلاح الدين"], ["عين زارة"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
 ],
 "wi5": [
  mv("withdraw", "reported", "GNA forces", ["تاجورا"]),
  mv("deploy", "reported", "GNA forces", ["سوق الجمعة"], ["تاجوراء"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["القره بوللي"]),
  mv("withdraw", "planned", "Misrata forces", ["القره بوللي"], ["مصراتة"], ["الخمس", "زليتن"]),
  mv("advance", "conditional", "Misrata forces", [], ["تاجوراء"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "wi1": "Abu Salim ceasefire: the Stability Support Apparatus pulls 50 vehicles out of Abu Salim (to unnamed barracks); a "
        "disengagement force of the Central Military Region deploys Misrata→Abu Salim via Tajoura; trucks move the "
        "apparatus's ammunition Abu Salim→Qasr bin Ghashir; 444 Brigade companies in Salah al-Din are to return to "
        "Tarhuna (planned, long subject with relative clause); the disengagement force will not leave Abu Salim for "
        "Misrata unless...(conditional); Radaa denies massing 40 vehicles in Souq al-Juma. Tripoli (Libya) is the "
        "dateline, Mitiga base only where Radaa says it stayed, Mitiga airport only the suspended flights.",
 "wi2": "Janzour: 52nd Infantry Brigade units that had entered Janzour from Zawiya a week ago (reported advance, in a "
        "relative clause) withdraw Janzour→Zawiya via Al-Maya; the Janzour Knights brigade (trap) is to move from central "
        "Janzour to its camp in Al-Sawani 'in case' the withdrawal is completed (conditional); General Security "
        "reinforcements Salah al-Din→Janzour planned; Zintan denies an ammunition shipment Zintan→Janzour via "
        "Al-Aziziya. Zawiya refinery, Ras Ajdir, the Tunisian border, Tunis, the western coast and Lebanese Tripoli "
        "(Bab al-Tabbaneh, Jabal Mohsen) are not movement places.",
 "wi3": "Mitiga: Radaa withdraws tanks and mortars from around Mitiga airport (spelled امعيتيقة) to Souq al-Juma; Rahbat "
        "al-Duroua companies return from the airport's eastern gate to Tajoura; a planned landing ship Khoms port→Tripoli "
        "port, then the neutral force is to secure Mitiga airport (chained planned deploy); a conditional return to "
        "'Mitiga'; the GNU defence ministry denies an airlift of Turkish personnel Mitiga base→Al-Watiya base. Misrata "
        "airport (diverted flights), the border with Tunisia and Djerba airport (travellers), Turkey and Kuwait are not "
        "movement places; Ahmed Maiteeq and Haitham al-Tajouri are traps.",
 "wi4": "Southern axes: Zintani brigades withdraw from around Tripoli International Airport to Zintan via Al-Aziziya "
        "(Qasr bin Ghashir only the road's locator); the Misratan joint force redeploys Ain Zara (spelled عين زاره)→"
        "Salah al-Din; military police reinforcement Tajoura→Ain Zara planned (relative clause); the Misratan commander's "
        "conditional return Salah al-Din→Ain Zara; 'full withdrawal to Misrata not yet decided' is no movement; the LNA "
        "denies an airlift Al-Jufra air base→Bani Walid airport (Benghazi = speaker's city).",
 "wi5": "Tajoura: the two rival brigades pull out of central Tajoura (spelled تاجورا); a General Security force deploys "
        "Souq al-Juma→Tajoura; Misratan reinforcements massing at Al-Garabulli (sent from Misrata; '35 km east of "
        "Tajoura' is a distance reference) are to return to Misrata via Al-Khums and Zliten (planned); their conditional "
        "advance towards Tajoura; the Mahjoub brigade denies a landing of 200 men from Misrata at Tripoli port. Cairo "
        "dateline, Zawiya refinery (fuel trucks), Libya, Egypt and western Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wi1", "wi2", "wi3", "wi4", "wi5")
