import type { ReactNode } from 'react';
import { RequireSignIn } from '../auth/RequireSignIn';
import { useSession } from '../auth/useSession';
import { RecruitersOnlyPage } from './RecruitersOnlyPage';

/** Shows its children to signed-in recruiters; others are told why, signed-out visitors sign in first. The server checks the role too. */
export function RequireRecruiter({ children }: { children: ReactNode }) {
  const session = useSession();
  return <RequireSignIn>{session.data?.profile.role === 'recruiter' ? children : <RecruitersOnlyPage />}</RequireSignIn>;
}
