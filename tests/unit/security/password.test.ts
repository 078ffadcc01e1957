// Profile passwords: salted scrypt, checked in constant time, never stored as given.
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../engine/security/password.js';

describe('profile passwords', () => {
  it('hashes with a fresh salt each time and verifies only the same password', () => {
    const a = hashPassword('秘密 pass');
    const b = hashPassword('秘密 pass');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain('pass');
    expect(verifyPassword('秘密 pass', a)).toBe(true);
    expect(verifyPassword('秘密 pass', b)).toBe(true);
    expect(verifyPassword('秘密 Pass', a)).toBe(false);
    expect(verifyPassword('', a)).toBe(false);
  });

  it('treats the same text in another Unicode form as the same password', () => {
    expect(verifyPassword('e\u0301', hashPassword('\u00e9'))).toBe(true);
  });

  it('refuses a stored form it cannot read', () => {
    expect(verifyPassword('x', 'plain x')).toBe(false);
    expect(verifyPassword('x', 'bcrypt$1$2$3$4$5')).toBe(false);
  });
});
