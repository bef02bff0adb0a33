# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Gulf and other capitals/cities (datelines, studios, background)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G (row gn:285787)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G (row رياض)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Sirte and the Abu Qurayn–Al-Washka line
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),          # G* (city row)
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين; names_ar also أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "central_libya": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                # G
 # Jufra
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: point near Hun, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # East: Benghazi and the Oil Crescent
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (qlx1 written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G (row راس لانوف)
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G (row ميناء السدرة, written bare)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "qlx1": ["تلفزيون الكويت", "الجيش الوطني الليبي", "الفيلق الإفريقي", "الكويتي", "انحسرت", "الليبية"],
 "qlx2": ["تلفزيون قطر", "محمود السرتاوي", "البنيان المرصوص", "بركان الغضب", "تركية", "الليبي"],
 "qlx3": ["قناة أبوظبي", "عز الدين الهوني", "مرهون", "سودانيين", "فاغنر", "الفيلق الإفريقي", "الروسية", "الليبي"],
 "qlx4": ["القناة السعودية الأولى", "طارق بن زياد", "البرق الخاطف", "المصري", "تركية", "السعودي", "الليبي"],
 "qlx5": ["تلفزيون دبي", "غرفة عمليات تأمين وحماية سرت الجفرة", "إبراهيم الزليتني", "السوريين", "تركية",
          "الليبية"],
}

PHEN = {
 "qlx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qlx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "countries"],
 "qlx3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases"],
 "qlx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlx5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "town_vs_district", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlx1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا", "بن جواد"]),
  mv("withdraw", "planned", "Libyan National Army", ["الوشكة"], ["قاعدة القرضابية"]),
  mv("withdraw", "planned", "GNA forces", ["الوشكة"], ["أبوقرين"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
 ],
 "qlx2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"], ["تاورغاء", "الهيشة"]),
  mv("shipment", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"]),
  mv("advance", "reported", "Libyan National Army", ["سرت"], ["بويرات الحسون"]),
  mv("advance", "conditional", "Misrata forces", ["أبو قرين"], ["الوشكة"]),
  mv("withdraw", "planned", "Misrata forces", ["أبو قرين"], ["مصراتة"]),
  mv("airlift", "denied", "Turkish armed forces", ["تركيا"], ["مطار مصراتة"]),
 ],
 "qlx3": [
  mv("redeploy", "reported", "Libyan National Army", ["هون"], ["سرت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سوكنة"]),
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سوكنة"], ["ودان"]),
  mv("withdraw", "planned", "Foreign fighters", ["قاعدة الجفرة الجوية"], [], ["مطار بنينا"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الكفرة"], ["الجفرة"]),
 ],
 "qlx4": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["راس لانوف", "بن جواد"]),
  mv("shipment", "planned", "Libyan National Army", ["البريقة"], ["سرت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["راس لانوف", "بن جواد"], ["أجدابيا"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الجفرة الجوية"]),
 ],
 "qlx5": [
  mv("deploy", "planned", None, ["سرت", "مصراتة"], ["الوشكة"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["مصراتة"], ["زليتن"]),
  mv("redeploy", "planned", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("withdraw", "conditional", "Misrata forces", ["أبوقرين"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["مرسين"], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "qlx1": "Kuwait TV evening bulletin (dateline Kuwait City, the capital, not the country; the outlet name holds "
         "الكويت and the nisba الكويتي too) with a Benghazi correspondent: an LNA column Benghazi→Sirte via Ajdabiya "
         "(spelt اجدابيا) and Bin Jawad, the 5+5 deal's two planned pull-backs from Al-Washka (LNA to Gardabiya base, "
         "GNU chief-of-staff forces to Abu Qurayn), the LNA's conditional advance Sirte→Abu Qurayn and a denied Russian "
         "(Africa Corps) airlift Jufra air base→Gardabiya; Benghazi as the correspondent's place, Sirte as the signing "
         "venue, Geneva, Cairo (the «red line»), the Sirte–Jufra line, Turkey and Russia are not movement places; "
         "«انحسرت» holds سرت.",
 "qlx2": "Qatar TV (dateline Doha, studio guest in Doha) with a Misrata correspondent: a Misrata column Misrata→Abu "
         "Qurayn (written أبو قرين) via Tawergha and Al-Hisha, ammunition and fuel trucks Misrata→Abu Qurayn, an LNA "
         "push Sirte→Buwairat al-Hassoun, the Misrata commander's conditional advance Abu Qurayn→Al-Washka, the "
         "planned heavy-artillery pull-back Abu Qurayn→Misrata and a denied Turkish cargo flight Turkey→Misrata airport; "
         "Tripoli (the ministry), Ankara and the 2016/2020 background are not movement places; the analyst "
         "«محمود السرتاوي» holds سرت.",
 "qlx3": "Abu Dhabi TV (dateline Benghazi, the correspondent's city) on Al-Jufra: two LNA battalions Hun→Sirte, units "
         "massing in Sokna, two Il-76s Al Khadim base→Jufra air base (actor null, cargo unknown), a conditional move "
         "Sokna→Waddan, the planned first exit of foreign fighters from Jufra air base via Benina airport and Sudanese "
         "fighters Kufra→Al-Jufra denied by the Waddan mayor; «مرهون» (contingent) and «عز الدين الهوني» hold هون, «سودانيين» holds "
         "ودان; Sabha and the Oil Crescent (the analyst's roads), Central Libya and Jufra in a condition are no moves.",
 "qlx4": "Saudi TV Channel One (dateline Riyadh) with a Benghazi correspondent: an LNA landing ship Benghazi port→Sirte "
         "port, Tariq bin Ziyad units massing in Ras Lanuf and Bin Jawad, a planned fuel-and-ammunition convoy Brega→"
         "Sirte, their conditional return to barracks in Ajdabiya («بمجرد» — Misrata's pull-out from Abu Qurayn is only "
         "the condition) and Egyptian units at Jufra air base denied by Egypt's military spokesman; the Oil Crescent, "
         "Gulf of Sirte ports and the 2016 «البرق الخاطف» background are not moves.",
 "qlx5": "Dubai TV (dateline Misrata, studio in Dubai): a planned 5+5 joint separation force from Sirte and Misrata "
         "to Al-Washka (actor null), a GNU chief-of-staff column Tripoli→Misrata via Zliten and its planned move on to "
         "Abu Qurayn, the Misrata operations room's conditional pull-out from Abu Qurayn (Buwairat al-Hassoun only in "
         "the condition) and a denied landing of Syrian mercenaries Mersin→Misrata port; the operations room's name "
         "holds سرت and الجفرة, the analyst «إبراهيم الزليتني» holds زليتن; Tunis (the committee's meeting venue, the "
         "capital) and the Sirte municipality (its mayor) are no moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlx1", "qlx2", "qlx3", "qlx4", "qlx5")
