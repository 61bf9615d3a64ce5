import { countyCodesOf, hasRole } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { cityOf, isCounty, type Region } from '../plan/planView';
import { usePlan } from '../plan/usePlan';

/** The city and the counties whose figures the person may read: all for the office and leaders, else their own. */
export function useReadableCounties(): { city: Region | undefined; counties: Region[] } {
  const plan = usePlan();
  const { user } = useSession();
  const all = (plan.data?.regions ?? []).filter(isCounty).sort((a, b) => a.code.localeCompare(b.code));
  const own = countyCodesOf(user);
  const counties = hasRole(user, 'admin', 'leader') ? all : all.filter((c) => own.includes(c.code));
  return { city: plan.data ? cityOf(plan.data) : undefined, counties };
}
