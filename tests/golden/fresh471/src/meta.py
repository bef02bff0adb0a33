# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # cities used in several articles / datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # oil and water installations
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "hamada_field": ("oilfield", "LY", 29.60000, 12.60000, "Al Hamada oil field"),         # K (low confidence, see README)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "mellitah_port": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah port"),              # G* (complex row)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil port"),              # G* (refinery and terminal row)
 "hasawna": ("region", "LY", 28.15295, 13.94609, "Jebel Hasawna well fields"),          # K (GeoNames 2219440, see README)
 # bases and crossings
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # Fezzan towns, districts and regions
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "hamada_region": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "DZ", 29.00000, 9.75000, "Algeria-Libya border (Algerian side)"),  # K
 # north-west
 "jafara": ("region", "LY", 32.51012, 13.02794, "Jafara plain"),                        # G* (district row الجفارة)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 # Algeria
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
}

TRAPS = {
 "re1": ["فسانيا", "الروس", "مسعود الغاتي", "حراك غضب فزان", "شركة أكاكوس للعمليات النفطية", "الشرارة الأولى",
         "روسية", "غرفة عمليات الجنوب الغربي"],
 "re2": ["لوسيل", "شركة مليتة للنفط والغاز", "الإيطالية", "جبهة الوفاق من أجل التغيير في تشاد", "القطري",
         "الفيل في الغرفة"],
 "re3": ["بوابة أفريقيا الإخبارية", "مشروع النهر الصناعي", "منظومة الحساونة–سهل الجفارة", "صالح الإدريسي",
         "طريق طرابلس"],
 "re4": ["الجزائري", "هسبريس", "الليبية", "وكالة الأنباء الجزائرية", "المجلس العسكري الزنتان", "ما ادري",
         "منطقة غدامس العسكرية"],
 "re5": ["عمون", "الليبية", "ليبية"],
}

PHEN = {
 "re1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "re2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "re3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "coverage_bases"],
 "re4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil",
         "coverage_neighbours", "countries"],
 "re5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "re1": [
  _m("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"], ["جرمة", "أوباري"]),
  _m("shipment", "reported", LNA, ["سبها"], ["حقل الشرارة"]),
  _m("redeploy", "planned", LNA, ["براك الشاطئ"], ["أوباري"]),
  _m("withdraw", "denied", "Russian forces", ["حقل الشرارة"], ["قاعدة براك الجوية"]),
  _m("deploy", "conditional", LNA, [], ["الحدود مع النيجر"]),
 ],
 "re2": [
  _m("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["حقل الفيل"]),
  _m("deploy", "reported", LNA, ["مرزق"], ["حقل الفيل"]),
  _m("mobilise", "denied", "Chadian armed groups", [], ["حقل الفيل"]),
  _m("shipment", "planned", LNA, ["بنغازي"], ["حقل الفيل"], ["سبها"]),
  _m("advance", "conditional", LNA, ["حقل الفيل"], ["غات", "منفذ إيسين"]),
 ],
 "re3": [
  _m("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["جبل الحساونة"]),
  _m("withdraw", "reported", None, ["جبل الحساونة"], ["إدري"]),
  _m("redeploy", "planned", GNA, ["مزدة"], ["الشويرف"]),
  _m("advance", "conditional", GNA, ["الشويرف"], ["الحساونة"]),
  _m("mobilise", "denied", LNA, [], ["براك"]),
 ],
 "re4": [
  _m("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  _m("deploy", "reported", "Zintan forces", ["الزنتان"], ["حقل الحمادة"], ["الرياينة", "القريات"]),
  _m("advance", "denied", LNA, ["إدري"], ["الحمادة"]),
  _m("mobilise", "planned", GNA, [], ["غدامس", "درج"]),
  _m("withdraw", "conditional", "Zintan forces", ["حقل الحمادة"], ["الزنتان"]),
 ],
 "re5": [
  _m("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء مليتة"]),
  _m("reinforce", "reported", GNA, ["الزاوية"], ["مجمع مليتة"], ["صبراتة"]),
  _m("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  _m("withdraw", "denied", GNA, ["مجمع مليتة"], ["زوارة"]),
  _m("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["أوباري"]),
 ],
}

NOTES = {
 "re1": "Fasania-style report from Sabha on the Sharara shutdown: an LNA reinforcement Tamanhint air base->Sharara via "
        "Germa and Ubari (headline repeats it), a fuel/ammunition run Sabha->the field told with «الحقل», a planned "
        "company Brak (written براك الشاطئ)->Ubari, a denied Russian pull-out «من محيط الحقل» to Brak air base and a "
        "conditional deployment on the border with Niger; traps: the outlet «فسانيا», «حراك غضب فزان», the Akakus "
        "operator, «الشرارة الأولى», the officer «الغاتي», the operations room named after the south-west.",
 "re2": "Lusail-style (Doha) energy piece on El Feel: an airlift Jufra air base->the field's airstrip (anaphora), a "
        "company Murzuq->the field, FACT's denied build-up «في محيط الحقل», a planned armour shipment Benghazi->the "
        "field via Sabha and a conditional advance from the field to Ghat and the Isayen crossing; bare «الفيل» is the "
        "field, «الفيل في الغرفة» an idiom; datelines and market places (Doha, London) are not movement places.",
 "re3": "Africa Gate-style report from Tripoli on the Man-Made River: an LNA force Brak air base->the Jebel Hasawna "
        "well fields, the gunmen's pull-out towards Idri (no named force: actor null), a planned 444 Brigade move "
        "Mizda->Ash Shwayrif, a conditional advance Ash Shwayrif->Hasawna and a denied LNA massing in Brak; Tripoli as "
        "victim of the water cut and in «طريق طرابلس», Idri beside the engineer «الإدريسي».",
 "re4": "Hespress-style (Rabat) piece on the Hamada field and the Algerian border: an Algerian reinforcement In Amenas->"
        "Debdeb on the border with Libya (locator, not a destination), a Zintani oil-guard column Zintan->the field via "
        "Al-Rayayna and Al-Qaryat, a denied LNA advance Idri->the Hamada, a planned GNU massing in Ghadames and Derj and "
        "a conditional return field->Zintan; Algeria vs Algiers, «ما ادري» vs the town Idri.",
 "re5": "Ammon-style (Amman) wire piece on Mellitah: a GNU naval landing Abu Sitta naval base->Mellitah port, a land "
        "reinforcement Zawiya->the complex via Sabratha, a planned landing from the same base at Zawiya oil port, a "
        "denied oil-guard pull-out from the complex to Zuwara and a conditional LNA airlift Benina->Ubari; Libyan "
        "Tripoli vs Tripoli in Lebanon, Tunisia vs «العاصمة تونس», fuel smuggling and exports are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("re1", "re2", "re3", "re4", "re5")
