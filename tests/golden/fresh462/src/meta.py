# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # cities, bases and airports outside the Ubari valley
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.045, "Benghazi port"),                  # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (Tobruk city row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 # Ubari, Wadi al-Hayat and the lakes
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "ubari_airport": ("airport", "LY", 26.5675, 12.8231, "Ubari Airport"),                 # K
 "ubari_lakes": ("region", "LY", 26.72, 13.15, "Ubari Lakes"),                          # K (representative point)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "germa_mun": ("district", "LY", 26.54400, 13.06400, "Germa municipality"),             # G* (town row)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "tekerkiba": ("town", "LY", 26.57, 12.93, "Tekerkiba"),                                # K
 "umm_alma": ("region", "LY", 26.70973, 13.33208, "Umm al-Maa lake"),                   # K
 "mandara": ("region", "LY", 26.68972, 13.31260, "Mandara lake"),                       # K
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 # the far south-west and the borders
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement in the JSONL key order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "qv1": ["سبوتنيك", "القيادة العامة للجيش الوطني الليبي", "طارق بن زياد", "صالح الأوباري", "الشرارة الأولى", "الخارجية الجزائرية",
         "الأطراف الليبية"],
 "qv2": ["إبراهيم الغاتي", "غرفة عمليات الجنوب الغربي"],
 "qv3": ["عيسى إدريس", "فرج الطرابلسي"],
 "qv4": ["ليبيا الحدث", "الحياة اليومية", "الجرمنتية"],
 "qv5": ["ليلى الطرابلسي", "الشؤون الليبية", "مبالغات", "تشادية", "الجيش الجزائري", "وكالة الأنباء الجزائرية",
         "إذاعة فرنسا الدولية"],
}

PHEN = {
 "qv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qv2": ["clitics", "multiword", "operation_trap", "person_trap", "border_phrase", "vague_area", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "qv3": ["clitics", "multiword", "person_trap", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district",
         "border_phrase", "vague_area", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qv4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "town_vs_district"],
 "qv5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "qv1": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("withdraw", "reported", None, ["بحيرة أم الماء"], ["مرزق"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["العوينات"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "denied", "Russian forces", ["ميناء طبرق"], ["قاعدة براك الجوية"]),
 ],
 "qv2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار أوباري"]),
  mv("naval_landing", "reported", LNA, [], ["ميناء بنغازي"]),
  mv("mobilise", "reported", None, [], ["العوينات"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["أوباري"]),
  mv("shipment", "planned", LNA, ["سبها"], ["أوباري"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["العوينات"]),
 ],
 "qv3": [
  mv("advance", "reported", LNA, ["جرمة"], ["تكركيبة"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["مطار غات"]),
  mv("reinforce", "reported", None, ["مرزق"], ["أوباري"]),
  mv("withdraw", "conditional", None, ["تكركيبة", "حقل الشرارة"], []),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["أوباري"], ["منفذ التوم"]),
 ],
 "qv4": [
  mv("redeploy", "reported", LNA, ["الغريفة"], ["جرمة", "تكركيبه"]),
  mv("deploy", "planned", LNA, [], ["أم الماء", "مندرة"]),
  mv("shipment", "reported", LNA, ["سبها"], ["جرمة"]),
  mv("reinforce", "reported", LNA, ["إدري"], ["جرمة"]),
  mv("withdraw", "denied", LNA, ["جرمة"], ["سبها"]),
  mv("mobilise", "conditional", None, [], ["أوباري", "العوينات"]),
 ],
 "qv5": [
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("deploy", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["الحدود مع النيجر"]),
  mv("withdraw", "reported", "Chadian armed groups", ["حقل الفيل"], ["الحدود مع النيجر"]),
  mv("mobilise", "denied", None, [], ["بحيرة مندرة"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
 ],
}

NOTES = {
 "qv1": "Sputnik Arabic wire from Sabha: an LNA separation force Sabha->Ubari via Germa and Al-Ghurayfa (reported deploy), "
        "a planned company Ubari->the Sharara field, Tebu fighters pulling back from Umm al-Maa lake towards Murzuq "
        "(reported, a Tekerkiba resident is only the witness), a conditional advance Ubari->Al-Awaynat («إذا خُرقت "
        "الهدنة»), and a Russian denial of a landing at Tobruk port and an overland transfer to Brak air base (two denied "
        "moves). Traps: «الشرارة الأولى», the commander «صالح الأوباري», Algiers vs Algeria.",
 "qv2": "Al-Mashhad from Ubari: an LNA Il-76 airlift Benina air base->Ubari airport, the flashback landing of its vehicles "
        "at Benghazi port, a Tuareg build-up in Al-Awaynat, the Ubari municipal council's denial of the Sharara guards' "
        "pull-out to the town («المدينة»), a planned fuel-and-ammunition convoy Sabha->Ubari and a conditional "
        "Tamanhint->Al-Awaynat reinforcement. «الشرارة» in the headline is the field; «قرب بنغازي» is a locator.",
 "qv3": "Al-Tanasuh TV from Tripoli: a truce committee flying Mitiga->Ubari (civilian, not a movement), an LNA advance "
        "Germa->Tekerkiba, a planned GNU airlift Mitiga airport->Ghat airport, a Tebu reinforcement Murzuq->Ubari, a "
        "conditional pull-out from Tekerkiba and the Sharara field («فور توقيع»), and the Ubari mayor's denial of "
        "foreign fighters from Niger via the Toummo crossing. Traps: «عيسى إدريس», «فرج الطرابلسي».",
 "qv4": "Al-Manara Media from Germa: an LNA battalion redeployed Al-Ghurayfa->Germa/Tekerkiba (spelled تكركيبه), a "
        "planned deployment round the Umm al-Maa and Mandara lakes («بحيرتي»), an ammunition shipment Sabha->Germa, a "
        "flashback company Idri->Germa, the Germa municipal council's denied pull-out Germa->Sabha and a conditional "
        "Tuareg «النفير العام» in Ubari and Al-Awaynat.",
 "qv5": "Euronews Arabic explainer on the Ubari lakes (اوباري without hamza): a planned LNA company at the Isayen "
        "crossing, a conditional Tamanhint->Niger-border deployment, Chadian gunmen pulling back from the El Feel field "
        "to the Niger border, the Ubari council's denial of a Tebu build-up near Mandara lake («مبالغات» holds غات) and "
        "an Algerian reinforcement Illizi->Djanet. Tripoli is a distance reference; Algiers vs Algeria.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qv1", "qv2", "qv3", "qv4", "qv5")
