import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, onSignedOut, setCsrfToken, unwrap, type Schemas } from '../api/client';
import type { Me } from './roles';

export type SessionInfo = Schemas['SessionInfo'];

interface SessionContextValue {
  status: 'loading' | 'anonymous' | 'authenticated';
  user: Me | null;
  /**
   * True once the server said the session ended (idle too long, past its lifetime, logged out everywhere, account
   * disabled); the login page says so. Cleared by the next login.
   */
  ended: boolean;
  /** Logs in; throws the ApiError whose message the login page shows. */
  login: (login: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  /** Ends every session of the user on every device; resolves to how many ended. */
  logoutEverywhere: () => Promise<number>;
}

/** What the cache keeps: the session, or none and whether the server said one ended. */
interface SessionState {
  info: SessionInfo | null;
  ended: boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);
const sessionKey = ['session'] as const;
// The only cached answers everyone may see; everything else belonged to the person logged in.
const publicKeys = new Set(['session', 'plan']);

async function fetchSession(signal: AbortSignal): Promise<SessionState> {
  const state = unwrap(await api.GET('/api/v1/session', { signal }));
  // Not logged in, or the session ended: anonymous. Only pages that need a login send the person to log in (and
  // then say the session ended, when it did: a cookie was sent that no longer works).
  if (!state.user || !state.csrfToken) {
    setCsrfToken(null);
    return { info: null, ended: state.ended !== null && state.ended !== 'unknown' };
  }
  setCsrfToken(state.csrfToken);
  return { info: { user: state.user, csrfToken: state.csrfToken, expiresAt: state.expiresAt }, ended: false };
}

function forgetPrivateData(queryClient: QueryClient) {
  void queryClient.cancelQueries({ predicate: (query) => !publicKeys.has(String(query.queryKey[0])) });
  queryClient.removeQueries({ predicate: (query) => !publicKeys.has(String(query.queryKey[0])) });
}

/** Who is logged in: loaded once from GET /api/v1/session, then kept by login and logout. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Infinity,
  });

  const becomeAnonymous = useCallback(
    (ended: boolean) => {
      setCsrfToken(null);
      queryClient.setQueryData<SessionState>(sessionKey, { info: null, ended });
      forgetPrivateData(queryClient);
    },
    [queryClient],
  );

  // Any query or change refused with "session ended" ends it here too; guarded pages then send to the login page.
  useEffect(
    () =>
      onSignedOut((code) => {
        if (!queryClient.getQueryData<SessionState>(sessionKey)?.info) return;
        becomeAnonymous(code === 'session_ended');
      }),
    [queryClient, becomeAnonymous],
  );

  const login = useCallback(
    async (loginName: string, password: string) => {
      const info = unwrap(await api.POST('/api/v1/session', { body: { login: loginName, password } }));
      // Whatever the previous person of this tab could see is not for this one.
      forgetPrivateData(queryClient);
      setCsrfToken(info.csrfToken);
      queryClient.setQueryData<SessionState>(sessionKey, { info, ended: false });
      return info.user;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    const result = await api.DELETE('/api/v1/session');
    // 401: already ended on the server, which is what was asked.
    if (!result.response.ok && result.response.status !== 401) unwrap(result);
    becomeAnonymous(false);
  }, [becomeAnonymous]);

  const logoutEverywhere = useCallback(async () => {
    const result = await api.DELETE('/api/v1/sessions');
    const ended = result.response.status === 401 ? 0 : unwrap(result).ended;
    becomeAnonymous(false);
    return ended;
  }, [becomeAnonymous]);

  const user = session.data?.info?.user ?? null;
  const ended = session.data?.ended ?? false;
  const status = session.isPending ? 'loading' : user ? 'authenticated' : 'anonymous';
  const value = useMemo<SessionContextValue>(
    () => ({ status, user, ended, login, logout, logoutEverywhere }),
    [status, user, ended, login, logout, logoutEverywhere],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
