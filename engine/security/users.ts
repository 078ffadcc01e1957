// The workspace's user profiles (table users, migrations/m009_security.ts). A workspace without
// profiles is one person's; once it has some, the first is an administrator and the last enabled
// administrator stays one, so that nobody locks the workspace's management away.
import { EngineError } from '../api/errors.js';
import type { UserInfo } from '../api/securityTypes.js';
import type { Actor, Role } from '../api/types.js';
import type { Db } from '../store/database.js';
import { hashPassword, verifyPassword } from './password.js';

interface UserRow {
  name: string;
  role: Role;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

const toInfo = (row: UserRow): UserInfo => ({
  name: row.name,
  role: row.role,
  hasPassword: row.password_hash !== null,
  disabled: row.disabled_at !== null,
  createdAt: row.created_at,
});

function rows(db: Db): UserRow[] {
  return db.prepare('SELECT name, role, password_hash, created_at, disabled_at FROM users ORDER BY name').all() as UserRow[];
}

export function listUsers(db: Db): UserInfo[] {
  return rows(db).map(toInfo);
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

function find(db: Db, name: string): UserRow {
  const row = rows(db).find((r) => r.name === name);
  if (!row) throw new EngineError('users.not_found', `There is no profile named ${name} in this workspace.`, { name });
  return row;
}

/** Refuses a change that leaves the workspace's profiles without an enabled administrator. */
function keepAnAdministrator(db: Db, name: string): void {
  const admins = rows(db).filter((r) => r.role === 'administrator' && r.disabled_at === null);
  if (admins.length === 0) {
    throw new EngineError(
      'users.last_administrator',
      `${name} is the last administrator: make another profile an administrator before removing, disabling or demoting this one.`,
      { name },
    );
  }
}

export interface UserInput {
  name: string;
  role: Role;
  disabled: boolean;
  password?: string;
}

/** Adds a profile, or changes one's role and disabled state (and password when one is given). */
export function saveUser(db: Db, input: UserInput): UserInfo[] {
  db.transaction(() => {
    const exists = rows(db).some((r) => r.name === input.name);
    if (!exists && countUsers(db) === 0 && input.role !== 'administrator') {
      throw new EngineError(
        'users.first_not_administrator',
        'The first profile of a workspace must be an administrator, so that someone can always manage the profiles.',
        { name: input.name },
      );
    }
    const now = new Date().toISOString();
    const hash = input.password !== undefined ? hashPassword(input.password) : null;
    if (exists) {
      db.prepare(
        `UPDATE users SET role = ?, disabled_at = CASE WHEN ? THEN coalesce(disabled_at, ?) ELSE NULL END,
           password_hash = coalesce(?, password_hash) WHERE name = ?`,
      ).run(input.role, input.disabled ? 1 : 0, now, hash, input.name);
    } else {
      db.prepare('INSERT INTO users (name, role, password_hash, created_at, disabled_at) VALUES (?, ?, ?, ?, ?)').run(
        input.name,
        input.role,
        hash,
        now,
        input.disabled ? now : null,
      );
    }
    keepAnAdministrator(db, input.name);
  })();
  return listUsers(db);
}

/** Removes a profile; the last enabled administrator stays. */
export function deleteUser(db: Db, name: string): UserInfo[] {
  db.transaction(() => {
    find(db, name);
    db.prepare('DELETE FROM users WHERE name = ?').run(name);
    // Removing every profile is allowed: the workspace becomes one person's again.
    if (countUsers(db) > 0) keepAnAdministrator(db, name);
  })();
  return listUsers(db);
}

/** Sets a profile's password, or removes it (null: signing in needs none). */
export function setUserPassword(db: Db, name: string, password: string | null): UserInfo[] {
  find(db, name);
  db.prepare('UPDATE users SET password_hash = ? WHERE name = ?').run(password === null ? null : hashPassword(password), name);
  return listUsers(db);
}

/**
 * Who signs in with `name` and `password`: an enabled profile whose password matches (or that has
 * none). The same refusal for every failure, so that it does not tell which profiles exist.
 */
export function authenticate(db: Db, name: string, password: string | undefined): Actor {
  const row = rows(db).find((r) => r.name === name && r.disabled_at === null);
  const ok = row && (row.password_hash === null || (password !== undefined && verifyPassword(password, row.password_hash)));
  if (!row || !ok) {
    throw new EngineError('session.bad_credentials', `No enabled profile ${name} with that password. Check the name and the password, and try again.`, { name });
  }
  return { name: row.name, role: row.role };
}
