import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** The plan as loaded in the database (GET /api/v1/plan); shared by the layout and the overview page. */
export function usePlan() {
  return useQuery({
    queryKey: ['plan'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/plan', { signal })),
    staleTime: 5 * 60_000,
  });
}
