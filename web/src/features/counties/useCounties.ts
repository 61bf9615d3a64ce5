import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type County = Schemas['County'];
export type AuditEvent = Schemas['AuditEvent'];
export type Focus = County['focusIndustries'];

/** The counties the person may see; the server filters by their scope. */
export function useCounties() {
  return useQuery({
    queryKey: ['counties'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/counties', { signal })),
  });
}

/** One county's workspace; 404 when it does not exist or is not the person's. */
export function useCounty(code: string) {
  return useQuery({
    queryKey: ['counties', code],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/counties/{code}', { params: { path: { code } }, signal })),
  });
}

/** Who changed the county's focus industries, when, before and after. */
export function useCountyHistory(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['counties', code, 'history'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/counties/{code}/history', { params: { path: { code } }, signal })),
    enabled,
  });
}

/** States the county's 1–2 focus industries; the county, the list, its history and the plan overview refresh. */
export function useSetFocusIndustries(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['FocusIndustriesBody']) =>
      unwrap(await api.PUT('/api/v1/counties/{code}/focus-industries', { params: { path: { code } }, body })),
    onSuccess: async (county) => {
      queryClient.setQueryData(['counties', code], county);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['counties'] }),
        queryClient.invalidateQueries({ queryKey: ['plan'] }),
      ]);
    },
  });
}

/** A focus-industry value from the audit trail (`before`/`after` are whatever was recorded, so check it). */
export function asFocus(value: unknown): Focus | null {
  if (typeof value !== 'object' || value === null) return null;
  const { industryCodes, basis, note } = value as Record<string, unknown>;
  if (!Array.isArray(industryCodes) || !industryCodes.every((c) => typeof c === 'string')) return null;
  return {
    industryCodes: industryCodes as string[],
    basis: basis === 'stated' ? 'stated' : 'default',
    note: typeof note === 'string' ? note : null,
  };
}
