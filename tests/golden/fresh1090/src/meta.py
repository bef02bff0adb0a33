# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # Libya: Ghat and the Tuareg south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                         # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat District"),                       # G (row district:LY-GT, written شعبية غات)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                      # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                                 # G (written البركت and البركات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                     # G (also written سردلس)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                         # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                   # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),   # G* (row الحدود الليبية الجزائرية, written الحدود مع الجزائر)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                    # G
 # Algeria: Djanet, Illizi, In Amenas and the north
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),          # G* (row منفذ إيسين, which lists Tin Alkoum; Algerian post, country DZ)
 "border_dz_ly": ("region", "DZ", 24.70, 9.90, "Algeria-Libya border (Algeria side, facing Ghat)"),  # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                      # G (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),        # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                          # G
 "illizi_town": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),          # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                            # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                         # G (row kind airport)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                 # G
 # Sahel and Mauritania
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                     # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                      # G (row أغاديس, written أغاديز)
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                      # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                        # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                         # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                            # G
}

TRAPS = {
 "qpa1": ["المجلس الأعلى لطوارق ليبيا", "حرس الحدود", "شهر البركات", "البلاغات", "الفراغات", "المبالغات", "دعم مالي",
          "الحاج أحمد الغاتي", "الليبيين", "الجزائرية"],
 "qpa2": ["بور تي في", "الناحية العسكرية الرابعة", "وزارة الدفاع الوطني", "الهلال الأحمر الجزائري", "إبراهيم الجانتي",
          "الليبية", "ليبي خالص"],
 "qpa3": ["طارق بن زياد", "الموقف الليبي", "حرس الحدود", "شركة البريقة لتسويق النفط", "المجلس الاجتماعي لقبائل الطوارق",
          "موسى السبهاوي", "الجزائرية", "الشمالية"],
 "qpa4": ["أنباء أطلس", "الجيش الجزائري", "الجيش الليبي", "حرس الحدود", "جبهة تحرير أزواد", "الجيش المالي",
          "الفيلق الأفريقي", "الموريتاني", "ليبياً", "ليبية", "الجزائرية", "الليبيين"],
 "qpa5": ["القلم", "الجيش الجزائري", "الليبية", "الكتيبة 116 مشاة", "اللواء 128 معزز", "الشيخ إدريس أغ محمد"],
}

PHEN = {
 "qpa1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpa2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qpa3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours"],
 "qpa4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qpa5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpa1": [
  mv("withdraw", "reported", None, ["البركت"], ["جبل أكاكوس"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["البركت", "منفذ إيسين"]),
  mv("advance", "conditional", None, [], ["البركت"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر", "مالي"], ["البركت"]),
 ],
 "qpa2": [
  mv("reinforce", "reported", "Algerian army", ["برج عمر إدريس"], ["جانت"], ["عين أميناس", "إليزي"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("withdraw", "denied", "Algerian army", ["عين أميناس", "تيقنتورين"], ["ورقلة"]),
 ],
 "qpa3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["غات"], ["سبها", "أوباري", "العوينات"]),
  mv("deploy", "planned", "Libyan National Army", [], ["مطار غات"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], ["سبها"]),
  mv("advance", "denied", None, ["العوينات"], ["حقل الشرارة"]),
 ],
 "qpa4": [
  mv("redeploy", "reported", "Algerian army", ["تمنراست"], ["جانت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["غات"]),
  mv("shipment", "reported", None, ["النيجر"], ["أوباري"], ["مثلث السلفادور"]),
  mv("advance", "conditional", "Foreign fighters", ["شمال مالي"], ["جبل أكاكوس"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
 ],
 "qpa5": [
  mv("mobilise", "reported", "Algerian army", [], ["عين أميناس"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("withdraw", "conditional", "Algerian army", ["جانت"], ["إليزي"]),
  mv("advance", "denied", "Libyan National Army", ["أوباري"], ["جبل أكاكوس"]),
 ],
}

NOTES = {
 "qpa1": "Statement on the page of the Supreme Council of the Libyan Tuareg (Ghat) after a night shooting at the Al-Barkat "
         "gate (written البركت): the elders' deal with the armed youths' pull-back from the Al-Barkat gate to camps on "
         "the edge of the Akakus (done), a border-guard company of the General Command to move Ghat→Al-Barkat with a "
         "detachment at the Isayen crossing (planned), the youths' conditional return to Al-Barkat and the council's "
         "denial that fighters were brought from Niger and Mali; the supply convoy Djanet→Ghat via Tin Alkoum is civilian; "
         "Tripoli and Benghazi are governments, Ubari 2014 background; البلاغات/الفراغات/المبالغات and الغاتي hold غات, "
         "«شهر البركات» (Ramadan) holds البركات, «دعم مالي» holds مالي.",
 "qpa2": "Algerian private TV site (Beur TV) from Illizi: a mechanised battalion Bordj Omar Driss→Djanet via In Amenas and "
         "Illizi (reported), special forces to be flown Boufarik air base→Djanet airport (planned), the Djanet units' "
         "advance to the Tin Alkoum crossing only if fighting reaches Al-Barakat or the border with Libya (conditional; "
         "both only in the condition) and the ministry's denial of a pull-out In Amenas/Tiguentourine→Ouargla; the Red "
         "Crescent convoy to Ghat and tourists for the Tassili are civilian; Algeria/Algiers as speaker and venue; برج عمر "
         "إدريس holds إدري; إبراهيم الجانتي holds جانت.",
 "qpa3": "Southern Libyan news site (Libyan Stand, Sabha): a Tariq bin Ziyad column Tamanhint base→Ghat via Sabha, Ubari "
         "and Al-Awaynat (reported), its planned spread to Ghat airport, a planned military supply convoy Sabha→Ghat, "
         "the column's conditional return Ghat→Sabha and the Tuareg council member's denial of an armed move Al-Awaynat→"
         "Sharara field; the handover of the Al-Awaynat gate (also written سردلس) is control without movement, the Brega "
         "fuel trucks Sabha→Ubari→Ghat are civilian, Al-Barakat only in the condition, Isayen/Djanet in a demand; "
         "السبهاوي holds سبها.",
 "qpa4": "Mauritanian site (Anbaa Atlas, Nouakchott) on smuggling routes to Fezzan: Algerian border guards Tamanrasset→"
         "Djanet (reported), an LNA battalion Brak air base→Ghat (planned), an arms shipment Niger→Ubari via the Salvador "
         "triangle seized on the way (reported, actor null), the FLA's conditional crossing Northern Mali→Akakus and the "
         "denied Africa Corps airlift Jufra air base→Ghat airport; the habitual smuggling routes Agadez→Salvador→Ubari/"
         "Sabha are background, Mauritania's border with Mali gives only the country; الجيش المالي holds مالي, «شأناً "
         "ليبياً» holds ليبيا, جبهة تحرير أزواد holds Azawad.",
 "qpa5": "Arabic edition of the French-language Nouakchott weekly Le Calame («القلم») on In Amenas, Djanet and Ghat: an "
         "Algerian build-up of 3,000 troops around In Amenas (reported mobilise), an LNA battalion to deploy along the "
         "border with Algeria (planned), Algeria's conditional pull-back Djanet→Illizi (Ghat and Tin Alkoum only in the "
         "condition) and the LNA's denied entry Ubari→Akakus; the 2013 Tiguentourine attack and Libya 2011 are "
         "background, the supply caravans from Djanet civilian, Nouakchott the dateline and the diplomats' venue, "
         "Northern Mali only a feared arms corridor; «القلم» is also the common word 'pen'; إدريس holds إدري.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpa1", "qpa2", "qpa3", "qpa4", "qpa5")
BAR_IN_TEXT = True  # qpa1's page header «المجلس الأعلى لطوارق ليبيا | بيان ...» has a literal "|"
