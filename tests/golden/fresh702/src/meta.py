# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # qab1 Tarhuna and the 444 Brigade column (Al-Quds Al-Arabi)
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                     # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 # qab2 Bani Walid airport and the Warfalla elders (Al-Liwaa)
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),             # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.55, 36.15, "Akkar"),                                    # K
 # qab3 Al-Shwayrif, Gardabiya and the LNA (Akhbar Al-Khaleej)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 # qab4 the Tunisian border and the 444 pull-out from Tarhuna (Al-Jarida)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "TN", 32.60, 10.95, "Tunisia-Libya border (Tunisian side)"),   # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qab5 Misrata brigades by sea to Al-Khums (Ammon)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata_port": ("crossing", "LY", 32.367, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),  # G* (row إقليم طرابلس)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qab1": ["اللواء 444 قتال", "الكانيات", "القدس العربي", "بوابة طريق طرابلس", "سالم الترهوني", "الساعات الخمس",
          "القيادة العامة للجيش الوطني الليبي", "عملية بركان الغضب", "الليبية"],
 "qab2": ["ورفلة", "اللواء", "الجيش الوطني الليبي", "خليفة حفتر", "الكانيات", "اللبنانيين", "موسى الصدر",
          "الليبية"],
 "qab3": ["الكانيات", "أخبار الخليج", "الجيش الوطني الليبي", "إدريس الفاخري", "اللواء طارق بن زياد", "المصرية"],
 "qab4": ["الكانيات", "الجريدة", "الجيش التونسي", "الليبية", "اللواء 444 قتال", "هذه الزاوية", "التونسية"],
 "qab5": ["مصراتية", "عمون", "ورفلة", "اللواء 444 قتال", "الأردني", "محمود الإدريسي", "مالي"],
}

PHEN = {
 "qab1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district"],
 "qab2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qab3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qab4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qab5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qab1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("advance", "conditional", "GNA forces", [], ["ترهونة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
  mv("deploy", "denied", "Libyan National Army", ["سرت"], ["ترهونة"]),
 ],
 "qab2": [
  mv("airlift", "reported", "Libyan National Army", ["مطار بنينا"], ["مطار بني وليد"]),
  mv("advance", "conditional", "Libyan National Army", ["مطار بني وليد"], ["بني وليد"]),
  mv("reinforce", "planned", "GNA forces", ["مصراتة"], ["مزدة"], ["بني وليد"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بني وليد"]),
 ],
 "qab3": [
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["الشويرف"], ["براك"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة القرضابية"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["حقل الظهرة"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["بني وليد"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["بنغازي"]),
 ],
 "qab4": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "planned", "GNA forces", ["ترهونه"], ["طرابلس"]),
  mv("mobilise", "denied", "Zintan forces", [], ["مزدة"]),
 ],
 "qab5": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("mobilise", "reported", "Misrata forces", [], ["زليتن"]),
  mv("withdraw", "conditional", "Misrata forces", ["الخمس"], ["مصراتة"]),
  mv("advance", "denied", "Misrata forces", ["الخمس"], ["بني وليد"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["مسلاتة"]),
 ],
}

NOTES = {
 "qab1": "Tarhuna elders' conditions: a 444 Brigade column Tripoli→Tarhuna via Qasr bin Ghashir stops at the northern "
         "gate ('the Tripoli road gate' is a trap); the force 'will not advance into Tarhuna unless' a written order "
         "comes (conditional); a planned landing craft Tripoli port→Khums port (Khums and Msallata only name the road "
         "it will secure); the LNA denies ferrying Kaniyat men Sirte→Tarhuna's outskirts; the Tarhuna municipality is "
         "only a source.",
 "qab2": "An LNA Il-76 airlift Benina airport→Bani Walid airport (Benghazi only locates the airport, Tripoli the "
         "worried government); the Warfalla council: the force 'will not leave the airport for Bani Walid unless' "
         "(conditional, origin the airport by anaphora); a planned GNA column Misrata→Mizda via Bani Walid (the south "
         "is only the purpose); a denied ammunition shipment Jufra air base→Bani Walid; Tripoli (Lebanon), Akkar and "
         "Lebanon are not movement places.",
 "qab3": "LNA fuel-and-ammunition convoy Sabha→Al-Shwayrif via Brak; an airlift Benina air base→Gardabiya base "
         "('south of Sirte' only locates the base); a planned battalion Gardabiya→Dahra field; a conditional advance "
         "Al-Shwayrif→Bani Walid 'only if its elders ask'; a denied removal of Kaniyat remnants Sirte→Benghazi; the "
         "Amsaad hand-over of wanted men (crossing, border with Egypt) and Tarhuna are not movements; Cairo dateline.",
 "qab4": "Tunisian army reinforcements Tataouine→Dehiba after a Kaniyat man is held at Ras Ajdir (arrest, not a "
         "movement); a conditional Tunisian deployment on the border with Libya; a planned 444 Brigade pull-out "
         "Tarhuna (spelled ترهونه)→Tripoli; Zintan denies massing in Mizda ('100 km west of Bani Walid' is a distance "
         "reference); Sharara only as oil news; Tunis the dateline, Tunisia in the headline.",
 "qab5": "Misrata brigades landed at Khums port from Misrata port after protesters shut the coast road at Zliten; "
         "their earlier massing east of Zliten (reported mobilise); a conditional return Khums→Misrata 'as soon as' "
         "the road reopens; a denied advance Khums→Bani Walid; a planned 444 company Tarhuna→Msallata (Khums only "
         "names the road); Algiers and Algeria only as the mediation venue and mediator.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qab1", "qab2", "qab3", "qab4", "qab5")
