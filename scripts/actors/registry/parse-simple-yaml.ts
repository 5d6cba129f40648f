/**
 * A parser for the plain YAML the registry is written in, giving what
 * `yaml`'s `parse` gives for it: a mapping of keys to plain strings or to
 * sequences of plain strings (`- item` lines), or a sequence of plain
 * strings, plain or quoted without escapes; comments and blank lines.
 * Anything else returns `undefined`,
 * and the caller parses the file with `yaml` (which also reports errors).
 *
 * Reasoning: `yaml` spends about half a millisecond on each of these small
 * files, a quarter of a second for the registry and growing with it, on
 * every run, warm or cold; this takes a twentieth of that.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | string[] | undefined {
  const lines = text.split(/\r?\n/).filter((line) => !/^\s*(?:#.*)?$/.test(line))
  if (lines.length === 0) return undefined
  if (lines.every((line) => line.startsWith('- '))) return sequence(lines)
  const mapping: Record<string, unknown> = {}
  for (let i = 0; i < lines.length; i++) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$/.exec(lines[i])
    if (!match || Object.hasOwn(mapping, match[1])) return undefined
    const [, key, value] = match
    if (value !== undefined && value !== '') {
      const scalar = value === '[]' ? [] : plainScalar(value)
      if (scalar === undefined) return undefined
      mapping[key] = scalar
      continue
    }
    const items: string[] = []
    const indent = /^( *)- /.exec(lines[i + 1] ?? '')?.[1]
    if (indent === undefined) return undefined
    while (i + 1 < lines.length && lines[i + 1].startsWith(`${indent}- `)) items.push(lines[++i].slice(indent.length))
    const parsed = sequence(items)
    if (!parsed) return undefined
    mapping[key] = parsed
  }
  return mapping
}

function sequence(lines: string[]): string[] | undefined {
  const items: string[] = []
  for (const line of lines) {
    const item = plainScalar(line.slice(2))
    if (item === undefined) return undefined
    items.push(item)
  }
  return items
}

/** Characters that give a plain scalar's start another meaning. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/
/** Values YAML 1.2's core schema reads as something other than a string. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/

/**
 * A scalar that is a string: plain (trimmed), or quoted without escapes
 * (`"…"` holding no `"` or `\`, `'…'` holding no `'`); else `undefined`.
 */
function plainScalar(raw: string): string | undefined {
  const value = raw.trim()
  const quoted = /^"([^"\\]*)"$|^'([^']*)'$/.exec(value)
  if (quoted) return /[\u0000-\u001F\u007F]/.test(value) ? undefined : (quoted[1] ?? quoted[2])
  if (value === '' || INDICATOR.test(value) || value.includes(': ') || value.includes(' #') || value.endsWith(':') || /[\t\u0000-\u001F\u007F]/.test(value)) return undefined
  return NOT_A_STRING.test(value) ? undefined : value
}
