/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters — registration authority (1),
 * entity kind (1), GB/T 2260 region (6), organisation code (9, GB 11714, with its own check digit), check (1).
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // 31 characters: no I, O, S, V, Z
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character for the first 17, or undefined when they hold a character outside the code's alphabet. */
export function usccCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** The organisation code's check digit (GB 11714) for its first 8 characters. */
export function organisationCheckCharacter(first8: string): string | undefined {
  if (!/^[0-9A-Z]{8}$/.test(first8)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const ch = first8[i] ?? '0';
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // A = 10 … Z = 35
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export type UsccProblem = 'length' | 'alphabet' | 'check_character';

/** Why a code is not a valid USCC, or undefined when it is. */
export function usccProblem(code: string): UsccProblem | undefined {
  if (code.length !== 18) return 'length';
  if (![...code].every((ch) => ALPHABET.includes(ch))) return 'alphabet';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? undefined : 'check_character';
}

/** Builds a valid code from a region and an 8-character organisation body (for synthetic data). */
export function buildUscc(region: string, organisationBody: string): string {
  const orgCheck = organisationCheckCharacter(organisationBody);
  if (!orgCheck || !/^\d{6}$/.test(region)) throw new Error(`cannot build a USCC from ${region}/${organisationBody}`);
  const first17 = `91${region}${organisationBody}${orgCheck}`;
  const check = usccCheckCharacter(first17);
  if (!check) throw new Error(`cannot build a USCC from ${first17}`);
  return first17 + check;
}
