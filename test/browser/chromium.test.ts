import {afterEach, expect, test} from 'vitest'
import {launchChromium} from '../../scripts/site/chromium.ts'

const saved = process.env.CHROMIUM_PATH
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH
  else process.env.CHROMIUM_PATH = saved
})

test('a browser that does not start fails with one message naming CHROMIUM_PATH and the bundled browser', async () => {
  process.env.CHROMIUM_PATH = '/nonexistent/chromium'
  const failure = await launchChromium().then(
    () => undefined,
    (error: Error) => error.message
  )
  expect(failure).toMatchInlineSnapshot(
    `"Chromium at /nonexistent/chromium (CHROMIUM_PATH=/nonexistent/chromium) did not start. The browser comes from CHROMIUM_PATH if set, else from @sparticuz/chromium (installed by npm ci): run \`npm ci\`, or set CHROMIUM_PATH to a Chromium or Chrome binary."`
  )
})

test('without CHROMIUM_PATH, the Chromium that npm ci brings starts and renders Arabic', async () => {
  delete process.env.CHROMIUM_PATH
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.setContent('<html lang="ar" dir="rtl"><body><p id="p">الأمم المتحدة</p></body></html>')
    expect(await page.locator('#p').textContent()).toBe('الأمم المتحدة')
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl')
  } finally {
    await browser.close()
  }
})
