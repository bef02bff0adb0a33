# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                          # G
 # capitals and cities used in several articles
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                    # G
 # Algeria: Illizi, Djanet, In Amenas, Debdeb
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                      # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),            # G* (row منفذ إيسين)
 "border_dz_ly_south": ("region", "DZ", 24.90, 9.85, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "border_dz_ly_north": ("region", "DZ", 28.60, 9.60, "Algeria-Libya border (Algerian side, In Amenas sector)"),  # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                 # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),         # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                     # G
 # Algeria: Tamanrasset and the Niger/Mali borders
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                             # G
 "tin_zaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                       # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Libya
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "tassili": ("region", "DZ", 25.0, 9.0, "Tassili n'Ajjer plateau"),                         # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),              # G* (row برقة)
 "tripoli_port": ("crossing", "LY", 32.903, 13.186, "Port of Tripoli"),                      # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),            # G* (town row)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* for الجنوب الليبي (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                   # G* (Tobruk city row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 # Niger
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                       # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport (Agadez)"),  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),                 # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado Plateau"),                            # G
 "air": ("region", "NE", 18.25, 8.75, "Aïr Mountains"),                                     # K
 "tenere": ("region", "NE", 18.5, 10.5, "Ténéré desert"),                                   # K
 "border_ne_ly": ("region", "NE", 22.5, 13.2, "Niger-Libya border (Nigerien side)"),        # K
 "sahel": ("region", "NE", 14.5, 5.5, "Sahel"),                                             # K
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                       # G
}

TRAPS = {
 "ke1": ["الليبية", "الناحية العسكرية الرابعة", "الشرارة الأولى"],
 "ke2": ["الناحية العسكرية الرابعة", "الجزائرية", "الليبية", "عماد الطرابلسي", "وكالة الأنباء الليبية",
         "شركة مليتة للنفط والغاز", "الوفاء بالتزاماتها", "الجزائري"],
 "ke3": ["الناحية العسكرية السادسة", "تشاديين", "جزائرية", "النيجرية", "الجزائري", "عماد الطرابلسي"],
 "ke4": ["النيجري", "النيجرية", "آير إنفو", "الفيلق الإفريقي", "تحالف دول الساحل", "دعم مالي"],
 "ke5": ["الشرق الأوسط", "الليبية", "الجزائرية", "النيجري", "جبهة التغيير والوفاق في تشاد", "محمد إدريس ديبي",
         "الفرنسية", "الغرب"],
}

PHEN = {
 "ke1": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ke2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ke3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ke4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ke5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


DZ, LNA, GNA, RU, TDG = "Algerian army", "Libyan National Army", "GNA forces", "Russian forces", "Chadian armed groups"

MOVES = {
 "ke1": [
  mv("reinforce", "reported", DZ, ["إليزي"], ["جانيت", "الحدود مع ليبيا"]),
  mv("airlift", "reported", DZ, ["الجزائر العاصمة"], ["مطار جانت"]),
  mv("reinforce", "planned", DZ, ["تمنراست"], ["جانت"]),
  mv("deploy", "conditional", DZ, [], ["تين الكوم"]),
  mv("withdraw", "denied", LNA, ["غات"], ["حقل الشرارة"]),
 ],
 "ke2": [
  mv("redeploy", "reported", DZ, ["برج عمر إدريس"], ["الدبداب"]),
  mv("deploy", "planned", DZ, [], ["مجمع تيقنتورين"]),
  mv("shipment", "reported", DZ, ["حاسي مسعود"], ["عين أمناس"]),
  mv("naval_landing", "denied", DZ, [], ["ميناء طرابلس"]),
  mv("mobilise", "conditional", GNA, [], ["غدامس"]),
 ],
 "ke3": [
  mv("deploy", "reported", DZ, ["تمنراست"], ["عين قزام"]),
  mv("mobilise", "reported", TDG, ["القطرون"], ["المثلث الحدودي"]),
  mv("redeploy", "planned", DZ, ["تين زواتين"], ["عين قزام"]),
  mv("reinforce", "conditional", DZ, [], ["المثلث الحدودي"]),
  mv("advance", "denied", DZ, [], ["أرليت"]),
 ],
 "ke4": [
  mv("reinforce", "reported", None, ["أغاديز"], ["قاعدة ماداما"], ["تينيري", "ديركو"]),
  mv("airlift", "reported", RU, ["ليبيا"], ["مطار أغاديس"]),
  mv("withdraw", "denied", None, ["قاعدة ماداما"], ["ديركو"]),
  mv("deploy", "planned", None, [], ["أرليت"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["منفذ التوم"]),
 ],
 "ke5": [
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", RU, ["قاعدة براك الجوية"], ["مطار ديركو"]),
  mv("deploy", "reported", None, ["أغاديس"], ["أرليت"]),
  mv("withdraw", "denied", TDG, ["جنوب ليبيا"], ["جادو"]),
  mv("reinforce", "conditional", DZ, [], ["الحدود مع النيجر"]),
 ],
}

NOTES = {
 "ke1": ("El Khabar-style report from Illizi: an Algerian army reinforcement Illizi->Djanet and on to the Libyan "
         "border (the lede's «نحو جانت» is the same move), an airlift Algiers->Djanet airport, a planned border-guard "
         "unit Tamanrasset->Djanet, a conditional deployment at Tin Alkoum («إذا امتدت المواجهات إلى منفذ إيسين»: "
         "Isayen is the condition, not a destination) and the LNA's denied pull-out Ghat->Sharara field. Ouargla "
         "locates the command, Ghat is also a locator («المقابلة لها»), the Tassili n'Ajjer plateau is a tourist destination."),
 "ke2": ("APS-style report from In Amenas: a reported redeploy Bordj Omar Driss->Debdeb (the border phrase is its "
         "purpose, not a destination), a planned deployment at the Tiguentourine complex, a supply convoy Hassi "
         "Messaoud->In Amenas (shipment), the MoD's denial of a naval landing at Tripoli port (the headline «في طرابلس» "
         "is the same denied move) and the GNU Interior Ministry's conditional massing in Ghadames (the Wafa field is "
         "the condition). Ghadames municipality, Tripoli as the government and Debdeb as a meeting venue are not moves."),
 "ke3": ("Ennahar-style report from Tamanrasset: an Algerian deployment Tamanrasset->In Guezzam (the Niger border "
         "phrase locates In Guezzam), Chadian gunmen and smugglers massing in the border triangle from around Al "
         "Qatrun, a planned border-guard company Tin Zaouatine->In Guezzam, a conditional reinforcement of the "
         "triangle and a denied incursion towards Arlit. Trucks from Arlit and Agadez are civilian trade, not moves."),
 "ke4": ("Alakhbar-style report from Niamey: a Nigerien army column Agadez->Madama base via the Tenere and Dirkou "
         "(the headline and the lede repeat it), a Russian cargo plane from Libya to Agadez airport, a denied pull-out "
         "from the base to Dirkou, a planned AES battalion for Arlit and the LNA's conditional advance from Al Qatrun "
         "to the Toummo crossing. The Nigerien army and the AES force are not canonical actors (null)."),
 "ke5": ("Asharq Al-Awsat-style analysis from Algiers: a Russian chain told in one sentence (a landing at Tobruk "
         "port, a shipment Tobruk port->Brak air base, a planned airlift Brak->Dirkou airport), a Nigerien "
         "deployment Agadez->Arlit, FACT's denied pull-out from southern Libya to the Djado plateau and Algeria's "
         "conditional reinforcement of its Niger border (In Guezzam is the condition). Bamako, northern Mali, Djanet, "
         "Ghat and Niamey are background."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ke1", "ke2", "ke3", "ke4", "ke5")
