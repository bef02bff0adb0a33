# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "bangladesh": ("country", "BD", 23.685, 90.356, "Bangladesh"),                         # K
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "palestine": ("country", "PS", 31.94084, 35.26231, "Palestine"),                       # G
 "panama": ("country", "PA", 8.41727, -81.46644, "Panama"),                             # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row لامبيدوسا)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qjf1 Hafryat (Tripoli)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "augusta": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),                   # G* (town row أوغستا, kind base)
 # qjf2 Yabiladi (Rabat)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات)
 "benimellal": ("city", "MA", 32.33725, -6.34983, "Beni Mellal"),                       # G
 "fquih": ("town", "MA", 32.5016, -6.6904, "Fquih Ben Salah"),                          # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "border_tn": ("region", "LY", 33.08, 11.65, "Libya-Tunisia border (Libyan side)"),     # K
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "naples": ("city", "IT", 40.85216, 14.26811, "Naples"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qjf3 Felesteen Online (Gaza)
 "gaza": ("city", "PS", 31.5017, 34.4668, "Gaza City"),                                 # K
 "gaza_strip": ("region", "PS", 31.42, 34.38, "Gaza Strip"),                            # K
 "tripoli_w": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                            # G* (row طرابلس, written طرابلس الغرب)
 "garabulli_mun": ("district", "LY", 32.74506, 13.71467, "Garabulli municipality"),     # G* (town row)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                            # G
 "rafah_crossing": ("crossing", "PS", 31.2469, 34.2590, "Rafah crossing"),              # K
 # qjf4 Al-Roeya (Rome)
 "taranto": ("base", "IT", 40.46438, 17.24707, "Taranto naval base"),                   # G* (city row تارانتو, kind base)
 "catania": ("city", "IT", 37.49223, 15.07041, "Catania"),                              # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس, names الغرب الليبي)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 # qjf5 Sawaleif (Amman)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, JO)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "qjf1": ["حفريات", "غرفة عمليات الساحل الغربي", "عبد الرحمن الطرابلسي", "السنوات الخمس", "الليبي", "الليبية",
          "الإيطالية"],
 "qjf2": ["يابلادي", "إدريس بنعلي", "مصرّاً", "جيش البحر التونسي", "التونسية", "المغربية", "الليبي", "ليبية"],
 "qjf3": ["فلسطين أون لاين", "سرت أنباء", "اللواء 444 قتال", "إدريس أبو شمالة", "فلسطينية", "الليبية", "المالطية"],
 "qjf4": ["الرؤية", "إيريني", "صوفيا", "نيكوس كريتيكوس", "الإيطالية", "اليوناني", "يونانية", "ألمانية", "الليبي"],
 "qjf5": ["سواليف", "مديرية أمن صبراته", "إدريس القماطي", "الليبية", "الليبي", "أردنيين"],
}

PHEN = {
 "qjf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjf2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjf4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qjf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjf1": [
  mv("reinforce", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"], ["صبراتة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["صبراتة"]),
  mv("redeploy", "conditional", "GNA forces", ["ميناء الخمس"], ["القره بوللي"]),
  mv("deploy", "denied", None, ["قاعدة أوغستا البحرية"], ["زوارة"]),
 ],
 "qjf2": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("shipment", "planned", None, ["نابولي"], ["ميناء طرابلس"]),
  mv("withdraw", "conditional", "GNA forces", ["ميناء زوارة"], ["طرابلس"]),
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"]),
 ],
 "qjf3": [
  mv("deploy", "reported", "GNA forces", ["ميناء طرابلس"], ["القربوللي"]),
  mv("mobilise", "reported", "GNA forces", [], ["القربوللي"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["القربوللي"]),
  mv("reinforce", "conditional", "GNA forces", ["ترهونة"], ["القربوللي"]),
  mv("withdraw", "denied", None, ["القربوللي"]),
 ],
 "qjf4": [
  mv("deploy", "reported", None, ["قاعدة تارانتو البحرية"], ["زوارة"], ["كاتانيا"]),
  mv("shipment", "reported", None, [], ["ميناء طرابلس"]),
  mv("redeploy", "planned", None, ["بنغازي"], ["صبراتة"]),
  mv("advance", "conditional", None, [], ["ميناء زوارة"]),
  mv("naval_landing", "denied", None, [], ["مجمع مليتة"]),
 ],
 "qjf5": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["صبراته"]),
  mv("redeploy", "planned", "GNA forces", ["صبراته"], ["مصفاة الزاوية"]),
  mv("advance", "conditional", "GNA forces", [], ["صرمان"]),
  mv("mobilise", "denied", None, [], ["العجيلات"]),
 ],
}

NOTES = {
 "qjf1": "Hafryat report datelined Tripoli: four coast-guard patrol boats Abu Sitta naval base→Zuwara port via the "
         "waters off Sabratha (reinforce, reported), a planned marine company Tripoli→Sabratha, a conditional transfer "
         "of boats Khoms port→Garabulli ('إذا استمر تدفق القوارب') and Italy's denial of two frigates Augusta naval "
         "base→off Zuwara (actor null); Mellitah–Abu Kammash only bounds the patrol strip, migrant boats to Lampedusa "
         "and their countries of origin are no force movement, Rome and Tripoli in the 2017 memorandum are background; "
         "'الساحل الغربي' is gold once and once inside the operations-room trap, 'الطرابلسي' is a person.",
 "qjf2": "Yabiladi (Rabat) on Moroccan migrants intercepted off Zuwara: a military plane carrying 60 coast-guard "
         "special-force men Mitiga airport→Zuwara airport (airlift, reported), two Italian-donated boats planned by "
         "ship from Naples to Tripoli port (shipment, actor null), a conditional return of the boats Zuwara port→Tripoli "
         "('لن تعود ... إلا إذا') and Tunisia's denial that its navy entered the waters off Abu Kammash; the migrants "
         "landed at Tripoli port, their families' towns, the zone 'بين زوارة والحدود مع تونس' and the air route via "
         "Cairo or Tunis (city, beside Tunisia the country) to Benghazi are not force movements.",
 "qjf3": "Felesteen Online (Gaza) on a boat sunk off Garabulli (spelled القربوللي): coast-guard search boats Tripoli "
         "port→the waters off the town (anaphora → القربوللي; deploy, reported), local police patrols massed on "
         "Garabulli beach (mobilise, reported), a planned helicopter with navy divers Mitiga base→Garabulli, a "
         "conditional 444 Brigade reinforcement Tarhuna→Garabulli and the Maltese forces' denial of pulling their "
         "ship out of the search area off Garabulli (actor null); Gaza, the Gaza Strip, Rafah crossing, Egypt and "
         "'طرابلس الغرب' (Tripoli, Libya) are background, Valletta and Rome only statement and rescue-centre seats; "
         "'سرت أنباء' is the verb, not Sirte.",
 "qjf4": "Al-Roeya (Rome) on the EU's Irini: the Italian frigate Taranto naval base→off Zuwara via Catania (deploy, "
         "reported, actor null), a seized cargo ship bound for Tripoli port with armoured vehicles (shipment, "
         "reported), the flagship planned to move from off Benghazi to off Sabratha (redeploy), a conditional approach "
         "to Zuwara port ('لم يستبعد ... إذا طلب') and a denied Italian marine landing at the Mellitah complex; "
         "Panama is the flag, Rome, Ankara and Brussels speakers, 'صوفيا' the former operation, 'كريتيكوس' a person.",
 "qjf5": "Sawaleif (Amman, spelled عمّان) on Jordanians rescued off Sabratha (spelled صبراته): a naval ship landing "
         "about 150 marines from Tripoli port on Sabratha beach (naval_landing, reported), a planned move of these "
         "units from the town (anaphora 'في المدينة' → صبراته) to the Zawiya refinery, a conditional advance towards "
         "Surman and the Sabratha security directorate's denial of gunmen massing in Al-Ajaylat (actor null); the "
         "migrants' route Tunis→Ras Ajdir crossing→Libya, Tripoli in Lebanon, the Sabratha–Zuwara shore, Lampedusa and "
         "'الحدود مع النيجر' are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjf1", "qjf2", "qjf3", "qjf4", "qjf5")
