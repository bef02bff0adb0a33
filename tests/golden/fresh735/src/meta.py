# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (qbi3 surface قاعدة الجفرة: G*)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qbi1 Sabha airport (Monte Carlo Doualiya)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "brak_airport": ("airport", "LY", 27.65300, 14.26400, "Brak airport"),                 # G* (row قاعدة براك الجوية, kind airport)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 # qbi2 Ubari and Ghat airports (Al-Quds Al-Arabi)
 "ubari_airport": ("airport", "LY", 26.567, 12.800, "Ubari Airport"),                   # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # qbi3 Brak air base and Idri (Sada El Balad)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G (surface قاعدة براك: G*)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # qbi4 Illizi, In Amenas and Ghat (Echaab)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6227, "Illizi Takhamalt Airport"),      # K
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row kind airport)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "border_ly_dzside": ("region", "DZ", 28.00, 9.85, "Algeria-Libya border (Algerian side)"),  # K
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 # qbi5 Al Wigh and Kufra (Al-Sudani)
 "alwigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh"),                               # G* (row قاعدة الويغ)
 "alwigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),            # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "tripoint_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
}

TRAPS = {
 "qbi1": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "الخطوط الجوية الليبية", "عادل الطرابلسي", "غرفة عمليات الجنوب",
          "السبهاوي", "التشادية"],
 "qbi2": ["القدس العربي", "اللبنانية", "الأجنحة الليبية", "حرس المنشآت النفطية", "الخطوط الجوية الإفريقية"],
 "qbi3": ["الجيش الليبي", "صدى البلد", "الجيش الوطني الليبي", "طارق بن زياد", "إدريس المقرحي", "السورية",
          "الفيلق الإفريقي"],
 "qbi4": ["الجيش الوطني الشعبي", "الشعب", "الجيش الوطني الليبي", "الليبية", "الخطوط الجوية الجزائرية"],
 "qbi5": ["الدعم السريع", "السوداني", "الجيش الوطني الليبي", "إدريس التباوي", "القوة المشتركة لحركات الكفاح المسلح",
          "تشادية"],
}

PHEN = {
 "qbi1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qbi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qbi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "qbi4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbi5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbi1": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("redeploy", "reported", "Libyan National Army", ["مطار سبها"], ["قاعدة تمنهنت الجوية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["أوباري"]),
  mv("airlift", "denied", "Foreign fighters", [], ["مطار براك"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "qbi2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم"], ["مطار أوباري"]),
  mv("airlift", "planned", "GNA forces", ["مصراتة"], ["مطار غات"]),
  mv("deploy", "denied", "Syrian mercenaries", ["مطار أوباري"], ["حقل الشرارة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("advance", "conditional", "Libyan National Army", ["أوباري"], ["غات"]),
 ],
 "qbi3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنط"], ["قاعدة براك"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["إدري"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة طبرق البحرية"], ["قاعدة براك"]),
  mv("withdraw", "reported", "Wagner Group", ["قاعدة براك"], ["قاعدة الجفرة"]),
 ],
 "qbi4": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار إليزي"]),
  mv("redeploy", "reported", "Algerian army", ["إليزي"], ["عين أميناس"]),
  mv("airlift", "reported", "Libyan National Army", ["سبها"], ["مطار غات"]),
  mv("shipment", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("deploy", "planned", "Libyan National Army", ["مطار غات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"], ["معبر تين الكوم"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت"]),
  mv("withdraw", "reported", "Algerian army", ["جانت"], ["تمنراست"]),
 ],
 "qbi5": [
  mv("airlift", "reported", None, ["مطار الكفرة"], ["مطار الويغ"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الويغ"], ["شمال دارفور"], ["شمال تشاد"]),
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الويغ"], ["نيالا"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["الويغ"]),
  mv("advance", "conditional", "Sudanese armed groups", ["مليط"], ["وادي هور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["منفذ التوم"]),
 ],
}

NOTES = {
 "qbi1": "Sabha airport as an air bridge: two LNA Il-76s Benina air base→Sabha airport (Benghazi only locates the base), "
         "the troops bussed Sabha airport→Tamanhint air base ('30 km north-east of the city' adds no place), a planned "
         "engineer flight Al-Jufra air base→Ghat airport (the border with Algeria only locates the town), a conditional "
         "deployment to Ubari if the Sharara field is attacked (Sharara only the condition), and a denied landing of "
         "foreign fighters at Brak airport. The civilian flight Mitiga (Tripoli)→Sabha is not a movement.",
 "qbi2": "A chartered An-26 (company registered in Lebanon, owner from Tripoli in Lebanon: places but not movement places) "
         "brings an LNA battalion and ammunition Al-Khadim base→Ubari airport; a GNA minister's civilian flight Mitiga→"
         "Ghat airport is not a movement; a planned GNA airlift of a facilities-guard company Misrata→Ghat airport; a "
         "denied move of Syrian mercenaries Ubari airport→Sharara field; a conditional LNA advance Ubari→Ghat; civilian "
         "routes Ghat–Tunis (the city) and Ubari–Tripoli are not movements.",
 "qbi3": "Brak air base reopened: an LNA transport Al-Jufra base→Brak air base, a company Brak→Idri by road (Idri's "
         "municipality only the requester), a planned helicopter lift Tamanhint (spelled تمنهنط)→Brak base, a conditional "
         "reinforcement Sabha→Idri, and a denied Russian (Africa Corps) airlift Hmeimim (Syria only locates it)→Brak "
         "base. Civilian flights to Sabha airport / from Benina airport and the chief of staff's visit to Cairo are not "
         "movements; Idri also sits inside the person name إدريس المقرحي.",
 "qbi4": "Algerian side: a special-forces airlift Boufarik air base→Illizi airport and a road move Illizi→In Amenas (the "
         "border with Libya '30 km' only a distance reference); Libyan side: an LNA transport Sabha→Ghat airport (a "
         "civilian flight from Tripoli alongside), a planned LNA move Ghat airport→Isayen crossing, a denied Algerian "
         "crossing Djanet→Ghat via Tin Alkoum, and a conditional Algerian reinforcement to Djanet (the Libyan south "
         "only the condition). Dateline الجزائر = Algiers, «حدود الجزائر» = the country.",
 "qbi5": "Al Wigh as a supply node: an unnamed cargo airlift Kufra airport→Al Wigh airport (actor null), an RSF truck "
         "shipment Al Wigh→North Darfur via northern Chad, a denied RSF airlift Al Wigh airport→Nyala (the border with "
         "Niger only the airport's purpose), a planned LNA company Al Qatrun→Al Wigh, a conditional advance of the "
         "Darfur joint force Mellit→Wadi Howar (Al Wigh only the condition); a WFP aid flight to Kufra airport and "
         "civilian staff flights are not movements; Sabha and Port Sudan only sources/datelines.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbi1", "qbi2", "qbi3", "qbi4", "qbi5")
