import { base64ToBytes } from '@x/core';

/** Whether an Authorization header carries the Basic credentials of one of `users` (name → password). */
export function basicAuthorised(header: string | null, users: Readonly<Record<string, string>>): boolean {
  if (!header?.startsWith('Basic ')) return false;
  try {
    const decoded = new TextDecoder().decode(base64ToBytes(header.slice(6).trim()));
    const i = decoded.indexOf(':');
    const user = decoded.slice(0, i);
    return i > 0 && Object.hasOwn(users, user) && users[user] === decoded.slice(i + 1);
  } catch {
    return false;
  }
}
