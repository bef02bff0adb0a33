# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qdy1 Ain Zara prison, Tripoli (Al-Quds Al-Arabi)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # qdy2 Gernada prison, Jabal al-Akhdar (Al-Anba)
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "gernada": ("town", "LY", 32.73174, 21.90350, "Gernada"),                              # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                        # G* (row أبولونيا, Sūsah)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "border_eg": ("region", "LY", 31.40, 24.95, "Libya-Egypt border (Libyan side, north)"),  # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 # qdy3 Sabha central prison (Al-Mamlaka TV)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qdy4 Al-Jawiya prison, Misrata (France 24)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين; written أبو قرين)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # qdy5 Sabratha prison and the Tunisian south (Diwan FM)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_del": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),             # G* (town row)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tn_side": ("region", "TN", 32.60, 10.95, "Tunisia-Libya border (Tunisian side)"),  # K
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
}

TRAPS = {
 "qdy1": ["القدس العربي", "عبد السلام الزنتاني", "السلطات اللبنانية", "جهاز الردع"],
 "qdy2": ["الأنباء", "الأسلحة البيضاء", "إدريس المرجاوي", "الجيش الوطني", "مصري", "الليبية"],
 "qdy3": ["المملكة", "إدريس المقرحي", "الجيش الوطني", "الجيش الجزائري"],
 "qdy4": ["فرانس 24", "سجن الجوية", "الزليتني", "الجيش الوطني", "فساد مالي", "لبناني"],
 "qdy5": ["ديوان أف أم", "الجيش التونسي", "الذهيبي", "حضوراً وازناً", "الليبي"],
}

PHEN = {
 "qdy1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdy2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qdy3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qdy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_oil"],
 "qdy5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdy1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("shipment", "reported", "GNA forces", ["معسكر اليرموك"], ["ترهونة"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("reinforce", "conditional", "Misrata forces", [], ["القره بوللي"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
 ],
 "qdy2": [
  mv("deploy", "reported", "Libyan National Army", ["المرج"], ["شحات", "البيضاء"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["سوسة"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الحدود مع مصر"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("withdraw", "conditional", "Libyan National Army", ["شحات", "البيضاء"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"]),
 ],
 "qdy3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["تراغن"]),
  mv("redeploy", "denied", "Libyan National Army", ["حقل الشرارة"], ["سبها"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "qdy4": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن", "تاورغاء"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبو قرين"]),
  mv("withdraw", "denied", "Misrata forces", ["الدافنية"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["حقل الظهرة"], ["ودان"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["حقل الظهرة"]),
 ],
 "qdy5": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["معبر راس جدير"]),
  mv("deploy", "conditional", "GNA forces", ["نالوت"], ["منفذ وازن"]),
 ],
}

NOTES = {
 "qdy1": "Ain Zara prison break (escapees are not movements): a GNA interior/staff force Tripoli→Tarhuna via Qasr Bin "
         "Ghashir, a planned company Tarhuna→Bani Walid (the municipality only the requester), an ammunition-and-fuel "
         "shipment Yarmouk camp→Tarhuna, coast-guard boats landing 30 men Tripoli port→Khoms port, Zintan's denied "
         "dispatch Zintan→Al-Aziziyah, and a Misrata commander's conditional reinforcement to Garabulli (Misrata is only "
         "where he speaks: no origin written). Ras Ajdir and the Tunisian border only receive circulated names; Tripoli "
         "(Lebanon) only where a fugitive was arrested; Tripoli also dateline and Interpol office.",
 "qdy2": "Gernada prison break: LNA battalions Al-Marj→Shahhat and Al-Bayda, a ship landing marines Tobruk naval "
         "base→Susa, a company Tobruk→the border with Egypt, a planned helicopter lift Benina air base→Al-Abraq airport, "
         "a conditional withdrawal from Shahhat and Al-Bayda ('not before the last fugitive is back'), and an Egyptian "
         "patrol's denied entry into Emsaed (Cairo only the speaker's city). 'الأسلحة البيضاء' (knives) is a trap; the "
         "warden Idris al-Marjawi contains Al-Marj and Idri; Derna and Benghazi only recall the 2011 escapes.",
 "qdy3": "Sabha central prison break: an LNA column Sabha→Murzuq via Ghuddwa, a company Brak→Idri (Wadi al-Shati only "
         "locates Idri; captain Idris al-Magarhi is a trap), a planned company Al-Qatrun→the Toummo crossing (the "
         "border with Niger only locates the crossing), Brigade 116's planned massing in Traghen, a denied pull-out of "
         "the Sharara field guards to Sabha, and the Algerian army's conditional reinforcement Illizi→Djanet if "
         "fugitives head for the Libyan-Algerian border (condition only). 'في الجزائر' (newspapers in Algeria) is the "
         "country.",
 "qdy4": "Al-Jawiya prison break in Misrata ('سجن الجوية' trap): Misrata brigades Misrata→Zliten and Tawergha "
         "(headline spelling تاورغا), their conditional advance towards Sirte (no origin written), their massing in Abu "
         "Qurayn (written أبو قرين), a denied pull-out from Dafniya, a planned LNA company Hun→Dahra field via Waddan and "
         "a planned fuel-and-ammunition shipment Al-Jufra air base→Dahra field. The spokesman 'الزليتني' contains "
         "Zliten; a Lebanese fugitive 'from Tripoli' is Tripoli (Lebanon); Tripoli (Libya) only where NGOs want foreign "
         "detainees moved (not forces).",
 "qdy5": "Sabratha prison break seen from the Tunisian south: Tunisian reinforcements Tataouine→Dehiba via Remada, a "
         "planned airlift El Aouina air base (in Tunis)→Djerba-Zarzis airport, a denied Tunisian patrol into Wazin, "
         "a GNA border-guard force Zuwara→Ras Ajdir crossing, and a conditional move Nalut→Wazin crossing. Tataouine is "
         "also the dateline; Dehiba delegation and the border with Libya are where units already are (no move); "
         "'حضوراً وازناً' is a common-word trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdy1", "qdy2", "qdy3", "qdy4", "qdy5")
