import {describe, expect, test} from 'vitest'
import {readPage} from '../../scripts/search/read-page.ts'

const page = `<!doctype html><html lang="ar" dir="rtl"><head><title>t</title><style>p{color:red}</style></head><body>
<nav><a href="/">أرشيف</a></nav>
<h1>عنوان الصفحة</h1>
<article data-pagefind-body>
  <h2>الجيش يعلن</h2>
  <p>قال <a href="/actors/x/">المتحدث</a> إن القوات<br>وصلت.</p>
  <p data-pagefind-ignore>الثلاثاء ٣ أبريل</p>
  <div>نص <span>داخلي</span></div>
  <img data-pagefind-meta="image[src], image_alt[alt]" src="/a.png" alt="صورة">
  <div data-pagefind-ignore>
  <time data-pagefind-sort="date[datetime]" datetime="2018-04-03">٣ أبريل</time>
  <span data-pagefind-filter="outlet">BBC Arabic</span>
  <span data-pagefind-filter="year:2018"></span>
  <data value="khalifa-haftar" data-actor-type="person" data-pagefind-filter="actor">خليفة حفتر</data>
  <data value="khalifa-haftar" data-actor-type="person" data-pagefind-filter="actor">خليفة حفتر</data>
  </div>
</article>
<footer><p>حقوق</p></footer>
<div data-pagefind-ignore="all"><span data-pagefind-filter="outlet">ignored</span></div>
</body></html>`

describe('readPage', () => {
  test('reads the body’s text by block, its headings apart, ignored text and chrome left out', () => {
    expect(readPage(page)?.blocks).toEqual([
      {tag: 'h2', text: 'الجيش يعلن'},
      {tag: 'p', text: 'قال المتحدث إن القوات وصلت.'},
      {tag: 'p', text: 'نص داخلي'}
    ])
  })

  test('reads meta, sort keys and filters in Pagefind’s three forms, and the actors, outside `ignore="all"`', () => {
    const read = readPage(page)!
    expect(read.meta).toEqual({image: '/a.png', image_alt: 'صورة', title: 'عنوان الصفحة'})
    expect(read.sort).toEqual({date: '2018-04-03'})
    expect(read.filters).toEqual({outlet: ['BBC Arabic'], year: ['2018'], actor: ['خليفة حفتر']})
    expect(read.actors).toEqual([
      {id: 'khalifa-haftar', name: 'خليفة حفتر', type: 'person'},
      {id: 'khalifa-haftar', name: 'خليفة حفتر', type: 'person'}
    ])
  })

  test('a page without `data-pagefind-body` is not searchable', () => {
    expect(readPage('<html><body><p>نص</p></body></html>')).toBeUndefined()
  })
})
