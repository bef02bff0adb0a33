# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (row قاعدة الجفرة الجوية)
 # qck1 the 5+5 field visit west of Sirte (Al-Wafd)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (row قاعدة القرضابية)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hurghada": ("city", "EG", 27.25738, 33.81291, "Hurghada"),                            # G* (row غردقه, written الغردقة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun row: README point near Hun/Waddan)
 # qck2 the Nafusa truce, the Gharyan exchange and the Tunisian border (TAP)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G (region row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al-Ghanam"),                      # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "border_tn_side": ("region", "TN", 32.60, 11.00, "Tunisia-Libya border (Tunisian side)"),  # K
 # qck3 Sudanese detainees and fighters leaving Kufra (SUNA)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "border_sd_side": ("region", "SD", 20.8, 25.6, "Sudan-Libya border (Sudanese side)"),  # K
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                   # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 # qck4 two Lebanese freed in the Ash Shwayrif exchange (Ad-Diyar)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar))
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 # qck5 foreign fighters leaving under 5+5 monitoring (Al-Madina)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),               # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "qck1": ["الوفد", "لواء المحجوب", "سالم الهوني", "إدريس الشلوي", "الجيش الوطني الليبي", "المصرية"],
 "qck2": ["وكالة تونس إفريقيا للأنباء", "محمد الزنتاني", "الجيش التونسي", "الجانب التونسي", "الليبية"],
 "qck3": ["سونا", "وكالة السودان للأنباء", "كتيبة سبل السلام", "الجيش الوطني الليبي", "القيادة العامة للجيش الليبي", "الدارفورية",
          "السودانية", "السودانيين", "الليبية"],
 "qck4": ["الديار", "إدريس الفيتوري", "الفيلق الأفريقي", "الجيش الوطني الليبي", "الأمن العام اللبناني", "اللبنانية",
          "لبنانيان", "لبنانيين", "الليبية"],
 "qck5": ["المدينة", "مصطفى الطرابلسي", "العجز المالي", "زلة إعلامية", "الأيام الخمسة", "الفيلق الأفريقي", "القوات التركية",
          "السوريين"],
}

PHEN = {
 "qck1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "qck2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qck3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qck4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "countries"],
 "qck5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qck1": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["أبو قرين"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("shipment", "denied", "Libyan National Army", ["هون"], ["سرت"]),
 ],
 "qck2": [
  mv("withdraw", "reported", "Zintan forces", ["ككلة"], ["الزنتان"]),
  mv("redeploy", "reported", "GNA forces", ["ككلة"], ["بئر الغنم"]),
  mv("deploy", "planned", "GNA forces", [], ["ككلة"]),
  mv("mobilise", "denied", "GNA forces", [], ["الزاوية"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qck3": [
  mv("withdraw", "reported", "Sudanese armed groups", ["الكفرة"], ["دنقلا"], ["مثلث العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["مثلث العوينات"]),
  mv("airlift", "planned", "Sudanese armed groups", ["مطار الكفرة"], ["دنقلا"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"]),
 ],
 "qck4": [
  mv("withdraw", "reported", "GNA forces", ["الشويرف"], ["مزدة"]),
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["الشويرف"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["الشويرف"], ["بني وليد"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
 ],
 "qck5": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["تركيا"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["قاعدة الوطية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الخادم"], ["مالي"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "denied", "Libyan National Army", ["ودان"], ["زلة"]),
  mv("naval_landing", "denied", "Libyan National Army", ["بنغازي"], ["ميناء راس لانوف"]),
 ],
}

NOTES = {
 "qck1": "5+5 field visit west of Sirte: Misrata brigades' heavy units pulled back Al-Washka→Abu Qurayn (headline repeat "
         "not counted), the LNA's planned pull-back of two artillery battalions from west of Sirte to Al-Jufra air base, "
         "a conditional return Abu Qurayn→Al-Washka (Buwairat al-Hassoun only in the condition), and a denied LNA column "
         "Hun→Sirte. The delegation's flight Benghazi→Gardabiya and trip to Buwairat, the 24 unarmed monitors between "
         "Al-Hisha and Sirte, and the detainees flown Misrata→Benghazi are not force movements; Hurghada/Cairo and the "
         "Sirte–Jufra axis are background; Hun also sits inside the person trap سالم الهوني.",
 "qck2": "TAP on the Tunis meeting: Zintan forces pulled back Kikla→Zintan and GNA units Kikla→Bir al-Ghanam (reported), "
         "a planned GNA separation company in Kikla, a denied GNA column Zawiya→Gharyan, and the Tunisian army's "
         "conditional reinforcement Tataouine→Dehiba (the Wazin crossing only in the condition, the border phrase a "
         "locator). Gharyan as observers' base and exchange venue, Tunis as meeting venue, Tripoli as seat of the "
         "general staff are not movement places; تونس is the city in the dateline and العاصمة تونس, the country at the end.",
 "qck3": "SUNA: 300 Darfur movement fighters left Kufra for Dongola via the Uweinat triangle (reported), a planned "
         "airlift of 250 more Kufra airport→Dongola, the LNA's conditional advance Kufra→Uweinat triangle, and a denied "
         "LNA fuel/ammunition shipment Kufra→Al-Malha (North Darfur only locates Al-Malha). The 46 freed detainees flown "
         "to Port Sudan, the 5+5 delegation's visit and the monitors' site visits are not force movements; Rebiana, "
         "Tazirbu and the border phrase are background.",
 "qck4": "Ad-Diyar on two Lebanese (Bab al-Tabbaneh in Tripoli of Lebanon, Akkar) freed in the Ash Shwayrif exchange: "
         "GNA forces pulled back Shwayrif→Mizdah (reported), the LNA's planned protection company Brak→Shwayrif, "
         "Misrata brigades' conditional move Misrata→Shwayrif via Bani Walid, and a denied Africa Corps airlift Jufra air "
         "base→Brak air base. Idri is where the men were held, Beirut/Lebanon their return; Tripoli (Libya) only the "
         "seat of the GNA; the last Tripoli is the Lebanese one.",
 "qck5": "Al-Madina: 140 Syrian mercenaries flown Mitiga→Turkey (reported), a planned second batch leaving Al-Watiya, a "
         "planned Africa Corps airlift Al-Khadim→Mali (Benghazi only a distance reference), Turkish forces' conditional "
         "withdrawal from Al-Watiya (Libya only in the condition, Ankara the speaker), and a denied LNA column "
         "Waddan→Zillah (the second Waddan is where units stay). Tripoli locates Mitiga and the general staff.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qck1", "qck2", "qck3", "qck4", "qck5")
