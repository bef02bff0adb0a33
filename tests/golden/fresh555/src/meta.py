# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # capitals and cities outside the south-west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # Fezzan: Sabha, Wadi al-Hayat, Ubari
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # Ghat district: Al-Awaynat (Sardalas), Ghat, Al-Barakat, the Isayen crossing
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sardalas": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Sardalas)"),               # G* (row العوينات)
 "awaynat_mun": ("district", "LY", 25.78123, 10.56133, "Al Awaynat municipality"),      # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G (row البركات, alias البركت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # Algerian side
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 # regions and border phrases
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_dz_side": ("region", "DZ", 25.00000, 9.85000, "Algeria-Libya border (Algerian side, Djanet-Ghat)"),  # K
 "border_ly_dz": ("region", "LY", 25.30000, 10.20000, "Libya-Algeria border (Libyan side, Ghat)"),             # K
}

TRAPS = {
 "uk1": ["كتيبة شهداء أوباري", "المنارة للإعلام", "خالد الإدريسي", "الإدريسي", "الشرارة الأولى",
         "شركة أكاكوس للعمليات النفطية"],
 "uk2": ["الجيش الوطني الشعبي", "الليبية", "الليبي", "ليبية"],
 "uk3": ["القاهرة 24", "الجيش الوطني الليبي", "الجيش الليبي", "عمر الإدريسي", "ليبية"],
 "uk4": ["العمق المغربي", "اتفاق الصخيرات"],
 "uk5": ["ليبيا الخبر", "موسى الغاتي", "الغاتي", "الجزائري", "دعم مالي"],
}

PHEN = {
 "uk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "uk2": ["clitics", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "uk3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "uk4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "countries"],
 "uk5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, DZA, FF = "Libyan National Army", "GNA forces", "Algerian army", "Foreign fighters"

MOVES = {
 "uk1": [
  mv("withdraw", "reported", None, ["حقل الشرارة"], ["أوباري"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"], ["سبها", "الغريفة"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["العوينات"]),
  mv("advance", "conditional", None, [], ["حقل الشرارة"]),
  mv("reinforce", "denied", None, ["غات", "البركت"], ["أوباري"]),
 ],
 "uk2": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["جانت", "معبر تين الكوم"], ["إليزي"]),
  mv("airlift", "planned", DZA, ["تمنراست"], ["مطار جانت"]),
  mv("advance", "conditional", DZA, [], ["معبر تين الكوم"]),
  mv("advance", "denied", DZA, [], ["العوينات", "غات"]),
  mv("withdraw", "reported", None, ["منفذ إيسين"], ["غات"]),
 ],
 "uk3": [
  mv("reinforce", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("advance", "conditional", LNA, ["غات"], ["البركت"]),
  mv("advance", "denied", FF, ["النيجر", "مالي"], ["غات"]),
 ],
 "uk4": [
  mv("withdraw", "conditional", None, ["أوباري"], ["العوينات"]),
  mv("deploy", "planned", GNA, [], ["أوباري"], ["مطار سبها"]),
  mv("shipment", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("mobilise", "reported", None, [], ["العوينات"]),
  mv("reinforce", "denied", None, ["غات"], ["أوباري"]),
 ],
 "uk5": [
  mv("withdraw", "denied", LNA, ["منفذ إيسين"], ["غات"]),
  mv("reinforce", "reported", LNA, ["اوباري"], ["غات"], ["سردلس"]),
  mv("redeploy", "planned", LNA, ["غات"], ["مطار غات"]),
  mv("mobilise", "conditional", None, [], ["البركت"]),
  mv("shipment", "denied", None, ["مالي"], ["سردلس"], ["الحدود مع الجزائر"]),
 ],
}

NOTES = {
 "uk1": ("Al-Manara (Ubari): a Tuareg brigade's pull-out Sharara field->Ubari after tribal mediation; an LNA (Tariq bin "
         "Ziyad) deployment Tamanhint air base->the field via Sabha and Al-Ghurayfa («إلى الحقل»); a planned redeploy of a "
         "company stationed in Ubari to Al-Awaynat (Ghat is the road's purpose, not a destination); the brigade's conditional return to the field («إذا لم تُصرف … ستعود "
         "إلى الحقل», no origin written); a rumoured Tuareg reinforcement Ghat/Al-Barakat->Ubari denied by the Ubari "
         "council. Traps: the brigade named after Ubari, the spokesman «خالد الإدريسي», «الشرارة الأولى», the Akakus "
         "operating company."),
 "uk2": ("El Hiwar (Illizi): an Algerian 4th-region reinforcement Ouargla->Djanet via Illizi with part sent on to the "
         "Tin Alkoum crossing (one move, two destinations); a planned Il-76 airlift Tamanrasset->Djanet airport; a "
         "conditional advance to the crossing («في حال»; Ghat only locates the units); the MoD's denial in Algiers of "
         "units crossing towards Al-Awaynat or Ghat; a Tuareg group's reported pull-out Isayen crossing->Ghat. Algiers "
         "(city) vs Algeria (country); the headline border phrase is the Algerian side."),
 "uk3": ("Cairo 24 (Cairo): an LNA reinforcement Ubari->Ghat via Al-Awaynat (headline repeats it); an airlift Benina "
         "air base->Ghat airport (Benghazi only locates the base; the headline «من بنغازي» is the same airlift); a "
         "planned company to the Isayen crossing (border phrase locates it; no origin written); a conditional advance "
         "Ghat->Al-Barakat («إذا رفضت»); foreign gunmen from Niger and Mali into Ghat denied by the Ghat mayor. Tripoli "
         "is a distance reference, Cairo the dateline and a metonym; «القاهرة 24» is the outlet."),
 "uk4": ("Al3omk (Morocco, agency follow-up): after clashes in Ubari, the Tuareg elders' conditions for pulling fighters out of Ubari to "
         "Al-Awaynat («شروط لسحب», «فور تنفيذ الشروط»: conditional; «سردلس» is a gloss of the destination, not a second "
         "one); a neutral force the Tripoli chief of staff intends to send to Ubari via Sabha airport (planned; Tripoli "
         "locates the institution, no origin written); an LNA supply convoy Sabha->Ubari (shipment); Tuareg massing in "
         "Al-Awaynat; a denied Ghat->Ubari reinforcement. Ghat is also the venue of the talks (not a movement place)."),
 "uk5": ("Libya Alkhabar (Ghat): the Ghat council denies a border-guard pull-out Isayen crossing->Ghat; an LNA column "
         "Ubari (اوباري)->Ghat via Sardalas; a planned repositioning of one company from central Ghat to the airport "
         "(«إعادة تموضع»: redeploy); Tuareg elders' conditional «النفير» in Al-Barakat; the Al-Awaynat mayor's denial of "
         "an arms shipment from Mali into Sardalas across the border with Algeria. Traps: the councillor «موسى الغاتي», "
         "the outlet named after Libya, the nisba «الجزائري» after the Tin Alkoum crossing, «دعم مالي» (financial)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uk1", "uk2", "uk3", "uk4", "uk5")
