import { holdsRight, type Right, roleLabel } from '@onestop/shared';
import type { ReactNode } from 'react';
import { useLocale } from '../locale/locale';
import { useSession } from '../session/session-context';

/** Props of {@link RequireRight}. */
export interface RequireRightProps {
  right: Right;
  children: ReactNode;
}

/** Shows the page to the roles that hold `right` and a plain "not allowed" to everyone else. */
export function RequireRight({ right, children }: RequireRightProps) {
  const { staff } = useSession();
  const { locale, text } = useLocale();
  if (holdsRight(staff.role, right)) return children;
  return (
    <p className="notice notice-error" role="alert">
      {text('guard.notAllowed', { role: roleLabel(staff.role, locale) })}
    </p>
  );
}
