# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or another written form (listed in the README).
P = {
 # countries and places abroad
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                           # G (row لامبيدوسا)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "border_tn_ly": ("region", "TN", 33.05, 11.35, "Tunisia-Libya border (Tunisia side)"),  # K
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al-Jumaa"),                            # G
 "souq_dist": ("district", "LY", 32.88300, 13.23300, "Souq al-Jumaa Municipality"),     # G* (town row, as district)
 "fashloum": ("town", "LY", 32.88750, 13.20610, "Fashloum"),                             # G
 "dahmani": ("town", "LY", 32.893, 13.200, "Zawiyat al-Dahmani"),                        # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajoura"),                               # G
 "salah_din": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),              # G (row carries the city-centre point)
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row carries the city-centre point)
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "khallat": ("town", "LY", 32.80000, 13.18000, "Khallat al-Furjan"),                     # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),             # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # Zawiya and the coast to the Tunisian border
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                 # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harshah"),                             # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                  # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                          # G
 "ras_jdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zuwara Airport"),                # G
 # Gharyan and the Western Mountain
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                          # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
}

TRAPS = {
 "qre1": ["المكتب الإعلامي لبلدية سوق الجمعة", "جهاز الردع", "كتيبة رحبة الدروع", "طرابلس آمنة"],
 "qre2": ["جهاز الإسعاف والطوارئ", "جهاز دعم الاستقرار", "جهاز الردع", "المنطقة العسكرية الساحل الغربي",
          "الهلال الأحمر الليبي", "الزاوية الإنسانية", "شارع الزاوية"],
 "qre3": ["المنظمة الليبية لحقوق الإنسان", "اللواء 444 قتال", "كتيبة الشهيدة صبرية", "قوات القيادة العامة"],
 "qre4": ["الكتيبة", "الزمن الجميل", "الدينار الليبي", "الجيش التونسي", "تونسي"],
 "qre5": ["اللواء 444", "وكالة الأنباء العراقية", "القيادة العامة للجيش الوطني الليبي", "الصادق الغرياني", "الليبية"],
}

PHEN = {
 "qre1": ["clitics", "multiword", "media_trap", "operation_trap", "town_vs_district", "coverage_bases"],
 "qre2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_oil"],
 "qre3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba"],
 "qre4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qre5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qre1": [
  mv("deploy", "reported", "GNA forces", [], ["فشلوم", "مطار معيتيقة"]),
  mv("advance", "denied", "GNA forces", ["تاجوراء"], ["سوق الجمعة"]),
  mv("deploy", "planned", "GNA forces", ["صلاح الدين"], ["سوق الجمعة"]),
  mv("withdraw", "conditional", "GNA forces", ["فشلوم"], ["قاعدة معيتيقة"]),
 ],
 "qre2": [
  mv("advance", "reported", None, ["صرمان"], ["الحرشة"]),
  mv("naval_landing", "reported", "GNA forces", [], ["الحرشة"]),
  mv("deploy", "reported", "GNA forces", [], ["جودائم"]),
  mv("withdraw", "planned", "GNA forces", ["الزاوية"], []),
  mv("advance", "conditional", "GNA forces", ["صبراتة"], ["الزاوية"]),
  mv("reinforce", "denied", "GNA forces", ["طرابلس"], ["الزاوية"]),
 ],
 "qre3": [
  mv("mobilise", "reported", "GNA forces", [], ["خلة الفرجان", "عين زارة"]),
  mv("reinforce", "reported", "GNA forces", ["ترهونة"], ["عين زارة"], ["قصر بن غشير"]),
  mv("advance", "denied", "GNA forces", ["تاجوراء"], ["عين زارة"]),
  mv("deploy", "planned", "GNA forces", [], ["خلة الفرجان"]),
  mv("withdraw", "conditional", "GNA forces", ["عين زارة"], ["صلاح الدين"]),
 ],
 "qre4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["معبر رأس جدير"]),
  mv("airlift", "conditional", "GNA forces", ["قاعدة الوطية"], ["مطار زوارة"]),
  mv("advance", "denied", "GNA forces", ["العجيلات"], ["زوارة"]),
 ],
 "qre5": [
  mv("deploy", "reported", "GNA forces", ["العزيزية"], ["غريان"]),
  mv("withdraw", "reported", None, ["غريان"], ["القواليش"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["الاصابعة"]),
  mv("shipment", "reported", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["غريان"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"]),
 ],
}

NOTES = {
 "qre1": "Souq al-Jumaa municipality media office (Facebook-style post, dateline Souq al-Jumaa) on an emergency "
         "security meeting: Radaa patrols deployed in Fashloum and around Mitiga airport (reported), the Rahbat "
         "al-Duru' battalion's denial that its vehicles left Tajoura for Souq al-Jumaa (the activists' «قيل إنها "
         "تحركت» is the same move, counted once as denied), a planned interior-ministry joint force Salah al-Din→Souq "
         "al-Jumaa and Radaa's conditional pull-back Fashloum→Mitiga base («لن تنسحب ... إلا بعد»); civil flights "
         "Istanbul→Misrata airport, families sent to Zawiyat al-Dahmani and Ain Zara, May 2025 in Abu Salim, the Tripoli "
         "security directorate and the «طرابلس آمنة» plan are not movements or movement places.",
 "qre2": "Libyan Ambulance and Emergency Service update from Zawiya clashes: an unidentified armed column Surman→"
         "Al-Harsha (reported, actor null), two SSA boats landing men on the Al-Harsha shore (naval_landing, reported, "
         "destination only), General Staff units deployed in Judaim (reported), the truce's planned "
         "pull-out of both GNU-affiliated groups from central Zawiya (origin only), the western coast military "
         "region's conditional advance Sabratha→Zawiya («إذا خُرقت الهدنة») and Radaa's denied reinforcements "
         "Tripoli→Zawiya; casualties sent to Tripoli hospitals, ambulances from Sabratha and Janzour, Red Crescent "
         "evacuation Al-Harsha→Al-Maya, ambulances from Sabratha (written صبراته), the refinery shutdown, «الزاوية الإنسانية» (the humanitarian angle) and "
         "«شارع الزاوية» (a Tripoli street) are not movements or not places.",
 "qre3": "Libyan Organization for Human Rights statement from Tripoli: 444 Brigade vehicles massing in Khallat "
         "al-Furjan and Ain Zara (mobilise, reported), another column Tarhuna→Ain Zara via Qasr Bin Ghashir "
         "(reinforce, reported), the Shahida Sabriya battalion's denied move Tajoura→Ain Zara, a planned military "
         "police separation force in Khallat al-Furjan and the 444's conditional return Ain Zara→Salah al-Din («متى "
         "تسلّمت»); families fleeing to As-Sawani and Qasr Bin Ghashir (civilian) and the 2019 LNA advance "
         "Gharyan→Tripoli International Airport (past background) are not annotated as movements.",
 "qre4": "Al-Qatiba (Tunisian digital magazine) reportage from Ben Gardane on the Ras Jdir crossing: Tunisian army "
         "reinforcements Medenine→Ben Gardane and the border with Libya (Tunisia side), a planned GNU interior-"
         "ministry force Tripoli→Ras Jdir crossing, the General Staff's conditional airlift Al-Watiya base→Zuwara "
         "airport («ستنقل جواً ... إذا») and the ministry's denied column Al-Ajaylat→Zuwara; the trader's trips Ben Gardane→Zuwara via Abu Kammash, "
         "the March 2024 crisis, fuel trucks along the coast road past Mellitah, migrant boats from Farwa island to "
         "Lampedusa (written لامبيدوزا) and «الزمن الجميل» (holds Al-Jumayl) are not movements.",
 "qre5": "Iraqi News Agency (INA) wire from Tripoli on Gharyan: 444 Brigade units Al-Aziziya→Gharyan (reported), a "
         "local group's pull-out from central Gharyan to Al-Qawalish (reported, actor null), a planned General Staff "
         "company Gharyan→Al-Asabaa (written الاصابعة), two General Staff ammunition trucks Tripoli→Gharyan (shipment, "
         "reported), Zintan groups' conditional advance on Gharyan («لن تتحرك ... إلا إذا») and the "
         "LNA's denied move Ash-Shwayrif→Mizdah; a civilian fuel convoy from the Zawiya refinery, the LNA's 2019 "
         "entry into Gharyan and attack on Tripoli (background), the Mufti al-Sadiq al-Ghariani (holds غريان) and "
         "the Western Mountain are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qre1", "qre2", "qre3", "qre4", "qre5")
