import { useT } from '../i18n';
import { ApiError } from './client';

/** The words to show for an error: the server's own message when it sent one, otherwise a plain explanation. */
export function useApiErrorMessage(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    if (error instanceof ApiError) return error.message || t.app.httpError(error.status);
    return t.app.networkError;
  };
}
