import {describe, expect, it} from 'vitest'
import {isTeaser, openingKey} from '../../scripts/stories/teasers.ts'

const crossingLead = 'دبي، الإمارات العربية المتحدة (CNN)-- قال مسؤول سعودي على صلة بالتحقيق الخاص بقضية اختفاء الصحفي، في تصريحات لـCNN، إن نتائج التحقيق ستعلن قريبا.'
const teaser = 'قال مسؤول سعودي على صلة بالتحقيق الخاص بقضية اختفاء الصحفي، في تصريحات لـCNN، إن نتائج التحقيق…'

describe('teasers', () => {
  const leads = new Map([[openingKey('CNN', crossingLead)!, 0]])

  it('a later paragraph opening like another article’s lead of the same outlet is a teaser, its dateline aside', () => {
    expect(isTeaser(leads, 1, 'CNN', teaser, 4)).toBe(true)
  })

  it('keeps the lead itself, the article’s own first paragraph, and the same text from another outlet (wire copy)', () => {
    expect(isTeaser(leads, 0, 'CNN', crossingLead, 0)).toBe(false)
    expect(isTeaser(leads, 1, 'CNN', teaser, 0)).toBe(false)
    expect(isTeaser(leads, 1, 'BBC', teaser, 3)).toBe(false)
    expect(isTeaser(leads, 0, 'CNN', teaser, 3)).toBe(false)
  })

  it('a paragraph too short to tell has no opening key', () => {
    expect(openingKey('CNN', 'فرانس24/ أ ف ب')).toBeUndefined()
  })
})
