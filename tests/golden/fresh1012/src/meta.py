# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # oil crescent coast
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; qma2 written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row, written بلدية البريقة)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "ras_lanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G* (row cur:ras-lanuf, kind oilfield there)
 "ras_lanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G (row ميناء السدرة; bare السدرة same key)
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 # oases and fields
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten (Nasser) oil field"),         # G (row حقل زلطن; bare زلطن same key)
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row, written بلدية جالو)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G (row district:LY-WA)
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G
 "bu_attifel": ("oilfield", "LY", 28.79540, 22.08090, "Bu Attifel oil field"),          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # bases and cities
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # borders and neighbours
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
}

TRAPS = {
 "qma1": ["ليبيا الجديدة", "الجيش الوطني الليبي", "غرفة عمليات الهلال النفطي", "قبيلة المغاربة", "سالم المغربي",
          "سودانيين", "شركة سرت للنفط", "شركة البريقة لتسويق النفط", "شركة الخليج العربي للنفط"],
 "qma2": ["ليبيا ريفيو", "غرفة عمليات سرت والجفرة", "إبراهيم الجضران", "البرق الخاطف", "الروسية"],
 "qma3": ["ليبيا هيرالد", "عبد الحميد الأوجلي", "تشادية", "الواحة"],
 "qma4": ["ليبيان إكسبريس", "الهلال الأحمر", "السودانيين", "دارفورية", "تجمع قوى تحرير السودان", "سوريين", "الروسية"],
 "qma5": ["ليبيا أولاً", "شركة سرت للنفط", "قبيلة المغاربة", "الفيلق الأفريقي", "الروسي", "ليبي-ليبي"],
}

PHEN = {
 "qma1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_oil", "countries"],
 "qma2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil"],
 "qma3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qma4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qma5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district", "coverage_bases",
          "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qma1": [
  mv("deploy", "reported", LNA, ["أجدابيا"], ["ميناء البريقة"]),
  mv("redeploy", "reported", None, ["ميناء البريقة"], ["حقل زلطن"]),               # Petroleum Facilities Guard
  mv("deploy", "planned", LNA, ["البريقة"], ["العقيلة"]),
  mv("withdraw", "conditional", None, ["زلطن"], ["أجدابيا"]),                     # Petroleum Facilities Guard
  mv("advance", "denied", "Sudanese armed groups", ["جالو"], ["البريقة"]),
 ],
 "qma2": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["راس لانوف"], ["اجدابيا", "البريقة"]),
  mv("withdraw", "reported", LNA, ["ميناء السدرة"], ["هراوة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار راس لانوف"]),
  mv("withdraw", "denied", "Wagner Group", ["راس لانوف"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["سرت"]),
 ],
 "qma3": [
  mv("mobilise", "reported", None, ["حقل النافورة", "حقل أمل"], ["جالو"]),         # Petroleum Facilities Guard
  mv("withdraw", "conditional", None, ["حقل بوعطيفل"], ["أوجلة"]),                 # Petroleum Facilities Guard
  mv("deploy", "planned", LNA, ["أجدابيا"], ["جالو"]),
  mv("shipment", "reported", None, ["أجدابيا"], ["حقل النافورة"]),                 # ammunition trucks for the PFG
  mv("advance", "denied", "Chadian armed groups", ["الكفرة"], ["اوجلة"]),
 ],
 "qma4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["مرادة", "حقل زلطن"], ["الكفرة"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["دارفور"], ["الحدود مع السودان"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["جالو"], []),
  mv("deploy", "planned", LNA, ["بنغازي"], ["مرادة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["قاعدة الجفرة الجوية"], ["مطار البريقة"]),
 ],
 "qma5": [
  mv("advance", "reported", LNA, ["أجدابيا"], ["حقل زلطن"]),
  mv("reinforce", "reported", None, ["مرادة"], ["زلطن"]),                          # Petroleum Facilities Guard
  mv("withdraw", "planned", LNA, ["زلطن"], ["أجدابيا"]),
  mv("withdraw", "conditional", None, ["زلطن"], ["مرادة"]),                        # Petroleum Facilities Guard
  mv("deploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["حقل زلطن"]),
 ],
}

NOTES = {
 "qma1": "Libya Al-Jadida from Ajdabiya (dateline only) on a Brega port handover: an LNA infantry battalion "
         "Ajdabiya→Brega port, the PFG guards it replaced Brega port→Zelten field (actor null), a planned LNA company "
         "Brega→El Agheila, a PFG threat to pull out of Zelten (bare «زلطن», the field, not the western town Zaltan) "
         "to Ajdabiya unless salaries are paid (conditional) and a denied arrival of Sudanese gunmen Jalu→Brega; "
         "Brega as a distance reference, Benghazi (protest venue) and Libya are no movement places; company names "
         "«شركة سرت للنفط», «شركة البريقة لتسويق النفط» and the ops room «غرفة عمليات الهلال النفطي» hold places.",
 "qma2": "Libya Review from Ras Lanuf on a brigade rotation: an LNA battalion Benghazi→Ras Lanuf via Ajdabiya and "
         "Brega, the outgoing battalion Es Sider port→Harawa (Sirte only locates Harawa), a planned air-defence "
         "airlift Benina air base→Ras Lanuf airport, a denied Wagner pull-out Ras Lanuf→Jufra air base and a "
         "conditional GNA-side advance Abu Qurayn→Sirte (speaker in Misrata); «غرفة عمليات سرت والجفرة» holds Sirte "
         "and Jufra; the 2016/2018 background and the Bin Jawad–Ras Lanuf road are not moves.",
 "qma3": "Libya Herald from Jalu on a PFG pay protest: guards from the Nafoora and Amal fields gathering in Jalu "
         "(mobilise, null), a conditional pull-out Bu Attifel field→Awjila, a planned LNA battalion Ajdabiya→Jalu, "
         "two ammunition trucks Ajdabiya→Nafoora (shipment, null) and a denied Chadian armed groups' entry "
         "Kufra→Awjila (denied by the mayor of Jalu municipality); oil pumped to Zueitina, the Chadian groups' area "
         "from Kufra to the border with Chad, exports via Es Sider and Zueitina are not movements.",
 "qma4": "Libyan Express from Sirte (dateline and 5+5 meeting venue) on Sudanese fighters leaving: a reported "
         "pull-out Marada and Zelten field→Kufra, a planned onward move Kufra→Darfur via the border with Sudan, a "
         "conditional stay near Jalu, a planned LNA battalion Benghazi→Marada and a denied airlift of Syrian "
         "mercenaries Jufra air base→Brega airport; «تجمع قوى تحرير السودان», «السودانيين» and «دارفورية» hold "
         "Sudan/Darfur; the UN-report background (Darfur factions around the Oil Crescent and Sirte Basin) is no move.",
 "qma5": "Libya First from Brega on Zelten talks: an LNA column Ajdabiya→near the Zelten field, a PFG company "
         "Marada→Zelten (reinforce, null), the draft deal's planned LNA pull-back Zelten→Ajdabiya, the PFG company's "
         "conditional return Zelten→Marada and a denied Africa Corps arrival Jufra air base→Zelten field; pumping "
         "to Brega port, the talks venue in Brega, the Brega mayor and the pipeline background are no moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qma1", "qma2", "qma3", "qma4", "qma5")
