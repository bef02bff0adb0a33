# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 # ht1 west coast (Al-Mayadeen)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G* (row منفذ رأس جدير)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "border_tn": ("region", "LY", 33.05, 11.65, "Libya-Tunisia border (coastal, Libyan side)"),  # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                   # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwarah municipality"),              # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwarah port"),                     # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G* (row قاعدة الوطية)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                 # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 # ht2 oil crescent (Al-Riyadh)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                 # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.11, 20.05, "Benghazi port"),                        # K
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                      # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G* (row ميناء السدرة)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46, 35.82, "Port of Tripoli (Lebanon)"),          # K
 # ht3 Algerian side (Echorouk)
 "border_dz": ("region", "DZ", 27.5, 9.55, "Algeria-Libya border (Algerian side)"),         # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                   # G* (town row بوفاريك)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 # ht4 Egyptian side (Al-Masry Al-Youm)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),           # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "western_desert": ("region", "EG", 27.0, 27.5, "Western Desert (Egypt)"),                  # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "cairo_west": ("base", "EG", 30.116, 30.915, "Cairo West Air Base"),                       # K
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Airport"),                         # K
 "sallum_port": ("crossing", "EG", 31.58, 25.08, "Sallum land port"),                       # K
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 # ht5 Fezzan (Fawasel)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                   # G* (row الحدود الليبية النيجرية)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G* (row قاعدة تمنهنت)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                 # G* (town row)
}

TRAPS = {
 "ht1": ["الميادين نت", "كتيبة شهداء صبراتة", "أسامة الزنتاني", "يردّون الجميل", "السلطات التونسية",
         "الجانب الليبي"],
 "ht2": ["«الرياض»", "الجيش الليبي", "القيادة العامة للجيش الوطني الليبي", "الإدريسي", "اللبناني"],
 "ht3": ["الشروق", "الجيش الوطني الشعبي", "الليبيتين", "الجانب الليبي", "جزائري", "الناحية العسكرية الرابعة"],
 "ht4": ["المصري اليوم", "المنطقة الغربية العسكرية", "القيادة العامة للجيش الوطني الليبي", "الشأن الليبي",
         "القوات المسلحة المصرية", "العمالة المصرية"],
 "ht5": ["فواصل", "عمليات الجنوب", "غرفة عمليات الجنوب الغربي", "لواء طارق بن زياد", "عبد الرحمن السبهاوي",
         "الشرارة الأولى", "ما ادري", "التشادية", "تشاديين"],
}

PHEN = {
 "ht1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ht2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "ht3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "ht4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ht5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, DZA, EGA = "GNA forces", "Libyan National Army", "Algerian army", "Egyptian army"

MOVES = {
 "ht1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["زوارة"], ["صبراتة"]),                # item 1
  mv("reinforce", "reported", GNA, ["قاعدة الوطية الجوية"], ["معبر رأس اجدير"]),    # item 2
  mv("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),   # item 3
  mv("withdraw", "conditional", GNA, ["مجمع مليتة"], ["صبراتة"]),                  # item 4 (بمجرد)
  mv("withdraw", "denied", GNA, ["رأس اجدير"], ["الجميل"]),                        # item 5 + headline
 ],
 "ht2": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),      # item 1
  mv("redeploy", "reported", LNA, ["البريقة"], ["السدرة"]),                        # item 2
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),  # item 3
  mv("mobilise", "conditional", LNA, [], ["اجدابيا"]),                             # item 4 (إذا)
  mv("shipment", "denied", LNA, ["ميناء طرابلس"], ["ميناء بنغازي"]),               # item 5 + headline + Beirut denial
 ],
 "ht3": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["عين أمناس"]),                      # أولاً
  mv("airlift", "reported", DZA, ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),         # ثانياً
  mv("deploy", "planned", DZA, ["إليزي"], ["الدبداب"]),                            # ثالثاً
  mv("reinforce", "conditional", DZA, ["تمنراست"], ["جانت"]),                      # رابعاً (إذا)
  mv("advance", "denied", DZA, [], ["غدامس"]),                                     # خامساً
 ],
 "ht4": [
  mv("reinforce", "reported", EGA, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),  # 1-
  mv("shipment", "reported", EGA, ["مرسى مطروح"], ["سيوة"]),                       # 2-
  mv("airlift", "planned", EGA, ["قاعدة غرب القاهرة الجوية"], ["مطار سيوة"]),       # 3-
  mv("reinforce", "conditional", EGA, [], ["منفذ السلوم البري"]),                  # 4- (في حال)
  mv("withdraw", "denied", EGA, ["سيوة"], ["مرسى مطروح"]),                         # 5-
  mv("deploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),                            # LNA statement
 ],
 "ht5": [
  mv("redeploy", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),              # item 1
  mv("advance", "reported", LNA, ["إدري"], ["حقل الشرارة"]),                       # item 2
  mv("mobilise", "planned", LNA, [], ["قاعدة تمنهنت الجوية"]),                     # item 3
  mv("advance", "conditional", LNA, [], ["القطرون", "أم الأرانب"]),                # item 4 (في حال)
  mv("withdraw", "denied", LNA, ["حقل الفيل"], ["اوباري"]),                        # item 5 + headline
  mv("withdraw", "reported", "Chadian armed groups", ["مرزق"], ["أم الأرانب"]),    # spokesman: «من محيط البلدة»
 ],
}

NOTES = {
 "ht1": "Al-Mayadeen-style GNA chief-of-staff statement as a numbered list (1- … 5-) after a preamble that names the "
        "force once: a deploy Tripoli→Zuwara via Sabratha, a reinforcement Al-Watiya→Ras Ajdir crossing, a planned "
        "marines landing Abu Sitta→Zuwara port, a conditional (بمجرد) pull-back Mellitah→Sabratha and a denied "
        "withdrawal Ras Ajdir→Al-Jumayl (also the headline). Tripoli written «طرابلس الغرب» in the dateline; the "
        "ministry «في تونس» is Tunis; traps: a battalion named after Sabratha, an officer «الزنتاني», «يردّون الجميل». "
        "Tunisian trucks at Ben Gardane are not movements.",
 "ht2": "Al-Riyadh-style digest of an LNA General Command press conference as dash items: a reported landing "
        "Benghazi port→Ras Lanuf port, a redeploy Brega→Es Sider, a planned Benina→Jufra air base airlift, a "
        "conditional (إذا) mobilisation in Ajdabiya and a denied ammunition shipment from the port of Tripoli in "
        "Lebanon to Benghazi port (headline «من لبنان» and the Beirut customs denial are the same move). Libyan "
        "Tripoli appears only as the accused «جهات في طرابلس». Spokesman «الإدريسي» is a trap (no Idri).",
 "ht3": "Echorouk-style Algerian defence ministry statement with ordinal items (أولاً … خامساً): a reinforcement "
        "Ouargla→In Amenas, an Il-76 airlift Boufarik air base→Djanet airport, a planned column Illizi→Debdeb "
        "(Ghadames only a locator), a conditional (إذا) move Tamanrasset→Djanet and a denied crossing towards "
        "Ghadames. Dateline «الجزائر» is Algiers, the later «الجزائر» the country; an inspection visit to Djanet "
        "and civilian lorries from Algiers are not movements.",
 "ht4": "Al-Masry Al-Youm-style five-point plan told by a military source: a reinforcement Mohamed Naguib base→"
        "Sallum via Marsa Matruh and Sidi Barrani, an ammunition convoy Marsa Matruh→Siwa, a planned Cairo West→"
        "Siwa airport airlift, a conditional (في حال) reinforcement of the Sallum land port, a denied pull-out "
        "Siwa→Marsa Matruh, plus an LNA battalion Tobruk→Al-Jaghbub in a closing paragraph. Marsa Matruh as a "
        "meeting venue, returning Egyptian workers and «الصحراء الغربية» (Egypt's Western Desert) are not moves.",
 "ht5": "Fawasel-style post of the LNA south-western operations room as dash items: a redeploy Sabha→Ubari via "
        "Al-Ghurayfa, an advance Idri→Sharara field, a planned mobilisation at Tamanhint air base, a conditional "
        "(في حال) advance on Al Qatrun and Umm al-Aranib, a denied pull-out El Feel→Ubari (written «اوباري»), and "
        "the spokesman's report of Chadian gunmen withdrawing from around Murzuq («محيط البلدة») to Umm al-Aranib. "
        "Traps: «الشرارة الأولى», «السبهاوي», «ما ادري», the ops-room name with «الجنوب الغربي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ht1", "ht2", "ht3", "ht4", "ht5")
