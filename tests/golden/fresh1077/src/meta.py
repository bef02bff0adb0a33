# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or written differently (listed in the README).
P = {
 # countries and foreign capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 # Libya: coast, Sirte–Jufra line, oil crescent
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G* (row ميناء السدرة, written السدرة)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README convention: point near Hun/Waddan)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 # Libya: west and the Tunisian / Algerian borders
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "ras_jedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير, written معبر رأس جدير)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),   # G* (row الحدود الليبية التونسية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),    # G (qon2) / G* (qon5, written الحدود مع الجزائر)
 "tripoint_tn_dz": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 # Algeria and Tunisia
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس, written الجنوب التونسي)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G* (row district:TN-83 تطاوين, written ولاية تطاوين)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 # Kufra, the Uweinat triangle, Sudan and Egypt
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),            # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "east_owainat": ("town", "EG", 22.58, 28.72, "East Owainat (Sharq El Owainat)"),       # K
}

TRAPS = {
 "qon1": ["الوطن الليبية", "علي الهوني", "بركان الغضب", "الجيش الوطني الليبي", "شعبة الإعلام الحربي", "يهون",
          "الليبيون"],
 "qon2": ["جدلية", "ليلى الغدامسي", "الغدامسية", "حرس الحدود", "الجزائرية", "مبالغات"],
 "qon3": ["مركز الأهرام للدراسات السياسية والاستراتيجية", "كتيبة سبل السلام", "قوات الدعم السريع", "حرس الحدود",
          "المصرية", "المصري", "مصرية", "سودانية", "الليبية", "الليبي"],
 "qon4": ["الصباح الأسبوعي", "الجيش التونسي", "تونسياً", "تونسية", "حرس الحدود", "الهادي الرمادي", "الليبية", "ليبية"],
 "qon5": ["مركز الإمارات للدراسات والبحوث الاستراتيجية", "الفيلق الأفريقي", "البحرية التركية", "المالي", "مصرياً",
          "الليبية"],
}

PHEN = {
 "qon1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil"],
 "qon2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_neighbours", "countries"],
 "qon3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qon4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qon5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qon1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت", "قاعدة القرضابية"], ["ودان"]),
  mv("redeploy", "planned", "GNA forces", ["مصراتة"], ["الوشكة"]),
  mv("withdraw", "denied", "Libyan National Army", ["هون"], ["سوكنة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
 ],
 "qon2": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("reinforce", "planned", "Algerian army", ["إليزي"], ["الدبداب"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("reinforce", "denied", "Zintan forces", [], ["غدامس"]),
 ],
 "qon3": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("deploy", "planned", "Egyptian army", [], ["شرق العوينات"]),
  mv("airlift", "denied", "Egyptian army", [], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "qon4": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["رمادة"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["الحدود مع تونس"]),
  mv("withdraw", "reported", "Zintan forces", ["منفذ وازن"], []),
  mv("advance", "denied", "Tunisian army", [], ["منفذ وازن"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الذهيبة"]),
 ],
 "qon5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["طرابلس"], ["مصراتة"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"], []),
 ],
}

NOTES = {
 "qon1": "Libyan opinion site (Al-Watan Al-Libiya) column on the Sirte–Jufra line: LNA reinforcements Jufra air base→"
         "Sirte and the Gardabya base via Waddan (reported), a planned GNU chief-of-staff move of two battalions "
         "Misrata→Al-Washka, a denied LNA pull-out Hun→Sokna and a Misratan commander's conditional advance on Sirte "
         "(«لن تتقدم ... إلا إذا»; Al-Washka only in the condition); the columnist's «لو ... لـ» scenarios (LNA march "
         "on Abu Qurayn, the western forces on Sirte, the exposed oil crescent), Volcano of Rage in 2020, Cairo and "
         "Ankara as governments, Tripoli as the chief of staff's seat, Misrata as the commander's seat and the civilian "
         "fuel-and-vegetable trucks Misrata–Sirte are not movements or movement places; علي الهوني and يهون hold هون.",
 "qon2": "Pan-Arab e-zine (Jadaliyya) op-ed on Ghadames: a GNU border-guard column Nalut→Ghadames via Sinawen "
         "(reported; Ghadames airport only its purpose), a planned Algerian battalion Illizi→Debdeb, the LNA's "
         "conditional advance Shwayrif→Derj and Zintan's denied column to Ghadames; the writer's scenario (LNA "
         "Shwayrif→Derj→Ghadames, Algeria across the Libyan-Algerian border, Tunisia as escape) is not annotated; "
         "Algiers and Tunis as capitals vs Algeria and Tunisia as countries; الغدامسي/الغدامسية hold غدامس.",
 "qon3": "Egyptian think tank (Al-Ahram Center for Political and Strategic Studies) analysis on Kufra: an LNA Subul "
         "al-Salam column Kufra→Uweinat triangle (reported), RSF massing in Al-Malha (reported), a planned Egyptian "
         "border-guard deployment to East Owainat, Egypt's denied troop-carrying cargo planes at Kufra airport and the "
         "Kufra commander's conditional advance to the border with Sudan (Al-Malha only in the condition); the three "
         "«لو» scenarios (brigades from Benghazi, Cairo's eyes on Sirte, an arms corridor to Chad and Darfur), the "
         "2020 red line and Benghazi as the command's seat are not movements or movement places.",
 "qon4": "Tunisian weekly (Assabah Al-Ousboui) analysis from Tunis: Tunisian army reinforcements Tataouine→Remada "
         "(reported), a planned GNU border-guard force Nalut→the border with Tunisia (Libya side), a Zintani armed "
         "group's withdrawal from around the Wazin crossing (reported; الزنتان is its home, not the origin), a denied "
         "Tunisian entry into Libya near the Wazin crossing and the ministry's conditional reinforcement of Dehiba "
         "(Ras Jedir only in the condition); the analysts' scenario (LNA Shwayrif→Ghadames, refugees to Dehiba and "
         "Remada, Algeria in the border triangle), the Tunis dateline and Tripoli/Benghazi by metonymy are not moves.",
 "qon5": "Gulf think tank (Emirates Center for Strategic Studies and Research, Abu Dhabi) column with four scenarios "
         "(Sirte, Jufra, Ghadames, Kufra): a Russian Africa Corps airlift Al-Khadim base→Jufra air base (reported, "
         "flight data), a Turkish navy supply ship unloading armour at Misrata port (shipment, reported), a planned "
         "Turkish marine company landing at Khoms port, Ankara's denied transfer of Syrian fighters Tripoli→Misrata and "
         "the Africa Corps' conditional exit from Jufra (Benghazi only in the condition); the four «لو» scenarios "
         "(including a pull-out towards Mali or Niger) are not annotated; الجزائر العاصمة (city) vs الجزائر (country).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qon1", "qon2", "qon3", "qon4", "qon5")
