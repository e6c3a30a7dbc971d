import type { ReactNode } from 'react';
import { RequireSignIn } from '../auth/RequireSignIn';
import { useSession } from '../auth/useSession';
import { OperatorsOnlyPage } from './OperatorsOnlyPage';

/**
 * Shows its children to signed-in operators; other people are told why they cannot go further,
 * and signed-out visitors are sent to sign in first. The server checks the role on every call too.
 */
export function RequireOperator({ children }: { children: ReactNode }) {
  const session = useSession();
  return <RequireSignIn>{session.data?.profile.role === 'operator' ? children : <OperatorsOnlyPage />}</RequireSignIn>;
}
