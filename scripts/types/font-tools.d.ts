// Minimal type declarations for the untyped font packages used by scripts/build-font.ts and its test.
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    preserveNameIds?: number[];
    noLayoutClosure?: boolean;
  }
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}

declare module 'fontverter' {
  export function convert(
    font: Buffer | Uint8Array,
    to: 'sfnt' | 'truetype' | 'woff' | 'woff2',
  ): Promise<Buffer>;
  export function detectFormat(font: Buffer | Uint8Array): string;
}
