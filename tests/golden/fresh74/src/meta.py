# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point / a value quoted in fresh51's README (see README "Coordinates not from
# the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 # bx1 south-west (Ubari, Ghat)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # bx2 oil crescent
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind town)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README: point near Hun/Waddan)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # bx3 west coast and the Tunisian side
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, returned by grep رقدالين)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (value in fresh51 README, GeoNames 2208423)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 32.75, 11.0, "Tunisia-Libya border (Tunisian side)"),  # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # bx4 Nafusa mountains
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G (row western-mountain, found by جبل نفوسة)
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 # bx5 the Algerian side
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G (district row)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (found by the spelling عين أمناس)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G* (row المثلث الحدودي)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "border_dz_side": ("region", "DZ", 29.6, 9.45, "Algeria-Libya border (Algerian side)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "bx1": ["إرم نيوز", "ليبيا الحدث", "الجيش الوطني الليبي", "غرفة عمليات الجنوب الغربي", "لواء طارق بن زياد",
         "الشرارة الأولى", "الجيش الجزائري", "جزائرية", "تشاديين"],
 "bx2": ["العين الإخبارية", "الجيش الوطني الليبي", "غرفة عمليات سرت والجفرة", "الهلال الأحمر الليبي", "اللبنانية",
         "المؤسسة الوطنية للنفط"],
 "bx3": ["الصباح نيوز", "المجلس العسكري الزنتان", "الجيش التونسي", "الجانب التونسي", "الوطنية الليبية",
         "قوة ليبية", "القوة المشتركة"],
 "bx4": ["الحرة", "المنطقة العسكرية الغربية", "صالح النالوتي", "ما ادري", "للجيش الوطني الليبي", "الوحدة الوطنية"],
 "bx5": ["الخبر", "سالم الغدامسي", "قوات حفتر", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "جزائرية",
         "الليبية", "للجيش الليبي"],
}

PHEN = {
 "bx1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil"],
 "bx3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bx4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "bx5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "bx1": [
  mv("withdraw", "reported", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("deploy", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["العوينات"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["غات"]),
  mv("redeploy", "conditional", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["سبها"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("reinforce", "reported", "Algerian army", [], ["جانت"]),
 ],
 "bx2": [
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("reinforce", "reported", LNA, ["قاعدة القرضابية الجوية"], ["بن جواد", "النوفلية"]),
  mv("redeploy", "reported", LNA, ["راس لانوف"], ["ميناء السدرة"]),
  mv("naval_landing", "denied", "Foreign fighters", ["طرابلس"], ["ميناء راس لانوف"]),
  mv("redeploy", "planned", LNA, ["الجفرة"], ["سرت"]),
  mv("advance", "conditional", LNA, ["بن جواد"], ["أبوقرين"]),
  mv("deploy", "denied", GNA, [], ["أبوقرين"]),
  mv("shipment", "reported", None, ["مصراتة"], ["الوشكة"]),
 ],
 "bx3": [
  mv("redeploy", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("withdraw", "reported", GNA, ["معبر رأس جدير"], ["زوارة"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["معبر رأس جدير"]),
  mv("advance", "denied", "Zintan forces", ["الجميل"], ["رقدالين"]),
  mv("redeploy", "conditional", GNA, [], ["معبر رأس جدير"]),
  mv("reinforce", "planned", GNA, ["قاعدة الوطية الجوية"], ["زلطن"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "bx4": [
  mv("advance", "reported", "Zintan forces", ["الرجبان"], ["الأصابعة"]),
  mv("withdraw", "reported", GNA, ["الأصابعة"], ["غريان"]),
  mv("reinforce", "reported", GNA, ["طرابلس"], ["ككلة"]),
  mv("redeploy", "conditional", GNA, ["ككلة"], ["يفرن"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الرجبان"]),
  mv("withdraw", "conditional", "Zintan forces", ["الأصابعة"], []),
  mv("advance", "denied", LNA, ["الشويرف"], ["نالوت"]),
  mv("deploy", "planned", GNA, [], ["وازن"]),
 ],
 "bx5": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("withdraw", "reported", LNA, ["غدامس"], ["درج"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["غات"]),
  mv("advance", "denied", "Foreign fighters", [], ["جانت"]),
  mv("deploy", "conditional", "Algerian army", ["إليزي"], ["المثلث الحدودي مع ليبيا والنيجر"]),
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("shipment", "planned", LNA, ["سبها"], ["غدامس"], ["درج"]),
 ],
}

NOTES = {
 "bx1": "One lede sentence with four movements joined by فيما/بينما/في حين: an LNA withdrawal Ubari→Sharara field "
        "(reported), the Tariq Bin Ziyad brigade entering the town it left, Sabha→Ubari via Al-Ghurayfa (reported), a "
        "company Tamanhint→Al-Awaynat (planned, تستعد), and Chadian gunmen from the Niger border into Ghat (denied by "
        "the Ghat mayor; the denial covers only this one). Then a quoted «على أن تعود إلى أوباري إذا…» (conditional "
        "return from the field, «الحقل» = Sharara), a flashback Idri→Sabha inside the same quote, an LNA cargo plane "
        "Jufra base→Ghat airport, and the Algerian army reinforcing Djanet («قبالة منفذ إيسين» is a locator). "
        "«الشرارة الأولى» is a common-word trap.",
 "bx2": "Lede with four movements (فيما، قبل أن، وسط): Misrata battalions massing at Abu Qurayn (reported; «غرب سرت» "
        "locator), LNA reinforcements Gardabiya→Bin Jawad and Nofaliya (reported), an LNA artillery battalion Ras "
        "Lanuf→Es Sider port (reported), and a sea landing of foreign fighters at Ras Lanuf port from Lebanon's "
        "Tripoli (denied by the LNA; the denial covers only the landing and is repeated in the quote). Then a planned "
        "Jufra→Sirte move and a conditional advance Bin Jawad→Abu Qurayn (لن … إلا إذا) in one nested quote, the GNA "
        "staff in Tripoli denying it sent any force to Abu Qurayn, and ammunition trucks Misrata→Al-Washka (owner "
        "unnamed). Displaced families Bin Jawad→Brega, the Red Crescent branch in Ajdabiya and Geneva are not movements.",
 "bx3": "Lede with four movements sharing places (في حين، بينما): the Tunisian army Medenine→Ben Gardane (reported), "
        "a GNA force leaving the Ras Ajdir crossing for Zuwara while a border-guard unit from Tripoli takes its place "
        "(both reported, one leaves the crossing the other enters), and Zintan fighters Al-Jumayl→Regdalin (quoted "
        "plan, denied by the Zintan military council: denied). Then a nested quote with a conditional return to «المعبر» "
        "(Ras Ajdir), planned GNA reinforcements Al-Watiya→Zaltan (كما), a reported landing of the Joint Force from "
        "Misrata at Zuwara port (وسط), and a planned Tunisian move Tataouine→Dehiba. «لتأمين الحدود مع ليبيا» is a "
        "purpose, not a destination.",
 "bx4": "Lede with four movements (بعد أن، فيما، على أن): Zintan forces Rujban→Al-Asabaa (reported) after a GNA "
        "battalion left Al-Asabaa for Gharyan (reported, «منها» = Al-Asabaa), GNA reinforcements Tripoli→Kikla "
        "(reported) «على أن تنتقل لاحقاً إلى يفرن إذا فشلت الوساطة» (conditional; the condition covers only the second "
        "leg Kikla→Yafran). Then a quoted flashback mobilisation at Rujban and a conditional Zintan withdrawal «لن "
        "يغادروا الأصابعة قبل…», the Nalut mayor's denial of an LNA column Ash-Shwayrif→Nalut, and a planned GNA "
        "deployment to Wazin. «ما ادري» (Idri) and «صالح النالوتي» are traps.",
 "bx5": "Lede with four movements of three forces (بالتزامن مع، في حين، وسط): the Algerian army In Amenas→Debdeb "
        "(reported; «قبالة غدامس الليبية» locator), an LNA company Ghadames→Derj (reported), another LNA force "
        "Sabha→Ghat (planned, تتأهب), and foreign gunmen towards Djanet (denied by Algerian security sources). Then a "
        "quoted conditional move Illizi→the Libya–Algeria–Niger border triangle (إذا), an Algerian airlift "
        "Tamanrasset→Djanet (كما), and an LNA convoy Sabha→Ghadames via Derj (planned, told by a colonel whose name "
        "contains غدامس). Ouargla (a command's seat), Algiers (a statement's venue) and the closing Debdeb/Ghadames "
        "sentence are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bx1", "bx2", "bx3", "bx4", "bx5")
