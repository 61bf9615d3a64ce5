import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/openapi';

type Ok<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

export type ProgressResponse = Ok<'/api/v1/progress'>;
export type ProgressItem = ProgressResponse['items'][number];
export type Status = ProgressItem['status'];
export type Figure = Ok<'/api/v1/figures'>['items'][number];
export type ContributorList = Ok<'/api/v1/figures/contributors'>;
export type Contributor = ContributorList['items'][number];
export type Warning = Ok<'/api/v1/warnings'>['items'][number];
export type Cascade = Ok<'/api/v1/targets/{id}/cascade'>;
export type CascadeRow = Cascade['rows'][number];

// Figures change only when an import lands: a minute of freshness keeps page changes instant.
const staleTime = 60_000;

/** Every target's progress at a period (default: the last year with data) for the city or a county. */
export function useProgress(query: { period?: string | undefined; region?: string | undefined; industry?: string }) {
  return useQuery({
    queryKey: ['indicators', 'progress', query.period ?? null, query.region ?? null, query.industry ?? null],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/progress', {
          params: {
            query: {
              ...(query.period ? { period: query.period } : {}),
              ...(query.region ? { region: query.region } : {}),
              ...(query.industry ? { industry: query.industry } : {}),
            },
          },
          signal,
        }),
      ),
    staleTime,
  });
}

/** The last year with data: what progress answers without a period. */
export function useLatestPeriod() {
  const progress = useProgress({});
  return { ...progress, data: progress.data?.period };
}

/** Progress at each of the years (one request a year; the server answers each from the cube). */
export function useYearlyProgress(years: readonly number[], region?: string) {
  return useQueries({
    queries: years.map((year) => ({
      queryKey: ['indicators', 'progress', String(year), region ?? null, null],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          await api.GET('/api/v1/progress', {
            params: { query: { period: String(year), ...(region ? { region } : {}) } },
            signal,
          }),
        ),
      staleTime,
    })),
    combine: (results) => ({
      byYear: new Map(
        results.flatMap((r, i) => (r.data && years[i] !== undefined ? [[years[i], r.data] as const] : [])),
      ),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
    }),
  });
}

export function useFigures(query: {
  period: string | undefined;
  regions?: string[];
  industries?: string[];
  codes?: string[];
}) {
  return useQuery({
    queryKey: ['indicators', 'figures', query],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/figures', {
          params: {
            query: {
              period: query.period ?? '',
              ...(query.regions ? { regions: query.regions.join(',') } : {}),
              ...(query.industries ? { industries: query.industries.join(',') } : {}),
              ...(query.codes ? { codes: query.codes.join(',') } : {}),
            },
          },
          signal,
        }),
      ).items,
    enabled: query.period !== undefined,
    staleTime,
  });
}

export function useTrend(query: {
  region?: string;
  industry?: string;
  code: string;
  from: string;
  to: string | undefined;
}) {
  return useQuery({
    queryKey: ['indicators', 'trend', query],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/figures/trend', {
          params: {
            query: {
              code: query.code,
              from: query.from,
              to: query.to ?? query.from,
              ...(query.region ? { region: query.region } : {}),
              ...(query.industry ? { industry: query.industry } : {}),
            },
          },
          signal,
        }),
      ).items,
    enabled: query.to !== undefined,
    staleTime,
  });
}

/** One figure per county and zone the person may read (the map). */
export function useCountyFigures(query: { period: string | undefined; industry?: string; code: string }) {
  return useQuery({
    queryKey: ['indicators', 'counties', query],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/figures/counties', {
          params: {
            query: {
              period: query.period ?? '',
              code: query.code,
              ...(query.industry ? { industry: query.industry } : {}),
            },
          },
          signal,
        }),
      ).items,
    enabled: query.period !== undefined,
    staleTime,
  });
}

/** Progress of every county at one period (the map coloured by status): one request per county. */
export function useCountyProgress(regions: readonly string[], period: string | undefined) {
  return useQueries({
    queries: regions.map((region) => ({
      queryKey: ['indicators', 'progress', period ?? null, region, null],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(await api.GET('/api/v1/progress', { params: { query: { period: period ?? '', region } }, signal })),
      enabled: period !== undefined,
      staleTime,
    })),
    combine: (results) => ({
      byRegion: new Map(
        results.flatMap((r, i) => (r.data && regions[i] !== undefined ? [[regions[i], r.data] as const] : [])),
      ),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
    }),
  });
}

export function useContributors(query: {
  period: string | undefined;
  region?: string;
  industry?: string;
  code?: string;
  limit?: number;
}) {
  return useQuery({
    queryKey: ['indicators', 'contributors', query],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/figures/contributors', {
          params: {
            query: {
              period: query.period ?? '',
              limit: query.limit ?? 15,
              ...(query.region ? { region: query.region } : {}),
              ...(query.industry ? { industry: query.industry } : {}),
              ...(query.code ? { code: query.code } : {}),
            },
          },
          signal,
        }),
      ),
    enabled: query.period !== undefined,
    staleTime,
  });
}

export function useWarnings(period: string | undefined) {
  return useQuery({
    queryKey: ['indicators', 'warnings', period ?? null],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/warnings', { params: { query: period ? { period } : {} }, signal })),
    enabled: period !== undefined,
    staleTime,
  });
}

export function useCascade(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['indicators', 'cascade', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/targets/{id}/cascade', { params: { path: { id } }, signal })),
    enabled,
    staleTime,
    retry: false,
  });
}
