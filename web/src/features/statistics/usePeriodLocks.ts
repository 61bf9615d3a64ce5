import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type PeriodLock = Schemas['PeriodLock'];

/** 2014, 2014Q2 or 2014-06: the periods the server locks. */
export const PERIOD = /^\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** The locked periods: imports into them are refused. */
export function usePeriodLocks() {
  return useQuery({
    queryKey: ['period-locks'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/period-locks', { signal })),
  });
}

/** Locks a period with its reason (the office only); the list refreshes. */
export function useLockPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['LockBody']) => unwrap(await api.POST('/api/v1/period-locks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['period-locks'] }),
  });
}

/** Unlocks a period (the office only); the list refreshes. */
export function useUnlockPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (period: string) => {
      const result = await api.DELETE('/api/v1/period-locks/{period}', { params: { path: { period } } });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['period-locks'] }),
  });
}
