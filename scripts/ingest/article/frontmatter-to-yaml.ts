/**
 * YAML for frontmatter, written directly: the same text `yaml`'s
 * `stringify` gives with the options `serializeArticle` uses, for the
 * shapes frontmatter has (mappings with plain keys, sequences, strings,
 * integers, booleans).
 *
 * Reasoning: with actors and quotes, the `yaml` library's document model
 * cost about 2 s per 12,000 articles, more than finding the actors. Any
 * value outside those shapes, and any string whose double-quoted form
 * needs more than `\"` and `\\` escapes (control characters, line
 * breaks, which `yaml` folds), returns `undefined`: the caller then uses
 * `yaml` for the whole document, so the output never differs.
 */
export function frontmatterToYaml(frontmatter: Record<string, unknown>): string | undefined {
  const lines: string[] = []
  return writeMapping(frontmatter, '', lines) ? `${lines.join('\n')}\n` : undefined
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/
/** The escapes `yaml` writes as JSON does, in JSON text. */
const QUOTE_OR_BACKSLASH_ESCAPE = /\\[\\"]/g

function writeMapping(mapping: Record<string, unknown>, indent: string, lines: string[], firstPrefix = indent): boolean {
  let prefix = firstPrefix
  for (const [key, value] of Object.entries(mapping)) {
    if (value === undefined) continue
    if (!PLAIN_KEY.test(key)) return false
    const head = `${prefix}${key}:`
    prefix = indent
    const scalar = scalarToYaml(value)
    if (scalar !== undefined) {
      lines.push(`${head} ${scalar}`)
    } else if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${head} []`)
      else {
        lines.push(head)
        if (!writeSequence(value, `${indent}  `, lines)) return false
      }
    } else if (isMapping(value)) {
      if (Object.values(value).every((entry) => entry === undefined)) lines.push(`${head} {}`)
      else {
        lines.push(head)
        if (!writeMapping(value, `${indent}  `, lines)) return false
      }
    } else {
      return false
    }
  }
  return true
}

function writeSequence(sequence: unknown[], indent: string, lines: string[]): boolean {
  for (const item of sequence) {
    const scalar = scalarToYaml(item)
    if (scalar !== undefined) lines.push(`${indent}- ${scalar}`)
    else if (isMapping(item) && Object.values(item).some((entry) => entry !== undefined)) {
      if (!writeMapping(item, `${indent}  `, lines, `${indent}- `)) return false
    } else {
      return false
    }
  }
  return true
}

/** A string, safe integer or boolean as YAML; `undefined` for anything else. */
function scalarToYaml(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const json = JSON.stringify(value)
    return json.replace(QUOTE_OR_BACKSLASH_ESCAPE, '').includes('\\') ? undefined : json
  }
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined
  if (typeof value === 'boolean') return String(value)
  return undefined
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype
}
