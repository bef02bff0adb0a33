# Gold metadata for fresh988 (qlb1-qlb5), written blind. Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (grep -F in data/gazetteer.csv); K = own knowledge, a representative point (see README
# "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                  # G
 "comoros": ("country", "KM", -11.64894, 43.31500, "Comoros"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                   # G
 # qlb1 Egyptian denial / LNA boats to Tobruk (Al-Arabi al-Nasseri, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                      # G (row خليج البمبة)
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                   # G (row البردي)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                    # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                   # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                           # G
 "border_ly_eg": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 # qlb2 Russian landing ships Tartus -> Benghazi (MTV Lebanon, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                   # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                       # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                               # G
 # qlb3 GNU coast guard in Zuwara, Tunisian navy (Al-Janoubiya, Zarzis)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                  # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),       # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),              # G* (town row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G (row تونس, city)
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                            # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                       # G
 "border_ly_tn": ("region", "TN", 33.05, 11.35, "Tunisia-Libya border (Tunisian side)"),   # K
 "southeast_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),            # G* (row جنوب شرق تونس)
 # qlb4 Turkish frigate and landing ship in Misrata (Al-Watan, Doha)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),            # G* (city row)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                      # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                       # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                          # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 # qlb5 Irini interception, LNA landing at Ras Lanuf (Belqees, Benghazi)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),           # G* (row راس لانوف)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "aqaba_port": ("crossing", "JO", 29.51700, 35.00100, "Port of Aqaba"),                    # K
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                 # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),              # G
}

TRAPS = {
 "qlb1": ["الكرامة", "العربي الناصري", "مصري", "الجيش الوطني الليبي", "إدريس الطبرقي", "الطبرقي", "اليونانية", "إيريني"],
 "qlb2": ["إم تي في", "الساحل السوري", "خليل حلبي", "عسكريتين", "فيلق أفريقيا", "سبوتنيك", "الروسية", "اللبنانية",
          "لبناني"],
 "qlb3": ["الجنوبية", "الليبي", "كتيبة شهداء زوارة", "رمضان الصبراتي", "الصبراتي", "تونسية", "وكالة تونس إفريقيا للأنباء",
          "الليبية"],
 "qlb4": ["الوطن", "الأناضول", "مسعود الزليتني", "التركية", "سوريين", "الجيش الوطني", "بركان الغضب",
          "الليبية"],
 "qlb5": ["إيريني", "بلقيس", "الجيش الوطني", "العقبة الأحدث", "سفينة الإنزال «طبرق»", "إدريس الجغبوبي", "الجغبوبي",
          "يونانية", "الليبية"],
}

PHEN = {
 "qlb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qlb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "countries"],
 "qlb3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qlb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlb1": [
  mv("naval_landing", "denied", "Egyptian army", ["قاعدة رأس التين البحرية"], ["خليج البمبة"]),
  mv("redeploy", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["البردي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["ميناء درنة"], ["خليج البمبة"]),
 ],
 "qlb2": [
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء بنغازي"], ["كريت"]),
  mv("redeploy", "planned", "Russian forces", ["بنغازي"], ["قاعدة الخادم"]),
  mv("shipment", "planned", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "denied", "Russian forces", [], ["طبرق"]),
  mv("redeploy", "conditional", "Russian forces", ["طرطوس"], ["طبرق"]),
 ],
 "qlb3": [
  mv("deploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"], ["صبراتة", "مجمع مليتة"]),
  mv("mobilise", "reported", None, [], ["جزيرة فروة"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["أبو كماش"]),
  mv("advance", "denied", "GNA forces", [], ["جربة"]),
  mv("reinforce", "planned", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("advance", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
 ],
 "qlb4": [
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء مصراتة"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجيرليك"], ["مطار مصراتة"]),
  mv("redeploy", "planned", "Turkish armed forces", ["مصراتة"], ["زليتن"]),
  mv("withdraw", "reported", "Turkish armed forces", ["ميناء طرابلس"], ["تركيا"]),
  mv("deploy", "denied", "Syrian mercenaries", ["مرسين"], ["ميناء الخمس"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["أبو قرين"]),
 ],
 "qlb5": [
  mv("shipment", "denied", "Libyan National Army", ["ميناء العقبة"], ["ميناء بنغازي"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("deploy", "planned", "Libyan National Army", ["ميناء راس لانوف"], ["ميناء السدرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["راس لانوف"], ["بنغازي"]),
  mv("mobilise", "denied", None, [], ["ميناء الزويتينة"]),
 ],
}

NOTES = {
 "qlb1": "Egyptian denial and LNA navy moves around Tobruk (Al-Arabi al-Nasseri, Cairo): a denied Egyptian marine "
         "landing from Ras el-Tin naval base on the Gulf of Bomba, LNA patrol boats redeployed Benghazi port→Tobruk "
         "naval base, a planned marine company Tobruk→Bardia (Amsaad only a distance reference), a conditional "
         "reinforcement Derna port→Gulf of Bomba; Marsa Matruh (old exercise), Cairo (speaker), Kambut, Cyrenaica, "
         "Crete and Libya are background; Tobruk also inside the officer's name الطبرقي and 'الكرامة' is the "
         "operation name.",
 "qlb2": "Russian landing ships Tartus→Benghazi port passing Crete (reported shipment), crews planned Benghazi→Al "
         "Khadim, a planned third ship Tartus→Tobruk port, an Il-76 airlift Hmeimim→Al Khadim (Benghazi only the "
         "reference 'east of'), a denied landing in Tobruk and a conditional permanent transfer Tartus→Tobruk; "
         "Moscow as government, Syria, Damascus, Tripoli (embassy seat) and Beirut (dateline) are not movement "
         "places; Aleppo only inside the analyst's name حلبي.",
 "qlb3": "GNU coast-guard boats Abu Sitta naval base→Zuwara port via Sabratha, unnamed armed boats massing near Farwa "
         "island (actor null), a planned patrol from them (anaphora → Zuwara) to Abu Kammash, a denied incursion "
         "near Djerba, Tunisian navy patrol boats planned Sfax→Zarzis and a conditional deployment on the border "
         "with Libya; Zarzis also dateline and fishermen's town, Tunis only inside the TAP agency name and "
         "'تونسية', Zuwara inside the brigade name.",
 "qlb4": "Turkish frigate and landing ship Aksaz naval base→Misrata port (landing reported), a planned marine "
         "company Misrata→Zliten (Zliten also inside the spokesman's name الزليتني), another frigate withdrawn "
         "Tripoli port→Turkey, a denied transfer of Syrian fighters Mersin→Khoms port and a conditional Misrata "
         "reinforcement towards Abu Qurayn (Sirte only the condition); Doha, Ankara, Tripoli, Qatar, Benghazi as "
         "datelines, governments and background.",
 "qlb5": "EU Irini interception off Derna (distance reference) of a Comoros-flagged ship Aqaba port→Benghazi port "
         "whose military cargo the LNA denies, an LNA marine battalion landed Benghazi port→Ras Lanuf port from the "
         "landing ship named «طبرق», a planned company from it (anaphora → Ras Lanuf port) to Es Sider, a "
         "conditional return Ras Lanuf→Benghazi; Tobruk (maintenance), the Oil Crescent and Libya are background; "
         "'العقبة الأحدث' is a common word.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlb1", "qlb2", "qlb3", "qlb4", "qlb5")
