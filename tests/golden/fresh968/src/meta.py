# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared: the central region and the two capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين; also بوقرين, أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 # qkh1 Al-Mowaten (Tripoli)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 # qkh2 Sabq Press (Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 # qkh3 Lebanon Debate (Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),  # G (row إقليم طرابلس, alias الغرب الليبي)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, alias عكار; kind town -> district)
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # qkh4 Chouf TV (Casablanca)
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G (row أنفا, alias الدار البيضاء)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "essider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qkh5 Sama News (Tripoli)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات, alias المثلث الحدودي)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
}

TRAPS = {
 "qkh1": ["المواطن", "غرفة عمليات تحرير سرت الجفرة", "السرتي", "الليبي", "خسرت", "أسرته"],
 "qkh2": ["سبق برس", "الليبي", "إدريس العبيدي", "الجيش التشادي", "تشادي", "المنطقة العسكرية الوسطى",
          "سالم الهوني", "الليبية", "الليبيين"],
 "qkh3": ["ليبانون ديبايت", "إدريس الطرابلسي", "التركية", "السوريين", "اللبنانية",
          "اللبنانيين", "الليبية", "الليبيين"],
 "qkh4": ["شوف تيفي", "الليبي", "فرج الوداني", "روسية", "مرهون", "اللجنة العسكرية المشتركة «5+5»",
          "الليبيين", "الليبية"],
 "qkh5": ["سما", "الليبي", "الدعم السريع", "الجيش السوداني", "قوة حماية طرابلس"],
}

PHEN = {
 "qkh1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "town_vs_district", "coverage_bases", "countries"],
 "qkh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qkh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qkh4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qkh5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkh1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "GNA forces", ["الوشكة"], ["سرت"]),
 ],
 "qkh2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سوكنة", "هون"]),
  mv("deploy", "denied", "Chadian army", [], ["الجفرة"], ["الحدود مع تشاد"]),
  mv("reinforce", "conditional", "GNA forces", ["مصراته"], ["بوقرين"]),
 ],
 "qkh3": [
  mv("airlift", "reported", "Turkish armed forces", ["إزمير"], ["مطار مصراتة"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "denied", "Syrian mercenaries", ["مصراتة"], ["أبو قرين"]),
  mv("withdraw", "conditional", "GNA forces", ["الوشكة"], ["مصراتة"]),
 ],
 "qkh4": [
  mv("redeploy", "reported", "Libyan National Army", ["بن جواد"], ["هراوة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("shipment", "denied", "Russian forces", ["ميناء السدرة"], ["قاعدة القرضابية"]),
  mv("advance", "denied", "GNA forces", ["الوشكة"], ["سرت"]),
  mv("mobilise", "conditional", "GNA forces", [], ["أبوقرين"]),
 ],
 "qkh5": [
  mv("withdraw", "reported", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "denied", "Sudanese armed groups", ["نيالا"], ["الجفرة"]),
  mv("deploy", "reported", "Sudanese army", [], ["المثلث الحدودي"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["الوشكة"]),
  mv("naval_landing", "conditional", "GNA forces", ["ميناء مصراتة"], ["ميناء سرت"]),
 ],
}

NOTES = {
 "qkh1": "Tripoli's defence ministry and the LNA General Command trade statements (Al-Mowaten, dateline Tripoli): a "
         "60-vehicle LNA column Al-Jufra air base→Sirte via Waddan, which the LNA spokesman (name contains سرت) "
         "confirms as reinforcements, a planned return of part of the force from Sirte ('هناك') to Al-Jufra, an LNA "
         "claim of Misrata massing at Abu Qurayn denied by Tripoli ('مجرد شائعات'), and a conditional advance "
         "Al-Washka→Sirte ('لن تتقدم ... إلا إذا'); Geneva, Cairo and the red line 'سرت-الجفرة', Benghazi, the Sirte "
         "municipality and Libya are not movement places; Sirte also inside the operations-room name, 'خسرت', 'أسرته'.",
 "qkh2": "LNA statement read by a spokesman named Idris (Sabq Press, dateline Algiers): an airlift Benina→Al-Jufra "
         "air base, a planned deployment of two companies of the arrived units (anaphora → the base) to Sokna and Hun "
         "(Al-Jufra–Sabha road and the Hun municipality only context), Tripoli's claim of Chadian army units reaching "
         "Al-Jufra across the border with Chad denied by the Chadian general staff in N'Djamena, and a conditional "
         "reinforcement Misrata (مصراته)→Abu Qurayn (بوقرين) by a GNU commander whose name contains هون; Algiers "
         "(dateline) vs Algeria (country), Al-Rajma and Benghazi only the LNA seat.",
 "qkh3": "Tripoli's defence ministry answers (Lebanon Debate, Beirut): two Turkish military cargo planes Izmir→Misrata "
         "airport (reported), a planned Turkish navy cargo Mersin→Misrata port, a denied transfer of Syrian "
         "mercenaries Misrata→Abu Qurayn (spelled أبو قرين), and a conditional return of the battalion Al-Washka→"
         "Misrata ('بمجرد'); Tripoli in Libya vs Tripoli in Lebanon (with Akkar, northern Lebanon), the spokesman "
         "إدريس الطرابلسي, Sirte only the target of the accusation, the condition and the travel warning.",
 "qkh4": "LNA and Tripoli statements as reported from Casablanca (Chouf TV): an infantry battalion redeployed Bin "
         "Jawad→Harawa (Sirte a distance reference, Oil Crescent the purpose), marines planned by landing ship "
         "Benghazi port→Sirte port, a Tripoli claim of a Russian arms shipment Es Sider→Gardabya base denied by the "
         "LNA, Tripoli denying an advance Al-Washka→the western outskirts of Sirte and threatening to mass at Abu "
         "Qurayn 'إذا'; Bouznika, Morocco, Tunis (تونس العاصمة) and the Sirte–Jufra line are background; 'مرهون' holds "
         "هون.",
 "qkh5": "Follow-up (Sama News, dateline Tripoli): the LNA pulls the extra column Sirte→Al-Jufra air base (reported), "
         "denies an RSF airlift Nyala (Darfur)→Al-Jufra (border with Sudan closed: background), the Sudanese army's "
         "deployment in the border triangle with Libya and Egypt (reported), a planned GNU rotation of a 'قوة حماية "
         "طرابلس' battalion Tripoli→Al-Washka, and a conditional landing Misrata port→Sirte port; Ras Lanuf (distance) "
         "and the Oil Crescent are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkh1", "qkh2", "qkh3", "qkh4", "qkh5")
