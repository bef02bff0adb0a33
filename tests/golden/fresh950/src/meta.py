# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 # shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also for the spelling اوباري)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qjp1 Sabha, Libya Rohaha Al-Watan TV
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 # qjp2 Ubari, Al-Raed TV
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 # qjp3 Ghat, Libya Al-Hurra TV
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "border_dz": ("region", "DZ", 24.90, 9.85, "Algeria-Libya border (Algerian side, near Djanet/Ghat)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),               # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 # qjp4 Kufra, Kufra Local Radio
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat area"),                       # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # qjp5 Sabha, Al-Wasat TV
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G (also for the spelling ادري)
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "qjp1": ["أخبار الجنوب", "ليبيا روحها الوطن", "طارق بن زياد", "الجيش الوطني", "عبد السلام المرزوقي",
          "التشادية", "درع الشرق", "مركز سبها الطبي"],
 "qjp2": ["الرائد", "علي الأوباري", "غرفة عمليات الجنوب", "مستشفى أوباري العام"],
 "qjp3": ["ليبيا الحرة", "الجيش الوطني", "الليبي", "إبراهيم الغاتي", "وكالة الأنباء الجزائرية",
          "الجيش الوطني الشعبي", "ليبية", "مهرجان غات الدولي للسياحة"],
 "qjp4": ["إذاعة الكفرة المحلية", "سبل السلام", "الجيش الوطني", "الليبي", "إدريس بوعجيلة", "سودانية",
          "التشادية", "الهلال الأحمر", "السودانيين"],
 "qjp5": ["الوسط", "إدريس المقرحي", "غرفة عمليات تحرير الجنوب", "ليبيين", "جزائري", "جامعة سبها",
          "الأهلي طرابلس", "الليبي"],
}

PHEN = {
 "qjp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
          "coverage_bases", "coverage_crossings"],
 "qjp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "qjp3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjp4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qjp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjp1": [
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["قلعة سبها"]),
  mv("advance", "conditional", "Libyan National Army", ["أم الأرانب"], ["مرزق"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تجرهي"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
 ],
 "qjp2": [
  mv("redeploy", "reported", "Libyan National Army", ["جرمة"], ["حقل الشرارة"], ["اوباري"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["حقل الفيل"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["أوباري"], ["مثلث السلفادور"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["أوباري"]),
 ],
 "qjp3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("deploy", "planned", "Libyan National Army", ["مطار غات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("advance", "conditional", "Libyan National Army", ["العوينات"], ["غات"]),
 ],
 "qjp4": [
  mv("reinforce", "reported", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["العوينات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ربيانة"]),
  mv("shipment", "denied", None, ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("advance", "reported", "Chadian armed groups", ["تيبستي"], ["الحدود مع تشاد"]),
 ],
 "qjp5": [
  mv("redeploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["وادي الشاطئ"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء البريقة"], ["ميناء السدرة"]),
 ],
}

NOTES = {
 "qjp1": "Sabha TV evening bulletin (Libya Rohaha Al-Watan; the channel's name contains Libya) in timed items: an LNA "
         "reinforcement column Hun→Tamanhint air base, a planned company from it (anaphora 'منه') to Sabha airport, "
         "a denied pull-out from Sabha Castle, a conditional advance Umm al-Aranib→Murzuq (the mayor's municipality "
         "and the dateline are not movement places), Chadian opposition gunmen massing near Tajarhi (Qatrun only "
         "dateline and distance reference), and a planned marine landing Benghazi port→Tobruk port in the national "
         "item; the Sabha medical centre, the Sabha–Ubari road accident and the weather line are place-only.",
 "qjp2": "Al-Raed TV midday bulletin from Ubari (the outlet's name is also the rank 'الرائد'; the LNA spokesman's "
         "surname contains أوباري): the 128th Brigade Germa→Sharara field via Ubari (spelled اوباري), a planned GNU "
         "airlift of oil guards Mitiga→El Feel field, a denied entry of foreign fighters from Niger into Ubari via "
         "the Salvador triangle, and a conditional LNA reinforcement Brak→Ubari if clashes resume in Wadi al-Hayat "
         "(condition only); the medicine shipment from Sabha and the Sharara crude to Mellitah are not force moves.",
 "qjp3": "Libya Al-Hurra morning digest from Ghat: an LNA transport plane Brak air base→Ghat airport, a planned "
         "posting of those troops (anaphora) at the Isayen crossing, an Algerian denial of any move Djanet→the border "
         "with Libya (Algerian side; item datelined Algiers, the capital, vs the country earlier; Ouargla only the command seat), a conditional "
         "LNA advance Al-Awaynat→Ghat; a civilian fuel convoy from Sabha and tourists from Italy and France are not "
         "movements; the Ghat festival and the mayor's surname hold غات.",
 "qjp4": "Kufra local radio morning bulletin (station name holds Kufra): the Subul al-Salam battalion column "
         "Tazirbu→Kufra, a planned company Kufra→the Uweinat border area (Jebel Uweinat, not the Fezzan town of the "
         "same name), a conditional pull-out from Rebiana, a denied arms-truck run Kufra→Darfur via the border "
         "triangle (no force named, actor null), and a reported Chadian rebel column Tibesti→the border with Chad; "
         "the civilian flight from Benghazi and the refugees from El Fasher are not movements; Idris inside the "
         "commander's name is no Idri.",
 "qjp5": "Al-Wasat TV midnight bulletin from Sabha (outlet name = 'the centre'): the 166th Battalion company Brak→"
         "Idri (dateline spelled ادري; the commander is Idris), a planned ammunition shipment Jufra air base→Brak air "
         "base, a denied transfer of Russian personnel on the same route, a conditional massing in Wadi al-Shati, "
         "and a reported marine landing Brega port→Es Sider in the national item; an Algerian delegation from "
         "Algeria, returning families Sabha→Murzuq and the Al-Ahli Tripoli match in Sabha are place-only.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjp1", "qjp2", "qjp3", "qjp4", "qjp5")
