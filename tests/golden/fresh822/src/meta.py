# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and cities used as datelines / seats
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # the Ghadames–Derj–Sinawen–Nalut corridor
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "derj_mun": ("district", "LY", 30.16502, 10.45804, "Derj municipality"),               # G* (town row)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut district"),                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 # the Hamada, the Nafusa mountains and the LNA's approaches
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                  # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "west_ly": ("region", "LY", 31.0, 11.5, "Western Libya"),                              # K
 # Tunisian side
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "sfax_port": ("crossing", "TN", 34.728, 10.770, "Port of Sfax"),                        # K
 "zarzis_port": ("crossing", "TN", 33.470, 11.120, "Port of Zarzis"),                    # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "border_tn_side": ("region", "TN", 31.95, 10.55, "Tunisia-Libya border (Tunisian side)"),  # K
 # Algerian side
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 30.04, 9.45, "Debdeb-Ghadames border crossing"),  # K
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelt عين أميناس)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),               # G (row إليزي, district)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
}

TRAPS = {
 "qer1": ["الجيش الوطني الليبي", "التضامن", "درجة التأهب", "إدريس الغدامسي", "درجوا", "قوة حماية غدامس", "التوازن"],
 "qer2": ["حرس الحدود الليبي", "الصحافة اليوم", "الليبية", "إذاعة تطاوين", "التونسيين"],
 "qer3": ["الجيش الوطني الشعبي", "الحوار", "الليبية", "الناحية العسكرية الرابعة", "جزائرية", "الجانب الليبي"],
 "qer4": ["عمون", "أبو بكر الزنتاني", "الليبيين", "الباحث اللبناني", "المغاربية"],
 "qer5": ["الجريدة", "الجيش الوطني الليبي", "إدريس النالوتي", "وازن الشيوخ", "المنطقة العسكرية الغربية",
          "الكتائب المصراتية", "التونسية", "المدرجة"],
}

PHEN = {
 "qer1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qer2": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
          "vague_area", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qer3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qer4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qer5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qer1": [
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("reinforce", "reported", "GNA forces", ["نالوت"], ["سيناون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["درج"], ["الشويرف"]),
  mv("airlift", "denied", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "planned", "GNA forces", [], ["المثلث الحدودي"]),
 ],
 "qer2": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن", "وازن"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("naval_landing", "planned", "Tunisian army", ["ميناء صفاقس"], ["ميناء جرجيس"]),
  mv("shipment", "conditional", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("advance", "denied", "Zintan forces", [], ["وازن"], ["جادو"]),
 ],
 "qer3": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["حاسي مسعود"], ["مطار عين أميناس"]),
  mv("deploy", "conditional", "Algerian army", ["الدبداب"], ["معبر الدبداب"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["غدامس"]),
  mv("deploy", "reported", "GNA forces", ["سيناون"], ["مطار غدامس"]),
  mv("withdraw", "planned", "Libyan National Army", ["درج"]),
 ],
 "qer4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت", "درج"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الرجبان"]),
  mv("withdraw", "conditional", "GNA forces", ["غدامس"], ["نالوت"]),
 ],
 "qer5": [
  mv("advance", "reported", "Libyan National Army", ["إدري"], [], ["حقل الحمادة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("deploy", "planned", "GNA forces", ["الزنتان"], ["سيناون"]),
  mv("advance", "conditional", "Misrata forces", ["مزدة"], ["القريات"]),
  mv("shipment", "denied", "Libyan National Army", ["الرجمة"], ["الشويرف"]),
 ],
}

NOTES = {
 "qer1": "Al-Tadamun from Ghadames: an LNA column Ash Shwayrif→Derj across the Hamada al-Hamra, GNU reinforcements "
         "Nalut→Sinawen (Derj only a distance reference there), the LNA commander's conditional pull-back Derj→Ash "
         "Shwayrif if the GNU stops at Sinawen (Sinawen only the condition), a denied GNU airlift Mitiga base→Ghadames "
         "airport and planned border-guard patrols to the border triangle; Benghazi and Tripoli are speakers' seats, "
         "the Ghadames elders' council and Derj municipality venues; traps درجة/درجوا/التوازن, إدريس الغدامسي, قوة حماية غدامس.",
 "qer2": "Essahafa from Tataouine: the Tunisian 'national army' (not the LNA) reinforces Dehiba from Tataouine, GNU "
         "border guards Nalut→the Wazin crossing and Wazin, a planned company Remada→Borj El Khadra (the triangle only "
         "locates it), a planned naval move of marines Sfax port→Zarzis port (Ras Ajdir only a locator), a conditional "
         "ammunition-and-fuel shipment Gabes→Remada (Wazin only the condition), and Zintan's denied column to Wazin "
         "via Jadu (no origin written: Zintan is the council's seat). Tunis is the capital; Tripoli is marked «الليبية»; "
         "Ben Gardane, Ghadames and Tataouine governorate are background.",
 "qer3": "El Hiwar from Algiers: Algerian reinforcements In Amenas→Debdeb (Ghadames only a distance reference), a "
         "planned airlift Hassi Messaoud→In Amenas airport (Ouargla only the HQ), a conditional deployment Debdeb→the "
         "Debdeb crossing, a denied incursion Debdeb→Ghadames, a GNU force Sinawen→Ghadames airport and the LNA's "
         "planned pull-out from Derj under the elders' deal; Bordj Omar Driss (contains إدري) only a sector seat.",
 "qer4": "Ammon from Tripoli: a GNU column Tripoli→Ghadames via Nalut and Derj, marines landed Abu Sitta naval base→"
         "Zuwara port (Tripoli only locates the base, the border with Tunisia is the purpose), the LNA's planned battalion Brak air "
         "base→Ash Shwayrif (the Hamada only a locator), Zintan's denied massing in Ar Rujban, and the Nalut "
         "elders' conditional GNU pull-back Ghadames→Nalut (Ash Shwayrif only in the condition); Tripoli in Lebanon is "
         "the analyst's city; Benghazi a source; the Wazin crossing, Al Wafa, Zintan and Ghadames background.",
 "qer5": "Al-Jarida from Nalut: an LNA column from Idri via the Hamada field to an unnamed point '40 km south-east of "
         "Derj' (Derj a distance reference, no destination), an LNA massing shown in Ash Shwayrif, a planned GNU company Zintan→Sinawen, Misrata brigades' "
         "conditional advance Mizdah→Al Qaryat, and a denied drone/missile shipment Al Rajma→Ash Shwayrif; the elders' "
         "meeting places, the Wazin crossing, Dehiba, the Debdeb crossing are not movement places; traps وازن الشيوخ, المدرجة.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qer1", "qer2", "qer3", "qer4", "qer5")
