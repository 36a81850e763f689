import type { Role } from './roles';

interface UserUpdate {
  role?: Role;
  disabled?: boolean;
}

/** Changes nobody may make to their own account, whatever their role: locking themselves out. */
export function userUpdateRefusal(actorId: string, targetId: string, update: UserUpdate): { code: string; message: string } | null {
  if (actorId !== targetId) return null;
  if (update.disabled === true) return { code: 'cannot_disable_self', message: 'You cannot disable your own account' };
  if (update.role !== undefined && update.role !== 'admin') return { code: 'cannot_demote_self', message: 'You cannot remove your own admin role' };
  return null;
}
