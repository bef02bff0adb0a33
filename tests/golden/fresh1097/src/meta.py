# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # Tripoli city and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tripoli_w": ("city", "LY", 32.88743, 13.18733, "Tripoli (Tarabulus al-Gharb)"),           # G* (row طرابلس, written طرابلس الغرب)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                 # G
 "west_tripoli": ("region", "LY", 32.855, 13.080, "Western Tripoli"),                       # K
 "gargaresh": ("town", "LY", 32.864, 13.120, "Gargaresh"),                                  # K (gazetteer row = Tripoli centre)
 "andalus": ("town", "LY", 32.872, 13.142, "Hay al-Andalus"),                               # K (gazetteer row = Tripoli centre)
 "andalus_mun": ("district", "LY", 32.872, 13.142, "Hay al-Andalus Municipality"),          # K
 "abusalim": ("town", "LY", 32.848, 13.186, "Abu Salim"),                                   # K (gazetteer row = Tripoli centre)
 "abusalim_mun": ("district", "LY", 32.848, 13.186, "Abu Salim Municipality"),              # K
 "hadba": ("town", "LY", 32.842, 13.208, "Al Hadba al Khadra"),                             # K (gazetteer row = Tripoli centre)
 "salahaldin": ("town", "LY", 32.820, 13.210, "Salah al-Din (Tripoli)"),                    # K (gazetteer row = Tripoli centre)
 "karimiya": ("town", "LY", 32.795, 13.125, "Al Karimiyah (Tripoli)"),                      # K (gazetteer row = Tripoli centre)
 "dahra": ("town", "LY", 32.893, 13.195, "Al-Dahra (Tripoli)"),                             # K (not in gazetteer; only the oil field)
 "souq_thulatha": ("town", "LY", 32.896, 13.168, "Souq al-Thulatha (Tripoli)"),             # K (not in gazetteer)
 "tekbali": ("base", "LY", 32.828, 13.205, "Tekbali Camp (Tripoli)"),                       # K (gazetteer row = Tripoli centre)
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                         # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                                # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                   # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                      # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 # west of Tripoli
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                  # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour Municipality"),             # G* (town row, kind district)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                    # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                                 # G
 # Misrata and the coast road
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                    # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                   # G
 # abroad
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                        # G
 "milan": ("city", "IT", 45.46427, 9.18951, "Milan"),                                       # G* (row spelled مىلان, written ميلانو)
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                 # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
}

TRAPS = {
 "qph1": ["المكتب الإعلامي لبلدية جنزور", "اللواء 444 قتال", "جهاز دعم الاستقرار", "مفتاح الجنزوري", "فرسان جنزور",
          "الماية مقطوعة"],
 "qph2": ["راديو المنير", "جهاز دعم الاستقرار", "اللواء 444 قتال", "جهاز الردع", "عماد الطرابلسي", "عبد الغني الككلي",
          "الليبي"],
 "qph3": ["كورييري ديلا سيرا", "كتيبة النواصي", "المصراتية", "الليبية", "إيطالية", "الإيطالي", "السنوات الخمس"],
 "qph4": ["اللجنة الوطنية لحقوق الإنسان بليبيا", "كتيبة النواصي", "جهاز دعم الاستقرار", "جهاز الردع",
          "اللواء 444 قتال"],
 "qph5": ["تلفزيون الفجيرة", "قناة ليبيا الأحرار", "اللواء 444 قتال", "جهاز الردع", "الليبية"],
}

PHEN = {
 "qph1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "vague_area", "town_vs_district"],
 "qph2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "town_vs_district", "coverage_bases"],
 "qph3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_crossings", "countries"],
 "qph4": ["clitics", "multiword", "media_trap", "operation_trap", "vague_area", "town_vs_district",
          "coverage_bases"],
 "qph5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qph1": [
  mv("deploy", "reported", "GNA forces", ["صلاح الدين"], ["جنزور"]),
  mv("withdraw", "reported", None, ["جنزور"], ["الماية"]),
  mv("redeploy", "planned", "GNA forces", ["جنزور"], ["قرقارش"]),
  mv("withdraw", "conditional", "GNA forces", ["جنزور"], ["صلاح الدين"]),
  mv("advance", "denied", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
 ],
 "qph2": [
  mv("deploy", "planned", "GNA forces", [], ["أبو سليم", "الهضبة الخضراء"]),
  mv("withdraw", "reported", "GNA forces", ["أبوسليم"], ["الكريمية"]),
  mv("reinforce", "reported", "GNA forces", ["الظهرة"], ["أبو سليم"]),
  mv("advance", "conditional", "GNA forces", ["صلاح الدين"], ["الهضبة الخضراء"]),
  mv("advance", "denied", "GNA forces", ["قاعدة معيتيقة"], ["أبو سليم"]),
 ],
 "qph3": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "Misrata forces", ["مصراته"], ["طرابلس"], ["زليتن", "الخمس"]),
  mv("withdraw", "reported", "GNA forces", ["ميناء طرابلس"], ["سوق الثلاثاء"]),
  mv("withdraw", "conditional", "Misrata forces", ["طرابلس"], ["مصراتة"]),
  mv("advance", "denied", "Misrata forces", ["ميناء طرابلس"], ["حي الاندلس", "قرقارش"]),
 ],
 "qph4": [
  mv("mobilise", "reported", "GNA forces", [], ["حي الأندلس", "قرقارش"]),
  mv("advance", "reported", "GNA forces", ["جنزور"], ["قرقارش"]),
  mv("withdraw", "planned", "GNA forces", ["بلدية حي الأندلس"], []),
  mv("advance", "conditional", "GNA forces", ["قاعدة معيتيقة"], ["قرقارش"]),
  mv("advance", "denied", "GNA forces", ["صلاح الدين"], ["الكريمية"]),
 ],
 "qph5": [
  mv("airlift", "reported", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("withdraw", "reported", "GNA forces", ["أبو سليم"], ["معسكر التكبالي"]),
  mv("deploy", "planned", "Misrata forces", [], ["ميناء طرابلس"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
  mv("shipment", "denied", None, ["تركيا"], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "qph1": "Janzour municipality's media-office page after a night of clashes: a 444 Brigade separation force Salah "
         "al-Din→Janzour («مداخل المدينة»), one local group's pull-out from its base in Janzour westwards to Al-Maya "
         "(actor null: the group is not named), a planned 444 company Janzour→Gargaresh, the force's conditional return "
         "Janzour→Salah al-Din («لن تعود ... إلا بعد») and a denied SSA column Zawiya→Janzour via Al-Maya; families "
         "fleeing to As-Sawani and western Tripoli are civilians; «زنزور» is the local spelling of Janzour; «الماية "
         "مقطوعة» is dialect for «the water is cut» (holds Al-Maya); «فرسان جنزور», «مفتاح الجنزوري» and the page name "
         "hold Janzour.",
 "qph2": "Tripoli radio site (Almunir Radio) on a Presidential Council order for Abu Salim: a planned General Staff "
         "joint force for Abu Salim and Al-Hadba al-Khadra («خلال 72 ساعة»), ex-SSA groups pulling their armour out "
         "of their old base in Abu Salim (written أبوسليم) towards Al-Karimiya, 20 police patrols from the "
         "directorate's base in Al-Dahra to Abu Salim, a conditional 444 battalion Salah al-Din→Al-Hadba («إذا رفضت») "
         "and Radaa's denied move Mitiga base→Abu Salim; Souq al-Juma (inside the denial), the displaced returning from "
         "Ain Zara and Tajoura (written تاجورا), the Sikka road and the May 2025 background are not movement places; "
         "«عماد الطرابلسي» holds Tripoli.",
 "qph3": "Arabic digest of a Corriere della Sera report (Rome): a landing ship bringing Misrata's Joint Force from "
         "Misrata port to Tripoli port, the rest planned overland Misrata (written مصراته)→Tripoli via Zliten and "
         "Al-Khums, the Nawasi brigade's pull-out from Tripoli port to Souq al-Thulatha, the Joint Force's conditional "
         "return Tripoli→Misrata («فور تسلّم») and its denied advance from the port to Hay al-Andalus (written حي "
         "الاندلس) or Gargaresh; Milan (the paper's seat), Rome (metonymy), the postponed Italian cargo voyage to "
         "Libya, Italy and «طرابلس الغرب» in 1911 are not movements; «السنوات الخمس» holds Al-Khums.",
 "qph4": "Statement of the National Commission for Human Rights in Libya: Nawasi massing in Hay al-Andalus and "
         "Gargaresh (mobilise), an SSA column Janzour→Gargaresh, the Presidential Council's 48-hour pull-out order for "
         "Hay al-Andalus municipality (planned, origin only), Radaa's conditional advance Mitiga base→Gargaresh and the "
         "444 Brigade's denied move Salah al-Din→Al-Karimiya; 300 migrants moved by the anti-illegal-migration agency "
         "to Ain Zara are civilians, the 2021 Gargaresh raids and western Tripoli are background; the commission's "
         "name holds ليبيا.",
 "qph5": "Gulf channel site (Fujairah TV, wire-based) from Tripoli: two military transport planes Misrata airport→"
         "Mitiga airport carrying Misrata's Joint Force, the 444 Brigade's pull-out Abu Salim→Tekbali camp, a planned "
         "Joint Force deployment at Tripoli port (and the Sikka road), a conditional reinforcement Misrata→Tajoura («في "
         "حال») and a denied arms shipment Turkey→Tripoli port (actor null); the headline repeats the airlift, "
         "Radaa's handover of Mitiga's terminals, civil flights to Tunis and Istanbul and last week's clashes in "
         "Al-Hadba al-Khadra and Abu Salim are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qph1", "qph2", "qph3", "qph4", "qph5")
