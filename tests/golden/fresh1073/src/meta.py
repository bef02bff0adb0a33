# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another kind or label (listed in the README).
P = {
 # Tripoli and its eastern / southern districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura Municipality"),           # G* (town row, kind district)
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                           # G
 "arada": ("town", "LY", 32.884, 13.250, "Arada (Souq al-Juma)"),                        # K
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                              # G (also written عين زاره)
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                            # G (also written أبوسليم)
 "salahaldin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),             # G
 "wadi_rabie": ("town", "LY", 32.88743, 13.18733, "Wadi al Rabie"),                      # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G (also bare معيتيقة)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G (also قاعدة امعيتيقة)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 # western Libya beyond Tripoli
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 # Algeria, Tunisia, Turkey, Qatar, USA
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "border_dz_ly": ("region", "DZ", 28.0, 9.3, "Algeria-Libya border (Algeria side)"),     # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "tunis_airport": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                     # G
 "newyork": ("city", "US", 40.71427, -74.00597, "New York City"),                        # G
}

TRAPS = {
 "qoj1": ["المغرب اليوم", "صوت سوق الجمعة", "جهاز الردع", "كتيبة رحبة الدروع", "حكومة الوحدة الوطنية",
          "جهاز الأمن العام", "الطريق الساحلي", "الليبية"],
 "qoj2": ["حكومتنا", "عماد الطرابلسي", "الطرابلسي", "الأمن العام", "حكومة الوحدة الوطنية", "عبد الحميد الدبيبة",
          "قوة النواصي", "قوة فض النزاع", "القوة المشتركة", "طريق الشط", "الطريق الساحلي", "إدارة أمن المنافذ"],
 "qoj3": ["زاد دي زاد", "الخطوط الجوية الجزائرية", "الجوية الجزائرية", "جهاز دعم الاستقرار", "الأمن المركزي",
          "اللواء 444 قتال", "القوة المشتركة", "الجيش الوطني الشعبي", "الليبية", "ليبية", "جزائري"],
 "qoj4": ["الإمارات اليوم", "القوة المشتركة", "جهاز الردع", "هانا تيتيه", "الخمسة"],
 "qoj5": ["إذاعة قطر", "الخطوط الجوية القطرية", "القطري", "قوة النواصي", "كتيبة رحبة الدروع", "قوة الردع",
          "الطريق الساحلي", "وزارة الدفاع التركية", "تركية", "الليبية", "ليبية", "محمد بن عبد العزيز الخليفي"],
}

PHEN = {
 "qoj1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba"],
 "qoj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "town_vs_district",
          "ambiguity_country_capital", "coverage_bases", "coverage_neighbours"],
 "qoj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "countries", "coverage_crossings", "coverage_neighbours", "coverage_bases"],
 "qoj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "countries", "coverage_bases"],
 "qoj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "countries",
          "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qoj1": [
  mv("deploy", "reported", "GNA forces", ["سوق الجمعة"], ["تاجوراء"], ["عرادة"]),
  mv("advance", "denied", "GNA forces", ["تاجوراء"], ["مطار معيتيقة"]),
  mv("deploy", "planned", "GNA forces", [], ["عرادة", "سوق الجمعة"]),
  mv("withdraw", "conditional", "GNA forces", ["مطار معيتيقة"], ["سوق الجمعة"]),
 ],
 "qoj2": [
  mv("deploy", "reported", "GNA forces", ["صلاح الدين", "عين زارة"], ["سوق الجمعة"]),
  mv("withdraw", "planned", "GNA forces", ["مطار معيتيقة"], ["قاعدة أبوستة البحرية"]),
  mv("deploy", "conditional", "GNA forces", [], ["تاجوراء"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
 ],
 "qoj3": [
  mv("reinforce", "reported", "GNA forces", ["أبو سليم"], ["عين زاره"]),
  mv("deploy", "planned", "GNA forces", [], ["صلاح الدين", "وادي الربيع"]),
  mv("advance", "conditional", "GNA forces", ["معسكر التكبالي"], ["أبوسليم"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["طرابلس"]),
 ],
 "qoj4": [
  mv("advance", "reported", None, ["زليتن", "الخمس"], ["القره بوللي"]),
  mv("withdraw", "planned", "GNA forces", ["مطار معيتيقة"], []),
  mv("deploy", "planned", "GNA forces", [], ["معيتيقة", "تاجوراء"]),
  mv("advance", "conditional", "Misrata forces", [], ["تاجوراء"]),
  mv("shipment", "denied", "GNA forces", ["قاعدة امعيتيقة"], ["سوق الجمعة"]),
 ],
 "qoj5": [
  mv("reinforce", "reported", "GNA forces", ["سوق الجمعة"], ["مطار معيتيقة"]),
  mv("mobilise", "reported", None, [], ["وادي الربيع"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("airlift", "denied", "Turkish armed forces", ["تركيا"], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "GNA forces", [], ["تاجوراء"]),
 ],
}

NOTES = {
 "qoj1": "Moroccan news site (Almaghrib Today) from Tripoli retelling a Souq al-Juma neighbourhood Facebook page («صوت "
         "سوق الجمعة», a trap holding the district) after night clashes in Tajoura: Radaa vehicles deployed from its "
         "Souq al-Juma HQ to the western edge of Tajoura via Arada, a Tajoura brigade's denied advance Tajoura→Mitiga "
         "airport, planned Public Security patrols in Arada and Souq al-Juma, Radaa's conditional pull-back Mitiga "
         "airport→Souq al-Juma; the closed airport, flights diverted to Misrata airport, families fleeing Tajoura, the "
         "armed groups in Tajoura inside the condition and the May 2025 clashes (Abu Salim, Salah al-Din) are not moves.",
 "qoj2": "GNU media platform (Hukumitna) from Tripoli: Mitiga reopened with flights from Istanbul and Tunis (city) and "
         "one to Misrata (civil), Public Security patrols deployed Salah al-Din/Ain Zara→Souq al-Juma (headline repeats "
         "it), the Nawasi force's planned pull-back from Mitiga airport's gate to Abu Sitta naval base, the General "
         "Staff's dispute force conditional on a request to enter Tajoura, the denied Misrata joint-force column "
         "Misrata→Tajoura via Garabulli; the Tajoura municipality (district) and Wadi al-Rabie (repairs) are not moves; "
         "عماد الطرابلسي holds Tripoli.",
 "qoj3": "Algerian online paper (Zad Dz) from Algiers (dateline الجزائر = city; also الجزائر العاصمة and الجزائر the "
         "country): Air Algérie suspending Algiers–Tripoli flights and rerouting passengers via Tunis-Carthage and Ras "
         "Ajdir (civil), Algerians living in Tajoura and Souq al-Juma, SSA reinforcements Abu Salim→Ain Zara (written "
         "عين زاره), planned Central Security units for Salah al-Din and Wadi al-Rabie, the 444 Brigade's conditional "
         "move Tekbali camp→Abu Salim (written أبوسليم), the Misrata joint force's denied move Misrata→Tripoli; the "
         "Algerian army's raised alert on the border with Libya is background, not a move.",
 "qoj4": "UNSMIL statement in Arabic retold by a Dubai daily (Emarat Al Youm) with agencies: unnamed armed columns "
         "Zliten/Al-Khums→Garabulli (reported, actor null), the truce's planned withdrawal of ministry-affiliated "
         "formations from around Mitiga airport and planned Interior Ministry units at Mitiga (bare) and Tajoura's "
         "entrances, the Misrata joint force's conditional advance on Tajoura, Radaa's denied ammunition trucks "
         "Mitiga base (written امعيتيقة)→Souq al-Juma; Libya inside the mission's name, New York (briefing), displaced "
         "families Tajoura→central Tripoli and «الخمسة» (holds Al-Khums) are not moves.",
 "qoj5": "Qatar Radio from Doha: Qatar welcomes the truce, Qatar Airways resumes Doha–Mitiga flights (civil), Nawasi "
         "vehicles reinforce Souq al-Juma→Mitiga airport, unidentified armed cars massing in Wadi al-Rabie (null), "
         "Ankara's planned move of part of a Turkish training unit Mitiga base→Al-Watiya base, Turkey's denied military "
         "cargo flight Turkey→Mitiga airport, a Tajoura brigade's conditional return into Tajoura; the Turkish unit's "
         "presence since 2020, Ankara and Doha as governments and Radaa's pull-back inside the condition are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoj1", "qoj2", "qoj3", "qoj4", "qoj5")
BAR_IN_TEXT = True  # qoj2 dateline «طرابلس | حكومتنا» has a literal bar
