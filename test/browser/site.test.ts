import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest'
import {serveStatic, type StaticServer} from '../../scripts/site/static-server.ts'
import {launchBrowser, openPage} from './browser.ts'

const dist = inject('dist')
const distUnderBase = inject('distUnderBase')
const basePath = inject('basePath')

let browser: Browser
let server: StaticServer
let serverUnderBase: StaticServer

beforeAll(async () => {
  ;[browser, server, serverUnderBase] = await Promise.all([launchBrowser(), serveStatic(dist), serveStatic(distUnderBase, basePath)])
})

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), serverUnderBase?.close()])
})

describe.each([
  ['at the root', () => server],
  ['under a base path', () => serverUnderBase]
])('a reader %s', (_, site) => {
  test('goes from the home page to an article, follows an actor link and finds the article on its timeline', async () => {
    const {page, problems} = await openPage(browser, site().url)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')

    await page.getByRole('link', {name: 'بومبيو: نعارض الهجوم العسكري على العاصمة الليبية'}).first().click()
    await page.waitForURL(/articles\/fx-pompeo-statement\/$/)
    const articleUrl = new URL(page.url()).pathname
    expect(await page.locator('h1').textContent()).toBe('بومبيو: نعارض الهجوم العسكري على العاصمة الليبية')

    const mention = page.locator('.article-body a.actor-mention').first()
    expect(await mention.textContent()).toBe('مايك بومبيو')
    await mention.click()
    await page.waitForURL(/actors\/mike-pompeo\/$/)
    expect(await page.locator('h1').textContent()).toBe('مايك بومبيو')
    const entry = page.locator(`.entries a[href="${articleUrl}"]`)
    expect(await entry.textContent()).toBe('بومبيو: نعارض الهجوم العسكري على العاصمة الليبية')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the actors index', () => {
  test('the quick filter matches names in any spelling of alef, ta marbuta and hamza', async () => {
    const {page, problems} = await openPage(browser, `${server.url}actors/`)
    const visible = () => page.locator('[data-actor-list] li:visible a').allTextContents()
    expect(await visible()).toHaveLength(await page.locator('[data-actor-list] li').count())
    await page.getByLabel('تصفية الأسماء').fill('سلامه')
    expect(await visible()).toEqual(['غسان سلامة'])
    await page.getByLabel('تصفية الأسماء').fill('الامم')
    expect(await visible()).toContain('الأمم المتحدة')
    expect(await visible()).not.toContain('خليفة حفتر')
    await page.getByLabel('تصفية الأسماء').fill('')
    await page.getByRole('button', {name: 'أبجديا'}).click()
    const people = await page.locator('#type-person li a').allTextContents()
    expect(people).toEqual([...people].sort(new Intl.Collator('ar').compare))
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('a merged actor', () => {
  test('its former address takes the reader to the actor\'s page', async () => {
    const {page} = await openPage(browser, `${server.url}actors/haftar/`)
    await page.waitForURL(/actors\/khalifa-haftar\/$/)
    expect(await page.locator('h1').textContent()).toBe('خليفة حفتر')
    await page.context().close()
  })
})
