import { describe, expect, it } from 'vitest';
import { fileSize } from '../../../src/domain/shared/file-size';

describe('a file size as Cadence writes it', () => {
  it('moves to the next unit when a tenth rounded up would reach 1024 of this one', () => {
    expect(fileSize(1)).toBe('1 byte');
    expect(fileSize(1023)).toBe('1,023 bytes');
    expect(fileSize(1024 * 1024 - 1)).toBe('1.0 MB');
    expect(fileSize(1024 * 1024 * 1024 - 1)).toBe('1.0 GB');
  });

  it('writes whole units exactly without a tenth, and rounds the rest up so nothing over a limit reads as it', () => {
    expect(fileSize(1536)).toBe('1.5 KB');
    expect(fileSize(20 * 1024 * 1024)).toBe('20 MB');
    expect(fileSize(20 * 1024 * 1024 + 1)).toBe('20.1 MB');
  });
});
