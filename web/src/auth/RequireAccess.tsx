import type { ReactNode } from 'react';
import { Card, Skeleton } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { Forbidden } from '../components/RouteStates';
import { useT } from '../i18n';
import { hasRole, type Role } from './roles';
import { useSession } from './session';

/** What the login page is told: where to return to, and why the person was sent there. */
export interface LoginState {
  from?: string;
  reason?: 'ended' | 'required';
}

/**
 * A page for logged-in people, optionally only some roles. Anonymous visitors go to the login page and come back;
 * a person without the role sees the 403 page. The server checks again on every request: this only words it.
 */
export function RequireAccess({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <Card aria-busy="true" title={t.session.checking}>
        <Skeleton active />
      </Card>
    );
  }
  if (!session.user) {
    const state: LoginState = {
      from: `${location.pathname}${location.search}`,
      reason: session.ended ? 'ended' : 'required',
    };
    return <Navigate to="/login" replace state={state} />;
  }
  if (roles && !hasRole(session.user, ...roles)) return <Forbidden />;
  return children;
}
