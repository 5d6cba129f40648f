/**
 * A one-line progress bar on a terminal, redrawn at most ten times a
 * second; nothing at all when the stream is not a terminal (CI logs,
 * pipes), where only the final summary is useful.
 */
export function progressBar(stream: NodeJS.WriteStream, label: string) {
  const enabled = stream.isTTY === true
  let lastDraw = 0

  return {
    update(count: number, fraction: number): void {
      const now = performance.now()
      if (!enabled || now - lastDraw < 100) return
      lastDraw = now
      const width = 30
      const filled = Math.round(fraction * width)
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
      stream.write(`\r${label} ${bar} ${Math.round(fraction * 100)}% ${count} articles`)
    },
    /** Clear the bar so the next line starts clean. */
    done(): void {
      if (enabled) stream.write('\r\u001B[2K')
    }
  }
}
