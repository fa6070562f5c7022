/**
 * Gives the run its id. The migrated template database is made by the first test that needs it (in the
 * test's own module realm: MikroORM metadata loaded here would not be the tests' one).
 */
export default async function globalSetup(): Promise<void> {
  process.env.GRIDHR_TEST_RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;
}
