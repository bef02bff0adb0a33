# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 # Tripoli and the plain
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.185, "Port of Tripoli"),                 # K
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),            # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "aziziyah": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                         # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "jafara_plain": ("region", "LY", 32.45, 12.50, "Jafara Plain"),                        # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # the mountain, east to west
 "nafusa": ("region", "LY", 31.95, 12.20, "Nafusa Mountains (Jabal Nafusa)"),           # K
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al Qawalish"),                         # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayna"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan municipality"),           # G* (town row)
 "zintan_airport": ("airport", "LY", 31.774, 12.250, "Zintan Airport"),                 # K
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                           # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "watiya_base": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),               # G* (row قاعدة الوطية)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Wazin border crossing"),     # G (row منفذ وازن)
 "border_tn": ("region", "LY", 31.90, 10.80, "Libya-Tunisia border (Libyan side, near Wazin)"),  # K
 # Tunisia
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # elsewhere
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa field"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
}

TRAPS = {
 "mr1": ["بوابة إفريقيا الإخبارية", "المجلس العسكري الزنتان", "سالم الزنتاني", "العقيد إدريس بن عمران", "شارع طرابلس",
         "الكتائب الزنتانية"],
 "mr2": ["سبوتنيك", "الوطنية الليبية", "أصابع الاتهام", "الكتائب المصراتية", "قوة حماية طرابلس"],
 "mr3": ["ليبيا المختار", "علي النالوتي", "وزارة الدفاع التونسية", "صفحات ليبية", "للجيش التونسي"],
 "mr4": ["ألترا صوت", "فجر ليبيا", "إدريس الككلي", "اليفرني"],
 "mr5": ["بي بي سي", "مسلحون زنتانيون", "عبد الله الجادوي", "لازم تيجي"],
}

PHEN = {
 "mr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district"],
 "mr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district"],
 "mr3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "mr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "mr5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area", "coverage_oil",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "mr1": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["سهل الجفارة", "العزيزية"], ["الرياينة", "بئر الغنم"]),
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["قصر بن غشير"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار الزنتان"]),
  mv("redeploy", "denied", "GNA forces", ["يفرن"], ["غريان"]),
 ],
 "mr2": [
  mv("reinforce", "reported", "GNA forces", ["غريّان"], ["السواني"], ["العزيزية"]),
  mv("shipment", "planned", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("withdraw", "reported", None, ["القواليش"], ["الأصابعة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["الاصابعة"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
 ],
 "mr3": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن", "الحدود مع تونس"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["نالوت"], ["تيجي", "كاباو"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["الحوامد"]),
  mv("deploy", "conditional", None, ["نالوت"], ["طرابلس"]),
  mv("reinforce", "denied", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "mr4": [
  mv("airlift", "reported", None, [], ["الزنتان"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "reported", None, ["ككلة"], ["طرابلس", "مطار طرابلس الدولي"]),
  mv("mobilise", "reported", None, [], ["جادو"]),
  mv("withdraw", "planned", None, ["طرابلس"], ["يفرين"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["ككلة"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار الزنتان"]),
 ],
 "mr5": [
  mv("withdraw", "reported", "Zintan forces", ["الرياينة"], ["الزنتان"]),
  mv("mobilise", "reported", None, [], ["الرياينة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الرياينة", "الرجبان"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("reinforce", "denied", None, ["جادو"], ["الرياينة"]),
 ],
}

NOTES = {
 "mr1": "Afrigate News style, Zintan: a Zintan column Zintan→the Jafara plain/Al-Aziziyah via Al-Rayayna and Bir al-Ghanam "
        "(reported; the Bir al-Ghanam gate retold by a driver), a conditional advance Al-Aziziyah→Qasr Bin Ghashir "
        "(«لن … إلا إذا»), a planned airlift Mitiga airport→Zintan airport («من المقرر», «فيه» = the airport) and a denied "
        "Yafran→Gharyan battalion move (يفرن/يفرين); traps: the outlet, the Zintan military council, a Zintani driver, a "
        "colonel named Idris, Tripoli Street in Gharyan, «الكتائب الزنتانية».",
 "mr2": "Sputnik style, Tripoli: a GNA Western Region reinforcement Gharyan (غريّان)→As-Sawani via Al-Aziziyah (reported), "
        "a planned armour shipment Tripoli→Gharyan, a local pull-back Al-Qawalish→Al-Asabaa, a conditional Zintan move "
        "on Al-Asabaa (الاصابعة) and Misrata's denied landing at Tripoli port; the dateline/speaker Tripoli and Misrata "
        "are not movement places; traps «أصابع الاتهام», «قوة حماية طرابلس», nisbas.",
 "mr3": "Libya Al-Mukhtar style, Nalut: a GNA company Nalut→the Wazin crossing and the border with Tunisia (reported), "
        "an ammunition-and-fuel convoy Al-Watiya air base→Nalut via Tiji and Kabaw (shipment, reported), a planned "
        "redeploy Nalut→Al-Hawamid, Nalut's conditional pledge to go down to Tripoli («متى طلبت … لن نتحرك إلا بأمر») "
        "and the Tunisian army's denied Tataouine→Dehiba reinforcement; travellers from Dehiba and the gas line "
        "Wafa→Mellitah are not movements; Tunis (city) vs Tunisia (country).",
 "mr4": "Ultra Sawt style feature: 2011 flashbacks (a French arms airdrop near Zintan, Misrata fighters landed at Tripoli "
        "port; the wounded via Wazin and the delegations Zintan–Tunis are not movements), Kikla fighters Kikla→Tripoli/"
        "around Tripoli International Airport, a mobilisation in Jadu, Yafran's planned pull-back Tripoli→Yafran "
        "(«يعتزمون», «إعادتهم إلى المدينة» = يفرين), Zintan's conditional move on Kikla («ما لم») and the LNA's denied "
        "Jufra air base→Zintan airport cargo flight; traps «فجر ليبيا», Idris al-Kikli, al-Yafrani.",
 "mr5": "BBC Arabic style, Al-Rayayna truce: a Zintan pull-back Al-Rayayna→Zintan (reported; the headline retells it), "
        "a Rayayna mobilisation at the town's entrance (reported), a planned GNA neutral force Tripoli→Al-Rayayna and "
        "Ar-Rujban, Zintan's conditional return to Al-Rayayna («إذا لم تصل») and Jadu's denied reinforcement of "
        "Al-Rayayna; the Sharara→Zawiya refinery pipeline is not a movement; the dialect «لازم تيجي» is not Tiji.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mr1", "mr2", "mr3", "mr4", "mr5")
