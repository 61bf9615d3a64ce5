import { useEffect } from 'react';
import { Card, Result, Typography } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import type { ModuleKey } from '../../modules';

/** A module that is not built yet: says so plainly and what it will do. Never sample data. */
export function ModulePlaceholder({ moduleKey }: { moduleKey: ModuleKey }) {
  const t = useT();
  const name = t.nav[moduleKey];
  useEffect(() => {
    document.title = `${name} · ${t.app.product}`;
  }, [name, t]);
  return (
    <Card>
      <Result
        icon={<ToolOutlined />}
        status="info"
        title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t.placeholder.title(name)}</h1>}
        subTitle={t.placeholder.notAvailable}
      >
        <div data-testid="module-placeholder" style={{ maxWidth: 720, margin: '0 auto' }}>
          <Typography.Paragraph strong>{t.placeholder.willDo}</Typography.Paragraph>
          <Typography.Paragraph>{t.moduleDescriptions[moduleKey]}</Typography.Paragraph>
        </div>
      </Result>
    </Card>
  );
}
