import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'
import {NODE_ARGS} from './helpers/node-args.ts'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    // See test/helpers/node-args.ts.
    execArgv: NODE_ARGS,
    globalSetup: ['test/global-setup.ts'],
    // Site and browser tests build a real site; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Browser tests poll the page; a loaded CI machine may take seconds to paint (1 s is vitest's default).
    expect: {poll: {timeout: 30_000}}
  }
})
