import { Tag, Tooltip } from 'antd';
import { useLocale } from '../../i18n';
import { statusColor, type Status } from './indicatorsView';

/** A target's status in words on its colour: 已达成 / 符合进度 green, 有风险 amber, 滞后 red, 无数据 grey. */
export function StatusTag({ status }: { status: Status }) {
  const { t } = useLocale();
  return (
    <Tooltip title={t.indicators.statusHelp[status]}>
      <Tag
        bordered={false}
        style={{
          marginInlineEnd: 0,
          background: statusColor[status],
          color: status === 'at_risk' || status === 'no_data' ? '#1f1f1f' : '#ffffff',
          fontWeight: 500,
        }}
        data-status={status}
      >
        {t.indicators.status[status]}
      </Tag>
    </Tooltip>
  );
}

/** The colours and words of every status, for a legend. */
export function StatusLegend() {
  const statuses: Status[] = ['met', 'on_track', 'at_risk', 'off_track', 'no_data'];
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 8 }} data-testid="status-legend">
      {statuses.map((s) => (
        <StatusTag key={s} status={s} />
      ))}
    </span>
  );
}
