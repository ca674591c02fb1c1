// Its own module, importing nothing: builder.ts needs it, and ids.ts imports errors.ts, which imports the builder.

/** Every table's key is a PostgreSQL integer: a larger number names no row, and would fail inside the database. */
const MAX_ROW_ID = 2_147_483_647;

/** The row id inside a decoded global ID, or null when it cannot be one. */
export function rowIdOf(raw: string): number | null {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 && id <= MAX_ROW_ID ? id : null;
}
