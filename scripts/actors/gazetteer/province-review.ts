/**
 * What a person checked in the provinces `@countrystatecity/countries`
 * names in Arabic, keyed by ISO 3166-2 code. The package's `native` names
 * of Arab countries are mostly right; some are machine translations
 * (Saudi Arabia's Ha'il as `يشيد`, Libya's Zawiya as `زاوية` "angle") and
 * some are common words (`البيضاء` "the white", `العقبة` "the obstacle").
 *
 * - `name`: the spelling Arabic news uses, where the package's is wrong;
 * - `ambiguous`: a name that is also a common word or a person's name: it
 *   counts only in an article that names the province with its trigger
 *   word too (`محافظة البيضاء`);
 * - `skip`: no entry (the reason says why).
 */
export type ProvinceReview = {name?: string; ambiguous?: true; skip?: string}

const COMMON_WORD: ProvinceReview = {ambiguous: true}

export const PROVINCE_REVIEW: Readonly<Record<string, ProvinceReview>> = {
  // Yemen
  'YE-MR': COMMON_WORD, // المهرة "the skilled"
  'YE-BA': COMMON_WORD, // البيضاء "the white"
  'YE-AM': COMMON_WORD, // عمران, also the given name Imran
  'YE-HJ': COMMON_WORD, // حجة "argument"
  'YE-IB': COMMON_WORD, // إب, normalized as أب "father"
  // Iraq
  'IQ-SD': COMMON_WORD, // صلاح الدين, also Saladin
  'IQ-MU': COMMON_WORD, // المثنى, also a given name
  // Egypt
  'EG-BH': COMMON_WORD, // البحيرة "the lake"
  'EG-GH': COMMON_WORD, // الغربية "the western"
  'EG-SHR': COMMON_WORD, // الشرقية "the eastern"
  'EG-MT': COMMON_WORD, // مطروح "put forward"
  'EG-KN': COMMON_WORD, // قنا "canals"
  'EG-LX': COMMON_WORD, // الأقصر "the shortest"
  // Jordan
  'JO-KA': COMMON_WORD, // الكرك, also the crane (a bird)
  'JO-MN': COMMON_WORD, // معان "meanings"
  'JO-AQ': COMMON_WORD, // العقبة "the obstacle"
  'JO-AZ': COMMON_WORD, // الزرقاء "the blue"
  'JO-MA': COMMON_WORD, // المفرق "the fork"
  'JO-AM': {skip: 'عمان is also Oman'},
  // Kuwait
  'KW-AH': COMMON_WORD, // الأحمدي, also a family name
  'KW-KU': {skip: 'العاصمة is "the capital"'},
  'KW-HA': COMMON_WORD, // حولي "around me"
  'KW-MU': COMMON_WORD, // مبارك الكبير, also a person
  // Libya
  'LY-WA': COMMON_WORD, // الواحات "the oases"
  'LY-GT': COMMON_WORD, // غات
  'LY-JG': {name: 'الجبل الغربي'},
  'LY-JI': {name: 'الجفارة'},
  'LY-MJ': {name: 'المرج'},
  'LY-MB': {name: 'المرقب'},
  'LY-NQ': COMMON_WORD, // النقاط الخمس "the five points"
  'LY-ZA': {name: 'الزاوية', ambiguous: true}, // "the corner"
  // Algeria
  'DZ-43': COMMON_WORD, // ميلا "a mile"
  'DZ-49': COMMON_WORD, // المغير, also a Palestinian village
  'DZ-08': COMMON_WORD, // بشار, also the given name Bashar
  'DZ-32': COMMON_WORD, // البيض "the eggs"
  'DZ-39': COMMON_WORD, // الواد "the valley"
  'DZ-10': {name: 'البويرة'},
  'DZ-25': {name: 'قسنطينة'},
  'DZ-26': {name: 'المدية'},
  'DZ-28': {name: 'المسيلة', ambiguous: true}, // as in الغاز المسيل للدموع, tear gas
  'DZ-29': {name: 'معسكر', ambiguous: true}, // "camp"
  'DZ-45': {name: 'النعامة', ambiguous: true}, // "the ostrich"
  'DZ-20': {skip: 'صيدا is Sidon in Lebanon'},
  'DZ-50': {skip: 'المنيا is the Egyptian governorate in Arabic news'},
  'DZ-57': {skip: 'the package writes عين صالح as في صلاح "in Salah"'},
  'DZ-58': {skip: 'the package writes عين قزام as في قزام "in Guezzam"'},
  // Morocco
  'MA-BER': COMMON_WORD, // بركان "volcano"
  'MA-ERR': COMMON_WORD, // الرشيدية, also institutions' names
  'MA-IFR': COMMON_WORD, // إفران "ovens"
  'MA-MOH': COMMON_WORD, // المحمدية "Muhammadan"
  'MA-OUZ': COMMON_WORD, // وزان, inside لوزان (Lausanne) and فوزان
  'MA-TAT': COMMON_WORD, // تاتا, inside بتاتا "at all"
  'MA-JDI': COMMON_WORD, // الجديدة "the new"
  'MA-HAJ': COMMON_WORD, // الحاجب "the doorkeeper"
  'MA-REH': {name: 'الرحامنة'},
  'MA-SAF': {name: 'آسفي', ambiguous: true}, // "my regret"
  'MA-SAL': {name: 'سلا'},
  'MA-02': {skip: 'the package gives a transliteration of L\'Oriental'},
  // Saudi Arabia
  'SA-06': {name: 'حائل'},
  'SA-14': COMMON_WORD, // عسير "difficult"
  'SA-08': COMMON_WORD, // الحدود الشمالية "the northern borders"
  // Sudan
  'SD-GZ': {skip: 'الجزيرة is also Al Jazeera and "the island"'},
  'SD-NO': {skip: 'the package gives شمالي "northern"'},
  // Tunisia
  'TN-12': COMMON_WORD, // أريانا, also the given name Ariana
  'TN-53': COMMON_WORD, // المهدية, also a given name
  'TN-73': COMMON_WORD, // قبلي "before me"
  'TN-33': COMMON_WORD, // الكاف
  // Oman
  'OM-DA': {skip: 'الداخلية is "the interior", as in the ministry'},
  'OM-ZA': {skip: 'الظاهرة is "the phenomenon"'},
  'OM-WU': {skip: 'الوسطى is "the central"'},
  'OM-MA': {name: 'مسقط'},
  // United Arab Emirates
  'AE-FU': {name: 'الفجيرة'},
  'AE-UQ': {name: 'أم القيوين'},
  // Palestine
  'PS-JEN': COMMON_WORD, // جنين "fetus"
  // Mauritania
  'MR-03': COMMON_WORD, // عصابة "gang"
  'MR-01': {name: 'الحوض الشرقي'},
  'MR-02': {name: 'الحوض الغربي'},
  'MR-05': {name: 'لبراكنة'},
  'MR-06': {name: 'الترارزة'},
  // Bahrain, Lebanon and Qatar: the package's names are machine translations
  // (`محارق`, `بير` for Beirut, `قاعدة أم` for Umm Salal), written by hand here.
  'BH-13': {skip: 'العاصمة is "the capital"'},
  'BH-14': {skip: 'الجنوبية is "the southern"'},
  'BH-15': {name: 'المحرق'},
  'BH-17': {skip: 'الشمالية is "the northern"'},
  'LB-AK': {name: 'عكار'},
  'LB-AS': {skip: 'الشمال is "the north"'},
  'LB-BA': {name: 'بيروت'},
  'LB-BH': {name: 'بعلبك الهرمل'},
  'LB-BI': {name: 'البقاع'},
  'LB-JA': {skip: 'الجنوب is "the south"'},
  'LB-JL': {name: 'جبل لبنان'},
  'LB-NA': {name: 'النبطية'},
  'QA-DA': {name: 'الدوحة'},
  'QA-KH': {name: 'الخور'},
  'QA-MS': {skip: 'الشمال is "the north"'},
  'QA-RA': {name: 'الريان'},
  'QA-SH': {name: 'الشحانية'},
  'QA-US': {name: 'أم صلال'},
  'QA-WA': {name: 'الوكرة'},
  'QA-ZA': {name: 'الضعاين'}
}
