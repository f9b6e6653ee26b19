/**
 * Expected failures are values, bugs throw (docs/design.md §8).
 * A function that can fail for a reason the caller must handle returns a Result.
 */
export type Result<T, E extends { type: string }> =
  | { ok: true; value: T }
  | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E extends { type: string }>(error: E): { ok: false; error: E } => ({
  ok: false,
  error,
});
