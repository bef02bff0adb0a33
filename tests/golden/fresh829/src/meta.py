# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Jufra
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "sokna_mun": ("district", "LY", 29.06941, 15.78266, "Sokna municipality"),             # G* (town row)
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 # elsewhere in Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),       # G* (town row البريقة)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # abroad
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qey1": ["قورينا", "عبد السلام الهوني", "إدريس بوخريص", "روسية", "ليبيون"],
 "qey2": ["إيوان ليبيا", "مفتاح الوداني", "سودانيين", "سودانية", "سوريين"],
 "qey3": ["القدس العربي", "الفيلق الإفريقي", "زلة لسان", "الروسية", "اللبنانية"],
 "qey4": ["بوابة إفريقيا الإخبارية", "الفيلق الإفريقي", "صالح الودّاني", "دعم مالي", "السودانيون", "الروسي"],
 "qey5": ["الجريدة", "خالد الطرابلسي", "الصندوق الكويتي للتنمية", "محمد إدريس"],
}

PHEN = {
 "qey1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil"],
 "qey2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qey3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qey4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qey5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qey1": [
  mv("redeploy", "reported", "Libyan National Army", ["سرت"], ["سبها"], ["هون"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["هون"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "denied", "Russian forces", [], ["هون"]),
 ],
 "qey2": [
  mv("reinforce", "reported", "Sudanese armed groups", ["الكفرة"], ["قاعدة الجفرة الجوية"], ["زلة"]),
  mv("deploy", "planned", "Libyan National Army", ["هون"], ["ودان"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الفقهاء"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار بنينا"], ["قاعدة الجفرة الجوية"]),
 ],
 "qey3": [
  mv("shipment", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"], ["سوكنه"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["سوكنة"], ["الشويرف"]),
  mv("advance", "denied", "Misrata forces", ["بوقرين"], ["الجفرة"]),
 ],
 "qey4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("reinforce", "planned", "Libyan National Army", ["بنغازي"], ["قاعدة الجفرة الجوية"], ["اجدابيا", "زلة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["ودان"], ["الحدود مع السودان"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء راس لانوف"]),
  mv("deploy", "denied", "Russian forces", ["ميناء راس لانوف"], ["الجفرة"]),
 ],
 "qey5": [
  mv("mobilise", "reported", "Libyan National Army", [], ["ودان"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["إدري"], ["براك"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["هون"]),
  mv("withdraw", "denied", "Libyan National Army", ["سوكنة"], ["سرت"]),
 ],
}

NOTES = {
 "qey1": "Hun power cuts (Quryna): an LNA column Sirte→Sabha through Hun's main street at night (redeploy, via Hun); a "
         "planned ammunition shipment Jufra air base→Brak air base; the gate company's conditional return Hun→'the base' "
         "(= Jufra air base) 'once the Jufra security directorate takes over'; a denied Russian deployment inside Hun's "
         "power station. Sirte (2nd: power line), Brega port (fuel), Waddan, Sokna, Hun airport, Tripoli, Benghazi "
         "(patient flights) and the south are not movement places; the mayor Idris Bukhris and al-Houni are traps.",
 "qey2": "Waddan residents vs heavy vehicles (Ewan Libya): Sudanese fighters Kufra→Jufra air base via Zillah (reported; "
         "Kufra's 2nd mention and the border with Sudan only a distance reference); a planned company from Hun to "
         "Waddan's eastern entrance ('المدينة' = Waddan); a conditional LNA pull-out from around Al-Fuqaha; a denied "
         "airlift of Syrian mercenaries Benina airport→'the base' (= Jufra air base; its 1st mention there is the "
         "speaker's place). Egypt, the Amsaad crossing and Tunis (goods, patients) are not movement places.",
 "qey3": "Sokna and the Russian trucks (Al-Quds Al-Arabi, Tripoli): air-defence trucks Jufra air base→Tamanhint base "
         "via Sokna (written سوكنه; Fezzan only locates the base); a Russian landing ship unloading at Tobruk port "
         "(reported by Western reports); a planned cargo flight Al-Khadim base→Jufra air base; the Sokna battalion's "
         "conditional advance to Ash Shwayrif if GNA forces move from Bani Walid (condition only); Misrata's denied "
         "advance Abu Qurayn (بوقرين)→Al Jufra. Tripoli twice Libyan (dateline, Russian embassy), once Lebanese.",
 "qey4": "The Jufra air base and its neighbours (Afrigate News): three Africa Corps Il-76s Jufra air base ('القاعدة')→"
         "Bamako; a planned LNA battalion Benghazi→the base via Ajdabiya and Zillah; Sudanese fighters' conditional "
         "departure from near Waddan toward the border with Sudan; a denied landing of Russian troops at Ras Lanuf "
         "port and their transfer to Al Jufra (two denied moves). Mali (country of Bamako), the Oil Crescent, Hun "
         "and 'دعم مالي' (trap) are not movement places.",
 "qey5": "Jufra diary (Al-Jarida, Tunis): the LNA's massing of 70 vehicles around Waddan (reported); part of it to move "
         "Jufra air base→Idri via Brak (planned; Wadi al-Shati only the purpose); conditional massing inside Hun if "
         "protests spread; a denied pull-back Sokna→Sirte. Tunis (dateline) vs Tunisia (patients via Ras Ajdir), "
         "Kuwait (loan) and Tripoli (distance) are not movement places; Khaled al-Trabelsi and Mohamed Idris are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qey1", "qey2", "qey3", "qey4", "qey5")
