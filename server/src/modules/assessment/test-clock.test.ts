import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../config.js';
import { shiftedClock } from './test-clock.js';

describe('the test clock hook (BEIZENG_TEST_CLOCK_FILE)', () => {
  it('shifts the time by the days in the file, read at every call; no file or no number: no shift', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-clock-'));
    const file = path.join(dir, 'clock');
    const now = shiftedClock(file);
    const near = (d: Date, days: number) => Math.abs(d.getTime() - (Date.now() + days * 86_400_000)) < 5_000;
    expect(near(now(), 0)).toBe(true);
    fs.writeFileSync(file, '2');
    expect(near(now(), 2)).toBe(true);
    fs.writeFileSync(file, '0.5\n');
    expect(near(now(), 0.5)).toBe(true);
    fs.writeFileSync(file, 'soon');
    expect(near(now(), 0)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is off unless the environment names a file', () => {
    expect(readConfig({}).testClockFile).toBeUndefined();
    expect(readConfig({ BEIZENG_TEST_CLOCK_FILE: '/tmp/c' }).testClockFile).toBe('/tmp/c');
  });
});
