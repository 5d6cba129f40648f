import {chromium} from 'playwright-core'
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.ts'
import {serveStatic} from './static-server.ts'
const server = await serveStatic('/work/wt-site/test/.output/dist')
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS})
const page = await browser.newPage({deviceScaleFactor: 2, viewport: {width: 800, height: 600}})
await page.goto(server.url + 'articles/fx-tripoli-offensive/', {waitUntil: 'networkidle'})
await page.locator('.article-body p').first().screenshot({path: '/tmp/shots/zoom.png'})
await browser.close(); await server.close()
