# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # neighbours' cities and towns
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (row الجزائر city, written الجزائر العاصمة)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz_ly": ("region", "DZ", 28.3, 9.3, "Algeria-Libya border (Algeria side)"),    # K
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "skhirat": ("town", "MA", 33.85270, -7.03171, "Skhirat"),                              # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات)
 # Libya: west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير, written معبر رأس جدير)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # Libya: Misrata-Sirte-Jufra
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين, written أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (row قاعدة القرضابية, written with الجوية)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra District"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 # Libya: east
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا, written اجدابيا)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا; alias الجنوب الليبي)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
}

TRAPS = {
 "qmu1": ["قرطاج+", "الزنتاني", "القابسي", "الجيش التونسي", "التونسي", "التركية"],
 "qmu2": ["العرب اليوم", "مجمع قاعات واغادوغو", "القوة المشتركة", "مصرف ليبيا المركزي", "مصروفات", "المالي", "عقيلة صالح",
          "الليبي"],
 "qmu3": ["ليبيا واير", "اللواء 444 قتال", "القوة المشتركة", "التركية"],
 "qmu4": ["الجزائر تايمز", "مجمع قاعات واغادوغو", "الفيلق الأفريقي", "القوة المشتركة", "عقيلة صالح", "الجزائري",
          "الروسي", "الليبي", "ليبية", "برلمان ليبي"],
 "qmu5": ["سيت أنفو", "مجموعة فاغنر", "المغربي", "المغربية", "الليبيون", "الليبيين", "الليبي"],
}

PHEN = {
 "qmu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours"],
 "qmu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases"],
 "qmu3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qmu4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qmu5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmu1": [
  mv("withdraw", "reported", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", None, [], ["سرت", "الجفرة"]),
  mv("withdraw", "conditional", "GNA forces", ["أبو قرين"], ["مصراتة"]),
  mv("reinforce", "denied", "Tunisian army", ["بن قردان"], ["معبر رأس جدير"]),
 ],
 "qmu2": [
  mv("deploy", "reported", "Libyan National Army", [], ["بنغازي", "مطار بنينا"]),
  mv("redeploy", "planned", "Libyan National Army", ["اجدابيا"], ["سرت"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة بنينا الجوية"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["بويرات الحسون"]),
 ],
 "qmu3": [
  mv("deploy", "reported", "GNA forces", [], ["طرابلس"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["سرت"]),
  mv("advance", "conditional", "Zintan forces", [], ["طرابلس"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
 "qmu4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة القرضابية الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["هون", "ودان"]),
  mv("deploy", "denied", "Algerian army", ["ورقلة"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
 "qmu5": [
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("withdraw", "planned", "GNA forces", ["الوشكة"], ["مصراتة"]),
  mv("shipment", "reported", None, ["تركيا"], ["ميناء مصراتة"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["هراوة"]),
  mv("deploy", "denied", "Wagner Group", [], ["سرت"]),
 ],
}

NOTES = {
 "qmu1": "Tunisian TV talk-show recap (Carthage+, programme «حديث الجوار») from Tunis on the close of the 5+5 meeting in "
         "Tunis: a guest reports an LNA pull-back of two battalions from around Sirte to Jufra air base, the final "
         "statement plans a joint 50/50 force in Sirte and Al-Jufra (actor null), the Tripoli member makes the "
         "pull-back of chief-of-staff units Abu Qurayn→Misrata conditional («لن تعود ... إلا إذا», Jufra base only in "
         "the condition), and a Tunisian guest denies army reinforcements Ben Gardane→Ras Ajdir crossing; the "
         "delegations' flights from Benina and Mitiga to Tunis, the 2020 Geneva ceasefire, the coastal road "
         "Sirte–Misrata, «بنغازي ترفض», Turkish forces at Al-Watiya (static) and the next meeting in Sirte are not "
         "movements; الزنتاني and القابسي are surnames.",
 "qmu2": "Pan-Arab site (Arabs Today) from Benghazi on the House vote on the army chapter of the 2026 budget: LNA "
         "military police deployed around the House seat in Benghazi and at Benina airport (reported), a planned LNA "
         "infantry battalion Ajdabiya (written اجدابيا)→Sirte for the next session (redeploy), the LNA's denied airlift Al-Khadim base→"
         "Benina air base, and the Misrata Joint Force's conditional advance Misrata→Buwairat al-Hassoun (Sirte only in "
         "the condition); nine MPs walking out, moving sessions to Sirte, the Ouagadougou halls (trap), the Central "
         "Bank, the units stationed in the south (static), Tobruk (former seat) and Al-Qubbah (speaker's home) are not movements.",
 "qmu3": "Libyan news site (Libya Wire) from Tripoli on the High Council of State rejecting the army chapter: 444 "
         "Brigade units ringing the session's hotel in Tripoli (deploy reported), Misratan columns arriving in Tajura "
         "(reinforce reported), a planned GNU battalion Tripoli→Sirte for the joint force, Zintan's conditional move "
         "on Tripoli («لن تتحرك ... إلا إذا») and the Turkish embassy's denial of a landing at Tripoli port; members "
         "from Zawiya and Gharyan walking out, the commercial ship, the 5+5 meeting in Tunis and the glossary (Skhirat, "
         "Morocco, Sirte, Tunis, Geneva) are not movements.",
 "qmu4": "Algerian opposition site (Algérie Times) on the House session in Sirte: an LNA special-forces airlift Benina "
         "air base→Gardabiya air base (reported), Russia's Africa Corps pulling out of Gardabiya to Jufra air base "
         "(reported), a planned LNA massing of three battalions in Hun and Waddan (mobilise), the Algerian army's denied "
         "deployment Ouargla→the border with Libya (Algeria side) and its conditional reinforcement near Debdeb "
         "(Ghadames only in the condition); the 2019 advance on Tripoli (past background), Turkish guns at Al-Watiya "
         "and Russian planes in Al-Jufra (static) and «حكومة طرابلس» are not movements.",
 "qmu5": "Moroccan news site (SiteInfo «سيت أنفو») on a House–Council round in Bouznika: a draft with planned pull-backs "
         "of LNA heavy weapons Sirte→Al-Jufra and of chief-of-staff armour Al-Washka→Misrata, a reported armour "
         "shipment from Turkey to Misrata port (actor null), the LNA's conditional reinforcement of Harawa (Misrata "
         "only in the condition) and a denied Wagner deployment in Sirte; the delegations' arrival in Bouznika, their "
         "trip to Rabat, Skhirat 2015 and the absence of Egypt and Algeria are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmu1", "qmu2", "qmu3", "qmu4", "qmu5")
