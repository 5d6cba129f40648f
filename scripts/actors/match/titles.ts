import {nameToTokens} from './name-key.ts'

/**
 * Titles and ranks that may stand right before any person's name and then
 * belong to the mention (`اللواء المتقاعد خليفة حفتر`, `الرئيس ترامب`).
 * They chain (`الفريق أول الركن`). An actor's own titles
 * (`RegistryActor.titles`) are added to these.
 *
 * Reasoning: only words that are titles and nothing else are here. Job
 * descriptions (`وزير الخارجية الأميركي`) stay outside the mention: they
 * vary without end and often name another actor (`الأميركي`).
 */
const TITLES = [
  'الرئيس', 'الرئيسة', 'الملك', 'الملكة', 'الأمير', 'الأميرة', 'ولي العهد', 'الشيخ', 'الشيخة', 'السلطان',
  'الإمام', 'آية الله', 'المرشد', 'البابا', 'الكاردينال', 'الحاخام', 'القس', 'المطران',
  'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'المهندس', 'القاضي', 'المستشار', 'المستشارة', 'السيناتور',
  'المشير', 'الفريق', 'الفريق أول', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب',
  'الجنرال', 'الأدميرال', 'الركن', 'المتقاعد'
]

/** The generic titles as written, word by word. */
export const GENERIC_TITLE_WORDS: string[][] = TITLES.map((title) => title.split(' '))

/** The generic titles as normalized token sequences, longest first. */
export const GENERIC_TITLES: string[][] = TITLES.map(nameToTokens).sort((a, b) => b.length - a.length)

/** Every word of a generic title, normalized: words that are never a name on their own. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(GENERIC_TITLES.flat())
