import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readExport, type ReadExport, type ReadOptions } from '../../../src/domain/imports/read-export';

export const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'imports');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** Reads a fixture as the screen and the command line do; fails the test when it is refused. */
export function readFixture(name: string, options: Partial<ReadOptions> = {}): ReadExport {
  const result = readExport(name, fixtureBytes(name), { scale: 'fibonacci', ...options });
  if (!result.ok) throw new Error(result.message);
  return result.read;
}
