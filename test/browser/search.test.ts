import type {Browser, BrowserContext, Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, inject, test} from 'vitest'
import {serveStatic, type StaticServer} from '../../scripts/site/static-server.ts'
import {launchBrowser, openPage as openWatchedPage, seriousViolations} from './browser.ts'

/**
 * The search page in a real browser (the project's headless Chromium through
 * playwright-core) on the real test site: a reader types a query, sees
 * results, opens one and finds the searched words highlighted; with the
 * keyboard only, at the site's root and under a base path. No console
 * error, no failed request.
 *
 * Failure detection, not speed limits: a step that takes this long is
 * stuck (a browser that stopped answering, a request never served), and
 * the test should fail saying which step, rather than wait for the
 * suite's 10-minute hook timeout.
 */
const STEP_TIMEOUT_MS = 30_000
/** Hooks launch and close Chromium: room for a slow start. */
const HOOK_TIMEOUT_MS = 90_000

/** `promise`, or a rejection naming `what` if it has not settled after `ms`. */
async function within<T>(promise: Promise<T> | T, what: string, ms = STEP_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Stuck: ${what} did not finish within ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

let browser: Browser
beforeAll(async () => {
  browser = await within(launchBrowser(), 'launching Chromium', HOOK_TIMEOUT_MS - 10_000)
}, HOOK_TIMEOUT_MS)
afterAll(() => within(browser?.close(), 'closing Chromium'), HOOK_TIMEOUT_MS)

/** Every tab a test opens is closed after it: a failed test leaves no page loading into the next. */
const contexts: BrowserContext[] = []
afterEach(async () => {
  await within(Promise.all(contexts.splice(0).map((context) => context.close())), 'closing the tabs')
}, HOOK_TIMEOUT_MS)

function openPage(...args: Parameters<typeof openWatchedPage>) {
  return within(
    openWatchedPage(...args).then((watched) => {
      contexts.push(watched.page.context())
      // Playwright's waits (waitFor, waitForURL) give up after this; evaluate() and hooks are bounded by `within`.
      watched.page.setDefaultTimeout(STEP_TIMEOUT_MS)
      return watched
    }),
    `opening ${args[1]}`
  )
}

/** Type a query into the search page with the keyboard and wait for the results. */
async function searchFor(page: Page, query: string) {
  await page.locator('#search-q').focus()
  await page.keyboard.type(query)
  await page.keyboard.press('Enter')
  await page.locator('.search-results li').first().waitFor()
}

describe.each([
  {label: 'at the root', site: () => inject('dist'), base: '/'},
  {label: 'under a base path', site: () => inject('distUnderBase'), base: inject('basePath')}
])('the search page $label', ({site, base}) => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveStatic(site(), base)
  }, HOOK_TIMEOUT_MS)
  afterAll(() => within(server?.close(), 'closing the static server'), HOOK_TIMEOUT_MS)

  test('a typed query shows results; the opened result highlights the searched words', async () => {
    const {page, problems} = await openPage(browser, `${server.url}search/`)
    // The article has الجرحى and والجرحى, found through the analyzer.
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
  })

  test('the header search box leads to the search page, and the query is in the link', async () => {
    const {page, problems} = await openPage(browser, server.url)
    await page.locator('#site-search').fill('مجلس الأمن')
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${base}search/?q=*`)
    await page.locator('.search-results li').first().waitFor()
    expect(await page.locator('#search-q').inputValue()).toBe('مجلس الأمن')
    expect(await page.locator('.search-status').textContent()).toMatch(/للبحث عن «مجلس الأمن»$/)
    expect(problems).toEqual([])
  })
})

describe('the search page at the root', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveStatic(inject('dist'))
  }, HOOK_TIMEOUT_MS)
  afterAll(() => within(server?.close(), 'closing the static server'), HOOK_TIMEOUT_MS)

  test('a filter narrows the results and goes into the shared link', async () => {
    const query = encodeURIComponent('الحكومة')
    const {page, problems} = await openPage(browser, `${server.url}search/?q=${query}`)
    await expect.poll(() => page.locator('.search-results li').count()).toBe(3)
    await expect.poll(() => page.locator('select[name="outlet"] option').allTextContents()).toContain('اختبار')
    // The options are folded under their summary until the reader opens them.
    expect(await page.locator('select[name="outlet"]').isVisible()).toBe(false)
    await page.locator('.search-options summary').click()
    await page.locator('select[name="outlet"]').selectOption('اختبار')
    await expect.poll(() => page.locator('.search-results li').count()).toBe(1)
    expect(new URL(page.url()).searchParams.get('outlet')).toBe('اختبار')
    expect(await page.locator('.search-status').textContent()).toBe('نتيجة واحدة للبحث عن «الحكومة»')

    // The link opens the same search, and the back button returns to the unfiltered one.
    await page.goto(page.url())
    await expect.poll(() => page.locator('.search-results li').count()).toBe(1)
    expect(await page.locator('select[name="outlet"]').inputValue()).toBe('اختبار')
    expect(await page.locator('select[name="outlet"]').isVisible()).toBe(true)
    await page.goBack()
    await expect.poll(() => page.locator('.search-results li').count()).toBe(3)
    expect(problems).toEqual([])
  })

  test('the articles of one story are one result naming the other outlets; a box shows each of them', async () => {
    // Three outlets' reports of the truce call (one story) and the seed article have هدنة.
    const {page, problems} = await openPage(browser, `${server.url}search/?q=${encodeURIComponent('هدنة')}`)
    await expect.poll(() => page.locator('.search-status').textContent()).toBe('4 نتائج للبحث عن «هدنة»')
    await expect.poll(() => page.locator('.search-results > li').count()).toBe(2)
    const also = page.locator('.search-result-also')
    expect(await also.count()).toBe(1)
    expect(await also.textContent()).toMatch(/^وفي مصدرين آخرين: /)
    expect(await also.locator('a').count()).toBe(2)

    await page.locator('.search-options summary').click()
    await page.locator('input[name="stories"]').check()
    await expect.poll(() => page.locator('.search-results > li').count()).toBe(4)
    expect(await page.locator('.search-result-also').count()).toBe(0)
    expect(new URL(page.url()).searchParams.get('stories')).toBe('all')
    await page.goBack()
    await expect.poll(() => page.locator('.search-results > li').count()).toBe(2)
    expect(await page.locator('input[name="stories"]').isChecked()).toBe(false)
    expect(problems).toEqual([])
  })

  test.each(['light', 'dark'] as const)('with results, no serious accessibility violations (%s)', async (colorScheme) => {
    const {page, problems} = await openPage(browser, `${server.url}search/?q=${encodeURIComponent('طرابلس')}`, {colorScheme})
    await page.locator('.search-results li').first().waitFor()
    await expect.poll(() => page.locator('select[name="actor"] option').count()).toBeGreaterThan(1)
    expect(await within(seriousViolations(page), 'axe-core')).toEqual([])
    expect(problems).toEqual([])
  })

  test('a search link on a phone shows its first result on the first screen without moving what is already there (layout shift under 0.1), within the screen\'s width', async () => {
    const {page, problems} = await openPage(browser, `${server.url}search/?q=${encodeURIComponent('الحكومة')}`, {width: 360, height: 740})
    await page.locator('.search-results li').first().waitFor()
    await expect.poll(() => page.locator('select[name="outlet"] option').count()).toBeGreaterThan(1)
    await page.evaluate(() => document.fonts.ready)
    // Every layout shift since the page started (the browser keeps them), not caused by input.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) {
              if (!entry.hadRecentInput) sum += entry.value
            }
          }).observe({type: 'layout-shift', buffered: true})
          setTimeout(() => resolve(sum), 200)
        })
    )
    expect(shift).toBeLessThan(0.1)
    // The hint is hidden and the options folded, so the first result's title is on the first screen.
    const title = await page.locator('.search-results li h2').first().boundingBox()
    expect(title, 'the first result has a box').not.toBeNull()
    expect(title!.y + title!.height).toBeLessThanOrEqual(740)
    // And the results fit the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360)
    expect(problems).toEqual([])
  })

  test("an actor's name offers the actor's page first", async () => {
    const {page, problems} = await openPage(browser, `${server.url}search/?q=${encodeURIComponent('حفتر')}`)
    const first = page.locator('.search-results li').first()
    await first.waitFor()
    expect(await first.locator('a').getAttribute('href')).toBe('/actors/khalifa-haftar/')
    expect(await first.locator('.search-result-meta').textContent()).toMatch(/^صفحة الفاعل \(شخص\): ذُكر في /)
    expect(problems).toEqual([])
  })

  test('without JavaScript the page says why it cannot search', async () => {
    const context = await within(browser.newContext({javaScriptEnabled: false}), 'opening a tab')
    contexts.push(context)
    const page = await within(context.newPage(), 'opening a tab')
    page.setDefaultTimeout(STEP_TIMEOUT_MS)
    await page.goto(`${server.url}search/?q=${encodeURIComponent('الحكومة')}`)
    expect(await page.locator('.search-noscript').isVisible()).toBe(true)
    expect(await page.locator('.search-noscript').textContent()).toContain('يحتاج إلى تفعيل جافاسكربت')
    expect(await page.locator('.search-results li').count()).toBe(0)
  })
})
