/**
 * Node flags for the test processes and the command-line tools the tests
 * start, as the npm scripts pass them. V8's protection of code pages with
 * memory protection keys can abort a process that starts and ends worker
 * threads (`Check failed: jit_page.has_value()`); it did, twice, in this
 * suite.
 */
export const NODE_ARGS = ['--no-memory-protection-keys']
