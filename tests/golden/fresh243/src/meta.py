# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                               # G
 # Tripoli and the plain
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                              # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                          # G
 "jafara": ("district", "LY", 32.51012, 13.02794, "Al Jafara"),                             # G (district row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 # Nafusa mountains, east to west
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),   # G (region row)
 "jabal_nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa"),                     # G (same region row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                  # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                                 # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                      # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                    # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                            # G
 "rayayina_mun": ("district", "LY", 32.02684, 12.35643, "Ar Rayayinah municipality"),       # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                 # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                        # G (the LY row, not Djado NE)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),                 # G* (town row)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Wazin border crossing"),         # G (row منفذ وازن)
 # foot of the mountain (Jafara plain)
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                        # G
 "badr": ("town", "LY", 31.98000, 11.47000, "Badr"),                                        # K (not in gazetteer)
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                               # G
 # south of the mountain
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 # Tunisian side
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),       # G* (row منفذ وازن, country TN)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G* (row منفذ رأس جدير)
 "border_tnside": ("region", "TN", 32.20, 10.65, "Tunisia-Libya border (Tunisian side)"),   # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),   # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
}

TRAPS = {
 "ik1": ["بوابة إفريقيا الإخبارية", "شركة البريقة لتسويق النفط", "الحاج علي الغرياني", "الأهلي طرابلس", "كأس ليبيا"],
 "ik2": ["التناصح", "مادغيس اليفرني", "المجلس العسكري الزنتان", "المنطقة العسكرية الغربية", "السنة الأمازيغية",
         "النهر الصناعي"],
 "ik3": ["موزاييك", "الجيش الوطني", "الحاج عمر النالوتي", "الجانب الليبي", "عائلات ليبية"],
 "ik4": ["سبوتنيك", "مصطفى الجادوي", "أصابع الاتهام"],
 "ik5": ["البريقة", "صدى", "بدر الشريف", "ما ادري", "شارع طرابلس"],
}

PHEN = {
 "ik1": ["clitics", "spelling", "media_trap", "person_trap", "ambiguity_tripoli", "multiword", "coverage_bases"],
 "ik2": ["clitics", "spelling", "media_trap", "person_trap", "operation_trap", "nisba", "town_vs_district",
         "ambiguity_country_capital", "countries", "coverage_neighbours"],
 "ik3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_country_capital",
         "vague_area"],
 "ik4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "vague_area", "coverage_oil",
         "common_word_trap", "ambiguity_idri"],
 "ik5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "coverage_bases", "coverage_oil",
         "ambiguity_idri", "ambiguity_tripoli", "border_phrase", "countries", "coverage_neighbours",
         "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ik1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", [], ["الاصابعة"]),
  mv("reinforce", "conditional", "GNA forces", ["العزيزية"], ["غريان"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية"], ["غريان"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"]),
 ],
 "ik2": [
  mv("withdraw", "reported", "Zintan forces", ["الرياينة"], ["الزنتان"]),
  mv("deploy", "planned", "GNA forces", [], ["الرياينة"]),
  mv("advance", "conditional", "Zintan forces", [], ["الرياينة"]),
  mv("mobilise", "denied", None, [], ["الرياينة"]),
 ],
 "ik3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "denied", "Tunisian army", ["رمادة"], []),
  mv("shipment", "reported", None, ["ليبيا"], []),
  mv("reinforce", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("deploy", "planned", "GNA forces", [], ["كباو"]),
 ],
 "ik4": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["الأصابعة"]),
  mv("withdraw", "conditional", "GNA forces", [], ["غريان"]),
  mv("mobilise", "denied", None, [], ["جادو"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["مزده"], ["غريان"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["الشويرف"]),
 ],
 "ik5": [
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية"], ["تيجي"]),
  mv("redeploy", "planned", "GNA forces", [], ["بدر", "الحوامد"]),
  mv("deploy", "conditional", "GNA forces", ["طرابلس"], ["العزيزية"]),
  mv("withdraw", "denied", "Zintan forces", ["بئر الغنم"], ["الزنتان"]),
 ],
}

NOTES = {
 "ik1": "Afrigate News from Gharyan: cooking-gas queues, a school-exam delay and a cup match around a GNA force "
        "Tripoli->Gharyan via Al-Aziziyah (reported, destination written «المدينة» and «جنوبي غريان»), three "
        "ammunition trucks for it from the Al-Watiya base (reported shipment), part of it to go on to Al-Asabaa "
        "(planned, spelled الاصابعة, no origin written), a conditional company from Al-Aziziyah «إذا» and the LNA's "
        "denied column Ash Shwayrif->Mizdah. Traps: Afrigate, the Brega marketing company, a person al-Gharyani, the "
        "club Al-Ahli Tripoli and the Libya Cup.",
 "ik2": "Al-Tanasuh from Yefren: Yennayer with guests from Algeria and Morocco, an oxygen delivery from Tripoli "
        "(civilian, not a move) and a Zintan-Rayayina land dispute: a Zintan battalion pulls back Rayayina->Zintan "
        "(reported), a neutral Western Military Region force to deploy round Rayayina (planned), Zintan's threat to "
        "advance again «إذا» (conditional) and the Rayayina mayor's denial of a mobilisation (denied, «البلدة» = "
        "Rayayina). Yefren also spelled يفرين.",
 "ik3": "Mosaique FM from Dehiba: crossing traffic, a Nalut bus and trade figures around Tunisian reinforcements "
        "Tataouine->Dehiba (reported), a denied pull-out from Remada, an ammunition truck from Libya seized south of "
        "Dehiba (reported shipment, no owner), a conditional move to «الحدود مع ليبيا» (Tunisian side, nested "
        "country), a GNA border-guard company Nalut->the Wazin crossing (reported) and a planned deployment to Kabaw "
        "(spelled كباو, later كاباو). Travellers, patients and traders are not moves; «تونس العاصمة» is Tunis.",
 "ik4": "Sputnik Arabic weekly round-up of the Western Mountain: a teachers' strike in Jadu, a reconciliation in "
        "Al-Asabaa with a GNA force Gharyan->Al-Asabaa (reported, «البلدة») that will return to Gharyan «بمجرد» "
        "(conditional), Jadu's denied mobilisation, fuel queues in Mizdah (spelled مزده) with GNA reinforcements "
        "Tripoli->Mizdah via Gharyan (reported) and a planned LNA company Idri->Ash Shwayrif; a youth football "
        "tournament. «أصابع الاتهام» is a common-word trap.",
 "ik5": "Sada Economic News from Al-Aziziyah: fuel shortages in Tiji and Badr, flour prices and load-shedding around a "
        "GNA company Al-Watiya base->Tiji (reported), part of it to be repositioned in Badr and Al-Hawamid (planned "
        "redeploy, no origin written), a conditional force Tripoli->Al-Aziziyah and a Zintani battalion's denied "
        "pull-out Bir al-Ghanam->Zintan. Traps: Badr as a person's name (بدر الشريف), «ما ادري», «شارع طرابلس» and "
        "«البريقة» (the fuel company).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ik1", "ik2", "ik3", "ik4", "ik5")
