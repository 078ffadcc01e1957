// Profile passwords: stored only as a salted scrypt hash (node:crypto), checked in constant time.
// The stored form names its parameters, so that stronger ones later still read older hashes.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** scrypt's cost (2^14, 8, 1: OWASP's minimum, about 50 ms here), in every hash it makes. */
const N = 16384;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

/** 'scrypt$N$r$p$salt$hash' with base64 salt and hash; a fresh 16-byte salt every time. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_BYTES, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Whether `password` is the one `stored` was made from; false for a stored form it cannot read. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
