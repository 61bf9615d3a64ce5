import { useCallback } from 'react';
import { usePlan } from '../features/plan/usePlan';
import { useLocale } from '../i18n';
import type { RoleGrant } from './roles';

/** A role in words, with its county's name or its enterprise's code: "县（市、区）经信部门 · 嘉善县". */
export function useRoleLabel(): (grant: RoleGrant) => string {
  const { t, localize } = useLocale();
  const plan = usePlan();
  const regions = plan.data?.regions;
  return useCallback(
    (grant: RoleGrant) => {
      const role = t.roles[grant.role];
      if (grant.role === 'county' && grant.regionCode) {
        const region = regions?.find((r) => r.code === grant.regionCode);
        return `${role} · ${region ? localize(region.name) : grant.regionCode}`;
      }
      if (grant.role === 'enterprise' && grant.enterpriseUscc) return `${role} · ${grant.enterpriseUscc}`;
      return role;
    },
    [t, localize, regions],
  );
}
