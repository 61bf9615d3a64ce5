import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type ProjectSummary = Schemas['ProjectSummary'];
export type ProjectDetail = Schemas['ProjectDetail'];
export type ProjectMeasures = Schemas['ProjectMeasures'];
export type Lead = Schemas['ProjectLead'];
export type CoordinationProblem = Schemas['CoordinationProblem'];
export type MeetingDetail = Schemas['MeetingDetail'];
export type Stage = ProjectSummary['stage'];
export type FlagReason = Schemas['ProjectFlagReason'];

export const stageOrder: readonly Stage[] = ['reserve', 'signed', 'started', 'completed', 'producing'];
/** Stage colours: grey before signing, blue signed, orange building, cyan completed, green producing. */
export const stageColors: Record<Stage, string> = {
  reserve: 'default',
  signed: 'blue',
  started: 'orange',
  completed: 'cyan',
  producing: 'green',
};

export interface ProjectQuery {
  year: number;
  month?: number | undefined;
  region?: string | undefined;
  industry?: string | undefined;
  stage?: Stage | undefined;
  flag?: 'red' | 'yellow' | 'any' | undefined;
  overdue?: 'start' | 'completion' | undefined;
  search?: string | undefined;
}

/** The address of a list's Excel download: the same query with format=xlsx. */
export function xlsxUrl(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  params.set('format', 'xlsx');
  return `${path}?${params.toString()}`;
}

export function useProjects(query: ProjectQuery) {
  return useQuery({
    queryKey: ['projects', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/projects', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: number) {
  return useQuery({
    queryKey: ['projects', 'one', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/projects/{id}', { params: { path: { id } }, signal })),
    retry: false,
  });
}

export function useMeasures(year: number, month?: number) {
  return useQuery({
    queryKey: ['project-measures', year, month],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/project-measures', { params: { query: { year, month } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useLeads() {
  return useQuery({
    queryKey: ['project-leads'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/project-leads', { signal })),
  });
}

export function useProblems(overdue: boolean) {
  return useQuery({
    queryKey: ['coordination-problems', overdue],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coordination-problems', {
          params: { query: overdue ? { overdue: 'true' } : {} },
          signal,
        }),
      ),
  });
}

export function useMeetings() {
  return useQuery({
    queryKey: ['coordination-meetings'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/coordination-meetings', { signal })),
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: ['coordination-meetings', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/coordination-meetings/{id}', { params: { path: { id } }, signal })),
    retry: false,
  });
}

/** Records a stage event or a monthly return; the project page refreshes with the answer. */
export function useProjectChanges(id: number) {
  const client = useQueryClient();
  const done = (data: ProjectDetail) => {
    client.setQueryData(['projects', 'one', id], data);
    void client.invalidateQueries({ queryKey: ['projects'], exact: false });
  };
  const stage = useMutation({
    mutationFn: async (body: Schemas['StageEventBody']) =>
      unwrap(await api.POST('/api/v1/projects/{id}/stage-events', { params: { path: { id } }, body })),
    onSuccess: done,
  });
  const progress = useMutation({
    mutationFn: async ({ period, ...body }: Schemas['ProgressBody'] & { period: string }) =>
      unwrap(await api.PUT('/api/v1/projects/{id}/progress/{period}', { params: { path: { id, period } }, body })),
    onSuccess: done,
  });
  return { stage, progress };
}

export type ProjectBody = Schemas['ProjectBody'];
export type LeadBody = Schemas['LeadBody'];
export type ProblemBody = Schemas['ProblemBody'];
export type ProblemPatch = Schemas['ProblemPatch'];
export type MeetingBody = Schemas['MeetingBody'];
export type ProgressRevision = Schemas['ProjectProgressRevision'];

/** After a write: every project list, lead board, problem list and meeting refetches when next shown. */
function useRefresh() {
  const client = useQueryClient();
  return async () => {
    await Promise.all(
      ['projects', 'project-measures', 'project-leads', 'coordination-problems', 'coordination-meetings'].map((key) =>
        client.invalidateQueries({ queryKey: [key], exact: false }),
      ),
    );
  };
}

/** Creates a project (`id` null) or changes one; the answer is the project's page. */
export function useSaveProject() {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number | null; body: ProjectBody }) => {
      if (id === null) return unwrap(await api.POST('/api/v1/projects', { body }));
      const { code: _code, ...patch } = body;
      return unwrap(await api.PATCH('/api/v1/projects/{id}', { params: { path: { id } }, body: patch }));
    },
    onSuccess: async (data) => {
      client.setQueryData(['projects', 'one', data.id], data);
      await refresh();
    },
  });
}

export function useSaveLead() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number | null; body: LeadBody }) =>
      id === null
        ? unwrap(await api.POST('/api/v1/project-leads', { body }))
        : unwrap(await api.PATCH('/api/v1/project-leads/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useConvertLead() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: Schemas['ConvertLeadBody'] }) =>
      unwrap(await api.POST('/api/v1/project-leads/{id}/convert', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useRaiseProblem() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: ProblemBody) => unwrap(await api.POST('/api/v1/coordination-problems', { body })),
    onSuccess: refresh,
  });
}

export function useUpdateProblem() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ProblemPatch }) =>
      unwrap(await api.PATCH('/api/v1/coordination-problems/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useCreateMeeting() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: MeetingBody) => unwrap(await api.POST('/api/v1/coordination-meetings', { body })),
    onSuccess: refresh,
  });
}
