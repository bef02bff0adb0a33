# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 # qge1 Ubari notables and the Sharara field (Al-Quds Al-Arabi)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qge2 El Feel guards' strike and the Fezzan movement (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),          # G
 # qge3 airlift to Sabha and the Ubari clashes (Al Qahera News)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # qge4 the Sharara pipeline, Rayayna and the Hamada (Al-Jarida)
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "hamada_region": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil port"),             # G* (row مصفاة الزاوية, names incl. ميناء الزاوية)
 # qge5 Ghat, Al-Awaynat and the Algerian side (Monte Carlo Doualiya)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G* (district row غات)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz": ("region", "DZ", 25.3, 9.9, "Algeria-Libya border (Algerian side)"),      # K
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),           # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

TRAPS = {
 "qge1": ["القدس العربي", "موسى الغاتي", "شركة أكاكوس", "الإسبانية", "اللبنانية", "الليبية"],
 "qge2": ["الشرق الأوسط", "غضب فزان", "الجيش الوطني الليبي", "طارق بن زياد", "الفيل في الغرفة", "صالح المرزوقي",
          "التشادية", "شركة مليتة للنفط والغاز", "الإيطالية"],
 "qge3": ["القاهرة الإخبارية", "الجيش الوطني الليبي", "غرفة عمليات الجنوب", "إدريس المقرحي"],
 "qge4": ["الزنتانيون", "الجريدة", "كتيبة ثوار طرابلس", "مالي"],
 "qge5": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "الجيش الجزائري", "العسكري الليبي", "إدريس"],
}

PHEN = {
 "qge1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qge2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qge3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
          "coverage_bases", "coverage_oil"],
 "qge4": ["multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_oil"],
 "qge5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qge1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"], ["أوباري"]),
  mv("mobilise", "reported", None, [], ["أوباري"]),
  mv("advance", "conditional", None, ["أوباري"], ["حقل الشرارة"]),
  mv("airlift", "planned", "Libyan National Army", ["حقل الفيل"], ["حقل الشرارة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["حقل الشرارة"], ["الشويرف"]),
 ],
 "qge2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"], ["جرمة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الفيل"], ["أوباري"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["حقل الفيل"], ["منفذ التوم"]),
  mv("mobilise", "planned", None, ["مرزق", "أم الأرانب", "تراغن"], ["حقل الفيل"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["مجمع مليتة"]),
 ],
 "qge3": [
  mv("airlift", "reported", "Libyan National Army", ["مطار بنينا"], ["مطار سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["أوباري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["إدري"], ["براك"]),
 ],
 "qge4": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["الرياينة"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("mobilise", "reported", None, [], ["الرياينة"]),
  mv("withdraw", "conditional", "Zintan forces", ["حقل الحمادة"], ["الزنتان"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["حقل الحمادة"]),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["الشويرف"]),
 ],
 "qge5": [
  mv("redeploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("advance", "conditional", None, ["العوينات"], ["حقل الشرارة"]),
  mv("reinforce", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["أوباري"], ["مثلث السلفادور"]),
 ],
}

NOTES = {
 "qge1": "Tuareg notables' shutdown threat at Sharara: an LNA column Tamanhint air base→Sharara field via Ubari, Tuareg "
         "gunmen massing in Ubari's main square (tribal, actor null) and their conditional march Ubari→the field gate, a "
         "planned PFG (LNA) company airlifted El Feel→Sharara, and Zintan's denied column Zintan→Sharara via Al-Shwayrif "
         "(Zintan also the seat of the military council). Tripoli (Libya) is only dateline and distance reference; "
         "Tripoli (Lebanon), Tunis, Tunisia and Mitiga airport belong to a civilian staff evacuation, not a movement; "
         "the Zawiya refinery is only the pipeline's end; 'الشرارة' and 'تمنهنت' in the headline are the field and base.",
 "qge2": "El Feel guards stop production over pay: an LNA battalion Sabha→El Feel via Germa, 8 LNA fuel/ammunition trucks "
         "Tamanhint base→the field, the commander's conditional return El Feel→Ubari barracks ('بمجرد'), his denial that "
         "Chadian groups reached the field from the border with Niger via the Toummo crossing, the Fezzan Anger "
         "Movement's planned armed rally from Murzuq, Umm al-Aranib and Traghen at the El Feel gate, and a planned GNA "
         "marine landing Abu Sitta naval base→Mellitah complex ('حيث'). 'الحقل' resolves to El Feel. Murzuq is also the "
         "venue of the announcement; Tripoli, Benghazi and Sharara (2018 closure) are not movement places; 'الفيل في "
         "الغرفة' is an idiom and 'غضب فزان' a movement's name.",
 "qge3": "Al Qahera News from Benghazi: an LNA airlift Benina airport→Sabha airport, a column Sabha→Ubari via Al-Ghurayfa, "
         "a planned force Brak air base→Ubari, a conditional return Ubari→Sabha once the truce is signed ('فور'), and a "
         "denied pull-out Idri→Brak (Idri twice, beside the spokesman Idris al-Magarhi). Sharara ('60 km west of "
         "Ubari'), Wadi al-Shati and Ghat (mediators' origin), Doha (2015 agreement) are not movement places.",
 "qge4": "The Sharara pipeline: a GNA force from Zawiya deployed near Al-Rayayna (north-east of Zintan = locator), GNA "
         "marines landed at Zawiya oil port from Abu Sitta naval base (Tripoli only locates the base), armed youths "
         "massing in Al-Rayayna, Zintani PFG guards' conditional withdrawal Hamada field→Zintan, a planned company "
         "Al-Watiya base→Hamada field, and the Tripoli Revolutionaries Brigade's denied column Tripoli→Al-Shwayrif. "
         "Sharara, the Zawiya refinery, Hamada al-Hamra and the 2014 closure near Zintan are not movement places.",
 "qge5": "From Tunis: an LNA armoured company Ubari→Ghat via Al-Awaynat, an LNA ammunition-and-fuel convoy Sabha→Ubari, "
         "Tuareg fighters' conditional advance Al-Awaynat→Sharara (told by an activist named Idris), a planned Algerian "
         "special-forces reinforcement Illizi→Djanet ('70 km from the border with Libya' = distance reference; the "
         "closed Isayen crossing near Ghat is no movement place), and a denied crossing of foreign gunmen Niger→Ubari "
         "via the Salvador triangle. Algiers is the ministry's seat; Ghat municipality the activist's place.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qge1", "qge2", "qge3", "qge4", "qge5")
