import { Button, Result } from 'antd';
import { Link, useRouteError } from 'react-router';
import { useT } from '../i18n';

export function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t.app.notFoundTitle}
      subTitle={t.app.notFoundBody}
      extra={
        <Link to="/">
          <Button type="primary">{t.app.backHome}</Button>
        </Link>
      }
    />
  );
}

/** A page the logged-in person's roles do not open (anonymous visitors are sent to log in instead). */
export function Forbidden() {
  const t = useT();
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t.app.forbiddenTitle}</h1>}
      subTitle={t.app.forbiddenBody}
      data-testid="forbidden"
      extra={
        <Link to="/">
          <Button type="primary">{t.app.backHome}</Button>
        </Link>
      }
    />
  );
}

/** What a page that threw while rendering shows; the error goes to the console for whoever debugs it. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="error"
      title={t.app.routeError}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t.app.retry}
        </Button>
      }
    />
  );
}
