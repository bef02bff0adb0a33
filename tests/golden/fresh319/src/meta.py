# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G (row مطار معيتيقة)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G (row قاعدة معيتيقة)
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),           # G* (city row)
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "salah_din": ("town", "LY", 32.83500, 13.21500, "Salah al-Din (Tripoli)"),             # K (gazetteer row sits on the city centre)
 "abu_salim": ("town", "LY", 32.85300, 13.19000, "Abu Salim"),                          # K (gazetteer row sits on the city centre)
 "fornaj": ("town", "LY", 32.85800, 13.22200, "Al Fornaj"),                             # K (gazetteer row sits on the city centre)
 "hadba": ("town", "LY", 32.84300, 13.19800, "Al Hadba al Khadra"),                     # K (gazetteer row sits on the city centre)
 "khallat_furjan": ("town", "LY", 32.78500, 13.18000, "Khallat al-Furjan"),             # K (not in gazetteer)
 "andalus": ("town", "LY", 32.87200, 13.12800, "Hay al-Andalus (Tripoli)"),             # K (gazetteer row sits on the city centre)
 "abu_sitta": ("base", "LY", 32.90500, 13.21000, "Abu Sitta Naval Base"),               # K (gazetteer row sits on the city centre)
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                # G
 # the coast east of Tripoli and Misrata
 "qarabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G (row مطار مصراتة)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21000, "Misrata port (Qasr Ahmad)"),   # K
 # the coast west of Tripoli
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzur municipality"),          # G* (city row)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 # the south-west approaches
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"), # G (row مصفاة الزاوية)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),   # G
 "west_ly": ("region", "LY", 31.50000, 12.80000, "Western Libya"),                      # K (representative point)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),     # G* (row منفذ رأس جدير)
 "border_lyside": ("region", "LY", 33.05000, 11.60000, "Libya-Tunisia border (Libyan side)"),   # K
 # countries and abroad
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tnside": ("region", "TN", 33.10000, 11.45000, "Tunisia-Libya border (Tunisian side)"), # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
}

TRAPS = {
 "li1": ["فرانس 24", "العقيد صلاح الدين الورفلي", "شارع الزاوية", "الليبية"],
 "li2": ["بي بي سي نيوز عربي", "المجلس العسكري الزنتان", "العقيد عادل الزنتاني", "الليبية"],
 "li3": ["يورونيوز", "المنطقة العسكرية الساحل الغربي", "الزاوية الإنسانية", "قوة حماية طرابلس", "لا أدري", "الليبية"],
 "li4": ["قناة الشرق", "المجلس العسكري مصراتة", "مصراتية", "الجيش التونسي", "الليبية"],
 "li5": ["المشهد", "المجلس العسكري الزنتان", "العميد سالم الطرابلسي", "لا أدري", "الليبي"],
}

PHEN = {
 "li1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "coverage_bases"],
 "li2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "coverage_oil",
         "vague_area"],
 "li3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "town_vs_district",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "coverage_oil"],
 "li4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "town_vs_district", "nisba",
         "coverage_bases", "countries", "coverage_neighbours", "border_phrase", "coverage_crossings", "vague_area",
         "ambiguity_country_capital"],
 "li5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "person_trap", "operation_trap",
         "coverage_bases", "ambiguity_country_capital", "ambiguity_tripoli", "ambiguity_idri", "countries",
         "coverage_neighbours", "border_phrase", "coverage_crossings", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "li1": [
  mv("deploy", "reported", "GNA forces", ["صلاح الدين"], ["الفرناج"]),
  mv("withdraw", "denied", "GNA forces", ["قاعدة امعيتيقة"], ["سوق الجمعة"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["القره بوللي"], ["زليتن", "الخمس"]),
  mv("naval_landing", "planned", "GNA forces", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("deploy", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["مطار معيتيقة"]),
  mv("advance", "conditional", "Misrata forces", ["القره بوللي"], ["طرابلس"]),
 ],
 "li2": [
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["عين زارة"], ["العزيزية"]),
  mv("reinforce", "conditional", "Zintan forces", [], ["مطار طرابلس الدولي"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["عين زارة"], ["قصر بن غشير"]),
  mv("withdraw", "reported", "GNA forces", ["صلاح الدين"], ["أبو سليم"]),
  mv("reinforce", "reported", "GNA forces", ["ترهونة"], ["خلة الفرجان"]),
  mv("mobilise", "reported", None, [], ["قصر بن غشير"]),
 ],
 "li3": [
  mv("reinforce", "reported", "GNA forces", ["مصفاة الزاوية"], ["أبوسليم"], ["الماية", "جنزور"]),
  mv("deploy", "denied", "GNA forces", ["الزاوية"], ["جنزور"]),
  mv("deploy", "planned", "GNA forces", [], ["أبوسليم", "الهضبة"]),
  mv("redeploy", "reported", "GNA forces", ["الهضبة"], ["أبو سليم"]),
  mv("shipment", "reported", "GNA forces", ["الزاوية"], ["أبوسليم"]),
  mv("withdraw", "conditional", "GNA forces", ["طرابلس"], ["الزاوية"]),
 ],
 "li4": [
  mv("advance", "reported", "Misrata forces", ["القربوللي"], ["تاجورا"]),
  mv("redeploy", "reported", "GNA forces", ["سوق الجمعة"], ["قاعدة معيتيقة"]),
  mv("mobilise", "reported", None, [], ["تاجوراء"]),
  mv("airlift", "denied", "Misrata forces", ["مطار مصراتة"], ["معيتيقة"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("withdraw", "conditional", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "li5": [
  mv("withdraw", "reported", "GNA forces", ["أبوسليم"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("airlift", "reported", "GNA forces", ["مطار مصراتة"], ["مطار امعيتيقة"]),
  mv("deploy", "reported", "GNA forces", [], ["مطار امعيتيقة", "تاجوراء"]),
  mv("shipment", "denied", "GNA forces", ["قاعدة معيتيقة"], ["سوق الجمعة"]),
  mv("withdraw", "planned", "Misrata forces", ["تاجوراء"], ["مصراته"]),
  mv("deploy", "denied", "Zintan forces", [], ["طرابلس"]),
  mv("advance", "conditional", "GNA forces", ["صلاح الدين"], ["عين زارة"]),
 ],
}

NOTES = {
 "li1": ("France 24 Arabic live page, Tuesday 12 May 2026, clashes round Mitiga: a 444 Brigade column Salah al-Din→Al-Fornaj "
         "(reported), Radaa's denied pull-out from Mitiga base (written قاعدة امعيتيقة) to Souq al-Juma, a Misrata joint-force "
         "battalion Misrata→Al-Qarabulli via Zliten and Al-Khums (reported), military police planned for the airport's "
         "surroundings («محيط المطار»), and the Misrata commander's conditional entry into Tripoli (لن…إلا إذا). Flights "
         "diverted to Misrata airport and the mediation by Tajura/Souq al-Juma notables are not movements; شارع الزاوية "
         "(a Tripoli street) and the colonel named صلاح الدين are traps."),
 "li2": ("BBC News Arabic live page in reverse order (latest first), 12 May 2026, southern Tripoli: Zintan's denied column "
         "Zintan→Ain Zara via Al-Aziziyah (the activists' clip at 15:20 and the denial at 16:50 are one move; spelling عين "
         "زاره), Zintan's conditional reinforcement of the Tripoli International Airport area, a planned neutral GNA force "
         "Gharyan→Ain Zara via Qasr Bin Ghashir, the SSA's pull-back Salah al-Din→Abu Salim and a 444 Brigade reinforcement "
         "Tarhuna→Khallat al-Furjan. Wounded taken to the Abu Salim hospital are not a movement."),
 "li3": ("Euronews Arabic live page, Wednesday 13 May 2026, Abu Salim: a Western Coast military region column Zawiya→Abu "
         "Salim via Al-Maya and Janzour (reported), Janzour municipality's denial that the column stationed in the town, a "
         "planned Interior deployment to Abu Salim and Al-Hadba, the SSA's heavy vehicles Al-Hadba→Abu Salim (redeploy) and "
         "the Zawiya elders' conditional pull-out (فور توقيع) from the capital. The Red Crescent evacuation of families to "
         "Hay al-Andalus is not a movement; «من الزاوية الإنسانية» is a common-word trap."),
 "li4": ("Asharq News live page, 13 May 2026, Tajura: the Misrata battalion's advance Al-Qarabulli (written القربوللي)→Tajura "
         "(written تاجورا), Tajura's «النفير العام» (mobilise, no canonical actor), a denied airlift Misrata airport→Mitiga, a "
         "planned landing ship Misrata port→Abu Sitta naval base and the Misrata military council's conditional pull-out "
         "Tajura→Misrata. Civil flights diverted to Misrata and the mayor's statement are not movements."),
 "li5": ("Al-Mashhad live page, Thursday 14 May 2026, the truce holds: the Zawiya column's pull-back Abu Salim→Zawiya («عائداً "
         "إلى مدينته») via Janzour and Al-Maya, military police deployed at Mitiga airport (written مطار امعيتيقة) and Tajura's "
         "entrances, Radaa's denied arms transfer Mitiga base→Souq al-Juma, the Misrata brigades' planned return Tajura→Misrata "
         "(written مصراته), Zintan's denial that it sent any force to the capital and the truce committee's conditional "
         "advance Salah al-Din→Ain Zara (في حال). The UN delegation's flight from Tunis and the displaced families' return "
         "are not movements."),
}

WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("li1", "li2", "li3", "li4", "li5")
BAR_IN_TEXT = True  # the headlines and datelines have a literal "|" («مباشر |», «عاجل |»)
