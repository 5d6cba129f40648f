import {describe, expect, test} from 'vitest'
import {processArticle} from '../../scripts/ingest/article/process-article.ts'
import {linesToBlocks, type RawArticle} from '../../scripts/ingest/read/raw-article.ts'

/** A raw article as a reader would give it: body lines, and metadata. */
function rawArticle(body: string, metadata: Record<string, unknown>): RawArticle {
  return {file: 'headline.txt', givenId: 'headline', metadata, blocks: linesToBlocks(body), sourceText: body, inputSha256: ''}
}

const BODY = 'أعرب وزير الدفاع الأمريكي عن استيائه من القانون الجديد في مؤتمر صحفي.'

describe('the headline names actors too', () => {
  test('an actor named only in a given title is among the article’s actors, with its form', () => {
    const {frontmatter} = processArticle(rawArticle(BODY, {title: 'ماتيس ينضم إلى ترامب في الاستياء من القانون'}))
    const trump = frontmatter.actors?.find((actor) => actor.id === 'donald-trump')
    expect(trump).toMatchObject({mentions: 1, forms: ['ترامب']})
  })

  test('a derived title is not read twice: the lead’s mentions count once', () => {
    const {frontmatter} = processArticle(rawArticle('قال دونالد ترامب إن القانون الجديد لن يمر.', {}))
    expect(frontmatter.titleDerived).toBe(true)
    expect(frontmatter.actors?.find((actor) => actor.id === 'donald-trump')?.mentions).toBe(1)
  })

  test('a headline is never read for quotes', () => {
    const {frontmatter} = processArticle(rawArticle(BODY, {title: 'قال ترامب إن القانون لن يمر'}))
    expect(frontmatter.quotes ?? []).toEqual([])
  })

  test('a headline that opens with a place and a colon names it, though its name is also a common word', () => {
    const body = 'أعلنت وزارة الدفاع نتائج التحقيق في مقتل مدنيين وسط البلاد.'
    const named = processArticle(rawArticle(body, {title: 'مالي: الجيش يقر بانتهاكات جسيمة'})).frontmatter.actors ?? []
    expect(named.map((actor) => actor.id)).toContain('mali')
    // Elsewhere in a headline `مالي` stays the word it most often is.
    const word = processArticle(rawArticle(body, {title: 'دعم مالي للجيش بعد انتهاكات جسيمة'})).frontmatter.actors ?? []
    expect(word.map((actor) => actor.id)).not.toContain('mali')
  })
})
