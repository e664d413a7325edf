import { InvalidInputError } from '@app/workflow';

/** The shortest password accepted (NIST SP 800-63B asks for at least 8; officials' accounts reach case files, so 10). */
export const MINIMUM_PASSWORD_LENGTH = 10;
const MAXIMUM_PASSWORD_LENGTH = 200;

/** Passwords people reach for first; any of these, in any case, is refused. */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  'password123',
  'password1234',
  'passw0rd123',
  'qwertyuiop',
  'qwerty123456',
  '1qaz2wsx3edc',
  'abcd123456',
  'a123456789',
  'admin12345',
  'admin123456',
  'administrator',
  'iloveyou123',
  'woaini1314',
  'huzhou-demo',
]);

export type PasswordWeakness = 'too-short' | 'too-long' | 'contains-username' | 'too-few-distinct-characters' | 'common';

export class WeakPassword extends InvalidInputError {
  readonly code = 'WEAK_PASSWORD';
  constructor(readonly weaknesses: readonly PasswordWeakness[]) {
    super(`The password is refused: ${weaknesses.join(', ')}`, { weaknesses, minimumLength: MINIMUM_PASSWORD_LENGTH });
  }
}

/** What is wrong with `password` as the password of `username`; empty when it passes. */
export function passwordWeaknesses(password: string, username: string): PasswordWeakness[] {
  const found: PasswordWeakness[] = [];
  const length = [...password].length;
  if (length < MINIMUM_PASSWORD_LENGTH) found.push('too-short');
  if (length > MAXIMUM_PASSWORD_LENGTH) found.push('too-long');
  // A short username (ops, li) turns up inside good passwords by chance: only 4 characters and up count.
  if (username.length >= 4 && password.toLowerCase().includes(username.toLowerCase())) found.push('contains-username');
  if (new Set(password).size < 4) found.push('too-few-distinct-characters');
  if (COMMON_PASSWORDS.has(password.toLowerCase())) found.push('common');
  return found;
}

/** Throws WeakPassword unless `password` passes the policy for `username`. */
export function assertPasswordAcceptable(password: string, username: string): void {
  const weaknesses = passwordWeaknesses(password, username);
  if (weaknesses.length > 0) throw new WeakPassword(weaknesses);
}

export class PasswordUnchanged extends InvalidInputError {
  readonly code = 'PASSWORD_UNCHANGED';
  constructor() {
    super('The new password must differ from the current one');
  }
}
