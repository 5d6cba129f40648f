import {escapeXml} from './xml.ts'

export interface AtomEntry {
  /** Absolute address of the entry's page; also its id. */
  url: string
  title: string
  /** ISO 8601 with time and offset. */
  updated: string
  summary?: string
  author?: string
}

export interface AtomFeed {
  /** Absolute address of the feed itself; also its id. */
  selfUrl: string
  /** Absolute address of the page the feed follows. */
  pageUrl: string
  title: string
  subtitle?: string
  /** Newest first. */
  entries: AtomEntry[]
}

/**
 * An ISO 8601 date as Atom wants it (RFC 3339: a time and an offset):
 * `2018-02-19` → `2018-02-19T00:00:00Z`, `2018-02-19T10:30` → `2018-02-19T10:30:00Z`.
 */
export function isoToRfc3339(date: string): string {
  if (date.length === 10) return `${date}T00:00:00Z`
  const [, day, time, offset = 'Z'] = /^(\d{4}-\d{2}-\d{2})T([\d:.]+)(Z|[+-]\d{2}:?\d{2})?$/i.exec(date) ?? []
  if (day === undefined) return date
  const fullTime = time.length === 5 ? `${time}:00` : time
  const fullOffset = /^[+-]\d{4}$/.test(offset) ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset.toUpperCase()
  return `${day}T${fullTime}${fullOffset}`
}

/**
 * An Atom 1.0 document. `updated` is the newest entry's date, never the
 * build time, so the same archive gives the same feed.
 */
export function toAtom(feed: AtomFeed): string {
  const updated = feed.entries[0]?.updated ?? '1970-01-01T00:00:00Z'
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">',
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`
  ]
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${escapeXml(entry.updated)}</updated>`,
      ...(entry.author ? [`    <author><name>${escapeXml(entry.author)}</name></author>`] : []),
      ...(entry.summary ? [`    <summary>${escapeXml(entry.summary)}</summary>`] : []),
      '  </entry>'
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}
