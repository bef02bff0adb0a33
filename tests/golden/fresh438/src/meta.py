# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row name_ar ربات, matched by الرباط)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.19000, "Port of Tripoli"),             # K (see README)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 # Gharyan, the Jafara road and the Nafusa mountains
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "rujban_mun": ("district", "LY", 31.95000, 12.16667, "Ar Rujban municipality"),        # G* (town row)
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G (the LY row, not Djado NE)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Wazin (Dehiba-Wazin) crossing"),      # G (row منفذ وازن)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "nafusa": ("region", "LY", 32.00000, 12.00000, "Nafusa Mountains (Western Mountain)"), # K (see README)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 # the desert road south
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # Algeria
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G (town row)
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb crossing"),           # G* (town row الدبداب)
 "border_dz_side": ("region", "DZ", 27.00000, 9.60000, "Algeria-Libya border (Algerian side)"),  # K
}

TRAPS = {
 "px1": ["بوابة إفريقيا الإخبارية", "الغرياني", "شارع طرابلس", "عملية طوفان الكرامة", "عملية بركان الغضب", "الليبية"],
 "px2": ["الجيش الليبي", "الجيش الوطني الليبي", "ميلاد المزداوي", "محمد الطرابلسي", "الدستور", "غرفة عمليات المنطقة الغربية", "الليبية"],
 "px3": ["سالم الجادوي", "الأنباء", "المنطقة العسكرية الغربية", "المجلس الأعلى لأمازيغ ليبيا"],
 "px4": ["حوار بوزنيقة", "الليبيين", "المغربية", "أصابع الاتهام", "المنطقة العسكرية الغربية", "اتفاق الصخيرات",
         "الحوار الليبي"],
 "px5": ["الشعب", "ليبية", "جزائرية", "ليبي-ليبي", "لا أدري"],
}

PHEN = {
 "px1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases", "vague_area",
         "ambiguity_tripoli", "town_vs_district", "coverage_oil", "coverage_crossings"],
 "px2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases", "vague_area",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_oil"],
 "px3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area", "border_phrase",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "px4": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "town_vs_district", "countries", "ambiguity_country_capital"],
 "px5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, ZIN = "GNA forces", "Libyan National Army", "Zintan forces"

MOVES = {
 "px1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("withdraw", "reported", None, ["غريان"], ["الأصابعة"]),
  mv("deploy", "planned", GNA, [], ["مزدة"]),
  mv("reinforce", "conditional", GNA, ["قاعدة الوطية"], ["غريان"]),
  mv("advance", "denied", ZIN, ["الزنتان"], ["غريان"], ["يفرن"]),
 ],
 "px2": [
  mv("deploy", "reported", GNA, ["غريان"], ["الشويرف"], ["مزدة"]),
  mv("advance", "reported", LNA, ["قاعدة الجفرة الجوية"], ["غريان"], ["مزدة"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["قاعدة براك الجوية"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["براك"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", GNA, ["الشويرف"], ["القريات"]),
  mv("advance", "conditional", LNA, ["براك"], ["الشويرف"]),
  mv("withdraw", "denied", LNA, ["براك"], ["سبها"]),
 ],
 "px3": [
  mv("mobilise", "reported", None, ["كاباو", "نالوت"], ["جادو"]),
  mv("deploy", "reported", GNA, ["غريان"], ["يفرن"], ["ككلة"]),
  mv("withdraw", "reported", ZIN, ["الرياينة"], ["الزنتان"]),
  mv("deploy", "planned", GNA, [], ["جادو", "الرجبان"]),
  mv("advance", "conditional", None, ["جادو"], ["الرياينة"]),
  mv("mobilise", "denied", None, ["يفرن"], ["جادو"]),
 ],
 "px4": [
  mv("reinforce", "reported", ZIN, ["الزنتان"], ["الرجبان"]),
  mv("withdraw", "reported", GNA, ["الاصابعة"], ["غريان"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["الأصابعة"]),
  mv("advance", "conditional", ZIN, ["الزنتان"], ["الأصابعة"]),
  mv("shipment", "denied", None, ["جادو"], ["الرجبان"]),
 ],
 "px5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", GNA, [], ["الشويريف"]),
  mv("shipment", "reported", GNA, ["قاعدة الوطية"], ["الشويريف"], ["مزده"]),
  mv("redeploy", "reported", GNA, ["غريان"], ["مزده"]),
  mv("naval_landing", "planned", GNA, ["مصراتة"], ["ميناء طرابلس"]),
  mv("reinforce", "planned", GNA, ["ميناء طرابلس"], ["الشويريف"]),
  mv("withdraw", "conditional", GNA, ["الشويريف"], ["مزده"]),
  mv("reinforce", "denied", "Algerian army", ["إليزي"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "px1": "Afrigate News style, Gharyan: a Chief-of-Staff force Tripoli→Gharyan via Al-Aziziyah (reported), a Misrata "
        "battalion's sea move Misrata→Tripoli port before joining it (reported naval landing), a local group's pull-back "
        "from the southern gate to Al-Asabaa (origin = Gharyan by anaphora), a company planned for Mizda (no origin "
        "written), a conditional Al-Watiya reinforcement «نحو المدينة» (= Gharyan) and Zintan's denied column «من المدينة» "
        "(= Zintan) via Yefren; the 2019 «طوفان الكرامة» paragraph is a change of control, not a movement; شارع طرابلس "
        "is a street, the Zawiya refinery only a source of civilian fuel trucks.",
 "px2": "Al-Dostor (Egypt) style: a GNU column Gharyan→Ash-Shwayrif via Mizda (reported), a 2019 flashback of Haftar's "
        "forces Jufra air base→Gharyan through Mizda («عبرتها» = the town), an LNA reinforcement Tamanhint→Brak air base, "
        "an LNA company redeployed Idri→Brak, a planned cargo flight Benina air base→«القاعدة» (= Brak air base), a planned "
        "company Ash-Shwayrif→Al-Qaryat, a conditional LNA advance Brak→Ash-Shwayrif and a denied LNA pull-out Brak→Sabha; "
        "Wadi al-Shati, the Hamada, the Zawiya refinery and «حكومة طرابلس» are not movement places.",
 "px3": "Al-Anbaa (Kuwait) style, Yefren and Jadu: Amazigh gunmen massing in Jadu from Kabaw and Nalut (one mobilisation "
        "told twice), a Western Region company Gharyan→Yefren via Kikla, a Zintan force pulled back from the Al-Rayayna "
        "gate into its own town (= Zintan), a planned separation force on the Jadu–Al-Rujban road (both ends as "
        "destinations), a conditional Jadu→Al-Rayayna move and Yefren's denial of joining the massing in Jadu; the Wazin "
        "crossing on the border with Tunisia is only a locator (normal traffic).",
 "px4": "Hespress (Morocco) style, dateline Rabat, during the Bouznika talks: Zintan reinforcements to Al-Rujban, a Western "
        "Region force's pull-back Al-Asabaa→Gharyan, a planned neutral force Tripoli→Al-Asabaa, Zintan's conditional move "
        "on Al-Asabaa and a denied arms shipment Jadu→Al-Rujban; Bouznika, Tunis, Cairo, Rabat and Morocco are not movement "
        "places; «للزنتان» gives the surface زنتان; الاصابعة/الأصابعة are both written; «حوار بوزنيقة» and «اتفاق "
        "الصخيرات» are named events (traps).",
 "px5": "Echaab (Algeria) style, dateline Algiers: an LNA airlift Benina air base→Brak air base, the GNU column's arrival at "
        "Ash-Shwayrif (reported, no origin in this article), a GNU ammunition convoy Al-Watiya→Ash-Shwayrif seen in Mizda "
        "(via), a GNU company redeployed Gharyan→Mizda, a planned sea move Misrata→Tripoli port and on by road «ومنه» to "
        "Ash-Shwayrif (two movements), a conditional pull-back Ash-Shwayrif→Mizda («بمجرد») and the Algerian army's denied "
        "move Illizi→the border with Libya; spellings الشويريف, مزده, براك الشاطئ; «لا أدري» is a common-word trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("px1", "px2", "px3", "px4", "px5")
