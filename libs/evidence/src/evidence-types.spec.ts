import { EVIDENCE_TYPES, evidenceTypeOf } from './evidence-types';

const HEADS: Record<string, Buffer> = {
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  'image/webp': Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'),
  'image/heic': Buffer.from('\u0000\u0000\u0000\u0018ftypheic\u0000\u0000', 'latin1'),
  'video/mp4': Buffer.from('\u0000\u0000\u0000\u0020ftypisom\u0000\u0000', 'latin1'),
  'application/pdf': Buffer.from('%PDF-1.7\n'),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]),
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]),
};

describe('the evidence types', () => {
  it.each(EVIDENCE_TYPES.map((type) => [type.contentType, type] as const))('%s takes the bytes it begins with', (contentType, type) => {
    expect(type.matches(HEADS[contentType]!)).toBe(true);
  });

  it('takes no type’s bytes for another’s (a renamed file is refused)', () => {
    const photo = evidenceTypeOf('image/jpeg')!;
    expect(photo.matches(HEADS['image/png']!)).toBe(false);
    expect(evidenceTypeOf('application/pdf')!.matches(Buffer.from('<html>'))).toBe(false);
    expect(evidenceTypeOf('video/mp4')!.matches(HEADS['image/heic']!)).toBe(false);
    expect(photo.matches(Buffer.alloc(0))).toBe(false);
  });

  it('reads a Content-Type without its parameters or case, and knows no other type', () => {
    expect(evidenceTypeOf('Image/JPEG; charset=binary')?.contentType).toBe('image/jpeg');
    expect(evidenceTypeOf('text/html')).toBeUndefined();
    expect(evidenceTypeOf('image/svg+xml')).toBeUndefined();
    expect(evidenceTypeOf(undefined)).toBeUndefined();
  });
});
