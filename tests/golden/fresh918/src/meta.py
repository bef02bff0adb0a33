# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # qij1 LNA spokesman in Al-Rajma (Sada El Balad)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),         # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qij2 GNU defence ministry in Tripoli (Monte Carlo Doualiya)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # qij3 Algerian defence ministry (Echaab)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz": ("region", "DZ", 27.5, 9.7, "Algeria-Libya border (Algerian side)"),      # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6227, "Illizi Takhamalt Airport"),      # K
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row kind airport)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # qij4 Egyptian military spokesman (Al-Gomhuria)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 # qij5 LNA Kufra military zone (Al-Jarida)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
}

TRAPS = {
 "qij1": ["الجيش الوطني", "صالح الزنتاني", "صدى البلد", "زلة لسان", "ليبيا الأحرار", "الدعم المالي",
          "عملية الكرامة", "الليبي", "قوة حماية طرابلس"],
 "qij2": ["محمد الغدامسي", "اللواء 444 قتال", "مونت كارلو الدولية", "الأيام الخمسة", "التونسي", "لبنانية",
          "الداخلية"],
 "qij3": ["إدريس بلعيد", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الشعب", "جزائرية", "الليبية"],
 "qij4": ["حسام السلومي", "المنطقة العسكرية الغربية", "جمال عبد الناصر", "الجمهورية", "مصرية", "الليبية"],
 "qij5": ["المنطقة العسكرية الكفرة", "إدريس الزوي", "الدعم السريع", "الجريدة", "الجيش الوطني",
          "الليبي", "السودانية", "تشاديين"],
}

PHEN = {
 "qij1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qij2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qij3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qij4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qij5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qij1": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["قاعدة الجفرة الجوية"], ["زلة"]),
  mv("deploy", "planned", "Libyan National Army", ["بنغازي"], ["حقل السرير"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("airlift", "denied", "Russian forces", ["الجفرة"], ["مالي"]),
  mv("advance", "conditional", "Libyan National Army", ["سوكنة"], ["الشويرف"]),
 ],
 "qij2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["صبراتة"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس اجدير"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("shipment", "denied", "GNA forces", ["مرفأ طرابلس"], ["ميناء الخمس"]),
  mv("reinforce", "conditional", "GNA forces", ["مصراته"], ["ترهونة"]),
  mv("mobilise", "denied", "GNA forces", [], ["جنزور"]),
 ],
 "qij3": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار إليزي"]),
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["تيقنتورين"], ["حاسي مسعود"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["الدبداب"]),
  mv("shipment", "reported", "Algerian army", ["حاسي مسعود"], ["الدبداب"]),
  mv("withdraw", "conditional", "Algerian army", ["تيقنتورين"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "qij4": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["السلوم"]),
  mv("withdraw", "reported", "Egyptian army", ["السلوم"], ["مرسى مطروح"]),
  mv("advance", "conditional", "Egyptian army", ["سيدي براني"], ["الحدود مع ليبيا"]),
  mv("airlift", "denied", "Egyptian army", ["مطار مرسى مطروح"], ["قاعدة الخادم"]),
 ],
 "qij5": [
  mv("reinforce", "reported", "Libyan National Army", ["جالو"], ["الكفرة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Libyan National Army", ["معطن السارة"], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", ["شمال دارفور"], ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانة"]),
 ],
}

NOTES = {
 "qij1": "LNA spokesman's press conference in Al-Rajma (venue only), Q&A: a 38-vehicle column Ajdabiya→Al-Jufra air "
         "base via Zella (Zella also inside the trap 'زلة لسان'), a planned protection company Benghazi→Sarir field, "
         "a reported marine landing Benghazi port→Zueitina terminal, a denied Russian airlift from Al-Jufra to Mali "
         "('الدعم المالي' trap), and a conditional advance Sokna→Ash-Shwayrif; Sirte, Abu Qurayn and Tripoli (also "
         "inside 'قوة حماية طرابلس') are only background.",
 "qij2": "GNU defence-ministry spokesman (name contains Ghadames) in Q&A: the 444 Brigade Tripoli→Zuwara via Sabratha, "
         "a planned company from that force (anaphora → Zuwara) to the Ras Ajdir crossing, a planned airlift Mitiga→"
         "Ghadames airport (Ghadames town and municipality only the topic and the requester), a denied ammunition ship "
         "from the port of Tripoli in Lebanon to Khoms port, a conditional reinforcement Misrata (spelled مصراته)→"
         "Tarhuna and a denied massing in Janzour; the Tunisian border closure (Tunis the capital) is background.",
 "qij3": "Algerian MoD press briefing (spokesman named Idris): an airlift Boufarik air base→Illizi airport, 4th-region "
         "units Ouargla→the Tiguentourine gas plant via Hassi Messaoud (In Amenas only a distance reference), a "
         "planned battalion Illizi→Debdeb, a fuel-and-ammunition convoy Hassi Messaoud→Debdeb, a conditional "
         "withdrawal from Tiguentourine (Ghat only the condition) and a denied incursion near Ghadames; dateline "
         "Algiers vs the country in 'حدود الجزائر'.",
 "qij4": "Egyptian military spokesman (name contains Sallum): a battle group Mohamed Naguib base→Siwa via Marsa Matruh "
         "('الصحراء الغربية' is Egypt's Western Desert, not Western Sahara), a planned marine landing from the "
         "helicopter carrier (named after a person) Alexandria→Sallum coast, a reported battalion pull-back "
         "Sallum→Marsa Matruh (the land port only mentioned), a conditional advance Sidi Barrani→the border with "
         "Libya ('من سرت إلى الجفرة' is the red line, not a move) and a denied airlift Marsa Matruh airport→Al-Khadim.",
 "qij5": "LNA Kufra military-zone spokesman (name contains إدري; Kufra inside the zone's name): a column Jalu→Kufra, a "
         "cargo flight Benina→Kufra airport, a planned company from Kufra (anaphora) to Jebel Uweinat via Maaten "
         "al-Sarra base, a conditional advance Maaten al-Sarra→the border with Sudan, a denied RSF entry North "
         "Darfur→Kufra via the border triangle, and Chadian gunmen reported massing near Rebiana; Benghazi, Chad "
         "and Sudan at the end are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qij1", "qij2", "qij3", "qij4", "qij5")
