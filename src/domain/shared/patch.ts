import { z } from 'zod';

type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<S[K]> };

/**
 * The input of a change to some fields of an object: every field optional, and a field left out stays
 * out. zod's `.partial()` keeps each field's `.default()`, so a save naming one setting would fill the
 * defaults into all the others and write them over the stored values.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const bare = field instanceof z.ZodDefault ? field.removeDefault() : field;
      return [key, z.optional(bare)];
    }),
  );
  // The types stay those of the fields with defaults (their output has no `undefined` either way).
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}
