import { describe, expect, it } from 'vitest';
import { dataUrlBytes, dataUrlMatchesType, imageFileProblem, sniffDataUrl } from '../../../src/domain/review/image';
import { DiagramImageSchema } from '../../../src/domain/review/schema';

const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];

describe('attached images', () => {
  it('refuses files that are not images or are too large, by type and size', () => {
    expect(imageFileProblem({ name: 'a.svg', type: 'image/svg+xml', size: 10 })).toMatch(
      /not a PNG, JPEG, GIF or WebP/,
    );
    expect(imageFileProblem({ name: 'big.png', type: 'image/png', size: 3 * 1024 * 1024 })).toBe(
      '“big.png” is 3 MB; images are limited to 1 MB.',
    );
    // Just over the limit: never "1.0 MB; images are limited to 1 MB".
    expect(imageFileProblem({ name: 'big.png', type: 'image/png', size: 1024 * 1024 + 1 })).toBe(
      '“big.png” is 1.1 MB; images are limited to 1 MB.',
    );
    expect(imageFileProblem({ name: 'ok.png', type: 'image/png', size: 1024 })).toBeNull();
  });

  it('checks the bytes against the declared type', () => {
    expect(sniffDataUrl(`data:image/png;base64,${b64(PNG)}`)).toBe('image/png');
    expect(dataUrlMatchesType(`data:image/png;base64,${b64(PNG)}`)).toBe(true);
    expect(dataUrlMatchesType(`data:image/jpeg;base64,${b64(PNG)}`)).toBe(false);
    expect(dataUrlMatchesType(`data:image/png;base64,${b64([...Buffer.from('hello world!')])}`)).toBe(false);
  });

  it('measures the decoded size of a data URL', () => {
    expect(dataUrlBytes(`data:image/png;base64,${b64(PNG)}`)).toBe(PNG.length);
  });

  it('the api schema refuses a disguised or oversized image', () => {
    const disguised = DiagramImageSchema.safeParse({
      name: 'x.png',
      dataUrl: `data:image/png;base64,${b64([1, 2, 3])}`,
    });
    expect(disguised.success).toBe(false);
    const huge = `data:image/png;base64,${Buffer.concat([Buffer.from(PNG), Buffer.alloc(1024 * 1024)]).toString('base64')}`;
    const tooBig = DiagramImageSchema.safeParse({ name: 'x.png', dataUrl: huge });
    expect(tooBig.error?.issues.map((i) => i.message)).toContain('Images are limited to 1 MB.');
    expect(DiagramImageSchema.safeParse({ name: 'x.png', dataUrl: `data:image/png;base64,${b64(PNG)}` }).success).toBe(
      true,
    );
  });
});
