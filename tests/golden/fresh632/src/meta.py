# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # the Zawiya-Warshefana front and Tripoli's western edge
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harshah"),                            # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G* (row جودائم, written جدائم)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (town row)
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "qasrbenghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al Qawalish"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (row الجفارة, names include ورشفانة)
 "jafara_plain": ("region", "LY", 32.51012, 13.02794, "Jafara Plain"),                  # G* (row الجفارة)
 "jafara_dist": ("district", "LY", 32.51012, 13.02794, "Al Jafara district"),           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 # facilities
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata_port": ("crossing", "LY", 32.370, 15.210, "Port of Misrata (Qasr Ahmed)"),      # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zawiya_terminal": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),      # G* (row مصفاة الزاوية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # elsewhere in Libya
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # borders
 "border_tn": ("region", "LY", 33.05, 11.62, "Libya-Tunisia border (Libyan side, coast)"),   # K
 "border_tn_side": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side, coast)"),  # K
 # abroad
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                      # G* (gazetteer kind town)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
}

TRAPS = {
 "xj1": ["القدس العربي", "المنطقة العسكرية الساحل الغربي", "إدريس المبروك", "الجيش الوطني الليبي", "عمر الجنزوري",
         "هذه الزاوية"],
 "xj2": ["الأخبار", "المصراتية", "إدريس الفيتوري", "اللبنانيين", "الليبي"],
 "xj3": ["عمون", "فاطمة الزهراء", "سالم العزيزي", "العاصمة الليبية", "فجر ليبيا", "علي الورشفاني"],
 "xj4": ["أخبار الخليج", "الليبية", "التونسية", "صياد"],
 "xj5": ["صدى البلد", "الليبية", "قوة حماية طرابلس", "المصرية", "الورشفانيين", "التونسي", "الجزائري", "اتفاق الصخيرات",
         "فايز السراج"],
}

PHEN = {
 "xj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "xj2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "xj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases"],
 "xj4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "xj5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xj1": [
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["الماية"], ["جدائم"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["جنزور"]),
  mv("withdraw", "planned", "GNA forces", ["الماية"], ["الحرشة"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("reinforce", "denied", "Libyan National Army", ["الشويرف"], ["ورشفانة"]),
 ],
 "xj2": [
  mv("deploy", "reported", "GNA forces", ["أبو سليم"], ["جنزور"]),
  mv("airlift", "reported", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "Misrata forces", ["مطار معيتيقة"], ["جنزور"]),
  mv("advance", "conditional", "GNA forces", [], ["جنزور"]),
  mv("shipment", "denied", "GNA forces", ["ميناء طرابلس"], ["جنزور"]),
 ],
 "xj3": [
  mv("reinforce", "reported", "Zintan forces", ["الزنتان"], ["بئر الغنم"], ["القواليش"]),
  mv("redeploy", "reported", "GNA forces", ["العزيزية"], ["قصر بن غشير"]),
  mv("deploy", "planned", "GNA forces", [], ["العزيزية", "الزهراء"]),
  mv("mobilise", "conditional", "GNA forces", [], ["الزهراء"]),
  mv("shipment", "denied", "Zintan forces", ["قاعدة الوطية"], ["بئر الغنم"]),
 ],
 "xj4": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء الزاوية النفطي"]),
  mv("withdraw", "reported", "GNA forces", ["مصفاة الزاوية"], ["الزاوية"]),
  mv("shipment", "planned", "GNA forces", ["مصراتة"], ["الزاوية"]),
  mv("mobilise", "conditional", "GNA forces", [], ["جدائم"]),
  mv("reinforce", "denied", "Tunisian army", [], ["الحدود مع ليبيا"]),
 ],
 "xj5": [
  mv("redeploy", "reported", "GNA forces", ["جنزور"], ["السواني"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الماية"]),
  mv("airlift", "planned", "GNA forces", ["مطار زوارة"], ["قاعدة معيتيقة"]),
  mv("advance", "conditional", "GNA forces", [], ["الماية"]),
  mv("withdraw", "denied", "Zintan forces", ["بئر الغنم"], ["الزنتان"]),
 ],
}

NOTES = {
 "xj1": "A broken truce: a Western-region force advances Zawiya→Al-Maya via Judaim (Al-Zahra only locates the junction "
        "it took); a 444 Brigade company Tripoli→Janzour; a planned pull-back Al-Maya→its camps in Al-Harsha ('west of "
        "Zawiya' is a locator); Zintan's conditional reinforcement Zintan→Al-Aziziyah (the Jafara plain is the "
        "condition, the first Zintan the council's seat); the LNA's denied column Ash-Shwayrif→Warshefana (Benghazi = "
        "where the statement was issued). Tripoli, the border with Tunisia and Al-Maya in the analyst's quote and the "
        "airport in the background are not movement places.",
 "xj2": "Janzour checkpoints: a Stability Support Apparatus force Abu Salim→Janzour; a Misrata airlift Misrata airport→"
        "Mitiga airport, a second company's planned landing Misrata port→Tripoli port, and the whole force's planned road move from 'the airport' (anaphora → Mitiga) to Janzour; a Zawiya brigade's "
        "conditional entry into Janzour (Al-Maya only the condition, Zawiya the speaker's town); Radaa's denied ammunition "
        "trucks Tripoli port→Janzour (Tripoli port is thus a destination in one move and an origin in another). 'طرابلس الغرب' is Libyan Tripoli; Tripoli in Lebanon with Bab al-Tabbaneh and Jabal "
        "Mohsen is a comparison; Ras Ajdir and Tunisia are trade references.",
 "xj3": "Bir al-Ghanam and Al-Aziziyah: Zintan's column Zintan→Bir al-Ghanam via Al-Qawalish (the first Zintan = the "
        "council's seat); the chief of staff's armoured company Al-Aziziyah→Qasr bin Ghashir (redeploy); planned military "
        "police to Al-Aziziyah and Al-Zahra; Brigade 55's conditional massing in Al-Zahra (Zintan and the Jafara "
        "district in the condition are not movement places); a denied ammunition shipment Al-Watiya base→Bir al-Ghanam. "
        "Amman is only the dateline; '50 km south-west of Al-Aziziyah' is a distance reference.",
 "xj4": "Zawiya's refinery: marines landed Tripoli port→Zawiya oil terminal; the Shuhada al-Nasr brigade pulled its "
        "heavy vehicles from around 'the refinery' (anaphora → Zawiya refinery) into Zawiya; a planned ammunition "
        "shipment Misrata→Zawiya by ship; a conditional massing in Judaim; Tunisia's denied reinforcement of the border "
        "with Libya (Tunisian side; Tunis is the speaker's city). Travellers at Ras Ajdir, families by boat from Zuwara "
        "to Tunisia, the Sharara pipeline and Mellitah gas to Italy are not force movements.",
 "xj5": "A truce kept: the 444 Brigade returns two companies Janzour→As-Sawani (Tripoli a locator); military police "
        "Tripoli→Al-Maya gates; a planned airlift of the National Mobile Force Zuwara airport→Mitiga base; a Zawiya "
        "brigade's conditional return to Al-Maya; Zintan's denied pull-out Bir al-Ghanam→Zintan (the first Zintan = "
        "the council's seat). Cairo = dateline and government; Egyptian workers leaving for the capital are civilians.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xj1", "xj2", "xj3", "xj4", "xj5")
