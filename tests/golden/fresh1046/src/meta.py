# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label or kind (listed in the README). No K (own-knowledge) rows.
P = {
 # oil crescent terminals and towns
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G (row ميناء السدرة; bare السدرة too)
 "ras_lanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (row راس لانوف, kind oilfield)
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),     # G (row راس لانوف; رأس in qni3)
 "ras_lanuf_mun": ("district", "LY", 30.50000, 18.52720, "Ras Lanuf municipality"),     # G* (row راس لانوف)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega (Marsa al-Brega)"),                 # G (row البريقة)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G (row ميناء البريقة)
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row البريقة)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Zueitina"),                            # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (also written اجدابيا)
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # Sirte basin interior: oases and fields
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat District"),                  # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "mabruk": ("oilfield", "LY", 29.73320, 17.31830, "Mabruk oil field"),                  # G
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                  # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G (row حقل أمل, written آمال)
 "bu_attifel": ("oilfield", "LY", 28.79540, 22.08090, "Bu Attifel oil field"),          # G (row حقل بوعطيفل, also أبو الطفل)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 # the south-west: El Feel-Sharara
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G (row حقل الفيل; bare الفيل too)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G (row حقل الشرارة; bare الشرارة too)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # other Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libya side)"),   # G* (row الحدود الليبية المصرية)
 # countries and foreign places
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row جانت, kind village)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                               # G
 "germany": ("country", "DE", 51.08509, 10.48110, "Germany"),                           # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
}

TRAPS = {
 "qni1": ["بترو نيوز", "جهاز حرس المنشآت النفطية", "الكتيبة 166 مشاة", "خام السدرة", "شركة الواحة للنفط",
          "المؤسسة الوطنية للنفط", "الشرارة الأولى", "شركة راس لانوف لتصنيع النفط والغاز", "الليبي"],
 "qni2": ["الإخبارية الليبية", "اللواء 128 معزز", "السرتي", "جهاز حرس المنشآت النفطية", "شركة الزويتينة للنفط",
          "آمال المصدّرين", "شركة الخليج العربي للنفط", "حكومة الوحدة الوطنية"],
 "qni3": ["عالم المال", "المؤسسة الوطنية للنفط", "القوة القاهرة", "شركة البريقة لتسويق النفط",
          "شركة الخليج العربي للنفط", "الفيلق الأفريقي", "الروسي", "مختار الطرابلسي", "الليبي", "المصرية"],
 "qni4": ["يو بي آي", "يونايتد برس إنترناشونال", "المؤسسة الوطنية للنفط", "اللواء طارق بن زياد",
          "جهاز حرس المنشآت النفطية", "إدريس الطارقي", "الفيل في الغرفة", "شركة أكاكوس للعمليات النفطية", "الليبية",
          "الليبي"],
 "qni5": ["صوت الإمارات", "بتوقيت أبوظبي", "المؤسسة الوطنية للنفط", "الوطنية للنفط", "القوة القاهرة",
          "جهاز حرس المنشآت النفطية", "خالد المبروك", "الليبية", "ليبية"],
}

PHEN = {
 "qni1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_oil", "countries"],
 "qni2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_oil", "countries"],
 "qni3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qni4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "qni5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_crossings", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qni1": [
  mv("deploy", "reported", None, ["راس لانوف"], ["ميناء السدرة"]),
  mv("withdraw", "reported", LNA, ["ميناء السدرة"], ["بن جواد"]),
  mv("redeploy", "planned", None, ["ميناء راس لانوف"], ["مرسى البريقة"]),
  mv("deploy", "conditional", LNA, ["بن جواد"], ["السدرة"]),
  mv("withdraw", "denied", None, ["حقل الفيل"], ["الشرارة"]),
 ],
 "qni2": [
  mv("deploy", "reported", LNA, ["قمينس"], ["ميناء الزويتينة"]),
  mv("deploy", "planned", None, ["البريقة"], ["ميناء الزويتينة"]),
  mv("deploy", "conditional", LNA, [], ["مرادة", "جالو"]),
  mv("reinforce", "denied", LNA, ["سرت"], ["راس لانوف"]),
 ],
 "qni3": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["مرسى البريقة"]),
  mv("airlift", "planned", None, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  mv("withdraw", "reported", None, ["حقل زلطن"], ["مرادة"]),
  mv("deploy", "conditional", None, ["مرادة"], ["حقل زلطن"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء رأس لانوف"]),
 ],
 "qni4": [
  mv("deploy", "reported", LNA, ["براك"], ["الشرارة"], ["إدري"]),
  mv("reinforce", "reported", None, ["الفيل"], ["الشرارة"]),
  mv("airlift", "planned", None, ["قاعدة تمنهنت"], ["الشرارة"]),
  mv("advance", "conditional", LNA, ["الشرارة"], ["أوباري"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"], ["منفذ إيسين"]),
 ],
 "qni5": [
  mv("deploy", "reported", None, ["أجدابيا"], ["ميناء راس لانوف"]),
  mv("mobilise", "reported", LNA, [], ["بن جواد", "النوفلية"]),
  mv("deploy", "planned", LNA, ["ميناء بنغازي"], ["ميناء السدرة"]),
  mv("deploy", "conditional", LNA, [], ["ميناء راس لانوف"]),
  mv("shipment", "denied", None, ["تركيا"], ["ميناء البريقة"]),
 ],
}

NOTES = {
 "qni1": "Oil-industry site (Petro News, Cairo byline) on a PFG handover at Es Sider after a protest closure: PFG guards "
         "Ras Lanuf→Es Sider port (actor null), the LNA's 166th Infantry Battalion pulling back from the port to its camp "
         "in Bin Jawad, a planned PFG company Ras Lanuf port→Marsa al-Brega, the battalion's conditional return Bin "
         "Jawad→Es Sider («لن تعود ... إلا إذا») and the PFG's denied pull-out El Feel→Sharara; the protesters' "
         "conditional return (civilian), the Greek-flagged tanker loading for Italy, Dahra and Al-Wahat fields (valves), "
         "Tripoli as silent government and the Sirte Basin companies are not movements or movement places.",
 "qni2": "Libyan east TV site (Al-Ikhbariya Al-Libiya, Ajdabiya) on the 128th Reinforced Brigade securing Zueitina "
         "terminal after a sit-in: the brigade Qaminis→Zueitina port, two planned PFG companies Brega→Zueitina port "
         "(«الميناء»), the brigade's conditional move towards Marada or Jalu (only if closures spread to the fields) and "
         "its denied reinforcement Sirte→Ras Lanuf (claimed by GNU-aligned platforms); the notables' threat to shut "
         "Nafoora, Amal (written آمال, also «خيّب آمال») and Bu Attifel (written أبو الطفل), cargoes for Spain and "
         "Germany, the oil company's fire-and-ambulance convoy Brega→port (civilian) and Tripoli as seat of the GNU are "
         "not movements or movement places; the spokesman's name السرتي holds سرت.",
 "qni3": "Economic paper (Alam Al-Mal, Cairo byline) on Libyan output: LNA reinforcements Ajdabiya→Marsa al-Brega, a "
         "planned PFG airlift Benina air base→Brega airport, PFG guards leaving Zelten field for Marada over pay "
         "(withdraw reported, actor null) and their conditional return Marada→Zelten, and the LNA's denial of an Africa "
         "Corps landing at Ras Lanuf port (written رأس) from Tartus (naval_landing, Russian forces); Sarir, Messla, "
         "Hariga near the border with Egypt, Italy and China (refiners), Awjila and Jalu (protesters), Bu Attifel (gas "
         "line), the Brega municipality, Tripoli (an economist's city; الطرابلسي holds طرابلس) and Cairo (Egypt's "
         "government; also inside «القوة القاهرة») are not movement places.",
 "qni4": "International agency in Arabic (UPI Arabic, dateline Tripoli (Libya)) on the El Feel-Sharara pipeline closed "
         "by Ubari protesters: a Tariq bin Ziyad battalion Brak→Sharara via Idri, PFG guards El Feel→Sharara "
         "(reinforce, actor null), a planned PFG airlift Tamanhint base→the field, the brigade's conditional advance "
         "Sharara→Ubari and Algeria's denial of an army entry Djanet→Ghat via the Isayen crossing; Ubari as the "
         "protesters' town, the border with Algeria (calm, Libya side), the person إدريس الطارقي (holds إدري) and "
         "the idiom «الفيل في الغرفة» (holds الفيل) are not movements or movement places.",
 "qni5": "NOC statement retold (Emirates Voice «صوت الإمارات», no dateline) lifting force majeure at Ras Lanuf and Es "
         "Sider: two PFG companies Ajdabiya→Ras Lanuf port (actor null), LNA massing in Bin Jawad and Nofaliya, two "
         "LNA navy boats planned Benghazi port→Es Sider port, the army's conditional return to Ras Lanuf port and the "
         "NOC's denial of an arms cargo from Turkey unloaded at Brega port (shipment, actor null); protesters leaving "
         "the site (civilian), Mabruk and Dahra output, the Ras Lanuf municipality, «بتوقيت أبوظبي», the outlet's "
         "name (holds الإمارات), خالد المبروك (holds المبروك) and the crescent «بين سرت وبنغازي» are not movements "
         "or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qni1", "qni2", "qni3", "qni4", "qni5")
BAR_IN_TEXT = True  # qni2's headline «بالفيديو |» has a literal bar (the TV site's style)
