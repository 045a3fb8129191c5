import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { RoleEnum } from '../api/generated';
import { Forbidden, Loading } from '../components/Status';
import { useAppSelector } from '../hooks';
import { hasRole } from './authSlice';

/**
 * Guards a group of routes: waits for the session, sends anonymous visitors to sign in, refuses other roles. The
 * screens behind it are loaded on first use, so it also waits for their code.
 */
export function RequireRole({ roles }: { roles?: readonly RoleEnum[] }) {
  const { status, user } = useAppSelector((state) => state.auth);
  const location = useLocation();
  if (status === 'restoring') return <Loading />;
  if (status !== 'signedIn') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!hasRole(user, roles)) return <Forbidden />;
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}
