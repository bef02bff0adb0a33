# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G (row الجزائر, city)
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                         # G
 "souq_juma_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),    # G* (town row)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                    # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                                # G
 "abu_salim": ("town", "LY", 32.85700, 13.19200, "Abu Salim"),                              # K (gazetteer row = Tripoli centre)
 "salah_din": ("town", "LY", 32.82600, 13.21000, "Salah al-Din (Tripoli)"),                 # K (gazetteer row = Tripoli centre)
 "wadi_rabi": ("town", "LY", 32.80000, 13.33000, "Wadi al Rabie"),                          # K (gazetteer row = Tripoli centre)
 "airport_road": ("region", "LY", 32.78000, 13.18000, "Tripoli airport road"),              # K
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),     # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                      # G
 "tekbali": ("base", "LY", 32.83000, 13.21000, "Tekbali Camp (Tripoli)"),                   # K (gazetteer row = Tripoli centre)
 "abu_sitta": ("base", "LY", 32.90300, 13.20500, "Abu Sitta Naval Base"),                   # K (gazetteer row = Tripoli centre)
 "tripoli_port": ("crossing", "LY", 32.90000, 13.18000, "Port of Tripoli"),                 # K (no gazetteer row)
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 # west of Tripoli
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                  # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),             # G* (town row)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                    # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                    # G (row جودائم)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratah"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),              # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                 # G* (row الحدود الليبية التونسية)
 # mountains and the south-west of Tripoli
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                 # G
 "jabal_gharbi": ("region", "LY", 31.95000, 12.40000, "Western Mountain (Jabal Nafusa)"),   # K (gazetteer point is far south)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G* (row قاعدة الوطية)
 # Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),      # G
 # Tunisia
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                        # G* (row قاعدة العوينة)
 "djerba_ap": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"), # G
 "border_tnside": ("region", "TN", 33.00000, 11.35000, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "ig1": ["شينخوا", "المجلس العسكري مصراتة", "الليبية"],
 "ig2": ["سبوتنيك", "عماد الطرابلسي", "ما ادري", "الليبية"],
 "ig3": ["وكالة الأنباء الألمانية", "شارع الزاوية", "الزاوية الأمنية", "الليبية", "الليبي"],
 "ig4": ["وكالة أنباء الشرق الأوسط", "المجلس العسكري الزنتان", "قوة حماية طرابلس", "مصطفى الإدريسي", "الليبية",
         "المصرية"],
 "ig5": ["وكالة تونس إفريقيا للأنباء", "المجلس العسكري زوارة", "الليبية", "الليبي", "التونسيين"],
}

PHEN = {
 "ig1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district",
         "coverage_bases"],
 "ig2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_crossings"],
 "ig3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ig4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ig5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ig1": [
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["سوق الجمعة", "تاجوراء"]),
  mv("reinforce", "reported", "GNA forces", [], ["قاعدة معيتيقة"]),
  mv("airlift", "denied", "Misrata forces", ["مصراتة"], ["معيتيقة"]),
  mv("withdraw", "planned", None, ["مطار معيتيقة"], ["وادي الربيع"]),
  mv("naval_landing", "conditional", "GNA forces", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
 ],
 "ig2": [
  mv("advance", "reported", "GNA forces", ["صلاح الدين"], ["أبوسليم"], ["طريق المطار"]),
  mv("withdraw", "reported", None, ["عين زارة"], ["أبو سليم"]),
  mv("reinforce", "conditional", "GNA forces", ["معسكر التكبالي"], ["عين زارة"]),
  mv("deploy", "planned", "GNA forces", [], ["عين زارة", "صلاح الدين", "مطار طرابلس الدولي"]),
  mv("shipment", "denied", None, [], ["ميناء طرابلس"]),
 ],
 "ig3": [
  mv("mobilise", "reported", None, ["الزاوية"], ["جدائم", "الماية"]),
  mv("redeploy", "reported", "GNA forces", ["الحرشة"], ["الماية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["جنزور"]),
  mv("withdraw", "denied", "GNA forces", ["مصفاة الزاوية"], []),
  mv("advance", "conditional", None, ["الماية"], ["جنزور"]),
 ],
 "ig4": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["قصر بن غشير"], ["العزيزية"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الزنتان", "الرجبان"]),
  mv("withdraw", "planned", "Zintan forces", ["قصر بن غشير"], ["الزنتان"]),
  mv("shipment", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("naval_landing", "reported", "GNA forces", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("redeploy", "conditional", "GNA forces", ["قاعدة الوطية"], ["العزيزية"]),
 ],
 "ig5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة الجوية"], ["مطار جربة جرجيس"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", "GNA forces", [], ["معبر راس جدير"]),
  mv("mobilise", "denied", None, [], ["زوارة", "مجمع مليتة"]),
 ],
}

NOTES = {
 "ig1": "Xinhua Arabic style, Tripoli: Souq al-Juma/Tajura clashes closing Mitiga; a 444 Brigade deployment Tekbali "
        "camp→Souq al-Juma/Tajura, Radaa reinforcing Mitiga air base, Misrata's denied airlift to Mitiga, a planned "
        "pull-back of the Tajura group from the airport to Wadi al-Rabi (anaphora «محيط المطار») and a conditional sea "
        "move Misrata→Abu Sitta naval base. Civil flights diverted to Misrata airport and the 2025 flashback of a killing "
        "(no move) are not movements; تاجورا/تاجوراء spelling; بلدية سوق الجمعة district.",
 "ig2": "Sputnik Arabic style, Tripoli: an advance Salah al-Din→Abu Salim along the airport road (via), the rival "
        "group's pull-back Ain Zara→أبو سليم (spelling), a conditional reinforcement Tekbali camp→Ain Zara, a planned "
        "Interior deployment to Ain Zara/Salah al-Din/the old Tripoli International Airport and a denied arms shipment "
        "to Tripoli port. Traps: the minister عماد الطرابلسي, the dialect «ما ادري».",
 "ig3": "dpa Arabic style, Tripoli: Janzour clashes; armed groups massing Zawiya→Judaim/Al-Maya (mobilise), a GNU "
        "redeploy Al-Harsha→Al-Maya, a planned dispute-resolution force Tripoli→Janzour, the PFG's denied pull-out from "
        "the Zawiya refinery and a conditional advance Al-Maya→Janzour. The coastal road to Ras Ajdir on the border with "
        "Tunisia is background. Traps: شارع الزاوية (Tripoli street), «من الزاوية الأمنية».",
 "ig4": "MENA style, Cairo: a Zintan column Zintan→Qasr Bin Ghashir via Al-Aziziyah (deploy), Zintan's «النفير» in "
        "Zintan/Al-Rujban, its planned return Qasr Bin Ghashir→Zintan, a denied ammunition run Zintan→Al-Aziziyah, a GNU "
        "sea landing Misrata→Abu Sitta naval base and a conditional redeploy Al-Watiya base→Al-Aziziyah. Egypt's "
        "statement, the neighbours' meeting in الجزائر العاصمة (Algiers) vs الجزائر (Algeria) are not movements.",
 "ig5": "TAP (Tunis Afrique Presse) style, Tunis: Tunisian reinforcements Medenine→Ben Gardane, a C-130 El Aouina air "
        "base→Djerba airport, a conditional reinforcement to the border with Libya, a planned GNU Interior force at Ras "
        "Ajdir and Zuwara's denied massing in Zuwara/Mellitah. Tunisians returning from Zawiya/Sabratha and travellers "
        "are not movements; تونس = Tunis (dateline) vs Tunisia (headline, last paragraph).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ig1", "ig2", "ig3", "ig4", "ig5")
