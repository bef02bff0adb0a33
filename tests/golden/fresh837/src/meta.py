# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                 # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # qfg1 Egyptian workers, the Sarir line and Sallum (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G (row برقة, names include الشرق الليبي)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sohag_gov": ("district", "EG", 26.53303, 31.75865, "Sohag Governorate"),              # G
 "asyut_gov": ("district", "EG", 27.23432, 31.11334, "Asyut Governorate"),              # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 30.5, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
 # qfg2 Zueitina and Brega terminals (Al-Jarida)
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row الزويتينة)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "buattifel": ("oilfield", "LY", 28.79540, 22.08090, "Bu Attifel oil field"),           # G (row حقل بوعطيفل)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el-Brega oil terminal"),   # G* (town row البريقة)
 # qfg3 Awjila and the Amal field (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G (row حقل أمل)
 "muscat": ("city", "OM", 23.58413, 58.40778, "Muscat"),                                # G
 "awjila_mun": ("district", "LY", 29.10806, 21.28694, "Awjilah municipality"),          # G* (town row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # qfg4 Jalu and the Nafoora line (Al-Mutawassit)
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 "ajdabiya_airport": ("airport", "LY", 30.76510, 20.19140, "Agedabia Airport"),         # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 # qfg5 Lebanese engineers at Sarir, Kufra and the Sudanese border (Al-Liwaa)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G* (row جنوب شرق ليبيا)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
}

TRAPS = {
 "qfg1": ["الوفد", "الخليج العربي", "الجيش الوطني الليبي", "حرس المنشآت النفطية", "سيد إدريس", "المصريين"],
 "qfg2": ["الجريدة", "الجيش الوطني الليبي", "شركة الزويتينة للنفط", "شركة سرت للنفط", "صالح المغربي", "زلة لسان",
          "الملك إدريس السنوسي", "مؤسسة البترول الكويتية", "الليبية"],
 "qfg3": ["عمون", "الجيش الوطني الليبي", "عبد السلام الأوجلي", "آمال العمال", "الأردنيين", "الأردنية"],
 "qfg4": ["المتوسط", "حراك شباب جالو", "محمد الجالوي", "الليبي"],
 "qfg5": ["اللواء", "لواء طارق بن زياد", "قوات الدعم السريع", "السودانية", "اللبنانية", "اللبنانيين", "الليبية"],
}

PHEN = {
 "qfg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
          "countries"],
 "qfg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qfg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_oil"],
 "qfg5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfg1": [
  mv("deploy", "reported", "Libyan National Army", ["أجدابيا"], ["حقل السرير"], ["جالو"]),
  mv("redeploy", "planned", "Libyan National Army", ["السرير"], ["حقل مسلة"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل النافورة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
 "qfg2": [
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء الزويتينة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء الزويتينة"], ["ميناء البريقة"]),
  mv("advance", "conditional", "Libyan National Army", ["أجدابيا"], ["الزويتينة"]),
  mv("shipment", "denied", "Libyan National Army", [], ["ميناء البريقة"]),
 ],
 "qfg3": [
  mv("advance", "reported", "Libyan National Army", ["أوجلة"], ["حقل آمال"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["جالو"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل آمال"]),
  mv("deploy", "denied", "Sudanese armed groups", ["السودان"], ["حقل النافورة"]),
 ],
 "qfg4": [
  mv("mobilise", "reported", "Libyan National Army", [], ["جالو"]),
  mv("shipment", "reported", "Libyan National Army", ["أجدابيا"], ["جالو"], ["أوجلة"]),
  mv("redeploy", "planned", "Libyan National Army", ["جالو"], ["حقل النافورة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["جالو"], ["أجدابيا"]),
  mv("airlift", "denied", "Foreign fighters", [], ["مطار إجدابيا"]),
 ],
 "qfg5": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["حقل السرير"]),
  mv("deploy", "planned", "Libyan National Army", [], ["حقل مسلة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["مثلث العوينات"]),
 ],
}

NOTES = {
 "qfg1": "Al-Wafd on Egyptian oil workers: an LNA infantry battalion Ajdabiya→Sarir field via Jalu (headline repeats "
         "it), a planned company from Sarir (short form السرير) to the Messla field ('40 km to the north' adds no "
         "place), a denied pull-out of the General Command's facility guards from the Nafoora field (Jalu there only "
         "a distance reference), and the Egyptian army's conditional reinforcement of Sallum. Not movements: the "
         "Sarir→Hariga pipeline, two buses of workers Jalu→the Sallum land port via Tobruk (civilians), Benghazi and "
         "Cairo as speakers' cities, the units already on the border with Libya.",
 "qfg2": "Al-Jarida (Kuwait City): LNA marines landed at Zueitina port from Tobruk naval base, the same ship planned "
         "Zueitina port→Brega port with a second company, the Ajdabiya battalion's conditional advance on Zueitina "
         "town ('25 km from Ajdabiya' is a distance reference; Ajdabiya is the origin as the unit's base), and a "
         "denied ammunition shipment unloaded at Brega port. The Bu Attifel field only feeds the terminal; the "
         "Zueitina and Sirte oil companies, King Idris and the Kuwaiti oil corporation are traps.",
 "qfg3": "Ammon (Amman): LNA units advanced Awjila→Amal field (protesters' sit-in), a planned airlift of 60 men "
         "Benina air base→the Jalu airstrip ('60 km south-east of the field'), the commander's conditional pull-back "
         "from around Amal ('لن تنسحب ... إلا إذا'), and a denied deployment of fighters from Sudan to guard the "
         "Nafoora field. Muscat/Oman (a company's seat), the embassy in Tripoli and the Awjila municipality are not "
         "movement places; 'آمال العمال' is a common-word trap beside the Amal field.",
 "qfg4": "Al-Mutawassit (Jalu): the LNA massing of 40 vehicles in Jalu, a fuel-and-ammunition convoy Ajdabiya→Jalu "
         "via Awjila, a planned company Jalu→Nafoora field at the end of the deadline, a conditional return Jalu→"
         "Ajdabiya camps if the valve is reopened, and a denied cargo flight of foreign fighters to Ajdabiya airport. "
         "Protesters of 'حراك شباب جالو' (trap) are not a force; Al-Wahat district, Jalu municipality and Marada "
         "are places only.",
 "qfg5": "Al-Liwaa (Beirut): a Tariq bin Ziyad battalion Kufra→Sarir field (headline repeats it), a planned company "
         "to the Messla field (no origin written), a conditional LNA force Kufra→the border with Sudan, and the "
         "RSF's denied massing in the Uweinat triangle. Not movements: the workers' planned evacuation by air to "
         "Benina airport or overland via Jalu, Ajdabiya and the Amsaad crossing to Egypt (civilians), Tripoli "
         "(Lebanon) and Akkar as the engineers' homes, the NOC in Tripoli.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfg1", "qfg2", "qfg3", "qfg4", "qfg5")
