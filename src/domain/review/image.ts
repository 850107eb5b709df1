import { fileSize } from '../shared/file-size';
import { quote } from '../shared/words';

/** Rules for images attached to a diagram block; shared by the file picker and the api. */
export const MAX_IMAGE_BYTES = 1024 * 1024;
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
/** SVG is left out on purpose: it can carry scripts. */
export const IMAGE_DATA_URL_PATTERN = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$/;

/** Size in bytes of the file a base64 data URL holds. */
export function dataUrlBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(',');
  const b64 = comma === -1 ? '' : dataUrl.slice(comma + 1);
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - padding;
}

/** Why a picked file cannot be attached, or null when it can. */
export function imageFileProblem(file: { name: string; type: string; size: number }): string | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return `${quote(file.name)} is not a PNG, JPEG, GIF or WebP image.`;
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return `${quote(file.name)} is ${fileSize(file.size)}; images are limited to ${fileSize(MAX_IMAGE_BYTES)}.`;
  }
  return null;
}

const SIGNATURES: { type: (typeof IMAGE_TYPES)[number]; bytes: number[]; at?: number }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'image/webp', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
];

/** The image type the data URL's bytes really are (by their signature), or null. */
export function sniffDataUrl(dataUrl: string): string | null {
  const comma = dataUrl.indexOf(',');
  let head: string;
  try {
    head = atob(dataUrl.slice(comma + 1, comma + 1 + 24));
  } catch {
    return null;
  }
  const found = SIGNATURES.find((sig) => sig.bytes.every((b, i) => head.charCodeAt((sig.at ?? 0) + i) === b));
  return found?.type ?? null;
}

/** A data URL is accepted when its declared type matches what its bytes are. */
export function dataUrlMatchesType(dataUrl: string): boolean {
  const declared = /^data:(image\/[a-z]+);base64,/.exec(dataUrl)?.[1];
  return declared !== undefined && sniffDataUrl(dataUrl) === declared;
}
