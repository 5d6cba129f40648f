import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest'
import {buildSearchIndex} from '../../scripts/search/build-index.ts'
import {serveStatic, type StaticServer} from '../../scripts/search/static-server.ts'
import {buildSite} from '../../scripts/site/build-site.ts'

/**
 * The search page in a real browser (Debian's Chromium through
 * playwright-core) on the real test site: a reader types a query, sees
 * results, opens one and finds the searched words highlighted; with the
 * keyboard only, at the site's root and under a base path.
 */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const output = fileURLToPath(new URL('../.output/', import.meta.url))

let browser: Browser
beforeAll(async () => {
  browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: FLAGS})
})
afterAll(() => browser?.close())

/** A page that records console errors, uncaught exceptions and requests for missing files. */
async function openPage(server: StaticServer, options: {javaScriptEnabled?: boolean} = {}) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  // The test site has no icon; the browser asks for one on its own, not the search.
  await page.route('**/favicon.ico', (route) => route.fulfill({status: 204}))
  server.resetTransfers()
  return {page, problems, close: () => context.close()}
}

/** Type a query into the search page with the keyboard and wait for the results. */
async function searchFor(page: Page, query: string) {
  await page.locator('#search-q').focus()
  await page.keyboard.type(query)
  await page.keyboard.press('Enter')
  await page.locator('.search-results li').first().waitFor()
}

describe.each([
  {label: 'at the root', base: '/'},
  {label: 'under a base path', base: '/archive/'}
])('the search page $label', ({base}) => {
  let server: StaticServer

  beforeAll(async () => {
    let dist = inject('dist')
    if (base !== '/') {
      // The test site again, built for a subfolder, with its own index. The base goes in through
      // ARSHIF_BASE, as for `npm run build`; Vitest's own BASE_URL in process.env would win over it.
      dist = `${output}dist-archive`
      const saved = {ARSHIF_BASE: process.env.ARSHIF_BASE, BASE_URL: process.env.BASE_URL}
      process.env.ARSHIF_BASE = base
      delete process.env.BASE_URL
      try {
        await buildSite({content: `${output}content`, outDir: dist, base})
      } finally {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name]
          else process.env[name] = value
        }
      }
      await buildSearchIndex(dist)
    }
    server = await serveStatic(dist, base)
  })
  afterAll(() => server?.close())

  test('a typed query shows results; the opened result highlights the searched words', async () => {
    const {page, problems, close} = await openPage(server)
    await page.goto(`${server.origin}${base}search/`)
    // جريح is only in the article as الجرحى and والجرحى: found through the analyzer.
    await searchFor(page, 'الجرحى')
    expect(new URL(page.url()).pathname).toBe(`${base}search/`)
    expect(new URL(page.url()).searchParams.get('q')).toBe('الجرحى')
    await expect.poll(() => page.locator('.search-status').textContent()).toBe('نتيجة واحدة للبحث عن «الجرحى»')
    await expect.poll(() => page.locator('.search-results mark').allTextContents()).toContain('الجرحى')

    // To the result with the keyboard: Tab from the search box until the result link has focus.
    const link = page.locator('.search-results a').first()
    for (let i = 0; i < 20 && !(await link.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${base}articles/000_71bcbe837b8e2f0b/**`)
    const marks = page.locator('mark.pagefind-highlight')
    await marks.first().waitFor()
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['الجرحى', 'والجرحى']))
    expect(problems).toEqual([])
    expect(server.transfers.missing).toEqual([])
    await close()
  })

  test('the header search box leads to the search page, and the query is in the link', async () => {
    const {page, problems, close} = await openPage(server)
    await page.goto(`${server.origin}${base}`)
    await page.locator('#site-search').fill('مجلس الأمن')
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${base}search/?q=*`)
    await page.locator('.search-results li').first().waitFor()
    expect(await page.locator('#search-q').inputValue()).toBe('مجلس الأمن')
    expect(await page.locator('.search-status').textContent()).toMatch(/للبحث عن «مجلس الأمن»$/)
    expect(problems).toEqual([])
    await close()
  })
})

describe('the search page at the root', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveStatic(inject('dist'))
  })
  afterAll(() => server?.close())

  test('a filter narrows the results and goes into the shared link', async () => {
    const {page, problems, close} = await openPage(server)
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('الحكومة')}`)
    await page.locator('.search-results li').first().waitFor()
    await expect.poll(() => page.locator('.search-results li').count()).toBe(2)
    await expect.poll(() => page.locator('select[name="outlet"] option').count()).toBe(2)
    await page.locator('select[name="outlet"]').selectOption('اختبار')
    await expect.poll(() => page.locator('.search-results li').count()).toBe(1)
    expect(new URL(page.url()).searchParams.get('outlet')).toBe('اختبار')
    expect(await page.locator('.search-status').textContent()).toBe('نتيجة واحدة للبحث عن «الحكومة»')

    // The link opens the same search, and the back button returns to the unfiltered one.
    await page.goto(page.url())
    await expect.poll(() => page.locator('.search-results li').count()).toBe(1)
    expect(await page.locator('select[name="outlet"]').inputValue()).toBe('اختبار')
    await page.goBack()
    await expect.poll(() => page.locator('.search-results li').count()).toBe(2)
    expect(problems).toEqual([])
    await close()
  })

  test('without JavaScript the page says why it cannot search', async () => {
    const {page, close} = await openPage(server, {javaScriptEnabled: false})
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('الحكومة')}`)
    await expect.poll(() => page.locator('.search-noscript').isVisible()).toBe(true)
    expect(await page.locator('.search-noscript').textContent()).toContain('يحتاج إلى تفعيل جافاسكربت')
    expect(await page.locator('.search-results li').count()).toBe(0)
    await close()
  })
})
