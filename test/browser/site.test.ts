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
  test('the quick filter finds any actor by a name in any spelling of alef, ta marbuta and hamza, or in English', async () => {
    const {page, problems} = await openPage(browser, `${server.url}actors/`)
    const matches = () => page.locator('[data-filter-results] li a').allTextContents()
    const filter = page.getByLabel('تصفية الأسماء')
    await filter.fill('سلامه')
    await expect.poll(matches).toEqual(['غسان سلامة'])
    expect(await page.locator('[data-actor-lists]').isHidden()).toBe(true)
    await filter.fill('الامم')
    await expect.poll(matches).toContain('الأمم المتحدة')
    expect(await matches()).not.toContain('خليفة حفتر')
    await filter.fill('haftar')
    await expect.poll(matches).toEqual(['خليفة حفتر'])
    expect(await page.locator('[data-filter-results] a').getAttribute('href')).toBe('/actors/khalifa-haftar/')
    await filter.fill('')
    expect(await page.locator('[data-actor-lists]').isVisible()).toBe(true)
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
