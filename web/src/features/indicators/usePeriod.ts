import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { usePlan } from '../plan/usePlan';
import { parsePeriod, type Period } from './indicatorsView';
import { useLatestPeriod } from './useIndicators';

/**
 * The period every indicator page shows: `?period=` in the address (so a link or a reload keeps it), else the last
 * year with data, as progress answers without a period.
 */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const latest = useLatestPeriod();
  const plan = usePlan();
  const chosen = parsePeriod(params.get('period'));
  const latestPeriod = parsePeriod(latest.data);
  const period: Period | undefined = chosen ?? latestPeriod;
  const text = params.get('period') && chosen ? (params.get('period') ?? undefined) : latest.data;
  const setPeriod = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set('period', next);
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  const baseYear = plan.data?.baseYear ?? 2010;
  const targetYear = plan.data?.targetYear ?? 2015;
  // The last whole year the page may show: the period's own year, or the year before for a month or quarter.
  const lastFullYear = period
    ? Math.min(period.kind === 'year' ? period.year : period.year - 1, latestPeriod?.year ?? period.year)
    : undefined;
  return {
    lastFullYear,
    /** Canonical text (2013, 2013Q2, 2013-06); undefined while the latest year is being read. */
    text,
    period,
    latestYear: latestPeriod?.year,
    baseYear,
    targetYear,
    setPeriod,
    error: latest.error,
    /** A link to another indicator page that keeps the chosen period. */
    link: (path: string) => (chosen ? `${path}?period=${params.get('period') ?? ''}` : path),
  };
}
