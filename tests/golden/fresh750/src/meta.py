# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qbx1 Zawiya (Al-Mutawasset)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya_terminal": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),      # G* (row مصفاة الزاوية)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Zawiya municipality"),           # G* (city row)
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 # qbx2 Sabratha and Surman (Jawhara FM)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "surman_mun": ("district", "LY", 32.75668, 12.57159, "Surman municipality"),           # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.930, 12.100, "Port of Zuwara"),                   # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # qbx3 Gharyan (Monte Carlo Doualiya)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa"),                        # G* (row الجبل الغربي, region)
 # qbx4 Zintan (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 # qbx5 Nalut and Wazin (Diwan FM)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (written ذهيبة)
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "border_lydz": ("region", "LY", 28.9, 10.0, "Libya-Algeria border (Libyan side, near Al Wafa)"),  # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
}

TRAPS = {
 "qbx1": ["المتوسط", "إذاعة الزاوية المحلية", "فرج الطرابلسي", "كتيبة الفرسان", "إدريس الكيلاني", "هذه الزاوية"],
 "qbx2": ["جوهرة أف أم", "راديو صبراتة إف إم", "تونسية", "الجيش التونسي", "الليبي"],
 "qbx3": ["مونت كارلو الدولية", "قوة حماية طرابلس", "الغرياني", "صوت الجبل", "الجيش الوطني الليبي"],
 "qbx4": ["القدس العربي", "اللواء 444 قتال", "إدريس عمران", "عبد الكريم الزنتاني", "زنتاني", "الليبي"],
 "qbx5": ["ديوان أف أم", "وازن الآن", "تونسي", "الجيش التونسي", "الليبية", "دوراً وازناً"],
}

PHEN = {
 "qbx1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_crossings"],
 "qbx2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbx3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area"],
 "qbx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_bases"],
 "qbx5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbx1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "reported", None, ["الزاوية"], ["الحرشة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء الزاوية النفطي"]),
  mv("advance", "denied", None, [], ["صرمان"]),
  mv("withdraw", "conditional", "GNA forces", [], ["طرابلس"]),
 ],
 "qbx2": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("withdraw", "reported", None, ["صبراتة"], ["العجيلات"]),
  mv("mobilise", "denied", None, ["الزاوية"], ["صرمان"]),
  mv("naval_landing", "conditional", "GNA forces", ["ميناء طرابلس"], ["ميناء زواره"]),
  mv("deploy", "planned", "Tunisian army", ["مدنين"], ["الحدود مع ليبيا"]),
 ],
 "qbx3": [
  mv("deploy", "reported", "GNA forces", ["العزيزية"], ["غريان"]),
  mv("withdraw", "reported", "Zintan forces", ["الأصابعة"], ["الزنتان"]),
  mv("shipment", "planned", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"]),
  mv("withdraw", "conditional", "GNA forces", [], ["العزيزية"]),
 ],
 "qbx4": [
  mv("redeploy", "reported", "Zintan forces", ["الزنتان"], ["قاعدة الوطية"], ["الرجبان"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الزنتان"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("advance", "conditional", "Zintan forces", [], ["طرابلس"]),
  mv("shipment", "denied", "Zintan forces", ["الزنتان"], ["يفرن"]),
 ],
 "qbx5": [
  mv("reinforce", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["ذهيبة"]),
  mv("airlift", "conditional", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("withdraw", "denied", "GNA forces", ["حقل الوفاء"]),
 ],
}

NOTES = {
 "qbx1": "Zawiya radio and council: a GNA (chief-of-staff) force Tripoli→Zawiya via Janzour and Al-Maya; the local "
         "'Fursan brigade' (no canonical actor) pulls out of central Zawiya to its camp in Al-Harsha ('5 km west' adds "
         "nothing); a planned coast-guard landing Tripoli port→Zawiya oil port (the refinery is only the purpose); the "
         "brigade denies a move towards Surman (the 'our men are in Al-Harsha' of its quote is a position, not a move); "
         "the mayor's conditional 'will not return to Tripoli unless' (no origin written). Bir al-Ghanam and the Western "
         "Mountain are only the road of the kidnappings; 'من هذه الزاوية' is the common word 'angle'.",
 "qbx2": "Jawhara FM from Ben Gardane (dateline only): a GNA column Zawiya→Sabratha via Surman; a local armed group "
         "out of central Sabratha (anaphora 'وسط المدينة') to Al-Ajaylat; the Surman mayor denies gunmen from Zawiya "
         "massing in Surman; a conditional GNA naval landing Tripoli port→Zuwara port (spelled زواره) 'if the coastal "
         "road closes'; a planned Tunisian deployment Medenine→the border with Libya. Ras Ajdir and Ben Gardane's "
         "second mention are background; Tunis (capital) is the speaker's city, Tunisia the country.",
 "qbx3": "Gharyan: a GNA battalion Al-Aziziyah→Gharyan (formerly in the 'Tripoli Protection Force', trap); a Zintan "
         "force leaves Al-Asabaa back to Zintan ('20 km south-west of Gharyan' is a distance reference); a planned "
         "ammunition shipment Tripoli→Gharyan; the LNA denies an advance Ash-Shwayrif→Mizdah (Jabal Nafusa only in "
         "the quote); the conditional 'will not go back to Al-Aziziyah unless' (no origin written). The last "
         "paragraph's Gharyan/Tripoli are a distance statement.",
 "qbx4": "Zintan via a local radio, written from London (dateline): a Zintan column from the city (anaphora) to Al-Watiya "
         "base via Ar-Rujban; 70 vehicles massing in Zintan; a planned GNA airlift (444 Brigade, trap) Mitiga airport→"
         "Al-Watiya (Tripoli the ministry's venue; the Western Mountain only the purpose); the conditional 'will not "
         "move towards Tripoli unless'; a denied ammunition shipment Zintan→Yafran (the second Yafran is in a quote "
         "about relations). 'زنتان' without the article is a spelling variant; 'الزنتاني' a person.",
 "qbx5": "Diwan FM from Sfax (dateline): GNA border-guard reinforcements Nalut→the Wazin crossing; a planned Tunisian "
         "regiment Tataouine→Dehiba (written ذهيبة; the Libya-Tunisia border is the setting, Tunis the ministry's "
         "city); a conditional airlift Mitiga base→Ghadames airport 'if infiltration across the border with Algeria "
         "continues' (border = condition); a denied pull-out from the Al-Wafa field (Ghadames only a distance "
         "reference). 'دوراً وازناً' is the adjective 'weighty'.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbx1", "qbx2", "qbx3", "qbx4", "qbx5")
