# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals and cities abroad
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # the two towns
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),      # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 # around them
 "khadra": ("town", "LY", 32.44403, 13.76735, "Al Khadra"),                             # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),            # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row value = city point)
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "south_tripoli": ("region", "LY", 32.72, 13.22, "Southern outskirts of Tripoli"),      # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (row هون, README convention)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "qef1": ["القدس العربي", "اللواء 444 قتال", "إدريس بوزيد", "ورفلة", "الكانيات"],
 "qef2": ["فرانس 24", "اللواء 111 مجحفل", "مفتاح الترهوني", "اللواء التاسع ترهونة", "الجيش الوطني الليبي",
          "الكانيات", "السنوات الخمس"],
 "qef3": ["قناة مصراتة", "عبدالسلام الزليتني", "اللواء 444 قتال", "ورفلة", "بوابة الوسط", "اللبنانية"],
 "qef4": ["قناة «الخضراء»", "المنطقة العسكرية الوسطى", "الفيلق الأفريقي", "اللواء 444 قتال", "عبدالله إدريس",
          "الليبية", "روسيتين"],
 "qef5": ["سالم المصراتي", "المصراتي", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "البنود الخمسة", "مصرية", "المصرية",
          "الليبيين"],
}

PHEN = {
 "qef1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "qef2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "vague_area", "town_vs_district", "coverage_crossings", "countries"],
 "qef3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings"],
 "qef4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qef5": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qef1": [
  mv("withdraw", "reported", "GNA forces", ["بني وليد"], ["ترهونة"], ["الخضراء"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار بني وليد"]),
  mv("reinforce", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بنى وليد"]),
  mv("redeploy", "conditional", "GNA forces", [], ["بني وليد"]),
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["سرت"], ["بني وليد"]),
  mv("shipment", "reported", "GNA forces", ["مطار بني وليد"], ["طرابلس"]),
 ],
 "qef2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["مسلاتة"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["بني وليد"]),
 ],
 "qef3": [
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["زليتن"]),
  mv("advance", "conditional", "Misrata forces", [], ["بني وليد"]),
  mv("redeploy", "denied", "GNA forces", ["مزدة"], ["بني وليد"]),
  mv("deploy", "planned", "GNA forces", ["الخمس"], ["زليتن"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["بني وليد"]),
 ],
 "qef4": [
  mv("redeploy", "planned", "GNA forces", ["الخضراء"], ["غريان"]),
  mv("deploy", "conditional", "GNA forces", [], ["بني وليد"]),
  mv("mobilise", "reported", "GNA forces", [], ["ترهونة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
  mv("withdraw", "reported", "Wagner Group", ["جنوب طرابلس"], ["مطار بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["الجفرة"]),
 ],
 "qef5": [
  mv("deploy", "reported", "Libyan National Army", ["الجفرة"], ["الشويرف"]),
  mv("shipment", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["بني وليد"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["ابوقرين"]),
  mv("redeploy", "planned", "GNA forces", ["مطار طرابلس الدولي"], ["ترهونة"]),
 ],
}

NOTES = {
 "qef1": "The 444 Brigade (GNU) pulls 40 vehicles back from Bani Walid's northern gate to its base in Tarhuna via "
         "Al-Khadra; a planned joint army-police force for Bani Walid airport; the Warfalla council denies an LNA "
         "battalion came from Jufra air base (written بنى وليد); a conditional redeployment back to the town's "
         "entrance; six ammunition trucks moved Bani Walid airport→Tripoli; and the June 2020 LNA pull-out Tarhuna→Sirte "
         "via Bani Walid. Tripoli as dateline, Msallata (mediators), 'south Tripoli' (the failed offensive), the Oil "
         "Crescent (the line's purpose) and Tripolitania are not movement places.",
 "qef2": "A GNU brigade reaches Tarhuna from Tripoli via Qasr Bin Ghashir ('80 km south-east of the capital' names no "
         "place); a planned company Tarhuna→Msallata (Al-Khums only the road's end); the elders' condition that the "
         "force will not leave Tarhuna before local police take over; 90 men and 20 armoured vehicles came by sea from "
         "Tripoli port to Al-Khums port; the LNA denies a column Sirte→Bani Walid "
         "(Benghazi = where the statement was issued). The 'Ninth Brigade Tarhuna' force name and «السنوات الخمس» "
         "are traps.",
 "qef3": "Misrata's Joint Force masses 70 vehicles from Misrata on Zliten's southern edge (Bani Walid only names the "
         "road); a conditional advance on Bani Walid if the Zliten mediation fails; the GNU denies moving 444 units "
         "Mizda→Bani Walid and plans a separation force Al-Khums→Zliten plus a landing ship Abu Sitta naval base→Al-Khums "
         "port; the 2012 Misrata entry into Bani Walid. "
         "Lebanese Tripoli and Benghazi belong to migrants' journeys, not to armed forces; Tripoli (Libya) is only "
         "the seat of the General Staff.",
 "qef4": "A GNU battalion to move Al-Khadra→Gharyan (planned); GNU forces will enter Bani Walid only if asked "
         "(conditional); 50 vehicles of the 444 Brigade massed in Tarhuna; the mayor denies Russian Africa Corps cargo planes landed at Bani Walid airport from Jufra "
         "air base; May 2020: Wagner fighters reached the airport from the south-Tripoli fronts and were flown to "
         "Al-Jufra. Amman (dateline), Tunis (UN meeting), the desert road to Al-Shwayrif and the border with Niger "
         "(smuggling route), and the elders travelling to the meeting are not movement places.",
 "qef5": "An LNA Tariq bin Ziyad column reaches Al-Shwayrif from Al-Jufra, 14 fuel and ammunition trucks follow to "
         "Al-Shwayrif; the LNA denies it is heading north "
         "Al-Shwayrif→Bani Walid (Sabha, Sharara and the border with Chad only its mission); Misrata's conditional reinforcement to Abu Qurayn "
         "(written ابوقرين); a planned GNU company from near Tripoli airport to Tarhuna (the exchange at the 'km 40' "
         "gate on the road to Bani Walid is not a movement place). Cairo is the dateline and venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qef1", "qef2", "qef3", "qef4", "qef5")
