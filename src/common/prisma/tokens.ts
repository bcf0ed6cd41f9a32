/** DI token of the application's Prisma client. Only repositories inject it. */
export const PRISMA = Symbol('PRISMA');
/** DI token of the database handle (server or embedded PostgreSQL). */
export const DATABASE = Symbol('DATABASE');
