# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Misrata and the road east
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_ac": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy (air base)"),    # G* (airport row, alias الكلية الجوية)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Misrata port (Qasr Ahmad)"),         # K
 "dafniya": ("village", "LY", 32.41, 14.88, "Ad Dafniyah"),                             # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # Zliten, Al-Khums and the coast road
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "kaam": ("village", "LY", 32.53, 14.45, "Kaam (Wadi Kaam)"),                           # K
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.657, 14.275, "Al Khums port"),                     # K
 "khoms_naval": ("base", "LY", 32.657, 14.275, "Al Khums naval base"),                  # K
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # Bani Walid and the south
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # neighbours
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egyptian side of the border with Libya"),   # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),    # G* (town row الدبداب)
 "border_dz": ("region", "DZ", 29.90, 9.45, "Algerian side of the border with Libya"),  # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "fk1": ["اليوم السابع", "الكتائب الخمس", "شارع طرابلس", "وكالة الأنباء الليبية", "التركية",
         "غرفة عمليات تحرير سرت والجفرة"],
 "fk2": ["قناة النبأ", "المنطقة العسكرية طرابلس", "عبد الله الزليتني", "ما ادري", "المصراتية"],
 "fk3": ["الشروق", "وكالة الأناضول", "التركية", "صالح الخمسي", "الساعات الخمس", "الجيش الجزائري"],
 "fk4": ["الميادين", "ورفلة", "مفتاح الإدريسي", "المنطقة العسكرية الوسطى", "الجيش الوطني الليبي"],
 "fk5": ["المشهد", "المجلس العسكري مصراتة", "السوريين"],
}

PHEN = {
 "fk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "fk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district"],
 "fk3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "fk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "vague_area", "coverage_bases", "countries"],
 "fk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fk1": [
  # source <- field commander: units moved from inside the city to Dafniya (Zliten = road locator only)
  mv("redeploy", "reported", "Misrata forces", ["مصراته"], ["الدافنية"]),
  # agency <- municipal official <- Air Academy commander: the Turks did not leave / move anyone to Al-Watiya
  mv("redeploy", "denied", "Turkish armed forces", ["الكلية الجوية"], ["قاعدة الوطية"]),
  # official <- staff officer: a Turkish cargo ship "will arrive" with military equipment
  mv("shipment", "planned", "Turkish armed forces", [], ["ميناء مصراتة"]),
  # first source <- field commander: artillery in Tawergha "will advance ... if attacked"
  mv("advance", "conditional", "Misrata forces", ["تاورغاء"], ["أبوقرين"]),
 ],
 "fk2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زليتن"], ["القره بوللي", "الخُمس"]),
  mv("withdraw", "denied", "Misrata forces", ["كعام"], ["مصراتة"]),
  mv("redeploy", "planned", "GNA forces", ["زليتن"], ["الدافنية"]),
  mv("mobilise", "conditional", None, [], ["زليتن"]),
 ],
 "fk3": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("deploy", "denied", "Misrata forces", ["مصراتة"], ["الخمس"]),
  # «القاعدة ذاتها» -> the naval base named in the previous paragraph
  mv("shipment", "planned", "Turkish armed forces", [], ["قاعدة الخمس البحرية"]),
  mv("reinforce", "conditional", "GNA forces", ["الخمس"], ["مسلاتة"]),
 ],
 "fk4": [
  # «مطار المدينة» -> the headline's مطار بني وليد
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار بني وليد"]),
  # «انسحبت منه ... إلى وسط المدينة» -> from the airport to the town
  mv("withdraw", "reported", None, ["مطار بني وليد"], ["بني وليد"]),
  mv("advance", "denied", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("deploy", "planned", "GNA forces", [], ["بني وليد"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["بنى وليد"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
 ],
 "fk5": [
  mv("airlift", "reported", "Turkish armed forces", ["إزمير"], ["مطار مصراتة"]),
  # «من المطار» -> مطار مصراتة
  mv("reinforce", "reported", "Misrata forces", ["مطار مصراتة"], ["زليتن"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["الخمس"], ["تركيا"], ["مطار معيتيقة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء قصر أحمد"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["تاورغاء"]),
 ],
}

NOTES = {
 "fk1": "Youm7-style piece on Misrata built on chained sources (source <- field commander <- force commander; agency <- "
        "municipal official <- Air Academy commander; official <- staff officer): Misrata units inside the city->Dafniya "
        "reported, a Turkish Air Academy->Al-Watiya move denied, a Turkish cargo ship for Misrata port planned, an "
        "artillery advance Tawergha->Abu Qurayn conditional; Zliten (road), Tripoli (seat), Cairo, Sallum crossing and "
        "the border are not movement places.",
 "fk2": "Al-Nabaa-style piece on Zliten: a source quoting a company commander quoting the column commander (444 "
        "Brigade Tripoli->Zliten via Garabulli and Al-Khums, reported; a driver's cousin's sighting is the same move), "
        "a security-directorate denial of a Misratan pull-out Kaam->Misrata, a planned company Zliten->Dafniya and the "
        "tribes' conditional «النفير» in Zliten relayed by a council member.",
 "fk3": "Echorouk-style piece: Anadolu quoting a Turkish MoD official, confirmed by a Libyan official quoting a base "
        "officer (landing Mersin->Al-Khums port, reported); the same official relays a commander's denial of a Misrata "
        "force entering Al-Khums, a planned Turkish shipment to «القاعدة ذاتها» (the Al-Khums naval base) and a "
        "conditional reinforcement Al-Khums->Msallata; Mellitah gas, the Debdeb crossing and the Algerian border are "
        "context, not moves.",
 "fk4": "Al-Mayadeen-style piece on Bani Walid: a correspondent quoting a local source quoting a Warfalla elder quoting "
        "the airport commander (airlift Mitiga->«مطار المدينة» = Bani Walid airport and a local group's pull-back from "
        "the airport to the town, both reported); a GNU official relays a denial of an advance Tarhuna->Bani Walid and a "
        "planned deployment at Bani Walid; an LNA officer's conditional advance Ash Shwayrif->Bani Walid and a "
        "reported reinforcement Jufra air base->Ash Shwayrif; Tripoli in «إذا دخلتها أي قوة من طرابلس» is a hypothetical "
        "trigger, not a movement place.",
 "fk5": "Al-Mashhad-style roundup: a Western diplomat quoting a Turkish official (A400M airlift Izmir->Misrata airport, "
        "reported), a Misrata source confirming and relaying a battalion commander (air-defence systems airport->Zliten, "
        "reported reinforce), a GNU official relaying a camp commander's denial of Syrian fighters leaving Al-Khums for "
        "Turkey via Mitiga, a planned Turkish landing at Qasr Ahmad port and Misrata's conditional massing in Tawergha; "
        "Tunis, Tunisia and the Sharara field are context.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fk1", "fk2", "fk3", "fk4", "fk5")
