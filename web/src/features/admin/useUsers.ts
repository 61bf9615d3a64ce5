import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { Role } from '../../auth/roles';

export type User = Schemas['User'];

export function useUsers(query: { search?: string; role?: Role }) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/users', { params: { query }, signal })),
  });
}

/** Creates or changes a user; the list and the audit log refresh. */
export function useSaveUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (
      change:
        | { kind: 'create'; body: Schemas['CreateUserBody'] }
        | { kind: 'update'; id: number; body: Schemas['UpdateUserBody'] },
    ) =>
      change.kind === 'create'
        ? unwrap(await api.POST('/api/v1/users', { body: change.body }))
        : unwrap(await api.PATCH('/api/v1/users/{id}', { params: { path: { id: change.id } }, body: change.body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
