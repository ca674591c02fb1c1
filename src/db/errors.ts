/** What the drivers (postgres.js, PGlite) say of a failed statement, read the same way for both. */

/**
 * The database error with one of these SQLSTATEs (without `codes`: the first error with any code, the driver's or
 * Node's) in an error's cause chain (drizzle wraps the driver's).
 */
export function databaseError(
  error: unknown,
  codes?: ReadonlySet<string>,
): { code: string; message: string; constraint_name?: string; constraint?: string; detail?: string; hint?: string } | null {
  for (let e: any = error; e; e = e.cause) {
    if (typeof e.code === 'string' && (!codes || codes.has(e.code))) return e;
  }
  return null;
}
