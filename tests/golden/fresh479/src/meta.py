# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                    # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                 # G
 # cities, ports, bases
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                   # G
 "tripoli_port": ("crossing", "LY", 32.9040, 13.1900, "Port of Tripoli"),                    # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                         # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                            # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                         # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),          # G
 # Gharyan and the eastern Jebel
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                   # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),              # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                               # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                                  # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                              # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                       # G
 # Zintan, Yefren and the central Jebel
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                     # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                     # G (also for the variant يفرين)
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                             # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                         # G
 "west_mountain": ("region", "LY", 31.95, 12.10, "Western Mountain (Jabal Nafusa)"),        # K (gazetteer region row is a district centroid)
 "nafusa": ("region", "LY", 31.95, 12.10, "Jabal Nafusa"),                                   # K (same point)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                  # G
 # Nalut, Wazin and the western Jebel
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                       # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),                  # G* (town row)
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                                # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                         # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                       # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),   # G (row منفذ وازن)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                        # G
 "border_lyside": ("region", "LY", 31.90, 10.85, "Libya-Tunisia border (Libyan side, Nalut-Wazin)"),   # K
 # Tunisian south
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                               # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),            # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                     # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                     # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G* (row منفذ وازن, country TN)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                      # G
 "border_tnside": ("region", "TN", 32.10, 10.60, "Tunisia-Libya border (Tunisian side, Dehiba)"),        # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                        # G* (row جنوب تونس)
}

TRAPS = {
 "rm1": ["بوابة إفريقيا الإخبارية", "زنتانية", "سالم الغرياني", "لا أدري", "بركان الغضب"],
 "rm2": ["الهادي النالوتي", "التوازن", "الليبي", "تونسية", "ليبية"],
 "rm3": ["لوسيل", "عماد الطرابلسي", "زنتانية"],
 "rm4": ["أصوات مغاربية", "استراتيجي", "الأمازيغية", "التونسية"],
 "rm5": ["المنطقة العسكرية الغربية", "شارع طرابلس", "لا أدري"],
}

PHEN = {
 "rm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "rm2": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "rm3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_oil"],
 "rm4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "rm5": ["clitics", "spelling", "multiword", "operation_trap", "ambiguity_tripoli", "ambiguity_idri"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "rm1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("withdraw", "reported", "Zintan forces", ["غريان"], ["الأصابعة"]),
  mv("withdraw", "planned", "Zintan forces", ["الأصابعة"], ["الزنتان"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة الوطية"], ["غريان"]),
  mv("reinforce", "denied", None, ["يفرن"], ["غريان"]),
  mv("advance", "reported", "GNA forces", [], ["غريان"]),
 ],
 "rm2": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة", "معبر الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["رمادة"]),
  mv("redeploy", "conditional", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "rm3": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("withdraw", "reported", None, ["الرياينة"], ["يفرن"]),
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الرياينة"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"], ["الزنتان"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الرجبان"]),
  mv("reinforce", "denied", "Zintan forces", [], ["غريان"]),
 ],
 "rm4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["نالوت"], ["غريان", "جادو"]),
  mv("redeploy", "reported", None, ["منفذ وازن"], ["نالوت"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("deploy", "planned", "GNA forces", [], ["حقل الوفاء"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية"], ["نالوت"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "conditional", None, ["جادو"], ["الحوامد", "تيجي"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["جادو"]),
 ],
 "rm5": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["القواليش"], ["الأصابعة"]),
  mv("mobilise", "reported", None, [], ["ككله"]),
  mv("withdraw", "planned", None, ["القواليش"], ["ككلة"]),
  mv("advance", "conditional", "GNA forces", [], ["ككلة"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "rm1": ("Afrigate News-style report from Gharyan: a GNU Chief-of-Staff force Tripoli→Gharyan via Al-Aziziyah (the "
         "headline and 'القوة القادمة من العاصمة' retell it), a Misrata battalion landed at Tripoli port from Misrata, a "
         "Zintani battalion's pull-back Gharyan→Al-Asabaa and its planned return Al-Asabaa→Zintan ('على أن تواصل "
         "طريقها'), a conditional Al-Watiya reinforcement ('إذا تجددت'), Yefren's denied column to Gharyan (actor null), "
         "and the June 2019 recapture of Gharyan by «بركان الغضب» forces as a flashback advance. The planned takeover "
         "of the southern gate inside Gharyan and 'نحو الجبل' are not movement places. Traps: the outlet, the "
         "commander «سالم الغرياني», the nisba «زنتانية», «لا أدري» (Idri) and the operation name."),
 "rm2": ("Diwan FM-style Tunisian report (Tataouine dateline): a Tunisian army reinforcement Remada→Dehiba and the Dehiba "
         "crossing, Libyan border guards Nalut→Wazin crossing (GNA forces), a planned C-130 airlift El Aouina base→"
         "Remada, a conditional redeploy Remada→Borj El Khadra ('إذا استمر'), and the MoD's denied advance near Wazin; "
         "'بلاغ صادر بتونس' is Tunis (city) and 'بين تونس وليبيا' the country; 'الحدود مع ليبيا' in the denial is the "
         "border phrase (Tunisian side) and is not given as a movement place. Traps: «الهادي النالوتي», «التوازن» "
         "(contains وازن), nisbas."),
 "rm3": ("Lusail-style report on the Zintan–Yefren road: a Zintan column Zintan→Al-Rayayina, a Yefren group's pull-back "
         "Al-Rayayina→Yefren, an ammunition shipment Zintan→Al-Rayayina, a planned neutral GNU force Tripoli→Al-Rayayina, "
         "a conditional return Al-Rayayina→Zintan ('بمجرد'), and two denials (massing in Al-Rujban, reinforcements to "
         "Gharyan). Spelling: يفرن/يفرين, للزنتان→زنتان. The Sharara pipeline is background. Traps: the outlet «لوسيل» "
         "(a Qatari city name), «عماد الطرابلسي», «زنتانية»."),
 "rm4": ("Maghreb Voices-style report on the Wazin crossing handover: GNU border guards Tripoli→Nalut via Gharyan and "
         "Jadu, Nalut brigades repositioned crossing→Nalut, planned moves Nalut→Wazin crossing and on to the Wafa field, "
         "a Chief-of-Staff ammunition shipment Al-Watiya→Nalut, an airlift Mitiga→Ghadames airport, a conditional Jadu "
         "deployment between Al-Hawamid and Tiji and Jadu's denial of a Zintan column. 'العاصمة تونس' is Tunis (city); "
         "the headline border phrase is the Libyan side. Traps: «استراتيجي» (contains تيجي), the outlet, nisbas."),
 "rm5": ("Al-Tanasuh-style report on Kikla and Al-Qawalish: a Western Military Region joint force Gharyan→Al-Qawalish "
         "via Al-Asabaa (retold as 'تمركزت عند مفترق البلدة'), Kikla gunmen massing in Kikla (spelt ككله), a planned "
         "pull-back Al-Qawalish→Kikla, a conditional advance on Kikla ('إذا لم يلتزم') and a denied Misrata landing at "
         "Tripoli port. Traps: «المنطقة العسكرية الغربية», «شارع طرابلس» (a street in Kikla), «لا أدري» (Idri)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rm1", "rm2", "rm3", "rm4", "rm5")
