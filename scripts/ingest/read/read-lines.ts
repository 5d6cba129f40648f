import {createReadStream} from 'node:fs'

/**
 * Stream the lines of a UTF-8 file, ended by `\n` only (a `\r` before it is
 * dropped), as JSON Lines defines them.
 *
 * Reasoning: `node:readline` also ends a line at U+2028 and U+2029, which
 * JSON allows unescaped inside strings; scrapers emit them, and reading
 * with readline split such a record into malformed halves.
 */
export async function* readLines(file: string): AsyncGenerator<string> {
  let pending = ''
  for await (const chunk of createReadStream(file, {encoding: 'utf8'}) as AsyncIterable<string>) {
    const lines = (pending + chunk).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) yield dropCarriageReturn(line)
  }
  if (pending !== '') yield dropCarriageReturn(pending)
}

function dropCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}
