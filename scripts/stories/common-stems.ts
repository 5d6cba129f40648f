/**
 * Stems of words every news article uses: function words, reporting
 * verbs, days, months, counting words (light stems of normalized words, as
 * `ContentTerms` makes them). In a large archive the weighting drops them
 * anyway (each is in more than 5% of the 12,235 articles of the ANT
 * corpus, where this list was read from the most frequent stems); in a
 * small one they would link any two articles of the same day.
 */
export const COMMON_STEMS: ReadonlySet<string> = new Set(
  (
    'بعد قال كان عام بين خلال اخر ذلك هذا احد كانت اضاف لكن ولا منذ قبل ماض يوم كما قالت اول بان غير اكثر وقت سابق ' +
    'جديد حيث حال تابع جمع عدد اثن داخل وهو عشر ايضا كال اعلن باسم نحو عبر حول بحسب شخص امر اعلنت فيما ثان ذين بسبب ' +
    'اكد بعض خاص امام هناك ثلاثاء بشكل جانب ثلاث عاما سنو اخير اربعاء خميس وقد ومن نقلت نفس ولم دون ذكرت اذا اسبوع ' +
    'لها اشار الا سبت احد بها ساع يمكن رغم شهر ايام ذكر عندما بدا عدم فان وفق مثل اكبر جميع مقابل حين اجل تحت ليس ' +
    'وان وضع اقل الف تواصل جاء تلك قول بينما اوضح كثير اربع اثر مقبل ذات مما بما لان عديد اضافت يقول حسب خمس مساء ' +
    'قاءلا فقط كامل يتم يجب فقد تقول اكدت اثناء بينهم عند اطار بعدما لما كذلك انهم عقب افاد مهم افادت مشيرا مضيفا ' +
    'ثالث اما يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر اثنين جمع صباح'
  ).split(' ')
)
