import { roleLabel, type StaffRole } from '@onestop/shared';
import type { ReactNode } from 'react';
import { useLocale } from '../locale/locale';
import { useSession } from '../session/session-context';
import { roleMayOpen } from './route-roles';

/** Props of {@link RequireRole}. */
export interface RequireRoleProps {
  allowed: readonly StaffRole[];
  children: ReactNode;
}

/** Shows the page to the allowed roles and a plain "not allowed" to everyone else. */
export function RequireRole({ allowed, children }: RequireRoleProps) {
  const { staff } = useSession();
  const { locale, text } = useLocale();
  if (roleMayOpen(staff.role, allowed)) return children;
  return (
    <p className="notice notice-error" role="alert">
      {text('guard.notAllowed', { role: roleLabel(staff.role, locale) })}
    </p>
  );
}
