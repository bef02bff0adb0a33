# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # the triangle (shared)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_ly_dz": ("region", "LY", 30.00, 9.90, "Libya-Algeria border (Libyan side, Ghadames)"),  # K
 # qaa1 (Al-Quds Al-Arabi, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qaa2 (An-Nasr, Ouargla)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "bordjomardriss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),               # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "border_dz": ("region", "DZ", 29.70, 9.35, "Algeria-Libya border (Algerian side, Debdeb)"),  # K
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "debdeb_crossing": ("crossing", "DZ", 30.04, 9.47, "Debdeb-Ghadames border crossing"), # K
 # qaa3 (Diwan FM, Tataouine)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "border_tn_side": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side, Dehiba)"),  # K
 "sfax_port": ("crossing", "TN", 34.727, 10.770, "Port of Sfax"),                       # K
 "zarzis_port": ("crossing", "TN", 33.47, 11.11, "Port of Zarzis"),                     # K
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 # qaa4 (Monte Carlo Doualiya, Tripoli)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                   # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 # qaa5 (France 24, Ghadames)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
}

TRAPS = {
 "qaa1": ["القدس العربي", "مصطفى الغدامسي", "القيادة العامة للجيش الوطني الليبي", "الجيش الجزائري", "درجة التأهب", "الجيش التونسي", "الجانب الجزائري"],
 "qaa2": ["النصر", "الجيش الوطني الشعبي", "عبد الحميد التبسي", "الليبية"],
 "qaa3": ["ديوان أف أم", "الليبية", "الجزائرية", "عماد القابسي", "الجيش التونسي", "التراب التونسي"],
 "qaa4": ["مونت كارلو الدولية", "شركة مليتة للنفط والغاز", "المنطقة العسكرية الغربية", "إدريس قاسم",
          "قوة حماية طرابلس", "البعثة الأممية للدعم في ليبيا"],
 "qaa5": ["فرانس 24", "المدرجة", "القيادة العامة للجيش الوطني الليبي", "إبراهيم الدرجي", "درجات الحرارة", "40 درجة",
          "الجيش الجزائري", "مهرجان غدامس السياحي", "اللبنانية"],
}

PHEN = {
 "qaa1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_neighbours", "countries"],
 "qaa2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qaa3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qaa4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qaa5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qaa1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("mobilise", "reported", "GNA forces", [], ["سيناون"]),
  mv("redeploy", "planned", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("deploy", "denied", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
 ],
 "qaa2": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["حاسي مسعود", "عين امناس"]),
  mv("shipment", "reported", "Algerian army", ["برج عمر إدريس"], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("withdraw", "conditional", "Algerian army", ["الدبداب"], ["ورقلة"]),
  mv("redeploy", "denied", "Algerian army", ["تيقنتورين"], ["الحدود مع ليبيا"]),
 ],
 "qaa3": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("naval_landing", "planned", "Tunisian army", ["ميناء صفاقس"], ["ميناء جرجيس"]),
  mv("withdraw", "conditional", "Tunisian army", ["برج الخضراء"]),
  mv("advance", "denied", "Tunisian army", ["برج الخضراء"], ["غدامس"]),
  mv("redeploy", "reported", "GNA forces", ["نالوت"], ["وازن"]),
 ],
 "qaa4": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["حقل الوفاء"], ["الشويرف"]),
  mv("reinforce", "planned", "GNA forces", ["قاعدة الوطية"], ["درج"], ["سيناون"]),
  mv("naval_landing", "reported", "GNA forces", ["مصراتة"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["نالوت"]),
  mv("advance", "denied", "Libyan National Army", [], ["مطار غدامس"]),
 ],
 "qaa5": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["سيناون"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية"], ["غدامس"]),
  mv("advance", "conditional", "GNA forces", ["سيناون"], ["درج"]),
  mv("withdraw", "denied", "Libyan National Army", ["درج"]),
  mv("mobilise", "reported", "Algerian army", [], ["الدبداب"]),
 ],
}

NOTES = {
 "qaa1": "Al-Quds Al-Arabi from Tunis: a GNA border-guard column Tripoli→Ghadames via Nalut and forces massed in "
         "Sinawen; the LNA's planned armoured battalion Shwayrif→Derj ('100 km east of Ghadames' is a distance "
         "reference; Benghazi only the source's city); Algeria's conditional reinforcement In Amenas→Debdeb (Ghadames "
         "only 'the town facing'); Tunisia's denied deployment Tataouine→Borj El Khadra. Tunis is the dateline city "
         "and later the country; the triangle, Libya/Tunisia/Algeria and Tripoli of the last paragraph are background.",
 "qaa2": "An-Nasr from Ouargla: a mechanised battalion Ouargla→Debdeb via Hassi Messaoud and In Amenas (positioned "
         "'facing Ghadames', a locator); a fuel-and-ammunition convoy Bordj Omar Driss→Debdeb; a planned airlift "
         "Boufarik air base→In Amenas airport; a conditional return Debdeb→Ouargla (Ghadames only the condition); a "
         "denied transfer from the Tiguentourine gas plant towards the border with Libya (In Amenas only its locator).",
 "qaa3": "Diwan FM from Tataouine: reinforcements Remada→Borj El Khadra (Ghadames and Debdeb only distance "
         "references); a planned armoured unit Tataouine→Dehiba (the Dehiba crossing '5 km' and the border only "
         "reference and purpose); a planned marine company Sfax port→Zarzis port; a conditional stay at Borj El "
         "Khadra (Ghadames and Derj the condition); a denied Tunisian patrol Borj El Khadra→Ghadames; a GNA "
         "border-guard force Nalut→Wazin.",
 "qaa4": "Monte Carlo Doualiya from Tripoli: an LNA column Jufra air base→the Wafa field via Shwayrif (Ghadames "
         "'150 km', Mellitah and Tripoli only describe the field's pipeline); a planned GNA force Al-Watiya→Derj via "
         "Sinawen; 200 men landed at Zuwara port from Misrata; Zintan brigades' conditional move to Nalut (Derj only "
         "the condition); the LNA's denied entry into Ghadames airport, denied by the Ghadames municipality.",
 "qaa5": "France 24 from Ghadames: GNA border guards Nalut→Sinawen (Tripoli only the seat of the staff); a planned "
         "airlift Mitiga→Ghadames airport; 12 ammunition and fuel trucks Al-Watiya→Ghadames; a conditional advance "
         "Sinawen→Derj; the LNA's denied pull-out from Derj (the Wafa field only in the quote); the Algerian army "
         "massing near Debdeb; Algeria, Tunisia and Tripoli (Lebanon) only in the cancelled festival.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qaa1", "qaa2", "qaa3", "qaa4", "qaa5")
