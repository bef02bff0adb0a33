# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # foreign cities, districts and regions
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar))
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G (row شمال لبنان)
 # Libyan cities and towns
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "zuwaytina": ("town", "LY", 30.95220, 20.12022, "Zuwaytina"),                          # G
 "raslanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (row راس لانوف, kind oilfield)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # Libyan districts and regions
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # oil fields and terminals
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "buattifel": ("oilfield", "LY", 28.79540, 22.08090, "Bu Attifel oil field"),           # G* (row حقل بوعطيفل, written أبو الطفل)
 "raslanuf_oil": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                   # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G (row ميناء السدرة)
 "brega_port": ("oilfield", "LY", 30.415, 19.585, "Marsa el Brega oil port"),           # K
 "zuwaytina_port": ("oilfield", "LY", 30.945, 20.105, "Zueitina oil terminal"),         # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # bases, airports, sea ports
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
}

TRAPS = {
 "qed1": ["الأنباء", "الجيش الوطني الليبي", "الأوجلي", "زلة لسان", "شركة الخليج العربي للنفط", "الكويتي", "سودانية"],
 "qed2": ["أخبار الخليج", "الناقلة «طرابلس»", "الجيش الوطني الليبي", "شركة سرت لإنتاج النفط والغاز",
          "غرفة عمليات أجدابيا", "إدريس المغربي", "ليبيا الحدث"],
 "qed3": ["عمون", "الأردنيون", "الجيش الوطني الليبي", "الجالوي", "تشادية", "الليبية"],
 "qed4": ["الاقتصادية", "الجيش الوطني الليبي", "شركة الخليج العربي للنفط", "طريح السرير", "التشادية",
          "محمد الإدريسي", "المعروض الليبي"],
 "qed5": ["اللواء", "الجيش الوطني", "ربيع الطرابلسي", "الجيش الوطني الليبي", "لبنانيون", "لبنانياً", "اللبنانية", "الليبية"],
}

PHEN = {
 "qed1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qed2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qed3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "countries"],
 "qed4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qed5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qed1": [
  mv("redeploy", "reported", LNA, ["اجدابيا"], ["حقل النافورة"], ["اوجلة"]),
  mv("withdraw", "reported", LNA, ["حقل النافورة"], ["جالو"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["حقل السرير"]),
  mv("withdraw", "conditional", LNA, ["حقل السرير"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["حقل مسلة"]),
 ],
 "qed2": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["ميناء البريقة"], ["الزويتينة", "أجدابيا"]),
  mv("reinforce", "conditional", LNA, ["اجدابيا"], ["البريقة"]),
  mv("shipment", "reported", LNA, ["قاعدة بنينا الجوية"], ["البريقة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("redeploy", "denied", LNA, ["العقيلة"], ["البريقة"]),
 ],
 "qed3": [
  mv("mobilise", "reported", LNA, [], ["أوجلة"]),
  mv("advance", "conditional", LNA, ["أوجلة"], ["جالو"]),
  mv("deploy", "planned", LNA, ["قاعدة الخادم"], ["حقل أبو الطفل"]),
  mv("shipment", "denied", "Chadian armed groups", ["الكفرة"], ["جالو"], ["تازربو"]),
 ],
 "qed4": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["حقل السرير"]),
  mv("airlift", "reported", LNA, ["مطار بنينا"], ["حقل مسلة"]),
  mv("withdraw", "reported", LNA, ["حقل مسلة"], ["اجدابيا"]),
  mv("withdraw", "conditional", LNA, [], ["الكفرة"]),
  mv("deploy", "planned", LNA, ["قاعدة معطن السارة"], ["الحدود مع تشاد"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["ربيانة"]),
 ],
 "qed5": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
  mv("redeploy", "planned", LNA, [], ["ميناء السدرة"]),
  mv("advance", "denied", "GNA forces", ["مصراتة"], ["بن جواد"]),
  mv("mobilise", "conditional", LNA, [], ["راس لانوف"]),
 ],
}

NOTES = {
 "qed1": "PFG rotation at Nafoura: the incoming company Ajdabiya→Nafoura field via Awjila (redeploy) and the outgoing "
         "one back to its camp in Jalu ('20 km from Nafoura' is a distance reference); a planned airlift Benina air "
         "base→the Sarir field airstrip; striking guards' conditional pull-out from Sarir (Tripoli only the seat of "
         "the NOC); a denied Sudanese advance on the Messla field ('600 km from the border with Sudan' is a distance "
         "reference). Kuwait is both the analyst's city and an OPEC+ country; Al-Wahat and south-eastern Libya are "
         "background areas.",
 "qed2": "Guards strike at Brega port: an LNA battalion Benghazi→Brega port via Zuwaytina and Ajdabiya (reported), six "
         "ammunition trucks Benina air base→Brega (reported shipment), a "
         "conditional tank company Ajdabiya→Brega if the strike spreads to Ras Lanuf and Es Sider (condition places, "
         "not movement places), a planned landing Benghazi port→Zueitina terminal, and a denied transfer El "
         "Agheila→Brega. The tanker «طرابلس» is a trap; the NOC in Tripoli and the Ajdabiya operations room are not "
         "movement places.",
 "qed3": "Guards' sit-in near Jalu (Jordanian outlet, Amman vs Oman): an LNA battalion massing in Awjila ('25 km west "
         "of Jalu' is a distance reference), its conditional advance Awjila→Jalu, a planned company Al-Khadim "
         "base→Bu Attifel field, and a denied Chadian arms shipment Kufra→Jalu via Tazirbu. Jalu municipality is the "
         "mayor's office; the last paragraph is control without movement.",
 "qed4": "Sarir and Messla back on line: LNA reinforcements Kufra→Sarir, an airlift of guards Benina airport→Messla "
         "airstrip, the striking guards' departure Messla→Ajdabiya, a conditional return of the reinforcements to "
         "Kufra (no origin written in that sentence), a planned battalion Maaten al-Sarra base→the border with Chad, "
         "and a denied Chadian massing in Rebiana ('130 km west of Kufra' is a distance reference). Hariga/Tobruk "
         "only the pipeline's end; Kufra district is the speaker's.",
 "qed5": "Lebanese outlet: an LNA landing Benghazi port→Ras Lanuf port, a planned company to Es Sider port (origin "
         "not written: 'a company of them'), the GNA chief of staff's denial of an advance Misrata→Bin Jawad (Abu "
         "Qurayn only locates its positions) and guards' conditional massing at Ras Lanuf. Tripoli is Lebanese in "
         "the headline, the families' town and the engineers' syndicate, Libyan as the GNA seat, and inside the "
         "person name الطرابلسي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qed1", "qed2", "qed3", "qed4", "qed5")
