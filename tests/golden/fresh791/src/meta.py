# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared Fezzan places
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qdm1 Ghat floods, the two governments (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "tahala": ("town", "LY", 25.30, 10.30, "Tahala"),                                      # K (uncertain, see README)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "border_ly_dz": ("region", "LY", 25.00, 10.10, "Libya-Algeria border near Ghat (Libyan side)"),  # K
 # qdm2 the Egyptian engineers (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "almaza": ("base", "EG", 30.09180, 31.36000, "Almaza Air Base"),                       # G* (row قاعدة ألماظة الجوية, kind airport)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qdm3 Kuwaiti aid and the Ubari dispute (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "abdullah_mubarak": ("base", "KW", 29.230, 47.970, "Abdullah Al-Mubarak Air Base"),    # K
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qdm4 the Algerian air bridge (Echaab)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G (district row إليزي)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barkat"),                             # G* (row البركات, written البركت)
 "border_dz": ("region", "DZ", 27.0, 9.7, "Algeria-Libya border (Algerian side)"),      # K
 # qdm5 Wadi al-Hayat and Wadi al-Shati (Afrigate News)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
}

TRAPS = {
 "qdm1": ["القدس العربي", "الليبي", "البلاغات", "غرفة عمليات الجنوب", "طوفان الكرامة"],
 "qdm2": ["الوفد", "مصرية", "المصرية", "المصرى", "الجيش الليبى", "الليبى"],
 "qdm3": ["الكويتية", "الجريدة", "الهلال الأحمر الكويتي", "وكالة الأنباء الكويتية", "كونا", "الليبي", "مبالغات"],
 "qdm4": ["الجيش الوطني الشعبي", "الشعب", "الليبية", "الهلال الأحمر الليبي", "محمد إدريس", "جزائرية"],
 "qdm5": ["الفيلق الإفريقي", "بوابة إفريقيا الإخبارية", "الليبي", "شارع طرابلس", "علي الفزاني", "صالح الإدريسي",
          "الروسي"],
}

PHEN = {
 "qdm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qdm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdm3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "qdm4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdm5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdm1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["تهالة"], ["اوباري", "العوينات"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["غات"]),
  mv("withdraw", "denied", "Libyan National Army", ["العوينات"]),
 ],
 "qdm2": [
  mv("airlift", "reported", "Egyptian army", ["قاعدة ألماظة الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", "Egyptian army", ["قاعدة تمنهنت الجوية"], ["جرمة"]),
  mv("redeploy", "planned", "Egyptian army", ["جرمة"], ["أوبارى"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء بنغازى"]),
  mv("airlift", "conditional", "Egyptian army", ["مطار مرسى مطروح"], ["مطار سبها"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الجفرة الجوية"]),
 ],
 "qdm3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمه"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["أوباري"], ["الشويرف"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الغريفة"]),
 ],
 "qdm4": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("redeploy", "reported", "Libyan National Army", ["أوباري"], ["منفذ إيسين"]),
  mv("advance", "conditional", "Algerian army", [], ["غات"]),
  mv("shipment", "denied", "Algerian army", [], ["البركت"]),
 ],
 "qdm5": [
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سبها"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["العوينات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["غات"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["وادي الحياة"]),
 ],
}

NOTES = {
 "qdm1": "Ghat floods: the LNA engineering battalion Sabha→Tahala via Ubari (spelt اوباري) and Al-Awaynat; the GNA's "
         "planned engineering airlift Mitiga→Ghat airport (the LNA's 'no landing without coordination' adds no move); a "
         "conditional second LNA company Tamanhint base→Ghat; a denied LNA pull-out from the Al-Awaynat checkpoint. "
         "London (dateline), Tripoli (seat of the government, twice), Derna (2023), Tripoli in North Lebanon (donations), "
         "the Isayen crossing (closed) and the border with Algeria are not movement places.",
 "qdm2": "Egyptian orthography (ى): an Egyptian C-130 airlift of engineers Almaza air base→Tamanhint air base, their "
         "road move from the base (anaphora) to Germa in Wadi al-Hayat (the district only locates Germa), a planned "
         "redeploy Germa→Ubari (Sharara only the road's end), a landing ship Alexandria→Benghazi port, a conditional "
         "airlift Marsa Matruh airport→Sabha airport, and a denied deployment at Al-Jufra air base. Cairo, Tripoli, "
         "Benghazi, Egypt and Ubari municipality are speakers or aid recipients; LNA units 'deployed along the road' "
         "do not move.",
 "qdm3": "Kuwaiti relief flights Abdullah Al-Mubarak air base→Sabha airport carry aid only (no troops): no movement. "
         "LNA 128th Brigade Sabha→Ubari via Germa (spelt جرمه); its conditional pull-out Ubari→Sabha once the "
         "committee takes the aid (بمجرد); a planned GNA escort company Tripoli→Ubari via Ash-Shwayrif; a planned "
         "Turkish landing ship to Tripoli port; a denied massing of 30 vehicles in Al-Ghurayfa ('25 km east of Ubari' "
         "is a distance reference). Kuwait = city in the dateline, country as the donor.",
 "qdm4": "Algerian army airlift Boufarik air base→Djanet airport; a planned move Djanet→the Tin Alkoum crossing; the "
         "LNA's reported move Ubari→the Isayen crossing; a conditional advance across the border towards Ghat "
         "(لن ... إلا); a denied ammunition shipment to Al-Barkat ('south of Ghat' is a locator). Illizi is the "
         "dateline and the donation centre, Algiers only locates Boufarik, the border with Libya is background.",
 "qdm5": "LNA engineering company Brak→Idri (in Wadi al-Shati); 40 LNA vehicles massing in Sabha (Tripoli Street is a "
         "trap); a planned LNA fuel shipment Sabha→Al-Awaynat; a conditional advance towards Ghat if the Ubari–Awaynat "
         "road opens (Ubari and Awaynat only the condition there); a denied Africa Corps move Brak air base→Wadi "
         "al-Hayat. The civil-defence airlift from Tripoli to Sabha airport is not an armed-force movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdm1", "qdm2", "qdm3", "qdm4", "qdm5")
