import axe from 'axe-core'
import type {Browser, Page} from 'playwright-core'

/** Headless Chromium by the project's one rule (`scripts/site/chromium.ts`); a missing browser fails the test with its message. */
export {launchChromium as launchBrowser} from '../../scripts/site/chromium.ts'

/** A tab that records what went wrong while it was open. */
export interface WatchedPage {
  page: Page
  /** Console errors, uncaught exceptions, failed requests and 4xx/5xx responses. */
  problems: string[]
}

export async function openPage(
  browser: Browser,
  url: string,
  options: {width?: number; height?: number; colorScheme?: 'light' | 'dark'} = {}
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 1280, height: options.height ?? 900},
    colorScheme: options.colorScheme ?? 'light'
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`)
  })
  await page.goto(url, {waitUntil: 'load'})
  return {page, problems}
}

/** axe-core's serious and critical violations on the page, one line each; `rules` limits the check to those rules. */
export async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  await page.addScriptTag({content: axe.source})
  const results = await page.evaluate(
    (only) =>
      (window as unknown as {axe: typeof axe}).axe.run(document, {
        resultTypes: ['violations'],
        ...(only && {runOnly: {type: 'rule', values: only}})
      }),
    rules
  )
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** Elements that stick out of the viewport sideways (the page would scroll horizontally). */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const out: string[] = []
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect()
      if (box.width > 0 && (box.left < -1 || box.right > width + 1)) out.push(`${element.tagName.toLowerCase()}.${element.className}`)
    }
    if (document.documentElement.scrollWidth > width) out.push(`document ${document.documentElement.scrollWidth} > ${width}`)
    return out
  })
}
