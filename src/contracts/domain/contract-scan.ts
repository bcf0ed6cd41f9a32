/**
 * An uploaded scan of a signed contract: PDF, JPEG or PNG only, recognised by its first bytes
 * (the declared Content-Type must agree), never larger than {@link SCAN_MAX_BYTES}.
 */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];

/** A phone photo or a few scanned pages; a larger file is refused before it is read. */
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;

export const SCAN_EXTENSION: Readonly<Record<ScanType, string>> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

const SIGNATURES: readonly (readonly [ScanType, readonly number[]])[] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

export function isScanType(t: string): t is ScanType {
  return (SCAN_TYPES as readonly string[]).includes(t);
}

/** What the bytes are, by their signature; null when none of the accepted kinds. */
export function sniffScan(bytes: Uint8Array): ScanType | null {
  for (const [type, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return type;
  return null;
}
