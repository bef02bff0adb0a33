# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row comes from own knowledge.
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "palestine": ("country", "PS", 31.94084, 35.26231, "Palestine"),                      # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                            # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                               # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                           # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                 # G (row عمان, written عمّان)
 # Tripoli and its quarters
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                         # G
 "abu_salim_mun": ("district", "LY", 32.88743, 13.18733, "Abu Salim municipality"),    # G* (town row, kind district)
 "salah_din": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                           # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al-Juma"),                      # G
 "hadba": ("town", "LY", 32.88743, 13.18733, "Al Hadba al Khadra"),                    # G
 "khallat": ("town", "LY", 32.80000, 13.18000, "Khallat al-Furjan"),                   # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),            # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),            # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),               # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                             # G
 # the coastal road west (Zawiya) and east (Misrata)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                               # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli"),                         # G (row القره بوللي; also written القربوللي)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                               # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                          # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                             # G (also written مصراته)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),            # G
 # further afield
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                         # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                   # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                       # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
}

TRAPS = {
 "qnq1": ["فلسطين اليوم", "الليبية", "جهاز الردع", "القوة المشتركة", "الطريق الساحلي", "حكومة الوحدة الوطنية",
          "اللواء 444 قتال", "جهاز دعم الاستقرار", "قوة الإسناد الأولى", "الهلال الأحمر الليبي", "الفلسطينية",
          "عبد الغني الككلي"],
 "qnq2": ["الهديل", "الليبية", "اللبنانيين", "لبنانيين", "اللبنانية", "قوة الإسناد الأولى", "الطريق الساحلي",
          "جهاز دعم الاستقرار", "القوة المشتركة", "طيران الشرق الأوسط"],
 "qnq3": ["المهرية", "التركية", "الليبيين", "حكومة الوحدة الوطنية", "اليمنية", "اللواء 444 قتال"],
 "qnq4": ["أخبار البلد", "الطريق الساحلي", "الليبية", "جهاز الردع", "اللواء 444 قتال", "شركة البريقة لتسويق النفط",
          "القوة المشتركة", "المجلس العسكري مصراتة", "هذه الزاوية", "جهاز الأمن العام", "الأردنية", "الأردنيين"],
 "qnq5": ["جراءة نيوز", "عماد الطرابلسي", "القيادة العامة للجيش الوطني الليبي", "اللواء 111 مجحفل", "القوة المشتركة"],
}

PHEN = {
 "qnq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "countries"],
 "qnq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli"],
 "qnq3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases", "countries"],
 "qnq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "coverage_crossings", "countries"],
 "qnq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "town_vs_district",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnq1": [
  mv("redeploy", "reported", "GNA forces", ["سوق الجمعة"], ["مطار معيتيقة"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("deploy", "planned", "GNA forces", [], ["عين زارة", "صلاح الدين"]),
  mv("withdraw", "conditional", "GNA forces", ["أبو سليم"], ["قصر بن غشير"]),
  mv("reinforce", "denied", "GNA forces", ["الزاوية"], ["جنزور"]),
 ],
 "qnq2": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["جودائم", "الماية"]),
  mv("withdraw", "denied", "GNA forces", ["أبوسليم"], ["الهضبة الخضراء"]),
  mv("advance", "conditional", "Misrata forces", [], ["سوق الجمعة"]),
  mv("deploy", "planned", "GNA forces", ["السواني"], ["عين زارة"]),
 ],
 "qnq3": [
  mv("airlift", "denied", "Turkish armed forces", ["تركيا"], ["قاعدة معيتيقة"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("mobilise", "reported", None, [], ["تاجوراء"]),
  mv("advance", "conditional", "GNA forces", ["عين زارة"], ["أبو سليم"]),
  mv("withdraw", "reported", "GNA forces", ["أبو سليم"], ["قصر بن غشير"]),
 ],
 "qnq4": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("shipment", "denied", "Misrata forces", ["مطار مصراتة"], ["تاجوراء"]),
  mv("withdraw", "planned", "Misrata forces", ["تاجوراء"], ["الدافنية"]),
  mv("redeploy", "conditional", "Misrata forces", [], ["القره بوللي"]),
  mv("deploy", "reported", "GNA forces", ["عين زارة"], ["تاجوراء"]),
 ],
 "qnq5": [
  mv("deploy", "reported", "GNA forces", ["مطار طرابلس الدولي"], ["أبو سليم", "صلاح الدين"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["مطار طرابلس الدولي"]),
  mv("advance", "denied", "Libyan National Army", ["سرت"], ["بني وليد"]),
  mv("withdraw", "planned", "GNA forces", ["خلة الفرجان"], ["العزيزية"]),
 ],
}

NOTES = {
 "qnq1": "Palestinian TV's live page (Palestine Today, Tripoli dateline, oldest first) on day one of the flare-up: "
         "Radaa redeploying about forty vehicles from Souq al-Juma to around Mitiga airport, Misrata joint-force "
         "reinforcements Misrata→Tajoura via Garabulli (a correction moves their start from Zliten to Misrata; the "
         "correction is no new move), a planned neutral separation force for Ain Zara and Salah al-Din, the 444 "
         "Brigade's conditional pull-back Abu Salim→Qasr Bin Ghashir and Zawiya's First Support Force denying "
         "reinforcements Zawiya→Janzour; flights diverted to Misrata airport, fighting spreading to Salah al-Din, "
         "Red Crescent evacuations Abu Salim→Janzour, the Palestinian embassy and the May 2025 background are not "
         "movements; فلسطين اليوم and الفلسطينية hold فلسطين.",
 "qnq2": "Lebanese site's live page (Al-Hadeel, Beirut) on day two, calling the city طرابلس الغرب: First Support "
         "Force vehicles Zawiya→Janzour via Judaim and Al-Maya (reported, a day after its denial), the SSA's denied "
         "pull-out Abu Salim (written أبوسليم)→Al-Hadba al-Khadra, the Misrata joint force's conditional advance on "
         "Souq al-Juma (Misrata written مصراته, the speaker's place, not an origin), a planned military-police "
         "company As-Sawani→Ain Zara; «طرابلس ترفض» (metonymy), Lebanese Tripoli's families, a mother's quote about "
         "Ain Zara, an MEA evacuation flight Misrata airport→Beirut and its corrected departure airport (Mitiga) are "
         "not movements.",
 "qnq3": "Yemeni channel's live page (Al-Mahriah, Istanbul dateline, newest first) on day three: Turkey's denial "
         "of military cargo flights carrying Turkish troops to Mitiga base, a planned special-forces airlift Al-Watiya "
         "base→Mitiga airport, local armed groups massing at Tajoura's western entrance (actor null), the General "
         "Staff's conditional advance Ain Zara→Abu Salim and the 444 Brigade's overnight pull-out Abu Salim→Qasr Bin "
         "Ghashir; the headline's «أنقرة تنفي», civilian flights Istanbul→Mitiga, Yemeni students killed in Khallat "
         "al-Furjan and the night's clashes are not movements.",
 "qnq4": "Jordanian site's live page (Akhbar al-Balad, Amman) on the coastal road east to Misrata: joint-force boats "
         "carrying about a hundred men Misrata port→Tripoli port, the Misrata Military Council's denial of ammunition "
         "trucks Misrata airport→Tajoura, a planned pull-out of the Misrata battalions Tajoura→Dafniya brokered by "
         "Zliten and Khoms elders, a conditional return to Garabulli and Public Security patrols Ain Zara→Tajoura; the "
         "reopened road Tajoura–Garabulli (written القربوللي), a Brega company tanker convoy Misrata→the capital, the "
         "2023 background, «هذه الزاوية» (this angle; holds الزاوية) and Jordanians' evacuation via Misrata airport "
         "are not movements.",
 "qnq5": "Jordanian site's live page (Garaa News, no dateline) on day five: the separation force deploying from "
         "near Tripoli International Airport into Abu Salim and Salah al-Din, a Zintan battalion's conditional "
         "advance Zintan→Tripoli International Airport, the LNA's denied move Sirte→Bani Walid (Benghazi is only "
         "where it speaks), the 111 Brigade's planned pull-out Khallat al-Furjan→Al-Aziziya; a correction naming "
         "Tarhuna as the force's wrong start, the Abu Salim municipality's repairs, joint-force men still at Tripoli "
         "port (no move), life returning to Ain Zara and a civilian flight Misrata airport→Amman are not movements; "
         "عماد الطرابلسي holds طرابلس.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnq1", "qnq2", "qnq3", "qnq4", "qnq5")
BAR_IN_TEXT = True  # headlines and breaking items use a literal «|» («تغطية مباشرة |», «عاجل |»)
