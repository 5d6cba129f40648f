import type {MonthCount} from '../archive/monthly-counts.ts'

/** One bar of the chart, in SVG user units. */
export interface Bar {
  month: string
  count: number
  x: number
  y: number
  width: number
  height: number
}

/** A label under the bars. */
export interface Label {
  /** Centre of the label. */
  x: number
  /** `YYYY-MM` it stands under. */
  month: string
  /** Year label (at January and the first bar) or a month label. */
  kind: 'year' | 'month'
}

export interface MonthBars {
  width: number
  height: number
  /** Height of the bars' area; labels go below it. */
  plotHeight: number
  max: number
  bars: Bar[]
  labels: Label[]
}

export interface MonthBarsOptions {
  /** Default: `720`. */
  width?: number
  /** Default: `180`. */
  height?: number
  /** Room under the bars for labels. Default: `28`. */
  labelHeight?: number
}

/**
 * Geometry of a month-by-month bar chart, built at build time into inline
 * SVG. Time runs right to left, as Arabic reads: the oldest month is at
 * the right. Up to 12 months each get a month label; longer spans get the
 * year at each January (and at the first bar).
 */
export function monthBars(counts: readonly MonthCount[], options: MonthBarsOptions = {}): MonthBars {
  const width = options.width ?? 720
  const height = options.height ?? 180
  const labelHeight = options.labelHeight ?? 28
  const plotHeight = height - labelHeight
  const max = Math.max(1, ...counts.map((entry) => entry.count))
  const slot = counts.length > 0 ? width / counts.length : width
  const barWidth = Math.max(1, Math.min(48, slot * 0.72))
  const round = (value: number) => Math.round(value * 100) / 100
  const bars = counts.map((entry, index) => {
    const barHeight = entry.count === 0 ? 0 : Math.max(2, (entry.count / max) * (plotHeight - 8))
    return {
      month: entry.month,
      count: entry.count,
      x: round(width - (index + 1) * slot + (slot - barWidth) / 2),
      y: round(plotHeight - barHeight),
      width: round(barWidth),
      height: round(barHeight)
    }
  })
  const monthly = counts.length <= 12
  const labels: Label[] = []
  counts.forEach((entry, index) => {
    const kind = monthly ? 'month' : index === 0 || entry.month.endsWith('-01') ? 'year' : undefined
    const x = round(width - (index + 0.5) * slot)
    // Labels closer than this would print over each other: keep the earlier one.
    const previous = labels.at(-1)
    if (kind && (previous === undefined || previous.x - x >= 44)) labels.push({x, month: entry.month, kind})
  })
  return {width, height, plotHeight, max, bars, labels}
}
