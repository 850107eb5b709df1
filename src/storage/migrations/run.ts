import type { Migration } from './index';

/** The chain must be 2, 3, … current with no gap or repeat, or some file versions could not be upgraded. */
export function checkMigrationChain(migrations: readonly Migration[], current: number): string | null {
  const expected = Array.from({ length: current - 1 }, (_, i) => i + 2);
  const actual = migrations.map((m) => m.to);
  if (actual.length !== expected.length || actual.some((to, i) => to !== expected[i])) {
    return `migrations must produce versions [${expected.join(', ')}] in order, found [${actual.join(', ')}]`;
  }
  return null;
}

/** Runs every step newer than the document's version, in order; each step sees the previous one's output. */
export function runMigrations(
  doc: Record<string, unknown>,
  fromVersion: number,
  migrations: readonly Migration[],
): Record<string, unknown> {
  let current = doc;
  for (const step of migrations) {
    if (step.to > fromVersion) current = { ...step.up(structuredClone(current)), schemaVersion: step.to };
  }
  return current;
}
