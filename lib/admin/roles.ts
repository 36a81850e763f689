/** admin: everything, including accounts. editor: the catalog only. */
export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', editor: 'Editor' };

/** Reads a stored role; anything unknown is no role at all (and opens nothing). */
export function parseRole(value: string | null | undefined): Role | null {
  return (ROLES as readonly string[]).includes(value ?? '') ? (value as Role) : null;
}

/** True when `role` may do what `required` may: an admin may do everything an editor may. */
export function roleAllows(role: Role | null, required: Role): boolean {
  if (role === null) return false;
  return role === 'admin' || role === required;
}
