import {expect, test} from 'vitest'
import {normalizeArabic} from '../../src/shared/arabic/normalize.ts'
import {normalizeNfcWord} from '../../scripts/actors/match/normalize-word.ts'

test.each([
  'مسؤول', 'مسئول', 'إسرائيل', 'ٱلْعَرَبِيَّة', 'الــجيش', 'طرا\u200Fبلس', '٢٠١٩', '۲۰۱۸', 'کتاب', 'یاسر', 'CNN', 'İstanbul',
  'حماة', 'مستشفى', 'آبي', 'دوماً', 'ABCxyz', '𝐀𝐁𝐂', 'Straße', 'ÉCOLE'
])('normalizeNfcWord(%s) is normalizeArabic of it', (word) => {
  expect(normalizeNfcWord(word)).toBe(normalizeArabic(word))
})
