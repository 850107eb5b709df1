import type { z } from 'zod';
import type { ErrorCode, FieldIssue } from '../domain/shared/errors';

/** One api method: the schema of its single input object, and (as a type only) its result. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom field carrying the result type; never set at run time. */
  readonly output?: O;
}

/** `method<Result>()(inputSchema)`: curried so the result type is explicit and the input is inferred. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

export type ApiError = { code: ErrorCode; message: string; issues: FieldIssue[] };
export type Envelope<O> = { ok: true; value: O } | { ok: false; error: ApiError };

export type InputOf<S> = S extends MethodSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type OutputOf<S> = S extends MethodSpec<z.ZodType, infer O> ? O : never;
