# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another surface or label (listed in the README). No row is from own knowledge.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                               # G
 # Libya: capital, east, regions
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G (row جنوب ليبيا, written الجنوب الليبي)
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Wadi al-Hayat)"),               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),                  # G* (district row غات, written بلدية غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 # Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra District"),                 # G* (district row الكفرة, written بلدية الكفرة)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),   # G* (row الحدود الليبية السودانية)
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 # western coast
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                    # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                  # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير, written معبر رأس جدير)
 # Tunisia
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "tunis_city": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                 # G (city row تونس, written تونس العاصمة)
 # central Libya
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                       # G
 # Morocco
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                      # G* (row spelled ربات, written الرباط)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                                # G
}

TRAPS = {
 "qpf1": ["ذا لنس بوست", "قوات حفتر", "اللواء طارق بن زياد", "جهاز دعم المديريات", "الخطوط الجوية الليبية",
          "بعثة الأمم المتحدة للدعم في ليبيا", "سالم المرزوقي"],
 "qpf2": ["السودان اليوم", "السودانيين", "كتيبة سبل السلام", "المفوضية السامية لشؤون اللاجئين", "محمد آدم"],
 "qpf3": ["توانسة", "جهاز دعم المديريات", "المنطقة العسكرية الساحل الغربي", "تونسي", "التونسي", "الليبية", "لطفي الجربي"],
 "qpf4": ["إذاعة بني وليد المحلية", "اللجنة الأمنية المشتركة", "الإدارة العامة للعمليات الأمنية", "القوة المشتركة"],
 "qpf5": ["وكالة المغرب العربي للأنباء", "المغربية", "الليبية", "ليبي-ليبي", "اللواء 128"],
}

PHEN = {
 "qpf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "town_vs_district"],
 "qpf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qpf3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpf4": ["clitics", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli", "coverage_bases"],
 "qpf5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpf1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", [], ["مرزق"]),
  mv("airlift", "conditional", "GNA forces", ["مطار معيتيقة"], ["مطار سبها"]),
  mv("deploy", "denied", "Libyan National Army", [], ["غات"]),
 ],
 "qpf2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الكفرة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الحدود مع السودان"], ["كفرة"]),
  mv("reinforce", "denied", "Libyan National Army", ["تازربو"], ["الكفرة"]),
 ],
 "qpf3": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("deploy", "planned", "GNA forces", [], ["صرمان", "صبراتة"]),
  mv("deploy", "denied", "GNA forces", [], ["الزاوية"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "qpf4": [
  mv("deploy", "conditional", "GNA forces", ["طرابلس"], ["بني وليد"]),
  mv("deploy", "reported", "Misrata forces", [], ["مصراتة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["سرت"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["الوشكة"]),
 ],
 "qpf5": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"], ["سبها"]),
  mv("deploy", "denied", "Libyan National Army", [], ["الكفرة", "سرت"]),
 ],
}

NOTES = {
 "qpf1": "Turkey-based Arabic news site (The Lens Post) from Tripoli retelling an HNEC operations-room statement on "
         "the municipal vote in Sabha, Ubari, Ghat (municipality) and Murzuq: an LNA company Sabha→Ubari (reported), "
         "LNA military police to deploy at Murzuq's entrances (planned), a GNU Interior Ministry force to be flown "
         "Mitiga airport→Sabha airport only «إذا سمحت الظروف الأمنية» (conditional) and the denied order to station "
         "Tariq bin Ziyad units inside Ghat's polling centres; the chartered civilian flight with ballot boxes to Ghat "
         "airport, HNEC cars, UN observers to Sabha, Benghazi (metonymy) and the dateline are not movements.",
 "qpf2": "Sudanese news site (Sudan Alyoum) from Kufra: an LNA military cargo plane Benina air base→Kufra airport with "
         "military police and ballot boxes (reported airlift), Subul al-Salam to deploy around the city's polling "
         "centres (planned), a company that may be called from the border with Sudan (Libya side) to Kufra (written "
         "كفرة; conditional), a denied reinforcement Tazirbu→Kufra; the refusal to vacate posts near the Uweinat "
         "triangle, refugee trucks Al-Malha→Kufra, El Fasher and Kufra municipality (voter roll) are not movements.",
 "qpf3": "Tunisian news site (Touwensa) from Ben Gardane on the Zawiya municipal vote: GNU Interior Ministry "
         "reinforcements Tripoli→Zawiya via Janzour (reported), Western Coast military-region units to deploy in "
         "Surman and Sabratha (planned), the chief of staff's denial of units inside Zawiya's polling centres, a "
         "Tunisian army reinforcement Medenine→Ben Gardane only if Ras Ajdir closes (conditional); voters crossing "
         "Ras Ajdir from Sfax and Tunis (civilian), the refinery, Tripoli as seat of the chief of staff, Libya and "
         "Tunisia (trade) are not movement places.",
 "qpf4": "Libyan local radio page (Bani Walid Local Radio) on the vote in Bani Walid, Misrata and Sirte: a GNU "
         "Interior Ministry unit Tripoli→Bani Walid only «إذا سمح الوضع الأمني» (conditional), Misrata Joint Force "
         "units deployed in Misrata (reported), an LNA military-police company Gardabya base→central Sirte "
         "(planned), a denied LNA column Sirte→Al-Washka; Abu Qurayn units staying put, the unescorted HNEC trucks "
         "Tripoli→Bani Walid/Tarhuna and the headline's Tripoli are not movements; the outlet name holds بني وليد.",
 "qpf5": "Moroccan state agency (MAP) from Rabat: an LNA force Ubari→Ghat via Al-Awaynat (reported), the 128th "
         "Brigade Jufra air base→Sabha (planned), units in Murzuq returning to Sabha only after the results and "
         "«إذا لم تُسجَّل خروقات» (conditional withdrawal), the General Command's denial that army units will be "
         "inside polling centres in Kufra or Sirte; the HNEC delegation's visit to Morocco, the Bouznika meeting, "
         "the MAP correspondent in Tripoli and the list of voting municipalities are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpf1", "qpf2", "qpf3", "qpf4", "qpf5")
BAR_IN_TEXT = True  # qpf4's headline opens with «عاجل |»
