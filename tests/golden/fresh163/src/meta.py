# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_dz": ("region", "DZ", 28.50000, 9.70000, "Algeria-Libya border (Algerian side)"),  # K (representative point)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # Tripoli and its southern suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "wadi_rabie": ("town", "LY", 32.80000, 13.32000, "Wadi al-Rabi"),                      # K (gazetteer row sits on Tripoli centre)
 "salah_din": ("town", "LY", 32.83500, 13.20500, "Salah al-Din (Tripoli)"),             # K (gazetteer row sits on Tripoli centre)
 "khallat_furjan": ("town", "LY", 32.78000, 13.17000, "Khallat al-Furjan"),             # K (not in gazetteer)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                         # G (row point = Tripoli centre)
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                     # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),# G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18500, "Port of Tripoli"),               # K (not in gazetteer)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 # Zawiya
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77200, 12.70000, "Zawiya refinery"),         # K (not in gazetteer)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 # Gharyan, the Jafara plain and the western mountain
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "qawasim": ("town", "LY", 32.18418, 13.06045, "Al Qawasim"),                           # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jabal_gharbi": ("region", "LY", 32.00000, 12.60000, "Western Mountain (Jabal Nafusa)"), # K (representative point)
 "warshefana": ("region", "LY", 32.60000, 12.95000, "Warshefana"),                      # K (representative point)
 # Tarhuna, Bani Walid and the east
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "khums_port": ("crossing", "LY", 32.65500, 14.27500, "Port of Al Khums"),               # K (not in gazetteer)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12000, 15.95000, "Al Jufra"),                           # K (area point near Hun)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
}

TRAPS = {
 "fi1": ["الميادين نت", "شارع الزاوية", "سالم الترهوني", "الليبية"],
 "fi2": ["اليوم السابع", "الإدريسى", "الصرمانى", "حشرت أهالى المدينة فى الزاوية", "الهلال الأحمر", "ليبى", "مصرى"],
 "fi3": ["المنارة للإعلام", "محمد الغرياني", "المنطقة العسكرية الغربية", "ما ادري"],
 "fi4": ["قورينا", "الكانيات", "ترهونية", "الحكومة الليبية"],
 "fi5": ["سبوتنيك", "قوة حماية طرابلس", "الخارجية الروسية", "الأطراف الليبية"],
}

PHEN = {
 "fi1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "fi2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fi3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "ambiguity_idri",
         "town_vs_district", "vague_area", "coverage_bases"],
 "fi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district",
         "coverage_bases", "coverage_crossings"],
 "fi5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fi1": [
  mv("reinforce", "reported", "GNA forces", ["معسكر التكبالي"], ["صلاح الدين", "عين زارة"]),
  mv("redeploy", "reported", "GNA forces", ["خلة الفرجان"], ["وادي الربيع"]),
  mv("advance", "denied", "Libyan National Army", ["بنى وليد"], ["قصر بن غشير"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["غريان"]),
  mv("advance", "denied", "Misrata forces", ["مصراته"], ["السواني"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار طرابلس الدولي"]),
 ],
 "fi2": [
  mv("deploy", "reported", "GNA forces", ["جنزور"], ["مصفاة الزاوية", "الزاوية"], ["الماية"]),
  mv("redeploy", "denied", None, ["الحرشة"], ["جودائم"]),
  mv("mobilise", "conditional", None, [], ["الحرشة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["صرمان"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"], ["جنزور"]),
 ],
 "fi3": [
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["مزدة"]),
  mv("shipment", "denied", "GNA forces", ["مصراتة"], ["غريان"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("deploy", "planned", "GNA forces", [], ["ككلة"]),
  mv("withdraw", "reported", "Libyan National Army", ["غريان"], ["ترهونة"]),
 ],
 "fi4": [
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["ترهونه"], ["مسلاتة"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء الخمس"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["بني وليد"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("withdraw", "planned", "GNA forces", [], ["طرابلس"]),
  mv("shipment", "planned", "GNA forces", ["معسكر التكبالي"], ["ترهونة"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة بنينا"], ["مطار بني وليد"]),
  mv("withdraw", "reported", None, ["ترهونة"], ["الجفرة"]),
 ],
 "fi5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ورشفانة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("airlift", "denied", "GNA forces", ["تركيا"], ["مطار معيتيقة"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "GNA forces", [], ["السواني", "قصر بن غشير"]),
  mv("advance", "conditional", None, ["الزاوية"], ["جنزور"]),
  mv("reinforce", "reported", "Algerian army", [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "fi1": "Al-Mayadeen Net style, Tripoli: the two governments trade blame over the southern suburbs. A GNA "
        "reinforcement Tekbali camp→Salah al-Din/Ain Zara and a 444 Brigade redeploy Khallat al-Furjan→Wadi al-Rabi "
        "(reported); a GNU claim of Haftar-aligned groups Bani Walid→Qasr Bin Ghashir denied by the General Command "
        "(written قصربن غشير in the denial); the LNA's «لن تتحرك … إلا إذا» Jufra air base→Gharyan (conditional); the "
        "eastern interior minister's «زعم» of Misrata battalions at Al-Sawani denied by the GNU (Tarhuna only the "
        "alleged purpose); a planned military-police company near Tripoli International Airport. Not moves: families "
        "leaving for the centre, the UNSMIL meeting in Tunis. Traps: شارع الزاوية (a Tripoli street), the MP الترهوني, "
        "the outlet, الليبية.",
 "fi2": "Youm7 style (Egyptian spelling ى/فى), Zawiya: an MP's accusation that the GNU's column went Janzour→the Zawiya "
        "refinery via Al-Maya, confirmed by the ministry (reported, one move told twice); the ministry's counter-claim "
        "that a Harsha group moved fighters to Judaim, denied by its commander (redeploy), who threatens to mass "
        "fighters in Al-Harsha «إذا» (conditional mobilise); a planned company Tripoli→Surman; the force's withdrawal "
        "Zawiya→Janzour «فور التزام الأطراف» (conditional). Fuel smuggling towards the border with Tunisia through Ras "
        "Ajdir is not a movement. Traps: the byline الإدريسى, the MP الصرمانى (contains صرمان), «حشرت أهالى المدينة فى "
        "الزاوية» (the idiom 'cornered'), الهلال الأحمر, ليبى/مصرى nisbas; Cairo is a speaker only.",
 "fi3": "Al-Manara Media style, Gharyan: the GNU's western commander accuses the LNA of a column Ash Shwayrif→Mizda "
        "(denied «عارية عن الصحة») while the LNA threatens the same route «إذا» (conditional, origin via «تلك "
        "الوحدات») and counter-accuses Tripoli of an ammunition-and-drone shipment Misrata→Gharyan (denied); a reported "
        "GNA reinforcement Tripoli→Gharyan via Al-Aziziyah (Al-Qawasim only a road locator); an MP's claim of Zintan "
        "groups at Al-Asabaa denied in Zintan; a promised company for Kikla (planned); the June 2019 LNA pull-out "
        "Gharyan→Tarhuna (reported flashback). Metonymic الرجمة (headline) is gold; بلدية غريان is the district; traps: "
        "the MP الغرياني, the command name المنطقة العسكرية الغربية, «ما ادري», the outlet.",
 "fi4": "Quryna style, Benghazi: the eastern government blames the GNU for Misrata columns into Tarhuna via Msallata "
        "and a sea landing from Misrata at Al-Khums port (both denied: «لا علاقة لمصراتة بها»); the GNU says the 444 "
        "Brigade came Tripoli→Tarhuna via Qasr Bin Ghashir (reported), will return to Tripoli after the results "
        "(planned, time-bound, no origin written) and will be supplied Tekbali camp→Tarhuna meanwhile (planned "
        "shipment); the LNA's «قد تدفع … إذا» Sirte→Bani Walid (conditional); the GNU's claim of a Kaniyat airlift "
        "Benina→Bani Walid airport denied from Al-Rajma; the 2020 pull-out Tarhuna→Jufra by unnamed forces (reported "
        "flashback, actor null). Variant ترهونه; بلدية ترهونة is the district; traps: the outlet قورينا (Cyrene), "
        "الكانيات, ترهونية, الحكومة الليبية.",
 "fi5": "Sputnik Arabic style, Tripoli round-up: a Presidential Council force Tripoli→Warshefana (reported); a State "
        "Council member's claim of Zintan forces massing on the edge of Al-Aziziyah, denied (mobilise); the eastern "
        "government's claims of a cargo plane with armour from Turkey at Mitiga and a landing of Misrata fighters at "
        "Tripoli port, both denied by the GNU; a planned neutral force for Al-Sawani and Qasr Bin Ghashir; a Zawiya "
        "commander's threat to march on Janzour «إذا» (conditional, actor null); the Algerian army reinforcing the "
        "border with Libya (reported). The Aziziyah–Gharyan road, the Zawiya refinery (threatened closure), Benghazi, "
        "Tarhuna and Moscow are not movement places; traps: قوة حماية طرابلس, the outlet, الروسية/الليبية nisbas.",
}


# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fi1", "fi2", "fi3", "fi4", "fi5")
