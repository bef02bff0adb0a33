# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # fg1 Sirte, the coastal road and the Jufra road
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (row قاعدة القرضابية)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # fg2 Ajdabiya, Brega and the coastal road west
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),       # G* (Brega town row)
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (Brega town row)
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "benghazi_port": ("crossing", "LY", 32.10000, 20.05000, "Port of Benghazi"),           # K
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 # fg3 Djanet, Illizi and the southern highway
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "border_dz_side": ("region", "DZ", 25.30000, 9.85000, "Algeria-Libya border (Algerian side)"),  # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # fg4 Marsa Matruh, Sallum, Tobruk and the Egyptian coastal road
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Marsa Matruh Airport"),       # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_port": ("crossing", "EG", 31.55371, 25.15793, "Port of Sallum"),               # G* (Sallum town row)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),            # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "cairo_west": ("base", "EG", 30.11640, 30.91530, "Cairo West Air Base"),               # K
 "border_eg_side": ("region", "EG", 31.00000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, kind base)
 # fg5 the Jufra road and the southern highway
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base row, as the town)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk city row)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
}

LNA, MIS, RUS, EGY, DZA = "Libyan National Army", "Misrata forces", "Russian forces", "Egyptian army", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "fg1": ["بوابة أفريقيا الإخبارية", "الليبي", "ميلاد السرتاوي", "غرفة عمليات تحرير سرت والجفرة", "شارع طرابلس"],
 "fg2": ["الميادين نت", "شركة سرت للنفط", "عبد السلام المغربي"],
 "fg3": ["الشروق أونلاين", "الشروق", "إدريس أغ محمد", "الجانب الليبي", "الجزائري", "دعم مالي"],
 "fg4": ["مصرية", "الجيش الليبي", "المصري اليوم", "قناة القاهرة الإخبارية", "الجانب الليبي"],
 "fg5": ["العرب", "الفيلق الأفريقي", "المهدي الإدريسي", "الإدريسي", "زلة لسان", "الأراضي الليبية",
         "اللواء طارق بن زياد", "سالم الطرابلسي"],
}

PHEN = {
 "fg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil"],
 "fg2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_oil"],
 "fg3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "fg4": ["clitics", "multiword", "media_trap", "nisba", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "fg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
}

MOVES = {
 "fg1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], [], ["ودان"]),
  mv("withdraw", "denied", LNA, [], ["الجفرة"]),
  mv("redeploy", "planned", MIS, ["الوشكة"], ["أبوقرين"]),
  mv("advance", "conditional", MIS, [], ["سرت"]),
  mv("shipment", "reported", LNA, ["ميناء راس لانوف"], ["قاعدة القرضابية الجوية"]),
 ],
 "fg2": [
  mv("deploy", "reported", LNA, ["بنغازي"], [], ["قمينس", "الزويتينة"]),
  mv("redeploy", "reported", LNA, ["قاعدة بنينا الجوية"], ["العقيلة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", LNA, [], ["أجدابيا"]),
  mv("mobilise", "denied", None, [], ["أجدابيا", "جالو"]),
 ],
 "fg3": [
  mv("reinforce", "reported", DZA, ["إليزي"], ["جانت"]),
  mv("airlift", "planned", DZA, ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري", "غات"]),
  mv("advance", "denied", "Foreign fighters", ["الحدود مع النيجر"], ["العوينات"]),
  mv("withdraw", "conditional", LNA, ["منفذ إيسين"], ["غات"]),
 ],
 "fg4": [
  mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("naval_landing", "reported", EGY, ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  mv("airlift", "conditional", EGY, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("deploy", "planned", LNA, ["قاعدة جمال عبد الناصر الجوية"], []),
  mv("withdraw", "denied", LNA, ["منفذ امساعد"], ["طبرق"]),
 ],
 "fg5": [
  mv("redeploy", "reported", RUS, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت الجوية"], ["سوكنة"]),
  mv("shipment", "reported", RUS, ["ميناء طبرق"], ["قاعدة الجفرة الجوية"], ["اجدابيا", "زلة"]),
  mv("withdraw", "denied", RUS, ["الجفرة"], ["النيجر"]),
  mv("deploy", "planned", LNA, [], ["براك", "إدري"]),
  mv("mobilise", "conditional", MIS, [], ["أبوقرين", "الوشكة"]),
 ],
}

NOTES = {
 "fg1": ("Afrigate-style Sirte report: an LNA reinforcement Jufra air base→Gate 50 west of Sirte via Waddan (the gate is a "
         "road marker, Sirte only locates it: no destination place); a denied pull-back from «الكيلو 40 جنوب سرت» towards "
         "Jufra (destination Jufra only); a planned Misrata redeploy Al-Washka→Abu Qurayn; a conditional Misrata advance "
         "on Sirte; an LNA fuel-and-ammunition shipment Ras Lanuf port→Gardabiya air base. Locators («جنوب سرت», «بين "
         "سرت والجفرة» in a statement of staying put, «بين أبو قرين وبن جواد» in a ceasefire zone) are not movement places."),
 "fg2": ("Al-Mayadeen-style Benghazi report: an LNA deployment «على بعد 60 كيلومتراً غرب اجدابيا» from Benghazi via "
         "Qaminis and Zueitina (Ajdabiya a distance reference, Brega only names the road: no destination); a Benina→"
         "Al-Agheila artillery redeploy («على بعد نحو 40 كيلومتراً غرب البريقة» not a place of the move); a planned "
         "landing Benghazi port→Brega port; a conditional pull-back from «الكيلو 60» to Ajdabiya; a denied tribal build-up "
         "«على الطريق الرابط بين أجدابيا وجالو» (both ends as destinations)."),
 "fg3": ("Echorouk-style Algiers report: an Algerian reinforcement Illizi→Djanet (then «على بعد 30 كيلومتراً شرق جانت», "
         "same move), a planned Il-76 airlift Tamanrasset→Djanet airport; an LNA deployment from Sabha «على الطريق الرابط "
         "بين أوباري وغات» (both ends as destinations); a denied advance of foreign gunmen from the Niger border to "
         "Al-Awaynat; a conditional LNA pull-back Isayen crossing→Ghat. «من إدري حتى منفذ إيسين» describes a road under "
         "control (no movement); Idri vs the officer «إدريس»; Mali vs «دعم مالي»; Algiers (dateline) vs Algeria."),
 "fg4": ("Al-Masry Al-Youm-style Marsa Matruh report: an Egyptian reinforcement Mohamed Naguib base→Sallum via Marsa "
         "Matruh and Sidi Barrani (the stop «عند الكيلو 80 غرب مرسى مطروح» is part of it), a landing Ras el-Tin naval base→"
         "Sallum port, a conditional airlift Cairo West→Marsa Matruh airport; a planned LNA company «عند الكيلو 30 شرق طبرق» "
         "from Gamal Abdel Nasser air base (Tobruk a distance reference, Amsaad only names the road: no destination); a "
         "denied pull-out Amsaad crossing→Tobruk."),
 "fg5": ("Al-Arab-style report datelined Tripoli: an Africa Corps column Jufra air base→Tamanhint air base via Sokna (the "
         "stop «عند الكيلو 60 شمال سبها» is not a place of the move), a Russian supply convoy Tobruk port→Jufra air base "
         "via Ajdabiya and Zillah, a denied Russian pull-out Jufra→Niger, a planned LNA battalion «على الطريق الرابط بين "
         "براك وإدري» (both ends), a conditional Misrata build-up at Abu Qurayn and Al-Washka. The observers' «الطريق "
         "الصحراوي الممتد من الجفرة إلى سبها … شريان رئيسي لإمدادات الفيلق» is a generic description, not a movement."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fg1", "fg2", "fg3", "fg4", "fg5")
