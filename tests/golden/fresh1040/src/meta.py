# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign places
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G (row شمال سوريا, written الشمال السوري)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G (row طرابلس, LB)
 # Tripoli and the coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                     # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين, written أبو قرين)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Tripolitania (western Libya)"),    # G* (row إقليم طرابلس, written الغرب الليبي)
 # the hinterland: Jabal Nafusa, Gharyan, Tarhuna, Bani Walid
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan Municipality"),         # G* (town row, as district)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G (also written الاصابعة)
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al Qawalish"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G (also written ترهونه)
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G (also written بنى وليد)
 "bani_walid_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),     # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah Municipality"),            # G* (town row, as district)
 # the south road
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G (also written الشويريف)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (also written قاعدة الجفرة)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
}

TRAPS = {
 "qnc1": ["وفا", "لواء 444 قتال", "المجلس العسكري الزنتان", "الصادق الغرياني", "أصابع الاتهام", "الليبية"],
 "qnc2": ["نينا", "اللواء 444 قتال", "الوكالة الوطنية العراقية للأنباء", "المجلس الاجتماعي لقبائل ورفلة",
          "قوة العمليات المشتركة", "الهلال الأحمر الليبي", "الكانيات", "اللواء التاسع ترهونة", "الليبية", "ليبي"],
 "qnc3": ["يونا/وال", "وكالة الأنباء الليبية", "اللواء 111 مجحفل", "توقيت غرينتش", "الليبية"],
 "qnc4": ["وكالة أنباء هاوار", "فرقة السلطان مراد", "فرقة الحمزات", "لواء سمرقند", "الجيش الوطني السوري",
          "التركي", "التركية", "السوريين", "الليبية", "أتراك"],
 "qnc5": ["سمارت", "الفيلق الأفريقي", "الكتائب الزنتانية", "الروسية", "الليبية", "السورية", "سوريين", "سوري", "الروس", "روساً", "اللبنانية"],
}

PHEN = {
 "qnc1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "town_vs_district", "countries"],
 "qnc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba"],
 "qnc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qnc4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "countries"],
 "qnc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnc1": [
  mv("reinforce", "reported", "GNA forces", ["قصر بن غشير"], ["غريان"], ["العزيزية"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["الأصابعة"]),
  mv("mobilise", "reported", None, [], ["الأصابعة"]),
  mv("advance", "conditional", "Zintan forces", ["القواليش"], ["الأصابعة"]),
  mv("withdraw", "denied", "GNA forces", ["مزدة"], ["غريان"]),
 ],
 "qnc2": [
  mv("redeploy", "reported", "GNA forces", ["ترهونة"], ["بنى وليد"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار بني وليد"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبو قرين"]),
  mv("advance", "conditional", "Misrata forces", ["أبو قرين"], ["بني وليد"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["بني وليد"]),
 ],
 "qnc3": [
  mv("deploy", "reported", "GNA forces", ["الأصابعة"], ["مزدة"]),
  mv("redeploy", "planned", "Libyan National Army", ["القريات"], ["الشويريف"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("advance", "conditional", "GNA forces", ["مزدة"], ["القريات"]),
  mv("withdraw", "denied", "Libyan National Army", ["القريات"], ["قاعدة الجفرة الجوية"]),
 ],
 "qnc4": [
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["غريان"], ["بئر الغنم"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["ترهونة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"], []),
  mv("withdraw", "reported", "Syrian mercenaries", ["ليبيا"], ["الشمال السوري"]),
 ],
 "qnc5": [
  mv("shipment", "reported", "Russian forces", ["قاعدة الجفرة"], ["الشويرف"]),
  mv("deploy", "planned", "Russian forces", [], ["القريات"]),
  mv("withdraw", "reported", "Libyan National Army", ["الشويرف"], ["براك"]),
  mv("reinforce", "conditional", "Zintan forces", ["الرجبان"], ["مزدة"]),
  mv("advance", "denied", None, ["ترهونة"], ["بني وليد"]),
 ],
}

NOTES = {
 "qnc1": "WAFA-style agency copy («وفا», dateline Tripoli, 'updated' headline and a correction line) on Gharyan and "
         "Al-Asabaa: a 444 Brigade reinforcement Qasr Bin Ghashir→Gharyan via Al-Aziziya, a planned redeploy "
         "Gharyan→Al-Asabaa, local gunmen massing around Al-Asabaa (actor null), Zintan forces' conditional advance "
         "Al-Qawalish→Al-Asabaa and a denied GNU pull-out Mizda→Gharyan; families leaving Gharyan for Tripoli "
         "(civilian), the 2019 background, the corrected origin Misrata, Tripoli as dateline and the municipality "
         "are not movement places; الصادق الغرياني holds غريان, «أصابع الاتهام» looks like الأصابعة.",
 "qnc2": "NINA-style agency copy («نينا», urgent line, '/انتهى/') on Tarhuna and Bani Walid: a 444 Brigade redeploy "
         "Tarhuna→Bani Walid (written بنى وليد), a planned force for Bani Walid airport, the Joint Operations Force "
         "(Misrata) massing at Abu Qurayn and its conditional advance on Bani Walid («ما لم»), and the LNA's denied "
         "advance Ash-Shwayrif→Bani Walid; the Red Crescent aid convoy Tripoli→Tarhuna (written ترهونه), Benghazi as "
         "metonymy, the 2020 pull-out and the Kaniyat's flight are not movements; اللواء التاسع ترهونة holds ترهونة.",
 "qnc3": "UNA-style agency copy relaying LANA («يونا/وال», update line, '(انتهى)') on Mizda, Al-Qaryat and "
         "Ash-Shwayrif: a 111 Brigade deployment Al-Asabaa→Mizda, a planned LNA company Al-Qaryat→Ash-Shwayrif "
         "(written الشويريف), an LNA reinforcement Brak air base→Ash-Shwayrif last month, the 111 Brigade's "
         "conditional advance Mizda→Al-Qaryat and a denied LNA pull-out Al-Qaryat→Jufra air base; the fuel convoy "
         "Mizda→Ash-Shwayrif without escort (civilian), the road to Sabha, Geneva, Hamada al-Hamra and the Mizda "
         "municipality are not movement places; «توقيت غرينتش» is a time zone.",
 "qnc4": "ANHA-style report (Hawar News Agency, «مركز الأخبار») on Syrian mercenaries: a redeploy Al-Watiya base→"
         "Gharyan via Bir al-Ghanam, a planned airlift Gaziantep airport→Mitiga airport, Turkey's denied deployment "
         "to Tarhuna, a conditional Turkish withdrawal from Al-Watiya and mercenaries returning Libya→northern Syria; "
         "Afrin (lists prepared; bodies received), Ankara (briefing venue), Tripoli (MoU party; bodies flown from "
         "there) and Syrian workers in Gharyan are not movements; faction names (لواء سمرقند) are traps.",
 "qnc5": "SMART-style report («سمارت ـ طرابلس», distances in brackets) on the south road: an Africa Corps shipment of "
         "armour and ammunition Jufra base (written قاعدة الجفرة)→Ash-Shwayrif, a planned Russian move to Al-Qaryat, "
         "an LNA company pulled Ash-Shwayrif→Brak last month, Zintan's conditional reinforcement Al-Rujban→Mizda "
         "(Al-Asabaa, written الاصابعة, and Ash-Shwayrif only in the condition) and Bani Walid's denial of an armed "
         "column from Tarhuna (actor null); Tripoli as distance reference, Syrian workers' buses Tripoli→Bani Walid, "
         "Syrians who once sailed Tripoli (Lebanon)→Libya, Moscow and Ankara (rivals) and Sabha (trade) are not "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnc1", "qnc2", "qnc3", "qnc4", "qnc5")
