import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest'
import {serveStatic, type StaticServer} from '../../scripts/site/static-server.ts'
import {launchBrowser, openPage, overflowing, seriousViolations} from './browser.ts'

/** One page of each kind the site builds. */
const PAGE_TYPES = [
  ['home', ''],
  ['article', 'articles/fx-tripoli-offensive/'],
  ['undated article', 'articles/fx-undated-report/'],
  ['actors index', 'actors/'],
  ['actors of a type', 'actors/people/'],
  ['actor timeline', 'actors/khalifa-haftar/'],
  ['timeline page 2', 'actors/ghassan-salame/2/'],
  ['date archive', 'archive/'],
  ['month', 'archive/2019/04/'],
  ['outlets', 'outlets/'],
  ['outlet', 'outlets/bbc-arabic/'],
  ['404', 'no-such-page/']
] as const

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  ;[browser, server] = await Promise.all([launchBrowser(), serveStatic(inject('dist'))])
})

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()])
})

describe.each(PAGE_TYPES)('the %s page', (_, route) => {
  test.each(['light', 'dark'] as const)(
    'in the %s theme: right to left, no console errors, no serious accessibility violations, fits a 360 px phone',
    async (colorScheme) => {
      const {page, problems} = await openPage(browser, server.url + route, {colorScheme})
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl')
      // Everything in the light theme; in the dark one, what changes: contrast.
      expect(await seriousViolations(page, colorScheme === 'dark' ? ['color-contrast'] : undefined)).toEqual([])
      await page.setViewportSize({width: 360, height: 800})
      expect(await overflowing(page)).toEqual([])
      // The 404 page is served with status 404, which is its point.
      const expected = route === 'no-such-page/' ? (problem: string) => !/\b404\b/.test(problem) : () => true
      expect(problems.filter(expected)).toEqual([])
      await page.context().close()
    }
  )
})

