/**
 * The kinds of file taken as evidence, each with how its bytes begin, so a file is taken only as
 * what it is: a photo (JPEG, PNG, WebP, HEIC from phones), a short video (MP4), a scanned or
 * printed document (PDF), an Office document (Word, Excel, PowerPoint: zip containers).
 */
export interface EvidenceType {
  readonly contentType: string;
  /** The file name extension used when a download has no name. */
  readonly extension: string;
  readonly matches: (head: Buffer) => boolean;
}

const startsWith =
  (...bytes: number[]) =>
  (head: Buffer): boolean =>
    head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte);

/** An ISO base media file (`....ftyp<brand>`) of one of `brands`. */
const isoMedia =
  (...brands: string[]) =>
  (head: Buffer): boolean =>
    head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp' && brands.includes(head.toString('latin1', 8, 12));

const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04);

export const EVIDENCE_TYPES: readonly EvidenceType[] = [
  { contentType: 'image/jpeg', extension: 'jpg', matches: startsWith(0xff, 0xd8, 0xff) },
  { contentType: 'image/png', extension: 'png', matches: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { contentType: 'image/webp', extension: 'webp', matches: (head) => head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP' },
  { contentType: 'image/heic', extension: 'heic', matches: isoMedia('heic', 'heix', 'mif1', 'msf1') },
  { contentType: 'video/mp4', extension: 'mp4', matches: isoMedia('isom', 'iso2', 'mp41', 'mp42', 'avc1', 'M4V ') },
  { contentType: 'application/pdf', extension: 'pdf', matches: startsWith(0x25, 0x50, 0x44, 0x46, 0x2d) },
  { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', matches: ZIP },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', matches: ZIP },
  { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx', matches: ZIP },
];

/** How many bytes of a file {@link EvidenceType.matches} looks at. */
export const HEAD_BYTES = 16;

/** The type for a `Content-Type` header (parameters and case ignored); undefined when it is not one taken. */
export function evidenceTypeOf(contentType: string | undefined): EvidenceType | undefined {
  const bare = contentType?.split(';')[0]?.trim().toLowerCase();
  return EVIDENCE_TYPES.find((type) => type.contentType === bare);
}
