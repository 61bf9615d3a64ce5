import { describe, expect, it } from 'vitest';
import { buildUscc, organisationCheckCharacter, usccCheckCharacter, usccProblem } from './uscc.js';

describe('unified social credit code (GB 32100)', () => {
  // Worked by hand: 91330400 + 12345678 + 9 → Σ value × weight over the 17 characters.
  it('computes the check character from the weighted sum mod 31', () => {
    const first17 = '91330400123456789';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = [...first17].reduce((s, ch, i) => s + alphabet.indexOf(ch) * (weights[i] ?? 0), 0);
    expect(sum).toBe(
      9 * 1 +
        1 * 3 +
        3 * 9 +
        3 * 27 +
        0 +
        4 * 26 +
        0 +
        0 +
        1 * 20 +
        2 * 29 +
        3 * 25 +
        4 * 13 +
        5 * 8 +
        6 * 24 +
        7 * 10 +
        8 * 30 +
        9 * 28,
    );
    expect(usccCheckCharacter(first17)).toBe(alphabet[(31 - (sum % 31)) % 31]);
  });

  it('accepts a published code and rejects it with one character changed', () => {
    // 91110000600037341L: a widely published registration (an enterprise in Beijing).
    expect(usccProblem('91110000600037341L')).toBeUndefined();
    expect(usccProblem('91110000600037341M')).toBe('check_character');
    expect(usccProblem('91110000600037342L')).toBe('check_character');
    expect(usccProblem('9111000060003734L')).toBe('length');
    expect(usccProblem('91110000600037341I')).toBe('alphabet');
  });

  it('computes the organisation code check digit (GB 11714), including X and 0', () => {
    // D85-value: Σ(3,7,9,10,5,8,4,2 × 6,0,0,0,3,7,3,4) = 18+0+0+0+15+56+12+8 = 109; 11 − 109 mod 11 = 1
    expect(organisationCheckCharacter('60003734')).toBe('1');
    expect(organisationCheckCharacter('6000373')).toBeUndefined();
  });

  it('builds codes that validate', () => {
    for (const body of ['MA28A123', '12345678', '7A3B2C1D']) {
      const code = buildUscc('330402', body);
      expect(code).toHaveLength(18);
      expect(code.slice(2, 8)).toBe('330402');
      expect(usccProblem(code)).toBeUndefined();
    }
  });
});
