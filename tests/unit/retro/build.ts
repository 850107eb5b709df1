import { RetroSchema, type Retro, type RetroCard } from '../../../src/domain/retro/schema';
import { BUILT_IN_TEMPLATES } from '../../../src/domain/retro/templates';

const T0 = '2026-11-20T10:00:00.000Z';
let seq = 0;

export function card(columnId: string, text: string, extra: Partial<RetroCard> = {}): RetroCard {
  return { id: `card-${++seq}`, columnId, text, groupId: null, createdAt: T0, ...extra };
}

/** An ops retro with the given cards; everything else defaulted through the real schema. */
export function retro(extra: Partial<Retro> = {}): Retro {
  const ops = BUILT_IN_TEMPLATES.find((t) => t.id === 'ops')!;
  return RetroSchema.parse({
    id: `retro-${++seq}`,
    title: 'Retro — Sprint 7',
    templateName: ops.name,
    columns: ops.columns,
    phase: 'checkin',
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  });
}
