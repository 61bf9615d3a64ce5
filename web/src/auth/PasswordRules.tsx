import { Typography } from 'antd';
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { useT } from '../i18n';
import { checkPassword } from './roles';

/** The password rules, each ticked off as the person types (the server checks them again). */
export function PasswordRules({ password, login }: { password: string; login: string }) {
  const t = useT();
  const pr = t.passwordRules;
  const check = checkPassword(password, login);
  const rules = [
    { key: 'length', text: pr.length, ok: check.length },
    { key: 'lettersDigits', text: pr.lettersDigits, ok: check.lettersDigits },
    { key: 'notLogin', text: pr.notLogin, ok: check.notLogin && password.length > 0 },
  ];
  return (
    <div data-testid="password-rules" style={{ fontSize: 13, marginBlock: 4 }}>
      <Typography.Text type="secondary">
        {pr.title}
        {t.format.labelSeparator}
      </Typography.Text>
      <ul style={{ listStyle: 'none', paddingInlineStart: 0, margin: '2px 0 0' }}>
        {rules.map((rule) => (
          <li key={rule.key} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            {rule.ok ? (
              <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={pr.met} />
            ) : (
              <CloseCircleOutlined style={{ color: '#8c8c8c' }} aria-label={pr.unmet} />
            )}
            <Typography.Text type={rule.ok ? undefined : 'secondary'}>{rule.text}</Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
