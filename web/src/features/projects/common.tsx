import { Tag, Tooltip } from 'antd';
import { formatAmount, formatPercent } from '../../format';
import { useLocale } from '../../i18n';
import { stageColors, type FlagReason, type Stage } from './useProjects';

/** Money in 万元 (English: millions), as every project page shows it. */
export function useMoney() {
  const { locale } = useLocale();
  return (yuan: number) => formatAmount(yuan, '万元', locale);
}

export function usePercent() {
  const { locale, t } = useLocale();
  return (fraction: number | null | undefined) =>
    fraction === null || fraction === undefined ? t.app.none : formatPercent(fraction, locale, 1);
}

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useLocale();
  return <Tag color={stageColors[stage]}>{t.projects.stages[stage]}</Tag>;
}

/** The red flag or yellow card with its reasons on hover. */
export function FlagTag({ flag, reasons }: { flag: 'red' | 'yellow' | null; reasons: FlagReason[] }) {
  const { t } = useLocale();
  const percent = usePercent();
  if (!flag) return null;
  const pt = t.projects;
  const text = reasons
    .map((r) =>
      r.code === 'investment_behind'
        ? pt.reasons.investment_behind(percent(r.ratio ?? 0))
        : pt.reasons[r.code](r.plannedOn ?? '', r.daysLate ?? 0),
    )
    .join('；');
  return (
    <Tooltip title={text}>
      <Tag color={flag === 'red' ? 'red' : 'gold'} data-testid={`flag-${flag}`}>
        {pt.flags[flag]}
      </Tag>
    </Tooltip>
  );
}
