import fs from 'node:fs';

/**
 * The clock of the assessment's notice window when `BEIZENG_TEST_CLOCK_FILE` names a file (a test hook for the
 * browser journeys, which cannot wait a day for a 公示 to end; never set it in production): the real time shifted by
 * the number of days written in the file, read at every call (absent, empty or not a number: no shift). The e2e
 * journey writes `2` to it to move past a one-day notice window while the server runs.
 */
export function shiftedClock(file: string): () => Date {
  return () => {
    let days: number;
    try {
      const text = fs.readFileSync(file, 'utf8').trim();
      days = text === '' ? 0 : Number(text);
    } catch {
      days = 0;
    }
    return new Date(Date.now() + (Number.isFinite(days) ? days : 0) * 86_400_000);
  };
}
