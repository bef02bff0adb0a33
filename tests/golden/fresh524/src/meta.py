# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                              # G
 # foreign capitals
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 # the coast road, west to east
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.9050, 13.1800, "Port of Tripoli"),                # K
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),           # G* (city row)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "qasr_akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr al-Akhyar"),                    # G* (row قصر خيار)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                             # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),           # G* (city row)
 "khoms_port": ("crossing", "LY", 32.67606, 14.24128, "Port of Al Khums"),               # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),            # G* (city row)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College air base"),      # G* (row مطار مصراتة)
 "misrata_port": ("crossing", "LY", 32.3667, 15.2333, "Port of Misrata (Qasr Ahmad)"),   # K
 # west of Tripoli
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.10, 11.60, "Libyan side of the border with Tunisia near Ras Ajdir"),  # K
 # vague areas
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس)
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),   # G* (row إقليم طرابلس)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "libyan_coast": ("region", "LY", 32.6, 14.3, "Libyan coast (coast road Tripoli–Misrata)"),  # K
}

GNA, MIS, TUR = "GNA forces", "Misrata forces", "Turkish armed forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "tf1": ["بترا", "المجلس العسكري مصراتة", "المنطقة العسكرية الوسطى", "وكالة الأنباء الليبية", "سالم الزليتني",
         "الليبي", "التركية"],
 "tf2": ["المدينة", "المجلس العسكري مصراتة", "القوة المشتركة مصراتة", "شارع طرابلس", "النقاط الخمس",
         "الخارجية السعودية", "الليبية"],
 "tf3": ["الفجر", "المجلس العسكري مصراتة", "لا أدري", "المصري", "اللجنة العسكرية المشتركة (5+5)"],
 "tf4": ["العالم", "الطرابلسي", "القوة المشتركة مصراتة", "الجزائري", "ليبي-ليبي"],
 "tf5": ["ليبيا المستقبل", "المجلس العسكري مصراتة", "القوة المشتركة مصراتة", "إدريس القماطي"],
}

PHEN = {
 "tf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "tf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_oil", "countries"],
 "tf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "tf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
 "tf5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "tf1": [
  mv("advance", "reported", MIS, ["مصراتة"], ["القره بوللي"], ["زليتن", "الخمس"]),
  mv("reinforce", "reported", GNA, ["قاعدة معيتيقة"], ["تاجوراء"]),
  mv("redeploy", "reported", GNA, ["معبر رأس اجدير"], ["تاجوراء"]),
  mv("deploy", "planned", GNA, [], ["القره بوللي", "قصر الأخيار"]),
  mv("withdraw", "conditional", MIS, ["القره بوللي"], ["مصراتة"]),
  mv("airlift", "denied", TUR, ["تركيا"], ["الكلية الجوية"]),
 ],
 "tf2": [
  mv("mobilise", "reported", MIS, [], ["الدافنية"]),
  mv("naval_landing", "reported", MIS, ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("deploy", "planned", GNA, [], ["زليتن", "الخمس"]),
  mv("advance", "conditional", MIS, ["الدافنية"], ["تاجوراء"]),
  mv("withdraw", "denied", MIS, ["الخمس"], ["مصراتة"]),
 ],
 "tf3": [
  mv("withdraw", "reported", MIS, ["القرة بوللي"], ["الخمس"]),
  mv("airlift", "reported", GNA, ["قاعدة الوطية الجوية"], ["مطار معيتيقة"]),
  mv("deploy", "planned", GNA, [], ["القرة بوللي", "الخمس"]),
  mv("reinforce", "conditional", GNA, ["تاجوراء"], ["القرة بوللي"]),
  mv("mobilise", "denied", MIS, [], ["زليتن"]),
 ],
 "tf4": [
  mv("redeploy", "reported", GNA, ["مجمع مليتة"], ["تاجورا"]),
  mv("shipment", "reported", MIS, ["تركيا"], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", MIS, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("advance", "denied", MIS, ["مصراتة"], ["تاجورا"]),
  mv("withdraw", "conditional", GNA, ["تاجورا"], ["مجمع مليتة"]),
 ],
 "tf5": [
  mv("withdraw", "reported", MIS, ["قصر الأخيار"], ["زليتن"], ["الخمس"]),
  mv("shipment", "reported", GNA, ["تاجوراء"], ["القره بوللي"]),
  mv("redeploy", "planned", GNA, ["تاجوراء"], ["منفذ رأس جدير"]),
  mv("mobilise", "conditional", MIS, [], ["الدافنية"]),
  mv("reinforce", "denied", MIS, ["مصراتة"], ["الخمس"]),
 ],
}

NOTES = {
 "tf1": "Petra (Jordanian wire) from Tripoli: Misrata column Misrata→Garabulli via Zliten and Al-Khums (reported advance); "
        "GNA reinforcement Mitiga base→Tajoura and a company moved from the Ras Ajdir crossing to Tajoura (reported); "
        "planned military-police deployment to Garabulli and Qasr al-Akhyar; Misrata's conditional pull-back "
        "Garabulli→Misrata; the Turkish embassy denies an airlift Turkey→the Air College. Tripoli as dateline, distance "
        "reference, embassy seat and «أهالي طرابلس» is not a movement place; Jordan is only the statement's author.",
 "tf2": "Al-Madina (Saudi) on wires: Misrata massing at Dafniya (reported mobilise) and a sea landing Misrata port→Al-Khums "
        "port (reported); planned Interior deployment to Zliten and Al-Khums; conditional advance Dafniya→Tajoura tied to "
        "the five-point initiative; denied return Al-Khums→Misrata by sea. Precision traps: the road «المؤدي إلى "
        "القربوللي», a rally on Tripoli Street in Misrata, civilian fuel trucks from the Zawiya refinery.",
 "tf3": "Al-Fajr (Egyptian portal): Misrata forces pull back Garabulli→Al-Khums at dawn (reported); two C-130s Al-Watiya "
        "air base→Mitiga airport (reported airlift, headline «جسر جوي إلى معيتيقة» is the same move); planned separation "
        "force between Garabulli and Al-Khums; a Tajoura commander's conditional reinforcement Tajoura→Garabulli; denied "
        "massing in Zliten. Zliten/Msallata elders, Cairo (speaker) and school closures in Al-Khums are not moves.",
 "tf4": "Al-Alam TV: GNA units Mellitah complex→Tajoura (reported redeploy), an ammunition shipment Turkey→Misrata port "
        "(reported), a planned Misrata sea landing Misrata port→Tripoli port, the Tajoura mayor's denial of a Misrata entry "
        "Misrata→Tajoura, and the conditional return Tajoura→Mellitah. Algiers is a venue; Algeria and Tunisia only "
        "offer to host talks.",
 "tf5": "Libya Al-Mostakbal from Al-Khums: Misrata forces pull back Qasr al-Akhyar→Zliten via Al-Khums (reported), "
        "ammunition trucks Tajoura→Garabulli (reported shipment), a planned GNA redeploy Tajoura→Ras Ajdir crossing on "
        "the Tunisian border, a conditional Misrata massing at Dafniya, and Al-Khums elders' denial of reinforcements "
        "Misrata→Al-Khums. Tunis is only the venue of the talks.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tf1", "tf2", "tf3", "tf4", "tf5")
