import { Tag, Tooltip, Typography } from 'antd';
import { useLocale } from '../../i18n';
import { IndustryTag } from '../plan/IndustryTag';
import { industryColor, namesOf } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import type { Focus } from './useCounties';

/** A county's focus industries: their tags in the plan's colours, 默认值·可修改 or 县定, and the note. */
export function FocusIndustries({ focus, showNote = true }: { focus: Focus; showNote?: boolean }) {
  const { t, localize } = useLocale();
  const plan = usePlan().data;
  const name = (code: string) => (plan ? namesOf(plan, localize).industry(code) : code);
  const color = (code: string) => (plan ? industryColor(plan, code) : '#999999');
  const ct = t.counties;
  if (focus.industryCodes.length === 0) return <Typography.Text type="secondary">{ct.noFocus}</Typography.Text>;
  return (
    <div>
      {focus.industryCodes.map((code) => (
        <IndustryTag key={code} name={name(code)} color={color(code)} />
      ))}
      {focus.basis === 'default' ? (
        <Tooltip title={ct.basisDefaultHelp}>
          <Tag color="gold" style={{ marginBlock: 2 }} data-testid="focus-basis">
            {ct.basisDefault}
          </Tag>
        </Tooltip>
      ) : (
        <Tag color="green" style={{ marginBlock: 2 }} data-testid="focus-basis">
          {ct.basisStated}
        </Tag>
      )}
      {showNote && focus.note ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
          {ct.note}
          {t.format.labelSeparator}
          <span lang="zh-CN">{focus.note}</span>
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
