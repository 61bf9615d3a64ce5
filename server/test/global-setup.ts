/** Says plainly which engine the suite runs on, and that the PostgreSQL run was skipped when it was. */
export default function setup(): void {
  if (process.env.TEST_DATABASE_URL) {
    console.log(`\n[beizeng] database tests run on PostgreSQL (TEST_DATABASE_URL is set)\n`);
  } else {
    console.log(
      '\n[beizeng] database tests run on SQLite. PostgreSQL: SKIPPED — TEST_DATABASE_URL is not set ' +
        '(`npm run test:pg` runs the same suite on PostgreSQL; CI does).\n',
    );
  }
}
