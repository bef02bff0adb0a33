# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 # foreign cities / places
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "sidi_barrani_base": ("base", "EG", 31.61083, 25.92556, "Sidi Barrani Air Base"),       # G* (town row سيدي براني)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 # Sirte-Jufra front and the Oil Crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (city row)
 "jufra": ("district", "LY", 29.13, 16.05, "Al Jufra"),                                  # K (README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                             # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                           # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "rlanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G
 "rlanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),            # G* (row راس لانوف)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.367, 15.217, "Misrata port (Qasr Ahmed)"),        # K
 # Tripoli and its southern axes
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "south_tripoli": ("region", "LY", 32.78, 13.22, "Southern Tripoli"),                    # K
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "salahaldin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),             # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.185, "Port of Tripoli"),                  # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 # the southern axis (Gharyan-Mizda) and the west
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),             # G* (town row)
 "asaba": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"

MOVES = {
 "ca1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "reported", MIS, ["مصراتة"], ["أبو قرين"]),
  mv("redeploy", "planned", LNA, [], ["سرت", "الجفرة"]),
  mv("withdraw", "denied", LNA, ["قاعدة القرضابية"], ["الجفرة"]),
  mv("advance", "conditional", "Egyptian army", ["الحدود مع ليبيا"], ["سرت", "الجفرة"]),
 ],
 "ca2": [
  mv("redeploy", "reported", GNA, ["معسكر اليرموك", "صلاح الدين"], ["عين زارة"]),
  mv("reinforce", "reported", MIS, ["مصراتة"], ["عين زارة"], ["تاجوراء"]),
  mv("withdraw", "conditional", MIS, ["عين زارة"], ["مصراتة"]),
  mv("shipment", "planned", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار معيتيقة"]),
 ],
 "ca3": [
  mv("withdraw", "reported", LNA, ["سرت"], ["النوفلية"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("redeploy", "planned", LNA, ["الجفرة"], ["بن جواد"]),
  mv("advance", "conditional", LNA, [], ["الوشكة", "أبوقرين"]),
  mv("deploy", "denied", "Wagner Group", [], ["الهلال النفطي"]),
 ],
 "ca4": [
  mv("redeploy", "reported", GNA, ["معبر راس اجدير", "الحدود مع تونس"], ["مزدة", "الأصابعة"]),
  mv("mobilise", "reported", LNA, ["الجفرة"], ["الشويرف"]),
  mv("advance", "reported", LNA, ["الشويرف"], ["غريان"]),
  mv("advance", "planned", LNA, ["الشويرف"], ["مزدة"]),
  mv("withdraw", "conditional", GNA, ["غريان"], []),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["غريان"]),
 ],
 "ca5": [
  mv("withdraw", "reported", MIS, ["الوشكة"], ["أبو قرين"]),
  mv("shipment", "reported", MIS, ["مصراتة"], ["أبو قرين"]),
  mv("deploy", "planned", None, [], ["الوشكة", "بويرات الحسون"]),
  mv("advance", "conditional", MIS, [], ["الوشكة"]),
  mv("naval_landing", "denied", MIS, ["ميناء مصراتة"], ["سرت"]),
 ],
}

TRAPS = {
 "ca1": ["الجيش الليبي", "العين الإخبارية", "الجيش الوطني الليبي", "المحور الجنوبي", "خطوط التماس", "لا أدري"],
 "ca2": ["TRT عربي", "عملية بركان الغضب", "منطقة عازلة", "خطوط التماس", "وزارة الدفاع التركية", "دعم مالي"],
 "ca3": ["المنطقة العازلة", "المرصد", "القوات المسلحة العربية الليبية", "الإدريسي", "اللواء طارق بن زياد المعزز",
         "مجموعة فاغنر الروسية"],
 "ca4": ["المحور الجنوبي", "أصوات مغاربية", "المنطقة العسكرية الغربية", "الجيش الوطني الليبي", "الصادق الغرياني",
         "التونسي", "الليبيين"],
 "ca5": ["المنطقة العازلة", "الحرة", "خطوط التماس", "غرفة عمليات سرت الجفرة", "شارع طرابلس", "السنوات الخمس"],
}

PHEN = {
 "ca1": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ca2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "ca3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_oil"],
 "ca4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ca5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_crossings", "countries"],
}

NOTES = {
 "ca1": "Al-Ain News style, Sirte: LNA column Jufra base→the lines west of Sirte via Waddan and an air bridge Benina→Jufra "
        "base (reported); Misrata forces massing at Abu Qurayn («محور أبوقرين», reported); a battalion from «المحور "
        "الجنوبي» (no place) to the Sirte–Jufra front (planned, destinations both ends of the front); a withdrawal "
        "Gardabiya→Jufra denied («لا صحة لأي انسحاب»); Egyptian units on the border with Libya to Sirte and Jufra "
        "(conditional «إذا تجاوزت»). Sidi Barrani (speech venue), Benghazi (locator), Ras Lanuf/Brega are not movement places.",
 "ca2": "TRT Arabic style, Tripoli: a GNA company from the Yarmouk camp on the Salah al-Din axis to the Ain Zara axis "
        "(reported, origin camp + axis); Misrata reinforcements to Ain Zara via Tajura (reported); the same force to "
        "return Ain Zara→Misrata «فور التزام…» (conditional); Turkish armoured vehicles due at Tripoli port (planned "
        "shipment); Syrian fighters flown Turkey→Mitiga denied. «محاور القتال جنوب طرابلس» is the region جنوب طرابلس; "
        "the airport road and Ankara/Tripoli (MoU parties) are not movement places.",
 "ca3": "Al-Marsad style, Benghazi: LNA heavy artillery pulled back from the lines west of Sirte to Nofaliya (reported); "
        "marines landed at Ras Lanuf port from Benghazi (reported); two battalions Jufra→the Bin Jawad axis (planned); "
        "return to the Al-Washka and Abu Qurayn axes «إذا تحركت…» (conditional; the Misrata move towards Sirte in the "
        "condition is not a movement); Wagner in the Oil Crescent denied. The buffer zone's extent (Buwairat al-Hassoun, "
        "Gardabiya) and Geneva are not movement places.",
 "ca4": "Maghreb Voices style, Gharyan: GNA units from near the Ras Ajdir crossing (headline: the border with Tunisia) to "
        "«المحور الجنوبي» = Mizda and Al-Asaba (reported); LNA massing at Ash Shwayrif from Jufra (reported); the April "
        "2019 LNA advance Ash Shwayrif→Gharyan (reported flashback); a claimed intention to advance Ash Shwayrif→Mizda "
        "(planned); «لن تنسحب من غريان إلا إذا» (conditional); Zintan denies sending fighters to Gharyan. Tunis, Tunisia, "
        "Algeria, Libya and southern Tunisia (displaced civilians) are not movement places.",
 "ca5": "Alhurra style, Misrata: Misrata battalions pull tanks back from the Al-Washka axis to Abu Qurayn (reported); "
        "ammunition trucks Misrata→Abu Qurayn (reported shipment); joint monitors to the buffer zone between Al-Washka "
        "and Buwairat al-Hassoun (planned, actor null); «ستعود إلى الوشكة … إذا» (conditional); a naval landing near "
        "Sirte from Misrata port denied. Tunis (where the deal was signed), Tripoli (the staff) and «شارع طرابلس» "
        "(a Misrata street, trap) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ca1", "ca2", "ca3", "ca4", "ca5")
