# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README); K = own knowledge (README table).
P = {
 # Al-Jufra
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                     # G* (point of the base row, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),          # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                               # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun Municipality"),          # G* (town row Hun, written بلدية هون)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                         # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                           # G (row سوكنة, Sūknah)
 "sokna_mun": ("district", "LY", 29.06941, 15.78266, "Sokna Municipality"),      # G* (town row Sokna, written بلدية سوكنة)
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                      # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                          # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),             # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                      # G
 # Fezzan and the south
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                             # G (written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),               # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                       # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),             # G
 # coast, Sirte and Misrata front
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                           # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),           # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                      # G
 "bu_njem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                       # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                       # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                       # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                     # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),             # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),        # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),             # G
 # countries and cities abroad
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                        # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),          # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                        # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                          # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                         # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                        # G
 "canada": ("country", "CA", 56.83638, -110.43006, "Canada"),                    # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                         # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                         # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                # G
 "houston": ("city", "US", 29.76328, -95.36327, "Houston"),                      # G
 "montreal": ("city", "CA", 45.50884, -73.58781, "Montreal"),                    # G (row مونترآل, written مونتريال)
 "ottawa": ("city", "CA", 45.41117, -75.69812, "Ottawa"),                        # G
}

TRAPS = {
 "qnx1": ["ليبيا 24", "طارق بن زياد", "عدد من الفقهاء", "لا يهون", "مرهون", "القوة الثالثة", "المصراتية", "روسية"],
 "qnx2": ["هنا العاصمة", "غرفة عمليات تحرير سرت والجفرة", "السودانيين", "الفيلق الأفريقي", "القوة المشتركة",
          "المنطقة العسكرية الوسطى"],
 "qnx3": ["مصر ليبيا", "الجفراوي", "بمنزلة", "مديرية أمن الجفرة", "طارق بن زياد", "ليبيون", "الشمالي", "روسية"],
 "qnx4": ["عرب تايمز", "الفيلق الروسي", "الفيلق الأفريقي", "مجموعة فاغنر", "الليبية", "المالية", "الأتراك"],
 "qnx5": ["راديو كندا الدولي", "الفيلق الأفريقي", "الجيش الوطني الليبي", "حلف شمال الأطلسي", "سامر الحلبي",
          "الكندية", "الكندي", "مالية", "الليبية", "ليبية"],
}

PHEN = {
 "qnx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases"],
 "qnx2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases"],
 "qnx3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases"],
 "qnx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qnx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, RU, MIS, GNA = "Libyan National Army", "Russian forces", "Misrata forces", "GNA forces"

MOVES = {
 "qnx1": [
  mv("redeploy", "reported", LNA, ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", LNA, ["قاعدة الجفرة الجوية"], ["براك الشاطئ", "قاعدة تمنهنت"]),
  mv("withdraw", "conditional", LNA, ["ودان"], []),
  mv("redeploy", "denied", RU, ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
 ],
 "qnx2": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", MIS, ["أبوقرين"], ["الوشكة"]),
  mv("withdraw", "denied", MIS, ["أبوقرين"], ["مصراتة"]),
  mv("deploy", "planned", GNA, [], ["الشويرف"]),
 ],
 "qnx3": [
  mv("redeploy", "planned", LNA, ["سوكنة"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", LNA, ["سوكنة"], []),
  mv("redeploy", "denied", RU, ["قاعدة الجفرة الجوية"], ["سوكنة"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["الفقهاء"]),
 ],
 "qnx4": [
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("shipment", "planned", RU, ["ميناء طبرق"], ["الجفرة"]),
  mv("withdraw", "conditional", RU, ["الجفرة"], []),
  mv("redeploy", "denied", RU, ["سوريا"], ["ليبيا"]),
  mv("deploy", "reported", LNA, ["ودان"], ["زلة"]),
 ],
 "qnx5": [
  mv("mobilise", "reported", LNA, [], ["ودان"]),
  mv("airlift", "planned", RU, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", LNA, ["زلة"], ["حقل الظهرة"]),
  mv("advance", "denied", GNA, ["مصراتة"], ["بونجيم"]),
 ],
}

NOTES = {
 "qnx1": "Libyan channel close to the eastern camp (Libya 24, «ليبيا 24») from Hun: Tariq bin Ziyad columns rotated "
         "Sirte→Jufra air base (redeploy reported), the 128th Infantry's planned move from the base to Brak al-Shati and "
         "Tamanhint base, the unit's conditional pull-out from central Waddan after elders' mediation («لن تنسحب ... إلا "
         "إذا»), and the General Command's denial of Russian personnel moved Jufra air base→Gardabya base; the civilian "
         "fuel convoy Hun→Sabha, Benghazi as the denying office's seat, the 2017 background and the headline are not "
         "movements; «عدد من الفقهاء» (jurists), «لا يهون», «مرهون» and «ليبيا 24» are traps.",
 "qnx2": "Tripoli news page (Huna Al-Asima, «هنا العاصمة») from Misrata: an LNA column Jufra air base→Sirte via Waddan "
         "(reinforce reported, from the GNU operations room), two Russian cargo planes Al-Khadim base→Jufra air base "
         "(airlift reported), the Misrata Joint Force's conditional advance Abu Qurayn→Al-Washka (Sirte only inside the "
         "condition), its denied pull-out Abu Qurayn→Misrata and a planned GNU battalion deployment at Ash-Shwayrif; "
         "Benghazi as locator of Al-Khadim, Hun as the sources' town, the medical convoy Misrata→Waddan, Tripoli as "
         "speaker/metonymy and the Jufra/Sokna tracks are not movement places; «غرفة عمليات تحرير سرت والجفرة» holds "
         "two places, «السودانيين» holds ودان.",
 "qnx3": "Egyptian-Libyan news site (Misr Libya, «مصر ليبيا») retelling the Sokna municipality's Facebook statement: "
         "the company in a Sokna school to move to the Jufra air base (redeploy planned), the LNA checkpoint at Sokna's "
         "northern entrance to be lifted only on a condition (withdraw conditional), the municipality's denial of "
         "Russian personnel moved from the base to a farm project south of Sokna (redeploy denied), and Tariq bin "
         "Ziyad reinforcements Tamanhint base→Al-Fuqaha (reinforce reported); the wounded soldiers taken to Hun's "
         "hospital, festival buses from Tripoli/Misrata/Sabha, Al-Haruj (place of an attack) and the municipalities "
         "(بلدية سوكنة, بلدية هون, district) are not movement places; «مصر ليبيا», «بمنزلة», «الجفراوي» are traps.",
 "qnx4": "Houston-based pan-Arab paper (Arab Times, «عرب تايمز») on the Russian «African Corps» in Al-Jufra: a "
         "reported airlift Jufra air base→Bamako (Mali only as locator), a planned Pantsir shipment Tobruk port→Al-Jufra, "
         "Moscow's conditional stay («لن تغادر الجفرة إلا إذا غادر الأتراك قاعدة الوطية»; Al-Watiya only in the "
         "condition), the Russian ministry's denial of any troops moved Syria→Libya, and an LNA company Waddan→Zella "
         "(deploy reported); Wagner's 2020 retreat south Tripoli→Al-Jufra is background, Washington/Moscow/Benghazi are "
         "metonymy or speakers, «التمدد نحو السودان والنيجر» is an accusation, not a move; «قاعدة الجفرة» is the short "
         "form of the base.",
 "qnx5": "Radio Canada International's Arabic section (راديو كندا الدولي) from Montreal, relaying agency copy beside "
         "Canadian sanctions: the LNA massing about sixty vehicles in Waddan (mobilise reported), a planned Russian cargo "
         "flight Jufra air base→Brak air base, the 128th's conditional advance Zella→Dahra oil field, and the GNU defence "
         "ministry's denial that its units moved Misrata→Bu Njem; sanctions, Ottawa/Tripoli/Moscow as speakers, the Sabha–Niger "
         "distance, Canada's naval patrols and the 2011 NATO campaign are not movements; «راديو كندا الدولي» holds كندا, "
         "«مالية» holds مالي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnx1", "qnx2", "qnx3", "qnx4", "qnx5")
BAR_IN_TEXT = True  # qnx1's headline «عاجل |» has a literal bar
