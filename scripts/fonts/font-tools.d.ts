// The two font packages ship no types; these are the calls `subset-fonts.ts` makes.

declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'
    /** Pin an axis to a value, or narrow its range. */
    variationAxes?: Record<string, number | {min: number; max: number; default?: number}>
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>
}

declare module 'fontverter' {
  const fontverter: {convert(font: Buffer, format: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>}
  export default fontverter
}
