# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # Tripoli and its southern suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "salah_din": ("town", "LY", 32.82, 13.20, "Salah al-Din (Tripoli)"),                   # K (gazetteer row has the Tripoli centre point)
 "khallat": ("town", "LY", 32.80, 13.17, "Khallat al-Furjan (Tripoli)"),                # K (not in the gazetteer)
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "wadi_rabie": ("town", "LY", 32.77, 13.31, "Wadi al-Rabie"),                           # K (gazetteer row has the Tripoli centre point)
 "abu_salim": ("town", "LY", 32.86, 13.19, "Abu Salim (Tripoli)"),                      # K (gazetteer row has the Tripoli centre point)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 # Zawiya and the west coast
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # Jafara, Gharyan and the Nafusa mountains
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "warshefana": ("region", "LY", 32.60, 12.95, "Warshefana"),                            # K (as earlier samples)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan Municipality"),         # G* (town row, kind district)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # Tarhuna, Bani Walid, Misrata, Jufra
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # Libya-wide and vague areas
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "west_libya": ("region", "LY", 32.30, 12.80, "Western Libya"),                         # K (as fresh1001)
 # abroad (datelines, countries)
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "basra": ("city", "IQ", 30.50852, 47.78040, "Basra"),                                  # G (row بصرة)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ramallah": ("city", "PS", 31.9038, 35.2034, "Ramallah"),                              # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
}

TRAPS = {
 "qlu1": ["العراقية الإخبارية", "الليبية", "سوريين", "عماد الطرابلسي", "ليبيا الأحرار", "بركان الغضب"],
 "qlu2": ["يمن شباب نت", "الليبية", "المنطقة العسكرية الساحل الغربي", "أسرت"],
 "qlu3": ["مكملين", "الليبية", "مصرعهما", "الصادق الغرياني"],
 "qlu4": ["تلفزيون فلسطين", "الليبية", "لواء المحجوب", "الفيلق الأفريقي", "الروسي"],
 "qlu5": ["المربد", "الليبية", "الليبي", "التركية", "الأتراك", "صلاح الدين النمروش"],
}

PHEN = {
 "qlu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "countries"],
 "qlu2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_oil"],
 "qlu3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "town_vs_district",
          "coverage_neighbours", "countries"],
 "qlu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "countries"],
 "qlu5": ["spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlu1": [
  mv("reinforce", "reported", "GNA forces", ["ترهونة"], ["عين زارة"], ["وادي الربيع"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار معيتيقة"]),
  mv("deploy", "planned", "GNA forces", ["مصراتة"], ["قصر بن غشير", "مطار طرابلس الدولي"]),
  mv("withdraw", "conditional", None, ["صلاح الدين"]),
  mv("advance", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ترهونة"]),
 ],
 "qlu2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["جودائم"], ["جنزور", "الماية"]),
  mv("reinforce", "denied", None, ["صبراتة"], ["الزاوية"]),
  mv("withdraw", "planned", None, ["مصفاة الزاوية"]),
  mv("deploy", "planned", "GNA forces", [], ["مصفاة الزاوية"]),
  mv("advance", "conditional", "GNA forces", ["جودائم"], ["الزاوية"]),
 ],
 "qlu3": [
  mv("deploy", "reported", "GNA forces", ["العزيزية"], ["غريان"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["غريان"], ["الأصابعة"]),
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["غريان"]),
  mv("advance", "denied", "Libyan National Army", ["مزدة"], ["غريان"]),
  mv("advance", "conditional", "GNA forces", ["العزيزية"], ["السواني"]),
  mv("deploy", "planned", "GNA forces", [], ["غريان"]),
 ],
 "qlu4": [
  mv("mobilise", "reported", None, [], ["ترهونة"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["ترهونة"], ["مسلاتة"]),
  mv("deploy", "denied", "Russian forces", ["بني وليد"], ["ترهونة"]),
  mv("withdraw", "planned", None, ["قصر بن غشير"], ["ترهونة"]),
  mv("advance", "conditional", "GNA forces", ["وادي الربيع"], ["ترهونة"]),
 ],
 "qlu5": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["مطار طرابلس الدولي"]),
  mv("withdraw", "planned", "GNA forces", ["صلاح الدين"], ["ترهونة"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["الزاوية"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("mobilise", "reported", None, [], ["العزيزية"]),
 ],
}

NOTES = {
 "qlu1": "Iraqi state news channel (Al-Iraqiya News) live page from Baghdad (dateline only) on clashes in Salah al-Din "
         "and Khallat al-Furjan: a 444 Brigade column Tarhuna→Ain Zara via Wadi al-Rabie (the 09:20 item's Bani Walid "
         "origin is corrected at 10:45 and is no movement place), a rumoured airlift of Syrian fighters Turkey→Mitiga "
         "airport denied within the hour, a planned separation force Misrata→Qasr Bin Ghashir and Tripoli International "
         "Airport, a conditional pull-out of the local gunmen from Salah al-Din and a denied LNA move Jufra air base→"
         "Tarhuna; Imad Trabelsi holds طرابلس, «ليبيا الأحرار» holds Libya, Western Libya and Abu Salim are background.",
 "qlu2": "Yemeni channel's site (Yemen Shabab Net) live page on Zawiya: clashes at Al-Harsha near the refinery (no move), a "
         "111 Brigade column Tripoli→Judaim via Janzour and Al-Maya (the 08:55 «reached the refinery» corrected at 09:30 "
         "to Judaim), Sabratha gunmen rumoured and denied by the Sabratha council, a truce's planned pull-out from around "
         "the refinery with a planned Western Coast military-region force to secure it, and a conditional entry "
         "Judaim→Zawiya; «أسرت» holds سرت, the military region's name holds الساحل الغربي, Tripoli 45 km is a distance.",
 "qlu3": "Egyptian opposition channel (Mekameleen, Istanbul) live page on Gharyan: a GNU force Al-Aziziya→Gharyan, a "
         "rumoured Zintan column Zintan→Gharyan via Al-Asabaa denied by Zintan's military council 45 minutes later, "
         "ammunition and fuel trucks Misrata→Gharyan (shipment), a denied LNA move Mizda→Gharyan, a conditional advance "
         "Al-Aziziya→As-Sawani (the old airport only in the condition) and military police planned for Gharyan's gates; "
         "Gharyan municipality beside the town, «مصرعهما» holds مصر, al-Ghariani holds غريان, Egypt/UAE background.",
 "qlu4": "Palestine TV (Ramallah, with agencies) live page on the Tarhuna axis: shelling of Qasr Bin Ghashir (no move), "
         "gunmen massing in Tarhuna, a Mahjoub Brigade column Misrata→Tarhuna via Msallata, a rumoured Africa Corps "
         "arrival Bani Walid→Tarhuna denied by the GNU defence ministry, a planned pull-back Qasr Bin Ghashir→Tarhuna "
         "under the elders' deal and a conditional 444 Brigade advance Wadi al-Rabie→Tarhuna; Ramallah is the dateline, "
         "the 2020 mass graves are background.",
 "qlu5": "Iraqi Basra outlet (Al-Mirbad) evening wrap-up: ceasefire «بتوقيت طرابلس» (no move), the separation force "
         "Misrata→Tripoli International Airport (planned in the afternoon, now reported), a planned 444 Brigade pull-out "
         "Salah al-Din→Tarhuna, a rumoured Turkish move Al-Watiya base→Zawiya denied by the Turkish embassy in Tripoli "
         "(venue), a conditional Zintan advance Zintan→Al-Aziziya (Warshefana only in the condition) and gunmen massing "
         "in Al-Aziziya (the road to Gharyan blocked, no move); Salah al-Din al-Namroush holds the suburb's name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlu1", "qlu2", "qlu3", "qlu4", "qlu5")
BAR_IN_TEXT = True  # the live-page headlines use a literal "|" («تغطية مستمرة | …»), not marker residue
