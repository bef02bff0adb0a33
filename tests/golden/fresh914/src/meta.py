# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                      # G* (gazetteer kind town)
 # Warshefana and the coast road
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "aziziya_mun": ("district", "LY", 32.53194, 13.01750, "Al Aziziyah municipality"),     # G* (town row)
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "nasiriya": ("town", "LY", 32.63278, 12.87361, "An Nasiriyah"),                        # G
 "warshefana": ("region", "LY", 32.60, 12.90, "Warshefana"),                            # K
 "jafara": ("district", "LY", 32.51012, 13.02794, "Al Jafara district"),                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "swani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # the Nafusa mountain and its foothills
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "kikla_mun": ("district", "LY", 32.08333, 12.70000, "Kiklah municipality"),            # G* (town row)
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                         # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "border_tn2": ("region", "LY", 31.95, 10.75, "Libya-Tunisia border (Libyan side, Wazin)"),  # K
}

TRAPS = {
 "qif1": ["القدس العربي", "قوة فض النزاع", "هذه الزاوية", "اللواء 444 قتال", "المنطقة العسكرية الساحل الغربي",
          "تونسيون"],
 "qif2": ["الجريدة", "الليبية", "الزنتانيون", "عبد السلام الزنتاني", "الجيش الوطني الليبي", "مصطفى إدريس"],
 "qif3": ["رؤيا", "دعم الاستقرار", "فاطمة الزهراء", "المجلس الاجتماعي لقبائل ورشفانة", "الأردني", "اللبنانية"],
 "qif4": ["الأيام", "الليبية", "إدريس بالقاسم", "المجلس العسكري الزنتاني", "علي الككلي"],
 "qif5": ["الوفد", "الكتيبة 55 مشاة", "المنطقة العسكرية طرابلس", "كتيبة شهداء الزاوية", "الليبية"],
}

PHEN = {
 "qif1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qif2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_oil", "countries"],
 "qif3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
          "countries"],
 "qif4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qif5": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital",
          "vague_area", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qif1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الماية"], ["جنزور"]),
  mv("deploy", "planned", "GNA forces", ["ترهونة"], ["الزهراء"], ["السواني"]),
  mv("advance", "conditional", "GNA forces", ["الزاوية"], ["الماية"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
 ],
 "qif2": [
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية"], ["بئر الغنم"]),
  mv("withdraw", "reported", "Zintan forces", ["بير الغنم"], ["الزنتان"], ["يفرن"]),
  mv("advance", "conditional", "Zintan forces", [], ["بئر الغنم"]),
  mv("redeploy", "planned", "GNA forces", ["العزيزية"], ["بئر الغنم"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
 ],
 "qif3": [
  mv("deploy", "reported", "GNA forces", ["مطار طرابلس الدولي"], ["الزهراء"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["العزيزية"]),
  mv("withdraw", "conditional", "GNA forces", ["الزهراء"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراتة"], ["السواني"]),
  mv("mobilise", "denied", None, [], ["الناصرية"]),
 ],
 "qif4": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["القواليش"], ["الاصابعة"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["ككلة"]),
  mv("shipment", "reported", "GNA forces", ["غريان"], ["القواليش"]),
  mv("airlift", "conditional", "GNA forces", ["قاعدة الوطية"], ["ككلة"]),
  mv("withdraw", "denied", "GNA forces", ["القواليش"], ["غريان"]),
 ],
 "qif5": [
  mv("withdraw", "reported", "GNA forces", ["بئر الغنم"], ["العزيزية"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["العزيزية"], ["ترهونة"]),
  mv("redeploy", "planned", "Misrata forces", ["العزيزية"], ["الزهراء", "الماية"]),
  mv("advance", "conditional", "Misrata forces", [], ["بئر الغنم"]),
  mv("shipment", "denied", "GNA forces", ["جنزور"], ["الماية"]),
 ],
}

NOTES = {
 "qif1": "Al-Maya clashes between Warshefana and Zawiya groups: a GNU 'dispute-resolution force' Tripoli→Al-Maya via "
         "Janzour; a planned 444 Brigade move Tarhuna→Al-Zahra via Al-Swani (Warshefana only the area it will secure); "
         "the Western Coast military region's conditional advance Zawiya→Al-Maya; Zintan's denied 25 vehicles "
         "Zintan→Al-Aziziyah. The Zawiya refinery, Ras Ajdir and the border with Tunisia are locators of the closed "
         "road, not movement places; 'هذه الزاوية' (this angle) is a common-word trap.",
 "qif2": "Bir al-Ghanam: a GNU force Al-Watiya base→Bir al-Ghanam (the road to Al-Aziziyah only a locator); Zintani "
         "fighters withdraw Bir al-Ghanam (spelt بير الغنم)→Zintan via Yafran; their conditional return to Bir "
         "al-Ghanam (no origin written); a planned battalion rotation Al-Aziziyah→Bir al-Ghanam; the LNA's denied "
         "vehicles Ash-Shwayrif→Bir al-Ghanam. Displaced families to the Jafara district are civilians; Kuwait is the "
         "dateline city and then the country.",
 "qif3": "Al-Zahra: the Stability Support Apparatus deploys from around Tripoli International Airport to Al-Zahra; a "
         "helicopter lifts 20 men Mitiga base→Al-Aziziyah; its conditional withdrawal from Al-Zahra; a planned Joint "
         "Force move Misrata→Al-Swani; Warshefana elders deny massing fighters in An-Nasiriyah (no canonical actor). "
         "Wounded taken to Janzour, Amman (dateline) and Tripoli of Lebanon (an analyst's comparison) are not "
         "movement places.",
 "qif4": "Kikla and Al-Qawalish in the Nafusa foothills: a General Staff force Gharyan→Al-Qawalish via Al-Asabaa "
         "(spelt الاصابعة); Zintan's planned 15 vehicles Zintan→Kikla (the elders from Yafran and Al-Rujban are a "
         "civilian committee); a conditional battalion Al-Watiya base→Kikla; a denied pull-out Al-Qawalish→Gharyan. "
         "Tripoli is dateline and distance reference.",
 "qif5": "Warshefana truce: Battalion 55 pulls its heavy weapons Bir al-Ghanam→its barracks in Al-Aziziyah; the "
         "Misrata Joint Force Misrata→Al-Aziziyah via Tarhuna; its planned positions in Al-Zahra and Al-Maya (no "
         "origin written); its conditional advance to Bir al-Ghanam; a denied ammunition shipment Janzour→Al-Maya. "
         "Tripoli only locates the General Staff; Cairo and Egypt are dateline and a foreign-ministry statement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qif1", "qif2", "qif3", "qif4", "qif5")
