import type { CSSProperties } from 'react';
import { Typography } from 'antd';
import { useLocale } from '../../i18n';

/** The policy sentence a piece of the plan encodes, two lines with "expand": readers check the encoding by it. */
export function PolicySource({ text, style }: { text: string; style?: CSSProperties }) {
  const { t } = useLocale();
  // One string child: Typography's ellipsis measures text, not nested elements.
  return (
    <Typography.Paragraph
      type="secondary"
      style={{ fontSize: 12, marginBottom: 0, ...style }}
      ellipsis={{ rows: 2, expandable: true }}
    >
      {`${t.plan.policySource}${t.format.labelSeparator}${text}`}
    </Typography.Paragraph>
  );
}
