import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes): slow enough to make guessing stolen hashes costly. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the login does not exist keeps the answer time the same, so timing does not tell
// which logins exist.
let dummyHash: Promise<string> | undefined;
export async function verifyNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  await verifyPassword(await dummyHash, password);
}

export interface PasswordProblem {
  zh: string;
  en: string;
}

const COMMON = new Set(['password123', '1234567890', 'qwertyuiop', 'abc1234567', 'admin12345', 'password1234']);

/** The password rules: at least 10 characters, letters and digits, not the login, not a well-known password. */
export function passwordProblems(password: string, login: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < 10) problems.push({ zh: '密码至少10位', en: 'at least 10 characters' });
  if (password.length > 200) problems.push({ zh: '密码最多200位', en: 'at most 200 characters' });
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    problems.push({ zh: '密码须同时包含字母和数字', en: 'must contain letters and digits' });
  }
  if (login && password.toLowerCase().includes(login.toLowerCase())) {
    problems.push({ zh: '密码不得包含登录名', en: 'must not contain the login' });
  }
  if (COMMON.has(password.toLowerCase())) problems.push({ zh: '密码过于常见', en: 'too common' });
  return problems;
}
