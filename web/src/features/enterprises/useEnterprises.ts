import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type EnterpriseSummary = Schemas['EnterpriseSummary'];
export type EnterpriseDetail = Schemas['EnterpriseDetail'];

export interface EnterpriseQuery {
  region?: string;
  industry?: string;
  tag?: string;
  aboveScale?: 'true' | 'false';
  search?: string;
  page: number;
  pageSize: number;
}

/** The register within the person's scope, filtered and paged by the server. */
export function useEnterprises(query: EnterpriseQuery) {
  return useQuery({
    queryKey: ['enterprises', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/enterprises', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One enterprise with its classification history, returns and revisions; 404 outside the person's scope. */
export function useEnterprise(uscc: string) {
  return useQuery({
    queryKey: ['enterprises', uscc],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/enterprises/{uscc}', { params: { path: { uscc } }, signal })),
  });
}

/** The register's tags, as the API spells them. */
export const enterpriseTags = ['龙头企业', '专精特新', '高新技术企业'] as const;

/** Revisions name indicators as the files do (`output_value`); the pages label them by the API's field names. */
export function indicatorKey(indicator: string): string {
  return indicator.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The unit a figure is shown in: money in 万元, the others as stored. */
export function unitOfIndicator(key: string): 'wan' | 'persons' | 'tce' | 'mu' {
  return key === 'employees' ? 'persons' : key === 'energyTce' ? 'tce' : key === 'landMu' ? 'mu' : 'wan';
}

export type EnterpriseChanges = Schemas['UpdateEnterpriseBody'];

/** Edits an enterprise or rules on its SEI classification; the page shows the answer, the register refreshes. */
export function useUpdateEnterprise(uscc: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: EnterpriseChanges) =>
      unwrap(await api.PATCH('/api/v1/enterprises/{uscc}', { params: { path: { uscc } }, body })),
    onSuccess: async (enterprise) => {
      queryClient.setQueryData(['enterprises', uscc], enterprise);
      await queryClient.invalidateQueries({ queryKey: ['enterprises'], exact: false, refetchType: 'none' });
    },
  });
}
