import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type AssessmentSummary = Schemas['AssessmentSummary'];
export type AssessmentDetail = Schemas['AssessmentDetail'];
export type AssessmentDiff = Schemas['AssessmentDiff'];
export type CountyResult = Schemas['AssessmentCountyResult'];
export type AssessmentStatus = Schemas['AssessmentStatus'];

/** Every run the person may see (the server hides drafts from counties), newest first. */
export function useAssessments() {
  return useQuery({
    queryKey: ['assessments'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/assessments', { signal })),
  });
}

export function useAssessment(id: number | undefined) {
  return useQuery({
    queryKey: ['assessments', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/assessments/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The differences from the previous version (only asked for when there is one). */
export function useAssessmentDiff(id: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['assessments', id, 'diff'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/assessments/{id}/diff', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined && enabled,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return async (detail: AssessmentDetail) => {
    queryClient.setQueryData(['assessments', detail.id], detail);
    await queryClient.invalidateQueries({ queryKey: ['assessments'] });
  };
}

export function useComputeAssessment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: Schemas['ComputeAssessmentBody']) =>
      unwrap(await api.POST('/api/v1/assessments', { body })),
    onSuccess: refresh,
  });
}

export function usePutOnNotice(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (days: number) =>
      unwrap(await api.POST('/api/v1/assessments/{id}/notice', { params: { path: { id } }, body: { days } })),
    onSuccess: refresh,
  });
}

export function useFileObjection(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: Schemas['AssessmentObjectionBody']) =>
      unwrap(await api.POST('/api/v1/assessments/{id}/objections', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useAnswerObjection(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ objectionId, answer }: { objectionId: number; answer: string }) =>
      unwrap(
        await api.POST('/api/v1/assessments/{id}/objections/{objectionId}/answer', {
          params: { path: { id, objectionId } },
          body: { answer },
        }),
      ),
    onSuccess: refresh,
  });
}

export function usePublishAssessment(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/assessments/{id}/publish', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
