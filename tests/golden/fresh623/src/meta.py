# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # capitals and cities outside the mountain
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # the Western Mountain (Jabal Nafusa)
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan municipality"),           # G* (town row)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "jadu_mun": ("district", "LY", 31.95506, 12.02901, "Jadu municipality"),               # G* (town row)
 "fassato": ("region", "LY", 31.95, 12.03, "Fassato (Jadu area)"),                      # K
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # Wattia and the north-west coast
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                  # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn_wazin": ("region", "LY", 31.85, 10.75, "Libya-Tunisia border (Libyan side, near Wazin)"),  # K
 "border_tn_watiya": ("region", "LY", 32.48, 11.20, "Libya-Tunisia border (Libyan side, west of Al-Watiya)"),  # K
 # Tunisia
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 # oil
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
}

TRAPS = {
 "xa1": ["زنتانية", "القدس العربي", "المنطقة العسكرية الغربية", "إدريس الفيتوري", "المجلس الأعلى لأمازيغ ليبيا"],
 "xa2": ["لواء 444 قتال", "الجيش الوطني الليبي", "الزنتانية", "لبنانيين", "اللبنانية", "الشقيقة", "الحرابة"],
 "xa3": ["اليفرني", "زنتانية", "وكالة تونس إفريقيا للأنباء", "الجيش التونسي", "التونسية"],
 "xa4": ["تركية", "الأناضول", "زنتانية", "عبد السلام الجميلي"],
 "xa5": ["عُمان", "إدريس الزنتاني", "زنتانية", "قوة حماية طرابلس", "مالي"],
}

PHEN = {
 "xa1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "xa2": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_neighbours", "countries"],
 "xa3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "xa4": ["multiword", "spelling", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "xa5": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xa1": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الرجبان"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرجبان"], ["زنتان"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["جادو"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "GNA forces", ["قاعدة الوطية"], ["الرجبان"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الزنتان"]),
 ],
 "xa2": [
  mv("reinforce", "reported", "GNA forces", ["غريان"], ["الأصابعة"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["ككلة"]),
  mv("shipment", "denied", "Libyan National Army", ["مزدة"], ["الأصابعة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["غريان"]),
 ],
 "xa3": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("shipment", "denied", "Zintan forces", ["الرجبان"], ["نالوت"], ["كاباو"]),
  mv("advance", "conditional", "Zintan forces", [], ["وازن"]),
  mv("reinforce", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "xa4": [
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("naval_landing", "conditional", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["الجميل"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Turkish armed forces", [], ["تركيا"]),
 ],
 "xa5": [
  mv("mobilise", "reported", "Zintan forces", [], ["الزنتان"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["حقل الشرارة"]),
  mv("advance", "denied", "Zintan forces", [], ["طرابلس"], ["غريان"]),
 ],
}

NOTES = {
 "xa1": "Al-Quds Al-Arabi: a Zintani brigade deployed Zintan→Rujban (reported); other brigades massing 40 vehicles in "
        "Zintan (reported mobilise); the brigade's conditional return Rujban→Zintan ('بمجرد', written زنتان); the Jadu "
        "municipality denies gunmen from Zintan entering Jadu; a planned joint GNA force flown Mitiga airport→Al-Watiya "
        "base, then by road Al-Watiya→Rujban (two planned moves). Tripoli is the dateline; Yafran, Kabaw, Nalut and Jadu "
        "(second paragraph from the end) are only councils invited to a meeting; Fassato is the council's name for the "
        "Jadu area; the Western Mountain is background.",
 "xa2": "Al-Jarida: GNA reinforcements Gharyan→Al-Asabaa (reported; the second Asabaa mention is written للأصابعة); a "
        "planned company Gharyan→Kikla; the Asabaa council denies LNA ammunition trucks Mizda→the town (shipment); a "
        "Zintani commander's conditional advance Zintan→Gharyan. Two Lebanese hostages from Tripoli (Lebanon) released "
        "and handed to their embassy in Tripoli (Libya) before going home to Beirut via Tunisia: civilians, no movement. "
        "The Gharyan–Mizda and Gharyan–Zintan roads are only locations. Cairo is the dateline.",
 "xa3": "Roya: a GNA border-guard force Nalut→Wazin crossing (reported); the Kabaw council denies 12 ammunition trucks of "
        "a Zintani brigade Rujban→Nalut via Kabaw (shipment); Zintan's conditional advance toward the town of Wazin (no "
        "origin written); Tunisia's planned reinforcement Tataouine→Dehiba. Yafran is the dateline and meeting venue; "
        "Nalut, Kabaw, Jadu and Kikla in the meeting sentence are only councils; the border with Tunisia is what the "
        "councils want kept free of armed groups; Ras Ajdir only background; Tunis is the city of the military source.",
 "xa4": "Al-Ayam: a Turkish A400M airlift Turkey→Al-Watiya base (reported); GNA marines landed at Zuwara port from Abu "
        "Sitta naval base (reported naval_landing; Tripoli only locates the base); a second company by sea Tripoli "
        "port→Zuwara port if fighting resumes in Zuwara (conditional; Zuwara town and Mellitah only the condition); a "
        "planned GNA company Al-Watiya→Al-Jumayl ('45 km north'); the Zintan council denies columns from the town "
        "heading to Al-Watiya; the Turkish team's conditional return to Turkey ('بمجرد', origin unwritten). Tunis is the "
        "dateline, Tripoli a direction reference, Ankara the source's city; the border with Tunisia only locates the base.",
 "xa5": "Oman (Muscat daily, agencies): Zintani brigades mass 70 vehicles at the town's southern entrance (reported, "
        "in Zintan); armed men from Zintan will not leave the Rayayna valve unless salaries are paid (conditional "
        "withdraw from Rayayna); a planned Zintani guard company Zintan→Sharara field; the Gharyan council denies "
        "Zintani columns crossing Gharyan on their way to Tripoli (via Gharyan, destination Tripoli). Tripoli is also "
        "the dateline; Zawiya refinery, the South-west and the Western Mountain only locate the pipeline and field; "
        "the Tripoli Protection Force's alert is no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xa1", "xa2", "xa3", "xa4", "xa5")
