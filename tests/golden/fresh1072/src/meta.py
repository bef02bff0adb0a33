# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label or spelling (listed in the README). No row comes from own knowledge.
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                                  # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                                  # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                  # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية, written الحدود مع النيجر)
 "kazakhstan": ("country", "KZ", 48.01103, 66.32510, "Kazakhstan"),                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                   # G* (row رياض, written الرياض)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                     # G
 "tashkent": ("city", "UZ", 41.26465, 69.21627, "Tashkent"),                               # G
 "trieste": ("city", "IT", 45.64953, 13.77678, "Trieste"),                                 # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                                 # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                 # G
 # Libya: west and Fezzan
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                   # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"), # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G* (row مجمع مليتة, written مليتة)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G (also written مصراته)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),                # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                           # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G (also bare الشرارة)
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 # Libya: Gulf of Sirte, the oil crescent and the east
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                      # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                             # G
 "es_sider_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G* (row راس لانوف, written ميناء راس لانوف and رأس لانوف)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),          # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Zueitina"),                               # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),         # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G (also written اجدابيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),              # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                     # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                   # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                     # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
}

TRAPS = {
 "qoi1": ["بوابة الطاقة", "شركة أكاكوس للعمليات النفطية", "شركة مليتة للنفط والغاز", "خام الشرارة", "القوة القاهرة",
          "اللواء طارق بن زياد", "حرس المنشآت النفطية", "الليبي", "المصرية"],
 "qoi2": ["تبادل", "البريقة لتسويق النفط", "الجيش الوطني الليبي", "المجلس العسكري مصراتة", "مصرف ليبيا المركزي",
          "ناصر السبهاوي"],
 "qoi3": ["فورتشن العربية", "الجيش الوطني الليبي", "الليبي", "حرس المنشآت النفطية", "خام السدرة",
          "شركة راس لانوف لتصنيع النفط والغاز", "شركة الهروج للعمليات النفطية", "روسية", "خليجيين", "مصرفي"],
 "qoi4": ["وكالة أنباء أوزبكستان", "القوة القاهرة", "حرس المنشآت النفطية", "الجيش الوطني الليبي", "ليبية",
          "الليبية", "الإيطالية", "التركية", "أتراك"],
 "qoi5": ["النقابة العامة للنفط", "شركة الخليج العربي للنفط", "الجيش الوطني الليبي", "حرس المنشآت النفطية",
          "مفتاح الأوجلي"],
}

PHEN = {
 "qoi1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "coverage_oil", "coverage_neighbours", "countries"],
 "qoi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qoi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qoi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qoi5": ["clitics", "multiword", "operation_trap", "person_trap", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qoi1": [
  mv("deploy", "reported", None, ["أوباري"], ["حقل الشرارة"]),
  mv("redeploy", "planned", None, ["الشرارة"], ["حقل الفيل"]),
  mv("withdraw", "denied", None, ["حقل الفيل"], ["مرزق"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["أوباري"]),
 ],
 "qoi2": [
  mv("deploy", "reported", "Libyan National Army", ["الشويرف"], ["سبها"]),
  mv("shipment", "denied", None, [], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", [], ["براك", "أوباري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["أوباري"]),
  mv("deploy", "denied", "Misrata forces", ["مصراته"], ["بني وليد"]),
 ],
 "qoi3": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["ميناء السدرة"]),
  mv("redeploy", "planned", None, ["البريقة"], ["ميناء الزويتينة"]),
  mv("deploy", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["رأس لانوف"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["ميناء راس لانوف"]),
 ],
 "qoi4": [
  mv("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["ميناء الزويتينة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["جالو"]),
  mv("withdraw", "conditional", None, ["الزويتينة"], ["أجدابيا"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "qoi5": [
  mv("reinforce", "reported", "Libyan National Army", ["جالو"], ["حقل مسلة"]),
  mv("redeploy", "planned", None, ["حقل السرير"], ["حقل مسلة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل مسلة"], ["جالو"]),
  mv("mobilise", "denied", None, [], ["أوجلة"]),
 ],
}

NOTES = {
 "qoi1": "Egyptian energy-news site (Taqa Gate, byline only) on the Sharara restart after a nine-day protest shutdown: a "
         "PFG company Ubari→Sharara field (reported, actor null), a second PFG company Sharara→El Feel field (planned "
         "redeploy), a denied PFG pull-out El Feel field→Murzuq, and the Tariq bin Ziyad brigade's conditional advance "
         "Sabha→Ubari («لن تتحرك ... إلا إذا»); the headline «يعود إلى الشرارة» repeats the body move; the pipeline to "
         "the Zawiya refinery, the protesters from Ubari and Wadi al-Hayat, Tripoli's government, Cairo (government, "
         "written as its capital) and the tanker Zawiya→Italy are not movements; «القوة القاهرة» (force majeure) holds "
         "Cairo, «خام الشرارة» is a crude grade, Akakus and Mellitah are inside company names.",
 "qoi2": "Libyan economy site (Tabadul, Tripoli) on fuel convoys to the south: 120 Brega Marketing trucks from the "
         "Misrata and Zawiya depots to Sabha, Ubari and Ghat via Bani Walid and Ash Shwayrif (civilian, no move); an LNA "
         "unit escorting the convoys Ash Shwayrif→Sabha (deploy reported), the denied claim that trucks carried "
         "ammunition to Sabha (shipment denied, actor null), planned LNA checkpoints at Brak and Ubari, a conditional "
         "reinforcement Brak→Ubari, and the Misrata Military Council's denied force Misrata (written مصراته)→Bani Walid; "
         "the headline repeats the escort; petrol tankers from Italy, Malta and Greece to Tripoli port, smuggling to "
         "Niger and Chad, Fezzan and Tripoli as government are not movement places.",
 "qoi3": "Gulf business magazine (Fortune Arabia, Riyadh) on record oil-crescent exports: tankers loading at Es Sider "
         "and Ras Lanuf for Italy, Spain and China and an LNG tanker at Brega port (civilian); an LNA battalion Sirte→Es "
         "Sider port (reinforce reported), a PFG company Brega→Zueitina port (planned redeploy, actor null), LNA navy "
         "boats Benghazi port→off Ras Lanuf only if an unlicensed tanker approaches (conditional deploy), and Moscow's "
         "denial of Russian personnel Jufra air base→Ras Lanuf port; protesters of Bin Jawad, Tripoli's approval, a "
         "Dubai banker and Zueitina's 2025 closure are not movement places; Ras Lanuf and Haruj are inside company "
         "names, Es Sider inside a crude grade.",
 "qoi4": "International agency's Arabic service (UzA, Tashkent dateline) on Zueitina force majeure and Brent: LNA units "
         "Ajdabiya (written اجدابيا)→Zueitina port (deploy reported), a planned LNA transport flight Benina air "
         "base→Jalu, striking PFG guards' conditional departure Zueitina→Ajdabiya (withdraw, actor null) and Turkey's "
         "denied troop landing at Misrata port; the tankers bound for Trieste and Augusta in Sicily, Benghazi as a "
         "distance reference, the Gulf of Sirte, Kazakhstan (OPEC+) and Libya as exporter are not movement places; the "
         "agency name holds Uzbekistan and «القوة القاهرة» holds Cairo.",
 "qoi5": "Libyan oil workers' union page (General Oil Union statement) on a sit-in at the Messla field: LNA "
         "reinforcements Jalu→Messla field (reported), a PFG company Sarir field→Messla field (planned redeploy), the LNA "
         "unit's conditional return from the field to Jalu («لن تعود ... إلا إذا», withdraw) and a denied massing of "
         "gunmen in Awjila (mobilise, actor null); pumping to Hariga terminal in Tobruk, workers' buses from Ajdabiya, "
         "staff flights Benina airport→Sarir field, a threatened strike «من طبرق إلى مليتة» and the closing place line "
         "Benghazi are not movements; "
         "«مفتاح الأوجلي» is a person, «شركة الخليج العربي للنفط» a company.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoi1", "qoi2", "qoi3", "qoi4", "qoi5")
