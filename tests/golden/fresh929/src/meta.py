# Metadata for fresh929 (qiu1-qiu5), written blind. Theme: Derna and the Green Mountain (Jebel Akhdar) — LNA units,
# security directorates, reconstruction convoys.
# Place rows: key -> (kind, country, lat, lon, name). Comment per row:
# G = gazetteer row (grep -F in data/gazetteer.csv); K = own knowledge / representative point (see README
# "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                              # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                  # G (row عمان, country)
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                  # G
 # shared: Derna and the Green Mountain
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),              # G* (city row)
 "wadi_derna": ("region", "LY", 32.745, 22.615, "Wadi Derna"),                           # K
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                      # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                               # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),          # G* (town row)
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                        # G (row أبولونيا, names سوسة)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                     # G (row رأس الهلال)
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                   # G* (district row, as region)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة, names الشرق الليبي/شرق ليبيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),             # G
 # qiu1 LNA reinforcement of Derna (Al-Hayat)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 # qiu2 Egyptian engineering convoy (Al-Mesryoon)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "martuba_base": ("base", "LY", 32.57421, 22.76353, "Martuba Air Base"),                 # G* (town row مرتوبة)
 "border_eg": ("region", "EG", 31.2, 25.15, "Egypt-Libya border (Egyptian side)"),       # K
 # qiu3 Jebel Akhdar security directorate (Sawt Al-Umma)
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                 # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                         # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # qiu4 LNA exercise ending with a landing at Susa (Al-Anbat)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G (row عمان, city)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),        # G
 # qiu5 LNA eastern zone: Derna, Al-Qubba, Ras al-Hilal (Baghdad Today)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                        # G
 "makhili": ("town", "LY", 32.16005, 22.27845, "Al Makhili"),                            # G
 "border_eg_ly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
}

TRAPS = {
 "qiu1": ["الحياة", "ليبيا الحدث", "إدريس العبيدي", "فرج الشحاتي", "قوة حماية درنة", "الليبي"],
 "qiu2": ["المصريون", "سالم الطبرقي", "الليبية", "مصرية", "مصري"],
 "qiu3": ["صوت الأمة", "درع الجبل الأخضر", "الأسلحة البيضاء", "الملك إدريس السنوسي"],
 "qiu4": ["الأنباط", "وكالة الأنباء الليبية", "درع سوسة 2026", "السوسة", "الليبي"],
 "qiu5": ["بغداد اليوم", "خالد المرجاوي", "المرجاوي", "الفيلق الأفريقي", "تحت القبة", "الليبي", "ليبية", "روسية",
          "الروسي"],
}

PHEN = {
 "qiu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_crossings"],
 "qiu2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qiu3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_neighbours"],
 "qiu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qiu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qiu1": [
  mv("reinforce", "reported", "Libyan National Army", ["المرج"], ["درنة"], ["البيضاء", "القبة"]),
  mv("redeploy", "planned", "Libyan National Army", ["درنة"], ["رأس الهلال"]),
  mv("withdraw", "conditional", "Libyan National Army", ["درنة"], ["بنغازي"]),
  mv("naval_landing", "denied", "Libyan National Army", ["ميناء طبرق"], ["سوسة"]),
 ],
 "qiu2": [
  mv("shipment", "reported", "Egyptian army", ["مرسى مطروح"], ["درنه"], ["منفذ امساعد", "طبرق"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة مرتوبة الجوية"], ["وادي درنة", "الفتائح"]),
  mv("withdraw", "conditional", "Egyptian army", ["درنه"], ["مرسى مطروح"]),
  mv("airlift", "denied", "Egyptian army", [], ["مطار الأبرق"]),
 ],
 "qiu3": [
  mv("deploy", "reported", None, ["البيضاء"], ["شحات", "سوسة"]),
  mv("reinforce", "planned", "Libyan National Army", ["المرج"], ["البيضاء"], ["قصر ليبيا"]),
  mv("mobilise", "denied", None, [], ["مسة"]),
  mv("advance", "conditional", None, [], ["وادي الكوف"]),
 ],
 "qiu4": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["سوسه"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("withdraw", "denied", "Libyan National Army", ["القبة"], ["طبرق"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["المرج"]),
 ],
 "qiu5": [
  mv("redeploy", "reported", "Libyan National Army", ["درنة"], ["القبة"]),
  mv("shipment", "planned", "Libyan National Army", ["ميناء الحريقة"], ["القبة"], ["أم الرزم"]),
  mv("deploy", "denied", "Russian forces", [], ["راس الهلال"]),
  mv("advance", "conditional", "Libyan National Army", ["القبة"], ["المخيلي"]),
 ],
}

NOTES = {
 "qiu1": "Al-Hayat report from Benghazi (dateline only): a 60-vehicle LNA reinforcement Al-Marj→Derna via Al-Bayda and "
         "Al-Qubba, a planned company 'from this force' (anaphora → Derna) to Ras al-Hilal, a conditional pull-back "
         "Derna→Benghazi ('لن تغادر ... إلا بعد'), and a denied landing of LNA special forces from Tobruk port on the "
         "Susa beach; Jebel Akhdar (evaluative), the Derna municipality, Wadi Derna and Tripoli are not movement "
         "places; traps: the outlet 'الحياة' also used as the common word, 'ليبيا الحدث', the spokesman Idris "
         "(إدري inside) and the mayor al-Shahhati (Shahhat inside), 'قوة حماية درنة'.",
 "qiu2": "Al-Mesryoon from Cairo: an Egyptian army engineering convoy Marsa Matruh→Derna (spelled درنه) via the "
         "Amsaad crossing and Tobruk, a planned LNA battalion Martuba air base→Wadi Derna and Al-Fataih (Al-Fataih "
         "first only as the housing project's site), a conditional Egyptian pull-out Derna→Marsa Matruh and a denied "
         "Egyptian airlift into Al-Abraq airport; the border with Libya (Egyptian side), eastern Libya, Cairo and "
         "the Egyptian companies in Al-Bayda, Shahhat and Susa are background; traps: the outlet المصريون and the "
         "nisbas مصري/مصرية (Egypt inside), the engineer al-Tobruqi (Tobruk inside).",
 "qiu3": "Sawt Al-Umma on the Jebel Akhdar security directorate: police patrols Al-Bayda→Shahhat and Susa (actor "
         "null, a police force), a planned LNA company Al-Marj→Al-Bayda via Qasr Libya, a denied massing of tribal "
         "gunmen near Massah (null) and a conditional police entry into Wadi al-Kuf (null); the campaign name 'درع "
         "الجبل الأخضر', 'الأسلحة البيضاء' (bladed weapons) and King Idris are traps; Tunis (تونس العاصمة) is the "
         "venue of the Arab interior ministers' council, eastern Libya is written twice (شرق ليبيا, الشرق الليبي).",
 "qiu4": "Al-Anbat (Amman dateline, vs Oman later in the text): an LNA marine landing Benghazi port→Susa (spelled "
         "سوسه; Benghazi alone is a distance reference), a planned airlift Benina air base→Al-Abraq airport, a denied "
         "battalion pull-out Al-Qubba→Tobruk and a conditional mobilisation of reserves in Al-Marj; the exercise "
         "name 'درع سوسة 2026' and the woodworm simile 'كالسوسة' are traps, Brega oil port and the attachés' "
         "countries are background.",
 "qiu5": "Baghdad Today (outlet name contains Baghdad, not a place here): an LNA armoured battalion redeployed "
         "Derna→Al-Qubba, a planned fuel shipment Hariga terminal→Al-Qubba via Umm al-Rizam, a denied deployment of "
         "the Russian 'African Corps' near Ras al-Hilal (spelled راس) and a conditional advance Al-Qubba→Al-Makhili; "
         "the zone 'from Ras al-Hilal to the border with Egypt' is no move, 'تحت القبة' (parliament) and the "
         "spokesman al-Marjawi (Al-Marj inside) are traps; Iraq's 2023 rescue teams to Derna are humanitarian, "
         "not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qiu1", "qiu2", "qiu3", "qiu4", "qiu5")
