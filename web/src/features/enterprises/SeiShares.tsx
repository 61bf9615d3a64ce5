import { Typography } from 'antd';
import { formatPercent } from '../../format';
import { useLocale } from '../../i18n';
import { IndustryTag } from '../plan/IndustryTag';
import { industryColor, namesOf } from '../plan/planView';
import { usePlan } from '../plan/usePlan';

/** An enterprise's SEI industries as tags on their map colour, each with its share: "新材料 60%". */
export function SeiShares({ shares }: { shares: { industryCode: string; share: number }[] }) {
  const { t, locale, localize } = useLocale();
  const plan = usePlan();
  if (shares.length === 0) return <Typography.Text type="secondary">{t.enterprises.notSei}</Typography.Text>;
  const names = plan.data ? namesOf(plan.data, localize) : undefined;
  return (
    <span>
      {shares.map((s) => (
        <IndustryTag
          key={s.industryCode}
          name={`${names?.industry(s.industryCode) ?? s.industryCode} ${formatPercent(s.share, locale)}`}
          color={plan.data ? industryColor(plan.data, s.industryCode) : '#999999'}
        />
      ))}
    </span>
  );
}
