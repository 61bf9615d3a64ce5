import { useQuery } from '@tanstack/react-query';
import { api, ApiError, csrfTokenNow, CSRF_HEADER, reportApiError, unwrap, type Schemas } from '../../api/client';
import { hasRole, type RoleGrant } from '../../auth/roles';

export type ImportKind = Schemas['ImportJob']['kind'];
export type ImportJob = Schemas['ImportJob'];
export type ImportOutcome = Schemas['ImportOutcome'];
export type ImportProblem = Schemas['ImportProblem'];
export type ImportBatch = Schemas['ImportBatch'];

export const importKinds: readonly ImportKind[] = ['enterprises', 'returns', 'region-stats'];

/**
 * The kinds a person may import: the office all of them, a county officer the register and returns of their county,
 * an enterprise its own returns. The server decides; this only hides what it would refuse.
 */
export function kindsFor(user: { roles: RoleGrant[] } | null | undefined): ImportKind[] {
  if (hasRole(user, 'admin')) return [...importKinds];
  if (hasRole(user, 'county')) return ['enterprises', 'returns'];
  if (hasRole(user, 'enterprise')) return ['returns'];
  return [];
}

function errorOf(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: { code?: unknown; message?: unknown; details?: unknown } }).error;
    if (typeof error.message === 'string' && typeof error.code === 'string') {
      return new ApiError(error.message, status, error.code, error.details);
    }
  }
  return new ApiError('', status, 'http_error');
}

/**
 * Uploads a file as the raw body of POST /api/v1/imports. XMLHttpRequest rather than fetch, since only it reports
 * upload progress; the CSRF header is added as the typed client adds it. Resolves with the job to poll.
 */
export function uploadImport(
  file: File,
  options: { kind: ImportKind; dryRun: boolean },
  onProgress: (fraction: number) => void,
): Promise<ImportJob> {
  const query = new URLSearchParams({ kind: options.kind, fileName: file.name, dryRun: String(options.dryRun) });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/imports?${query.toString()}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    const token = csrfTokenNow();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 200 || xhr.status === 202) {
        onProgress(1);
        resolve(xhr.response as ImportJob);
        return;
      }
      const error = errorOf(xhr.status, xhr.response);
      reportApiError(error);
      reject(error);
    };
    // A network failure: not an ApiError, which the pages word as "cannot reach the server".
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}

/** An import job, polled every half second while it runs. */
export function useImportJob(job: ImportJob | null) {
  return useQuery({
    queryKey: ['imports', 'jobs', job?.id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/imports/jobs/{id}', { params: { path: { id: job?.id ?? '' } }, signal })),
    enabled: !!job,
    initialData: job ?? undefined,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 500 : false),
    staleTime: Infinity,
  });
}

/** The import batches the person may see (the office all, others their own). */
export function useImportBatches() {
  return useQuery({
    queryKey: ['import-batches'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/import-batches', { signal })),
  });
}

export function useImportBatch(id: number) {
  return useQuery({
    queryKey: ['import-batches', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/import-batches/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}
