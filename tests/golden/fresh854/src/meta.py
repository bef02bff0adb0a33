# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # qfx1 Sharara and El Feel shut (Al-Eqtisadiah)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qfx2 cash flights and convoys (CNBC Arabia)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qfx3 the Sallum trade and the Egyptian border (Al-Borsa)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sallum_port": ("crossing", "EG", 31.565, 25.160, "Port of Sallum"),                   # K
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind base)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G* (row مطروح)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # qfx4 Ras Ajdir shut, fuel prices and the Tunisian south (Diwan FM)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "se_tn": ("region", "TN", 33.00, 10.60, "South-eastern Tunisia"),                      # K
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "border_tn_side": ("region", "TN", 32.60, 11.05, "Tunisia-Libya border (Tunisian side)"),  # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qfx5 Sonatrach, In Amenas and Ghadames (Echaab)
 "ghadames_basin": ("region", "LY", 30.00, 10.80, "Ghadames Basin (Libyan part)"),      # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz_e": ("region", "DZ", 28.90, 9.80, "Algeria-Libya border (Algerian side, east)"),  # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
}

TRAPS = {
 "qfx1": ["الاقتصادية", "القوة القاهرة", "أكاكوس", "مالي", "صالح الفزاني", "الطاهر إدريس", "حراك غضب فزان",
          "الإسبانية", "الفرنسية", "النمساوية", "النرويجية", "مصرف ليبيا المركزي"],
 "qfx2": ["الليبي", "سي إن بي سي عربية", "مصرف ليبيا المركزي", "جهاز الردع", "اللواء طارق بن زياد",
          "كتيبة سبل السلام", "مالي", "عبد الحميد الغدامسي", "اللبناني", "الغدامسي"],
 "qfx3": ["البورصة", "الشاحنات المصرية", "غرفة التجارة المصرية الليبية", "مصري", "وحدات مصرية", "الجيش المصري", "القيادة العامة للجيش الوطني الليبي",
          "الشركات المصرية",
          "حمدي السلومي"],
 "qfx4": ["ديوان أف أم", "البنزين الليبي", "نهج طرابلس", "سوق ليبيا", "السلطات الليبية", "الجيش التونسي", "وزارة الداخلية الليبية",
          "علي الزنتاني", "التونسي", "دينار تونسي"],
 "qfx5": ["سوناطراك", "الشعب", "التراب الليبي", "الجيش الوطني الشعبي",
          "القيادة العامة للجيش الوطني الليبي", "مراد إدريس"],
}

PHEN = {
 "qfx1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "qfx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "countries"],
 "qfx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qfx4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfx5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfx1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الفيل"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"], ["مرزق"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["حقل الشرارة"]),
 ],
 "qfx2": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار سبها"]),
  mv("deploy", "reported", "Libyan National Army", [], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("airlift", "conditional", "GNA forces", ["معيتيقة"], ["مطار غات"]),
  mv("mobilise", "denied", None, [], ["الزاوية"]),
 ],
 "qfx3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("naval_landing", "conditional", "Egyptian army", ["مرسى مطروح"], ["ميناء السلوم"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("advance", "denied", "Egyptian army", [], ["مثلث العوينات"]),
 ],
 "qfx4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["رأس جدير"], ["العجيلات", "زوارة"]),
  mv("withdraw", "denied", "GNA forces", ["رأس جدير"], ["زوارة"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["وازن"]),
 ],
 "qfx5": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["تيقنتورين"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أميناس"]),
  mv("redeploy", "conditional", "Algerian army", ["إليزي"], ["الدبداب"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["حقل الوفاء"], ["غدامس"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
 ],
}

NOTES = {
 "qfx1": "Sharara and El Feel shut by protesters (force majeure): an LNA brigade column Sabha→Sharara field via Ubari, "
         "a planned ammunition-and-fuel convoy Tamanhint base→El Feel for the units there, their denied pull-out from "
         "El Feel toward Murzuq, and a conditional airlift Jufra air base→the Sharara airstrip. The Zawiya refinery and "
         "Mellitah are only pipeline/export outlets, Benghazi only dateline and speaker; 'القوة القاهرة' (force "
         "majeure) hides Cairo, 'المالي' hides Mali, 'الفزاني'/'حراك غضب فزان' hide Fezzan, 'الطاهر إدريس' hides Idri.",
 "qfx2": "Central Bank cash under guard: a GNA (Radaa) detachment flown Mitiga→Sabha airport with the cash, an LNA "
         "force deployed around the Sabha bank branch, a planned LNA escort Benghazi→Kufra via Ajdabiya and Jalu, a "
         "conditional second flight Mitiga→Ghat airport, and a denied massing of an unnamed armed group in Zawiya "
         "(actor null; Tripoli only locates the bank). Benina airport carries cash only; Beirut and Tripoli (Lebanon) "
         "are the Lebanese precedent.",
 "qfx3": "Sallum trade and fuel smuggling: an Egyptian battalion Marsa Matruh→Siwa (Al-Jaghbub only bounds the desert "
         "tracks there), a conditional marine landing Marsa Matruh→Sallum port (Sidi Barrani–Sallum only the "
         "checkpoints' stretch), an LNA company Tobruk→the Amsaad crossing, a planned LNA ammunition convoy Gamal "
         "Abdel Nasser air base→Al-Jaghbub, and a denied Egyptian crossing into the Uweinat triangle. Cairo is "
         "dateline and government; Matruh governorate, Derna and eastern Libya are context.",
 "qfx4": "Ras Ajdir shut and smuggled petrol prices in Ben Gardane: a GNA force Tripoli→Ras Ajdir via Al-Ajaylat and "
         "Zuwara, a denied pull-out from the crossing ('المعبر' = Ras Ajdir) to Zuwara, a naval landing Abu Sitta "
         "base→Zuwara port (Malta only the smugglers' destination), Tunisian units Tataouine→Dehiba, a planned company "
         "Gabes→Ben Gardane (the border with Libya only locates the smugglers' tracks), and Zintan forces' conditional "
         "advance Zintan→Wazin. Sfax is the dateline, Tunis the ministry, 'نهج طرابلس' a street in Ben Gardane.",
 "qfx5": "Sonatrach back in the Ghadames basin: Algerian units Ouargla→the Tiguentourine gas plant (In Amenas only a "
         "distance reference), a planned special-forces airlift Boufarik air base→In Amenas airport, a conditional "
         "battalion Illizi→Debdeb (the border with Libya only in the condition), a GNA force Nalut→Al-Wafa field via "
         "Ghadames, and the LNA's denied massing of 70 vehicles in Ash Shwayrif (Ghadames there only a distance "
         "reference). Tripoli only the seat of the chief of staff.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfx1", "qfx2", "qfx3", "qfx4", "qfx5")
