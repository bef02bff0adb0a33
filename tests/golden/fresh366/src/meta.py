# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                              # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 # nd1 Al-Aziziyah and Warshefana
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "warshefana": ("region", "LY", 32.58, 12.90, "Warshefana"),                             # K
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "jafara": ("district", "LY", 32.51012, 13.02794, "Al Jafara"),                          # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                       # G
 # nd2 the 5+5 deadline
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (air-base point, near Hun/Waddan)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmad)"),          # K
 "sirte_port": ("crossing", "LY", 31.215, 16.58, "Sirte port"),                           # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 # nd3 Ghadames
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames airport"),           # G
 "border_ly_dz": ("region", "LY", 30.05, 9.80, "Libya-Algeria border (near Ghadames)"),  # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G* (row spelled ربات)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),            # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb-Ghadames crossing"),   # G* (town row)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "skhirat": ("town", "MA", 33.8527, -7.0317, "Skhirat"),                                 # K
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
 # nd4 Kufra and Jebel Uweinat
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                       # K
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),            # G* (row جنوب شرق ليبيا)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 # nd5 Sallum, Tobruk and Jaghbub
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                     # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "benghazi_port": ("crossing", "LY", 32.115, 20.055, "Benghazi port"),                   # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.985, "Tobruk port"),                       # K
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                 # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                       # G* (row برقة)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "gaza": ("region", "PS", 31.42, 34.37, "Gaza Strip"),                                   # K
}

TRAPS = {
 "nd1": ["الأنباء", "المجلس العسكري الزنتان", "عماد الطرابلسي", "ليبيا الأحرار", "لا أدري", "الليبي"],
 "nd2": ["الدستور", "وكالة الأناضول", "سورياً", "الفيلق الأفريقي", "شارع طرابلس", "غرفة عمليات سرت الجفرة",
         "القيادة العامة للجيش الوطني الليبي", "الليبية", "التركية"],
 "nd3": ["هسبريس", "الشروق", "قاسم الغدامسي", "درجت العادة", "لواء طارق بن زياد", "الجيش الجزائري",
         "الجيش الوطني الشعبي", "الليبية"],
 "nd4": ["الرياض", "الجيش الليبي", "القيادة العامة للجيش الوطني الليبي", "قوات الدعم السريع", "الإدريسي",
         "غرفة عمليات المنطقة الجنوبية", "مياهها المالحة", "سودانيين", "الليبية"],
 "nd5": ["الوطن", "محمود الطبرقي", "القيادة العامة للجيش الوطني الليبي", "المصرية", "مصرية", "مصري", "الليبية"],
}

PHEN = {
 "nd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "countries"],
 "nd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "coverage_oil", "countries"],
 "nd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "nd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "nd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One gold movement in the JSONL shape."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "nd1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["السواني"]),
  mv("advance", "conditional", "GNA forces", [], ["العزيزية", "بير الغنم"]),
  mv("withdraw", "planned", "Zintan forces", ["العزيزية"], ["الزنتان"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"], ["الرياينة"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الزنتان"]),
 ],
 "nd2": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["إسطنبول"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"], []),
  mv("reinforce", "denied", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "conditional", "Misrata forces", ["ميناء مصراتة"], ["ميناء سرت"]),
 ],
 "nd3": [
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["الحمادة الحمراء"]),
  mv("advance", "denied", "Libyan National Army", [], ["غدامس"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["درج"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"]),
 ],
 "nd4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكُفرة"], ["جبل العوينات", "الحدود مع السودان"]),
  mv("shipment", "planned", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المالحة"]),
 ],
 "nd5": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلّوم"], ["سيدي براني"]),
  mv("advance", "conditional", "Egyptian army", [], ["الجغبوب"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["البردي"], ["الجغبوب"]),
  mv("shipment", "denied", "Egyptian army", [], ["شرق ليبيا"], ["منفذ السلوم"]),
 ],
}

NOTES = {
 "nd1": "Al-Anba (Kuwait), Tripoli: a 72-hour Presidential Council ultimatum to Zintan forces in Al-Aziziyah/Bir al-Ghanam "
        "(Warshefana); a 444 Brigade force Tripoli→As-Sawani (reported), a conditional advance on Al-Aziziyah/Bir al-Ghanam "
        "(«إذا لم يلتزم»), Zintan's planned pull-back Al-Aziziyah→Zintan, its denied reinforcement Zintan→Al-Aziziyah via "
        "Ar-Rayayinah and a conditional «النفير العام» in Zintan; families fleeing to Janzour are not a movement; Kuwait "
        "as city («وفي الكويت، أعربت وزارة الخارجية») and as country («ودعت الكويت»); traps: the minister Emad "
        "al-Trabelsi, «لا أدري», Libya al-Ahrar, the Zintan military council.",
 "nd2": "Al-Dustour (Jordan), Tripoli via agencies: the 5+5 deadline of 30 June for foreign fighters; Syrian mercenaries "
        "flown Mitiga airport→Istanbul (reported), an LNA artillery redeploy Sirte→Jufra air base via Waddan (planned), "
        "Turkey's conditional pull-out from Al-Watiya («لن … إلا إذا»), a denied Russian reinforcement Jufra→Brak air base "
        "and Misrata's conditional sea move Misrata port→Sirte port; Ankara and Moscow are speakers; traps: Tripoli Street "
        "in Misrata, the Sirte–Jufra operations room, Anadolu, the Africa Corps.",
 "nd3": "Hespress (Morocco), Rabat: an LNA deadline for the Ghadames airport guard; a Tariq bin Ziyad column Ash "
        "Shwayrif→Al-Hamada al-Hamra (reported) and its denied advance on Ghadames, a planned GNA airlift Mitiga airport→"
        "Ghadames airport, a planned GNA force Nalut→Derj, Algeria's conditional reinforcement of Debdeb and a reported "
        "Algerian reinforcement Ouargla→In Amenas; the Wafa field is a purpose, the Debdeb crossing sits in the condition "
        "clause; Algeria as country and «الجزائر العاصمة»; traps: «درجت العادة», Qasim al-Ghadamsi, Echorouk.",
 "nd4": "Al-Riyadh (Saudi Arabia), Cairo bureau: a 48-hour LNA ultimatum to RSF-linked gunmen near Jebel Uweinat; an "
        "LNA airlift Benina air base→Kufra airport (reported), a planned Subul al-Salam deployment Kufra→Jebel Uweinat/the "
        "Sudan border, a planned supply convoy Ajdabiya→Kufra via Jalu, a conditional advance to the border triangle and "
        "the RSF's denied massing in Al Malha (North Darfur); the ultimatum's demanded RSF exit is not a movement; traps: "
        "Brigadier al-Idrisi, «مياهها المالحة», the paper «الرياض».",
 "nd5": "Al-Watan (Egypt), Matruh: a month-end Egyptian deadline to clear the border strip; an Egyptian reinforcement "
        "Marsa Matruh→Sallum via Sidi Barrani (reported), a conditional Egyptian pursuit to Al-Jaghbub, a planned LNA sea "
        "move Benghazi port→Tobruk port, a planned LNA border-guard redeploy Bardia→Al-Jaghbub and a denied Egyptian arms "
        "shipment to eastern Libya through the Sallum crossing; Matruh governorate vs Marsa Matruh; traps: the truck driver "
        "Mahmoud al-Tobruqi, the nisbas مصري/مصرية.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nd1", "nd2", "nd3", "nd4", "nd5")
