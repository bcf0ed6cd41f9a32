/**
 * A user's text as a literal operand of Prisma's `contains` / `startsWith` / `endsWith` (and
 * of `equals` with `mode: 'insensitive'`), or of a raw LIKE/ILIKE pattern: Prisma lowers these
 * to LIKE/ILIKE without escaping, so `%` and `_` would act as wildcards. PostgreSQL's default
 * LIKE escape character is the backslash, hence `\` itself is escaped too. Every filter that
 * matches user text goes through this one function.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
