/**
 * Which Chromium the browser tests, screenshots and benchmarks drive, in
 * one rule: `CHROMIUM_PATH` if it is set, else the headless Chromium that
 * `npm ci` brings in `@sparticuz/chromium` (unpacked into the system's
 * temporary folder on first use, about 4 s, then reused).
 *
 * Reasoning: a fresh machine has Node and npm and no system browser, and
 * playwright-core's own browser download is not reachable; a registry
 * package that ships the binary is.
 */
import bundled from '@sparticuz/chromium'
import {chromium, type Browser} from 'playwright-core'

/** Headless in a container, with nothing reaching out to the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

const BUNDLED = '@sparticuz/chromium (installed by npm ci)'

/** Where the browser comes from, for messages. */
export function chromiumSource(): string {
  return process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : BUNDLED
}

/**
 * The Chromium binary to launch: `CHROMIUM_PATH`, else the bundled one
 * (unpacked now if it is not yet). Unpack it once per process tree before
 * starting several launches in parallel: two unpacks at once write the same file.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return await bundled.executablePath()
  } catch (error) {
    throw new Error(noBrowser(`${BUNDLED} could not be unpacked`), {cause: error})
  }
}

/** Launch headless Chromium, or fail with one message that says which browser and how to fix it. */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  const path = executablePath ?? (await chromiumPath())
  try {
    return await chromium.launch({executablePath: path, args: CHROMIUM_ARGS})
  } catch (error) {
    throw new Error(noBrowser(`Chromium at ${path} (${chromiumSource()}) did not start`), {cause: error})
  }
}

function noBrowser(problem: string): string {
  return (
    `${problem}. The browser comes from CHROMIUM_PATH if set, else from ${BUNDLED}: ` +
    'run `npm ci`, or set CHROMIUM_PATH to a Chromium or Chrome binary.'
  )
}
