# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, kind or spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # Libya, west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G (row أبو كماش; also written أبوكماش)
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G
 "border_ly_tn": ("region", "LY", 33.12, 11.62, "Libya-Tunisia border (coast, Libyan side)"),  # K
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G (also written ميناء مصراته)
 # Libya, centre and east
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),        # G* (row راس لانوف, written ميناء راس لانوف)
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 # Tunisia
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 # Türkiye and Lebanon
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "İzmir"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # Greece
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "souda": ("town", "GR", 35.48717, 24.07344, "Souda"),                                  # G (row خليج سودا)
 "souda_base": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),              # G* (row خليج سودا, written قاعدة سودا البحرية)
 # Egypt and Syria
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "damietta": ("city", "EG", 31.41648, 31.81332, "Damietta"),                            # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 # Italy, UK, UAE
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "naples": ("city", "IT", 40.85216, 14.26811, "Naples"),                                # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row لامبيدوسا, written لامبيدوزا)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
}

TRAPS = {
 "qmw1": ["الناس", "زوارق", "أوباري", "فزان", "إيطالي", "تونسي", "التونسية", "الزليتني", "الليبي"],
 "qmw2": ["تركيا الآن", "وكالة الأناضول", "غيديز", "غوكوفا", "بيرقدار", "أمواج طرابلس 2026", "حكومة الوحدة الوطنية",
          "التركية", "التركي", "تركية", "الليبي", "الليبية", "يونانية", "اللبناني"],
 "qmw3": ["الجندي", "زوارق", "الجيش الوطني الليبي", "البنغازي", "يامال", "سبيتساي", "إيريني", "الروسية", "روسي", "روسية",
          "اليونانية", "إيطالية", "الأوروبية", "السورية", "الليبية"],
 "qmw4": ["إيجي إن", "مرسى علم", "مصرية", "المصرية", "المصري", "مصريون", "الليبي", "الليبية", "الروسية",
          "نيكولاي فيلتشينكوف", "مارين ترافيك"],
 "qmw5": ["الهدهد", "إيريني", "صوفيا", "لا ريبوبليكا", "سان ماركو", "كارلو مارغوتيني", "هيدرا", "سي ووتش",
          "الإيطالية", "الإيطالي", "إيطالية", "الأوروبية", "الليبية", "الليبي", "يونانية"],
}

PHEN = {
 "qmw1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qmw2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qmw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qmw4": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qmw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmw1": [
  mv("deploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("reinforce", "planned", "GNA forces", ["ميناء الخمس"], ["زوارة"]),
  mv("deploy", "conditional", "GNA forces", [], ["جزيرة فروة"]),
  mv("withdraw", "denied", "GNA forces", ["ميناء مصراته"], ["طرابلس"]),
  mv("deploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["القره بوللي"]),
 ],
 "qmw2": [
  mv("deploy", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء مصراتة"]),
  mv("withdraw", "reported", "Turkish armed forces", ["ميناء مصراتة"], ["إزمير"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("deploy", "reported", "GNA forces", [], ["الخمس"]),
 ],
 "qmw3": [
  mv("reinforce", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["سوسة"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("naval_landing", "denied", "Russian forces", [], ["طبرق"]),
  mv("deploy", "reported", None, ["قاعدة سودا البحرية"], ["طبرق"]),
  mv("advance", "conditional", "Libyan National Army", [], ["خليج سرت"]),
  mv("mobilise", "reported", "GNA forces", [], ["ميناء مصراتة"]),
 ],
 "qmw4": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["مرسى مطروح"]),
  mv("deploy", "planned", "Egyptian army", ["مرسى مطروح"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["درنة"]),
  mv("withdraw", "reported", "Russian forces", ["طبرق"], ["طرطوس"]),
 ],
 "qmw5": [
  mv("reinforce", "reported", None, ["أوغستا"], ["زوارة"]),
  mv("shipment", "planned", None, ["نابولي"], ["ميناء طرابلس"]),
  mv("deploy", "denied", None, [], ["طرابلس"]),
  mv("deploy", "conditional", None, ["خليج سودا"], ["بنغازي"]),
  mv("withdraw", "reported", "GNA forces", ["الزاوية"], ["قاعدة أبوستة البحرية"]),
 ],
}

NOTES = {
 "qmw1": "Libyan news site (Alnnas «الناس») from Tripoli on the GNU coast guard: three patrol boats Abu Sitta naval "
         "base→Zuwara port (reported; the Sabratha–Abu Kammash strip and the waters near the border with Tunisia are "
         "the patrol area, not movement places), the boat «فزان» to join them in Zuwara from Khoms port (planned "
         "reinforce), boats for Farwa Island only if fuel smuggling near the Ras Ajdir crossing goes on (conditional), "
         "a denied pull-out Misrata port (written مصراته)→Tripoli, and a marine company Abu Sitta→Garabulli (reported, "
         "witnesses in Tajoura); a Tunisian fishing boat returning to Zarzis, migrant departures from Sabratha and "
         "Zawiya and Rome's demands are not movements; boat names «أوباري»/«فزان» and the spokesman الزليتني hold places.",
 "qmw2": "Arabic-language Turkish news site (Turkey Alaan «تركيا الآن») from Istanbul: a Turkish frigate Aksaz naval "
         "base→Misrata port relieving another that sailed home Misrata port→İzmir (reported), a planned landing-ship "
         "shipment Mersin→Khoms port, a second frigate for Tripoli port only if the GNU asks (conditional), a denied "
         "marine landing at Khoms port, and a GNU marine company arriving in Khoms from the capital (reported, origin "
         "unnamed); container lines Mersin–Misrata port–Tripoli (Lebanon) port, the 2019 memorandum and the "
         "metonymic Ankara/Athens/Cairo/Tripoli are not movements; «أمواج طرابلس 2026» is an exercise name.",
 "qmw3": "UAE armed forces monthly (Al-Jundi «الجندي», Abu Dhabi) on the eastern coast: LNA boats and marines Benghazi "
         "port→Ras Lanuf port (reported reinforce; Es Sider and Brega are the tankers' ports), a planned company Tobruk "
         "naval base→Susa (Libyan Susa/Apollonia), a Russian landing ship Tartus→Tobruk port (reported shipment of "
         "vehicles), a denied Russian landing in Tobruk, a Greek Irini frigate Souda naval base→off Tobruk (reported, "
         "null), a conditional LNA advance to the Gulf of Sirte (Misrata only in the condition) and GNU-aligned "
         "forces massing boats in Misrata port (reported mobilise); the 2020 oil-port closure and the Oil Crescent "
         "headline are background.",
 "qmw4": "Egyptian news site (Egyin «إيجي إن») from Cairo on shipping between Egypt and eastern Libya: cargo ships "
         "Alexandria/Damietta→Tobruk port and a planned cargo line to Benghazi port (civilian, not movements), two "
         "Egyptian frigates Ras el-Tin naval base→Marsa Matruh (reported), one of them to visit Tobruk port (planned, "
         "origin Marsa Matruh by anaphora), more ships to Sallum only if smugglers appear near the Gulf of Bomba "
         "(conditional), a denied Egyptian commando landing in Derna, and a Russian landing ship leaving Tobruk for "
         "Tartus (reported withdraw); Derna port's 2018 closure is background; «مرسى علم» is a ship's name.",
 "qmw5": "London-based Arabic e-paper (Al-Hudhud «الهدهد») on EU Irini and the Italian and Greek navies: an Italian "
         "frigate Augusta→off Zuwara joining two Irini ships (reported reinforce, null), a planned Italian support "
         "ship carrying patrol boats Naples→Tripoli port, a denied San Marco marine unit for Tripoli, a Greek frigate "
         "Souda Bay→off Benghazi only if Irini widens its searches (conditional), and two coast-guard boats pulled out "
         "Zawiya→Abu Sitta naval base (reported, GNA); the intercepted fuel tanker Mersin→Misrata port, the migrant "
         "boat Sabratha→Lampedusa (written لامبيدوزا) and Operation «صوفيا» are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmw1", "qmw2", "qmw3", "qmw4", "qmw5")
