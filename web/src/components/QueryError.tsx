import { Alert, Button } from 'antd';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { useT } from '../i18n';

/** An API or network error with the server's message and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const messageOf = useApiErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      title={t.app.loadFailed}
      description={messageOf(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t.app.retry}
          </Button>
        ) : undefined
      }
    />
  );
}
