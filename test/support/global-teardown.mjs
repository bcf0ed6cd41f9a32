import pg from 'pg';

export default async function globalTeardown() {
  const admin = new pg.Client({ connectionString: process.env.TERREN_TEST_SERVER });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${process.env.TERREN_TEST_TEMPLATE_DB}" WITH (FORCE)`);
  await admin.end();
}
