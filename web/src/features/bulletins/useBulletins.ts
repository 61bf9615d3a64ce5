import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type BulletinSummary = Schemas['BulletinSummary'];
export type BulletinDetail = Schemas['BulletinDetail'];
export type BulletinModel = Schemas['BulletinModel'];
export type BulletinSentence = Schemas['BulletinSentence'];
export type BulletinFigure = Schemas['BulletinFigure'];
export type Liaison = Schemas['Liaison'];
export type LiaisonBody = Schemas['LiaisonBody'];

export function useBulletins() {
  return useQuery({
    queryKey: ['bulletins'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/bulletins', { signal })),
  });
}

export function useBulletin(id: number | undefined) {
  return useQuery({
    queryKey: ['bulletins', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/bulletins/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    placeholderData: keepPreviousData,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return async (detail: BulletinDetail) => {
    queryClient.setQueryData(['bulletins', detail.id], detail);
    await queryClient.invalidateQueries({ queryKey: ['bulletins'] });
  };
}

export function useCreateBulletin() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (period: string) => unwrap(await api.POST('/api/v1/bulletins', { body: { period } })),
    onSuccess: refresh,
  });
}

export type BulletinAction = 'regenerate' | 'review' | 'publish';

export function useBulletinAction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, action }: { id: number; action: BulletinAction }) => {
      const params = { params: { path: { id } } };
      if (action === 'regenerate') return unwrap(await api.POST('/api/v1/bulletins/{id}/regenerate', params));
      if (action === 'review') return unwrap(await api.POST('/api/v1/bulletins/{id}/review', params));
      return unwrap(await api.POST('/api/v1/bulletins/{id}/publish', params));
    },
    onSuccess: refresh,
  });
}

export function useLiaison() {
  return useQuery({
    queryKey: ['liaison'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/liaison', { signal })),
  });
}

export function useSaveLiaison() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LiaisonBody) => unwrap(await api.PUT('/api/v1/liaison', { body })),
    onSuccess: (data) => queryClient.setQueryData(['liaison'], data),
  });
}

export function useOpenIndex() {
  return useQuery({
    queryKey: ['open-index'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/open/v1/', { signal })),
  });
}
