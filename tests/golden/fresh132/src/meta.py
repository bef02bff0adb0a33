# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # capitals and foreign towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.7894, -7.1597, "Bouznika"),                              # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 # Tripoli and its districts, airports, port
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "souqjumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                      # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.190, "Port of Tripoli"),                 # K
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "warshefana": ("region", "LY", 32.58, 12.92, "Warshefana"),                            # K
 # west coast
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),        # G* (town row)
 "zawiya_refinery": ("oilfield", "LY", 32.77, 12.70, "Zawiya refinery"),                # K
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_ly": ("region", "LY", 32.0, 13.0, "Western Libya"),                              # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "border_tnside": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 # east of Tripoli, Misrata
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                       # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.362, 15.213, "Port of Misrata (Qasr Ahmed)"),    # K
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 # Nafusa mountains and the south-west
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan municipality"),           # G* (town row)
 "zintan_airport": ("airport", "LY", 31.775, 12.250, "Zintan Airport"),                 # K
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "ed1": ["سالم الجنزوري", "شارع الزاوية", "الليبية"],
 "ed2": ["مصراتي", "الليبية", "مصراتية", "المجلس العسكري مصراتة", "بركان الغضب", "السنوات الخمس", "الطرابلسية"],
 "ed3": ["الليبية", "شارع طرابلس", "المنطقة العسكرية الساحل الغربي", "تونسي", "التونسي", "من زاوية أمنية"],
 "ed4": ["زنتانية", "الليبية", "فجر ليبيا", "المغربية", "الليبي", "اتفاق الصخيرات", "وكالة المغرب العربي للأنباء",
         "المغاربية", "محمد الإدريسي"],
 "ed5": ["علي المصراتي", "حجر الزاوية", "ليبيا الأحرار", "زنتانيين", "إدريس الزنتاني", "المجلس العسكري مصراتة",
         "التركية"],
}

PHEN = {
 "ed1": ["clitics", "multiword", "person_trap", "nisba", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
 "ed2": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "coverage_crossings"],
 "ed3": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ed4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
 "ed5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
         "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ed1": [
  _m("withdraw", "reported", "GNA forces", ["الماية"], ["أبو سليم"]),
  _m("deploy", "planned", "GNA forces", [], ["الماية", "جودائم"]),
  _m("mobilise", "reported", None, [], ["الحرشة"]),
  _m("advance", "conditional", None, [], ["الماية"]),
  _m("advance", "denied", "GNA forces", ["قاعدة معيتيقة"], ["جنزور"]),
 ],
 "ed2": [
  _m("deploy", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["زليتن", "الخمس", "القره بوللي"]),
  _m("withdraw", "reported", "Misrata forces", ["تاجوراء"], ["القره بوللي"]),
  _m("airlift", "denied", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  _m("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  _m("reinforce", "conditional", "GNA forces", ["سوق الجمعة"], ["تاجوراء"]),
 ],
 "ed3": [
  _m("withdraw", "reported", "GNA forces", ["مصفاة الزاوية"], ["الحرشة"]),
  _m("redeploy", "reported", None, [], ["جودائم"]),
  _m("shipment", "reported", None, ["العجيلات"], ["الزاوية"], ["صرمان"]),
  _m("deploy", "denied", "GNA forces", ["قاعدة الوطية"], ["الزاوية"]),
  _m("deploy", "planned", "GNA forces", [], ["مصفاة الزاوية", "مجمع مليتة"]),
  _m("reinforce", "conditional", "Tunisian army", [], ["بن قردان", "الحدود مع ليبيا"]),
 ],
 "ed4": [
  _m("advance", "reported", "Zintan forces", ["الزنتان"], ["مطار طرابلس الدولي"], ["بئر الغنم", "العزيزية"]),
  _m("withdraw", "planned", "Zintan forces", ["مطار طرابلس الدولي"], ["الزنتان"]),
  _m("redeploy", "reported", "GNA forces", ["العزيزية"], ["السواني"]),
  _m("reinforce", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  _m("advance", "conditional", "Zintan forces", [], ["قصر بن غشير"]),
 ],
 "ed5": [
  _m("withdraw", "reported", "Misrata forces", ["ترهونة"], ["مصراتة"], ["مسلاتة"]),
  _m("naval_landing", "conditional", "Misrata forces", [], ["ميناء طرابلس"]),
  _m("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار الزنتان"]),
  _m("mobilise", "denied", "Zintan forces", [], ["الرياينة"]),
  _m("shipment", "planned", "Misrata forces", ["تركيا"], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "ed1": "Al-Nabaa TV (Tripoli): an SSA pull-back from the Al-Maya checkpoint to Abu Salim brokered by Janzour and Zawiya "
        "elders; a planned 444 Brigade company for Al-Maya and Judaim; Zawiya groups massing in Al-Harsha and threatening "
        "to advance on Al-Maya «إذا»; Radaa's denied column Mitiga base->Janzour. Traps: person الجنزوري, Tripoli's "
        "«شارع الزاوية». Not movement places: the stationing «لم تغادر مواقعها في سوق الجمعة وتاجوراء», the smuggling "
        "routes to the Tunisian border, the truck drivers' protest.",
 "ed2": "Al-Qabas (Kuwait): a Misrata column Misrata->Tajoura via Zliten, Al-Khums and Garabulli, half of it pulled back "
        "Tajoura->Garabulli after elders met; a denied airlift Misrata airport->Mitiga airport, a planned marine landing "
        "Misrata port->Tripoli port and Radaa's conditional reinforcement Souq al-Jumaa->Tajoura. Dateline «طرابلس "
        "الغرب»; traps «بركان الغضب», «السنوات الخمس», nisbas; the 2019 flashback «في مقدمة القتال» is not a move.",
 "ed3": "Echorouk (Algiers): a Zawiya truce brokered by its elders: the SSA branch out of the refinery gate to Al-Harsha, "
        "the rival battalion repositioned to Judaim, an ammunition shipment Al-Ajaylat->Zawiya via Surman, the Western "
        "Coast military region's denied Al-Watiya->Zawiya force, a planned oil-guard deployment at the refinery and "
        "Mellitah, and Tunisia's conditional reinforcement of Ben Gardane and the border (Ras Ajdir only in the "
        "condition). Dateline Algiers vs the country Algeria; traps «شارع طرابلس», «من زاوية أمنية».",
 "ed4": "Hespress (Rabat): a Zintan column Zintan->Tripoli International Airport via Bir al-Ghanam and Al-Aziziyah, a "
        "Warshefana elders' deal for its planned withdrawal to Zintan, a GNA battalion repositioned Al-Aziziyah->As "
        "Sawani, a denied Zintan reinforcement to Al-Aziziyah and a conditional advance on Qasr Bin Ghashir. Moroccan "
        "frame: Rabat, Bouznika, traps «اتفاق الصخيرات», «وكالة المغرب العربي للأنباء», «محمد الإدريسي», «فجر ليبيا».",
 "ed5": "Fawasel (Misrata): two Joint Force battalions Tarhuna->Misrata via Msallata after an elders' deal, a conditional "
        "sea move to Tripoli port, an oil-guard airlift Mitiga airport->Zintan airport for the Sharara pipeline valve "
        "near Ar Rayayinah, a denied Zintani build-up at Ar Rayayinah and a planned Turkish armour shipment to Misrata "
        "port. Sharara and Ar Rayayinah in the airlift sentence are purpose/locators. Traps «حجر الزاوية», «إدريس "
        "الزنتاني», «ليبيا الأحرار».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ed1", "ed2", "ed3", "ed4", "ed5")
