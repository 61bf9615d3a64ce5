import { useState, type ReactNode } from 'react';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Switch,
  Typography,
  type FormInstance,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { fieldErrorsOf, setFieldProblems } from '../../api/fieldErrors';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { countyCodesOf, hasRole } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { useLocale } from '../../i18n';
import { isCounty } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import {
  useConvertLead,
  useCreateMeeting,
  useRaiseProblem,
  useSaveLead,
  useSaveProject,
  useUpdateProblem,
  type CoordinationProblem,
  type Lead,
  type LeadBody,
  type ProjectDetail,
} from './useProjects';

// ---------------------------------------------------------------------------------------------------------------
// Shared: the API's messages under their fields, dates and money as the forms hold them

/**
 * Shows an API error under the form's fields it names (`code: …`, `body.totalInvestment: …`,
 * `investmentPlans[0].year: …`) and returns the rest for the alert above the form (null when all found a field).
 */
function useFormProblems() {
  const messageOf = useApiErrorMessage();
  return <T,>(
    form: FormInstance<T>,
    error: unknown,
    fields: readonly string[],
    lists: readonly string[] = [],
  ): string | null => {
    // A message about a whole list (`investmentPlans: a year appears twice`) goes above the form; its rows' below them.
    const problems = fieldErrorsOf(
      error,
      (name) =>
        typeof name[0] === 'string' && fields.includes(name[0]) && !(lists.includes(name[0]) && name.length === 1),
    );
    setFieldProblems(form, problems.fields);
    if (problems.fields.length === 0) return messageOf(error);
    return problems.general.length > 0 ? problems.general.join('; ') : null;
  };
}

function FormAlert({ message, testId }: { message: string | null; testId: string }) {
  const { t } = useLocale();
  return message ? (
    <Alert
      type="error"
      showIcon
      title={t.app.saveFailed}
      description={message}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    />
  ) : null;
}

const dayOf = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
const pickDay = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);
const trimmed = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);
/** Money: the forms hold 万元, the API takes yuan. */
const yuanOf = (wan: number | null | undefined): number => Math.round((wan ?? 0) * 10_000);
const wanOf = (yuan: number): number => yuan / 10_000;

/** A modal whose OK button submits the form `formId`. */
function FormModal({
  open,
  title,
  formId,
  busy,
  onClose,
  children,
  width = 760,
}: {
  open: boolean;
  title: ReactNode;
  formId: string;
  busy: boolean;
  onClose: () => void;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useLocale();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      width={width}
      okText={t.app.save}
      cancelText={t.app.cancel}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: busy }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {children}
    </Modal>
  );
}

/** Counties the caller may write in: all for the office, their own for a county officer. */
function useWritableCounties() {
  const { localize } = useLocale();
  const plan = usePlan().data;
  const session = useSession();
  const own = countyCodesOf(session.user);
  const office = hasRole(session.user, 'admin');
  return (plan?.regions ?? [])
    .filter(isCounty)
    .filter((r) => office || own.includes(r.code))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({ value: r.code, label: localize(r.name) }));
}

function useIndustryOptions() {
  const { localize } = useLocale();
  const plan = usePlan().data;
  return (plan?.industries ?? []).map((i) => ({ value: i.code, label: localize(i.name) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Project

interface ProjectValues {
  code: string;
  name: string;
  investorName: string;
  investorUscc?: string;
  regionCode?: string;
  industryCode?: string;
  clusterCode?: string | null;
  totalInvestment?: number;
  listYear: number;
  listedOn?: Dayjs | null;
  demonstration: boolean;
  plannedSignOn?: Dayjs | null;
  plannedStartOn?: Dayjs | null;
  plannedCompletionOn?: Dayjs | null;
  plannedProductionOn?: Dayjs | null;
  countyOfficer?: string;
  cityLiaison?: string;
  investmentPlans: { year?: number; plannedInvestment?: number }[];
}

const projectFields = [
  'code',
  'name',
  'investorName',
  'investorUscc',
  'regionCode',
  'industryCode',
  'clusterCode',
  'totalInvestment',
  'listYear',
  'listedOn',
  'demonstration',
  'plannedSignOn',
  'plannedStartOn',
  'plannedCompletionOn',
  'plannedProductionOn',
  'countyOfficer',
  'cityLiaison',
  'investmentPlans',
] as const;

const plannedDates = [
  ['plannedSignOn', 'plannedSign'],
  ['plannedStartOn', 'plannedStart'],
  ['plannedCompletionOn', 'plannedCompletion'],
  ['plannedProductionOn', 'plannedProduction'],
] as const;

/**
 * 新建 / 编辑项目: the office anywhere, a county officer in their own county. Money in 万元; the stages are not
 * here (they are dated events, recorded on the project page).
 */
export function ProjectFormModal({
  project,
  defaultYear,
  open,
  onClose,
  onSaved,
}: {
  project: ProjectDetail | null;
  defaultYear: number;
  open: boolean;
  onClose: () => void;
  onSaved?: (saved: ProjectDetail) => void;
}) {
  const { t, localize } = useLocale();
  const pt = t.projects;
  const ft = pt.forms;
  const { message } = App.useApp();
  const plan = usePlan().data;
  const counties = useWritableCounties();
  const industries = useIndustryOptions();
  const save = useSaveProject();
  const showProblems = useFormProblems();
  const [form] = Form.useForm<ProjectValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const creating = project === null;
  const clusters = (plan?.clusters ?? []).map((c) => ({ value: c.code, label: localize(c.name) }));

  const initialValues: ProjectValues = project
    ? {
        code: project.code,
        name: project.name,
        investorName: project.investorName,
        investorUscc: project.investorUscc ?? '',
        regionCode: project.regionCode,
        industryCode: project.industryCode,
        clusterCode: project.clusterCode,
        totalInvestment: wanOf(project.totalInvestment),
        listYear: project.listYear,
        listedOn: pickDay(project.listedOn),
        demonstration: project.demonstration,
        plannedSignOn: pickDay(project.plannedSignOn),
        plannedStartOn: pickDay(project.plannedStartOn),
        plannedCompletionOn: pickDay(project.plannedCompletionOn),
        plannedProductionOn: pickDay(project.plannedProductionOn),
        countyOfficer: project.countyOfficer ?? '',
        cityLiaison: project.cityLiaison ?? '',
        investmentPlans: project.investmentPlans.map((p) => ({
          year: p.year,
          plannedInvestment: wanOf(p.plannedInvestment),
        })),
      }
    : {
        code: '',
        name: '',
        investorName: '',
        regionCode: counties.length === 1 ? counties[0]?.value : undefined,
        listYear: defaultYear,
        demonstration: false,
        investmentPlans: [{ year: defaultYear }],
      };

  const onFinish = async (v: ProjectValues) => {
    setFormError(null);
    const body = {
      code: v.code.trim(),
      name: v.name.trim(),
      investorName: v.investorName.trim(),
      investorUscc: trimmed(v.investorUscc),
      regionCode: v.regionCode ?? '',
      industryCode: v.industryCode ?? '',
      clusterCode: v.clusterCode ?? null,
      totalInvestment: yuanOf(v.totalInvestment),
      listYear: v.listYear,
      ...(v.listedOn ? { listedOn: v.listedOn.format('YYYY-MM-DD') } : {}),
      demonstration: v.demonstration,
      plannedSignOn: dayOf(v.plannedSignOn),
      plannedStartOn: dayOf(v.plannedStartOn),
      plannedCompletionOn: dayOf(v.plannedCompletionOn),
      plannedProductionOn: dayOf(v.plannedProductionOn),
      countyOfficer: trimmed(v.countyOfficer),
      cityLiaison: trimmed(v.cityLiaison),
      investmentPlans: v.investmentPlans
        .filter((p) => p.year !== undefined)
        .map((p) => ({ year: p.year ?? v.listYear, plannedInvestment: yuanOf(p.plannedInvestment) })),
    };
    try {
      const saved = await save.mutateAsync({ id: project?.id ?? null, body });
      void message.success(creating ? ft.created(saved.code) : ft.updated);
      onClose();
      onSaved?.(saved);
    } catch (error) {
      setFormError(showProblems(form, error, projectFields, ['investmentPlans']));
    }
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: ft.required(label) }];
  return (
    <FormModal
      open={open}
      title={creating ? ft.createTitle : ft.editTitle(project.code)}
      formId="project-form"
      busy={save.isPending}
      onClose={onClose}
      width={880}
    >
      <FormAlert message={formError} testId="project-form-error" />
      <Form<ProjectValues>
        id="project-form"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        data-testid="project-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="code" label={pt.code} extra={creating ? ft.codeHelp : undefined} rules={required(pt.code)}>
              <Input maxLength={40} disabled={!creating} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="name" label={pt.name} rules={required(pt.name)}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="investorName" label={pt.investor} rules={required(pt.investor)}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="investorUscc" label={pt.uscc}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="regionCode"
              label={pt.county}
              extra={hasCountyLimit(counties.length, plan?.regions.filter(isCounty).length) ? ft.countyHelp : undefined}
              rules={[{ required: true, message: ft.required(pt.county) }]}
            >
              <Select options={counties} disabled={counties.length === 1} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="industryCode"
              label={pt.industry}
              rules={[{ required: true, message: ft.required(pt.industry) }]}
            >
              <Select options={industries} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="clusterCode" label={pt.cluster}>
              <Select options={clusters} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="totalInvestment"
              label={ft.totalInvestmentWan}
              rules={[{ required: true, message: ft.required(ft.totalInvestmentWan) }]}
            >
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="listYear" label={pt.year} rules={[{ required: true, message: ft.required(pt.year) }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="listedOn" label={pt.listedOn} tooltip={ft.listedOnHelp}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="demonstration" label={ft.demonstration} valuePropName="checked">
              <Switch checkedChildren={t.app.yes} unCheckedChildren={t.app.no} />
            </Form.Item>
          </Col>
          {plannedDates.map(([name, label]) => (
            <Col key={name} xs={12} md={6}>
              <Form.Item name={name} label={ft[label]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={12}>
            <Form.Item name="countyOfficer" label={pt.countyOfficer}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="cityLiaison" label={pt.cityLiaison}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{ft.investmentPlans}</Typography.Text>
        <Form.List name="investmentPlans">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'year']}
                    rules={[{ required: true, message: ft.required(ft.planYear) }]}
                  >
                    <InputNumber
                      min={2000}
                      max={2100}
                      precision={0}
                      placeholder={ft.planYear}
                      prefix={ft.planYear}
                      style={{ width: 130 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'plannedInvestment']}
                    rules={[{ required: true, message: ft.required(ft.planWan) }]}
                  >
                    <InputNumber
                      min={0}
                      precision={2}
                      placeholder={ft.planWan}
                      prefix={ft.planWan}
                      style={{ width: 260 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={ft.removeRow}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {ft.addPlanYear}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}

const hasCountyLimit = (writable: number, all: number | undefined) => all !== undefined && writable < all;

// ---------------------------------------------------------------------------------------------------------------
// Leads

interface LeadValues {
  targetCompany: string;
  kind?: Lead['kind'];
  industryCode?: string;
  regionCode?: string;
  stage: Exclude<Lead['stage'], 'converted'>;
  owner: string;
  nextStep?: string;
  nextStepDue?: Dayjs | null;
  note?: string;
}

const leadFields = [
  'targetCompany',
  'kind',
  'industryCode',
  'regionCode',
  'stage',
  'owner',
  'nextStep',
  'nextStepDue',
  'note',
] as const;
const leadKindList: Lead['kind'][] = [
  'fortune500',
  'multinational',
  'central_soe',
  'industry_leader',
  'research_institute',
];

/** 新增 / 编辑招商线索. Converting is its own form (the project it becomes). */
export function LeadFormModal({ lead, open, onClose }: { lead: Lead | null; open: boolean; onClose: () => void }) {
  const { t } = useLocale();
  const pt = t.projects;
  const ft = pt.forms;
  const { message } = App.useApp();
  const counties = useWritableCounties();
  const industries = useIndustryOptions();
  const save = useSaveLead();
  const showProblems = useFormProblems();
  const [form] = Form.useForm<LeadValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const converted = lead?.stage === 'converted';

  const initialValues: LeadValues = lead
    ? {
        targetCompany: lead.targetCompany,
        kind: lead.kind,
        industryCode: lead.industryCode,
        regionCode: lead.regionCode,
        stage: lead.stage === 'converted' ? 'signed' : lead.stage,
        owner: lead.owner,
        nextStep: lead.nextStep ?? '',
        nextStepDue: pickDay(lead.nextStepDue),
        note: lead.note ?? '',
      }
    : {
        targetCompany: '',
        stage: 'contact',
        owner: '',
        regionCode: counties.length === 1 ? counties[0]?.value : undefined,
      };

  const onFinish = async (v: LeadValues) => {
    setFormError(null);
    const body: LeadBody = {
      targetCompany: v.targetCompany.trim(),
      kind: v.kind ?? 'fortune500',
      industryCode: v.industryCode ?? '',
      regionCode: v.regionCode ?? '',
      ...(converted ? {} : { stage: v.stage }),
      owner: v.owner.trim(),
      nextStep: trimmed(v.nextStep),
      nextStepDue: dayOf(v.nextStepDue),
      note: trimmed(v.note),
    };
    try {
      await save.mutateAsync({ id: lead?.id ?? null, body });
      void message.success(pt.saved);
      onClose();
    } catch (error) {
      setFormError(showProblems(form, error, leadFields));
    }
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: ft.required(label) }];
  return (
    <FormModal
      open={open}
      title={lead ? ft.leadEditTitle(lead.targetCompany) : ft.leadCreateTitle}
      formId="lead-form"
      busy={save.isPending}
      onClose={onClose}
    >
      <FormAlert message={formError} testId="lead-form-error" />
      <Form<LeadValues>
        id="lead-form"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        data-testid="lead-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="targetCompany" label={ft.targetCompany} rules={required(ft.targetCompany)}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={ft.kind} rules={[{ required: true, message: ft.required(ft.kind) }]}>
              <Select options={leadKindList.map((k) => ({ value: k, label: pt.leadKinds[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="industryCode"
              label={pt.industry}
              rules={[{ required: true, message: ft.required(pt.industry) }]}
            >
              <Select options={industries} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="regionCode"
              label={pt.county}
              rules={[{ required: true, message: ft.required(pt.county) }]}
            >
              <Select
                options={counties}
                disabled={counties.length === 1 || converted}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="stage" label={ft.leadStage}>
              <Select
                disabled={converted}
                options={(['contact', 'negotiating', 'signed', 'dropped'] as const).map((s) => ({
                  value: s,
                  label: pt.leadStages[s],
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="owner" label={pt.owner} rules={required(pt.owner)}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="nextStep" label={pt.nextStep}>
              <Input maxLength={300} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="nextStepDue" label={ft.nextStepDue}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="note" label={ft.leadNote}>
              <Input.TextArea maxLength={1000} rows={2} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}

interface ConvertValues {
  code: string;
  name: string;
  investorName: string;
  totalInvestment?: number;
  listYear: number;
  listedOn?: Dayjs | null;
  plannedStartOn?: Dayjs | null;
  plannedCompletionOn?: Dayjs | null;
  plannedInvestment?: number;
}

const convertFields = [
  'code',
  'name',
  'investorName',
  'totalInvestment',
  'listYear',
  'listedOn',
  'plannedStartOn',
  'plannedCompletionOn',
] as const;

/** 转为项目: the project a lead becomes (county and industry from the lead), in one transaction with the lead. */
export function ConvertLeadModal({
  lead,
  defaultYear,
  open,
  onClose,
}: {
  lead: Lead;
  defaultYear: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const pt = t.projects;
  const ft = pt.forms;
  const { message } = App.useApp();
  const convert = useConvertLead();
  const showProblems = useFormProblems();
  const [form] = Form.useForm<ConvertValues>();
  const [formError, setFormError] = useState<string | null>(null);

  const onFinish = async (v: ConvertValues) => {
    setFormError(null);
    try {
      const project = await convert.mutateAsync({
        id: lead.id,
        body: {
          code: v.code.trim(),
          name: v.name.trim(),
          investorName: v.investorName.trim(),
          totalInvestment: yuanOf(v.totalInvestment),
          listYear: v.listYear,
          ...(v.listedOn ? { listedOn: v.listedOn.format('YYYY-MM-DD') } : {}),
          plannedStartOn: dayOf(v.plannedStartOn),
          plannedCompletionOn: dayOf(v.plannedCompletionOn),
          ...(v.plannedInvestment !== undefined && v.plannedInvestment !== null
            ? { investmentPlans: [{ year: v.listYear, plannedInvestment: yuanOf(v.plannedInvestment) }] }
            : {}),
        },
      });
      void message.success(ft.converted(project.code));
      onClose();
    } catch (error) {
      setFormError(showProblems(form, error, convertFields));
    }
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: ft.required(label) }];
  return (
    <FormModal
      open={open}
      title={ft.convertTitle(lead.targetCompany)}
      formId="convert-form"
      busy={convert.isPending}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{ft.convertHelp}</Typography.Paragraph>
      <FormAlert message={formError} testId="convert-form-error" />
      <Form<ConvertValues>
        id="convert-form"
        form={form}
        layout="vertical"
        initialValues={{ code: '', name: '', investorName: lead.targetCompany, listYear: defaultYear }}
        onFinish={onFinish}
        data-testid="convert-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="code" label={pt.code} extra={ft.codeHelp} rules={required(pt.code)}>
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="name" label={pt.name} rules={required(pt.name)}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="investorName" label={pt.investor} rules={required(pt.investor)}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="totalInvestment"
              label={ft.totalInvestmentWan}
              rules={[{ required: true, message: ft.required(ft.totalInvestmentWan) }]}
            >
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="listYear" label={pt.year} rules={[{ required: true, message: ft.required(pt.year) }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="listedOn" label={pt.listedOn} tooltip={ft.listedOnHelp}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="plannedStartOn" label={ft.plannedStart}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="plannedCompletionOn" label={ft.plannedCompletion}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="plannedInvestment" label={`${pt.plannedInvestment}（${pt.wanUnit}）`}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Coordination problems and meetings

interface RaiseValues {
  title: string;
  description?: string;
  regionCode?: string;
  department?: string;
  dueOn?: Dayjs | null;
}

/** 提出问题: for a project (it takes the project's county) or by a county. */
export function RaiseProblemModal({
  project,
  open,
  onClose,
}: {
  project?: { id: number; name: string } | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const pt = t.projects;
  const ft = pt.forms;
  const { message } = App.useApp();
  const counties = useWritableCounties();
  const raise = useRaiseProblem();
  const showProblems = useFormProblems();
  const [form] = Form.useForm<RaiseValues>();
  const [formError, setFormError] = useState<string | null>(null);

  const onFinish = async (v: RaiseValues) => {
    setFormError(null);
    try {
      await raise.mutateAsync({
        title: v.title.trim(),
        description: trimmed(v.description),
        ...(project ? { projectId: project.id } : { regionCode: v.regionCode ?? '' }),
        department: trimmed(v.department),
        dueOn: dayOf(v.dueOn),
      });
      void message.success(ft.raised);
      onClose();
    } catch (error) {
      setFormError(showProblems(form, error, ['title', 'description', 'regionCode', 'department', 'dueOn']));
    }
  };

  return (
    <FormModal
      open={open}
      title={project ? ft.raiseForProject(project.name) : ft.raiseTitle}
      formId="raise-form"
      busy={raise.isPending}
      onClose={onClose}
      width={640}
    >
      <FormAlert message={formError} testId="raise-form-error" />
      <Form<RaiseValues>
        id="raise-form"
        form={form}
        layout="vertical"
        initialValues={{ title: '', regionCode: counties.length === 1 ? counties[0]?.value : undefined }}
        onFinish={onFinish}
        data-testid="raise-form"
      >
        <Form.Item
          name="title"
          label={ft.problemTitle}
          rules={[{ required: true, whitespace: true, message: ft.required(ft.problemTitle) }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="description" label={ft.description}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
        {!project && (
          <Form.Item name="regionCode" label={pt.county} rules={[{ required: true, message: ft.required(pt.county) }]}>
            <Select options={counties} disabled={counties.length === 1} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="department" label={pt.department}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="dueOn" label={pt.dueOn}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}

interface HandleValues {
  department?: string;
  dueOn?: Dayjs | null;
  status: CoordinationProblem['status'];
  resolution?: string;
  resolvedOn?: Dayjs | null;
}

/** 交办 / 办理: assign to a department with a due date, move it on, resolve it (with what was done). */
export function HandleProblemModal({
  problem,
  open,
  onClose,
}: {
  problem: CoordinationProblem;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const pt = t.projects;
  const ft = pt.forms;
  const { message } = App.useApp();
  const update = useUpdateProblem();
  const showProblems = useFormProblems();
  const [form] = Form.useForm<HandleValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const status = Form.useWatch('status', form) ?? problem.status;

  const onFinish = async (v: HandleValues) => {
    setFormError(null);
    try {
      await update.mutateAsync({
        id: problem.id,
        body: {
          department: trimmed(v.department),
          dueOn: dayOf(v.dueOn),
          status: v.status,
          ...(v.status === 'resolved'
            ? { resolution: trimmed(v.resolution), ...(v.resolvedOn ? { resolvedOn: dayOf(v.resolvedOn) } : {}) }
            : {}),
        },
      });
      void message.success(pt.saved);
      onClose();
    } catch (error) {
      setFormError(showProblems(form, error, ['department', 'dueOn', 'status', 'resolution', 'resolvedOn']));
    }
  };

  return (
    <FormModal
      open={open}
      title={ft.handleTitle(problem.title)}
      formId="handle-form"
      busy={update.isPending}
      onClose={onClose}
      width={640}
    >
      <FormAlert message={formError} testId="handle-form-error" />
      <Form<HandleValues>
        id="handle-form"
        form={form}
        layout="vertical"
        initialValues={{
          department: problem.department ?? '',
          dueOn: pickDay(problem.dueOn),
          status: problem.status,
          resolution: problem.resolution ?? '',
          resolvedOn: pickDay(problem.resolvedOn),
        }}
        onFinish={onFinish}
        data-testid="handle-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="department" label={pt.department}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="dueOn" label={pt.dueOn}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="status" label={pt.status}>
              <Select
                options={(['open', 'in_progress', 'resolved'] as const).map((s) => ({
                  value: s,
                  label: pt.statuses[s],
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {status === 'resolved' && (
          <Row gutter={16}>
            <Col xs={24} md={17}>
              <Form.Item
                name="resolution"
                label={pt.resolution}
                rules={[{ required: true, whitespace: true, message: ft.resolutionRequired }]}
              >
                <Input.TextArea maxLength={2000} rows={2} />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item name="resolvedOn" label={ft.resolvedOn} extra={ft.resolvedOnHelp}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
    </FormModal>
  );
}

interface MeetingValues {
  heldOn?: Dayjs | null;
  title: string;
  attendees: string;
  decisions?: string;
  problems: { problemId?: number; discussion?: string; followUp?: string }[];
}

/** 登记协调会议 (the office): date, attendees, decisions, and the problems discussed with their follow-ups. */
export function MeetingFormModal({
  problems,
  open,
  onClose,
}: {
  problems: CoordinationProblem[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const pt = t.projects;
  const ft = pt.forms;
  const { message } = App.useApp();
  const create = useCreateMeeting();
  const showProblems = useFormProblems();
  const [form] = Form.useForm<MeetingValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const options = problems.map((p) => ({
    value: p.id,
    label: `${p.title}（${pt.statuses[p.status]}${p.overdue ? `，${pt.overdueTag}` : ''}）`,
  }));

  const onFinish = async (v: MeetingValues) => {
    setFormError(null);
    try {
      await create.mutateAsync({
        heldOn: dayOf(v.heldOn) ?? '',
        title: v.title.trim(),
        attendees: v.attendees.trim(),
        decisions: trimmed(v.decisions),
        problems: v.problems
          .filter((p) => p.problemId !== undefined)
          .map((p) => ({
            problemId: p.problemId ?? 0,
            discussion: trimmed(p.discussion),
            followUp: trimmed(p.followUp),
          })),
      });
      void message.success(ft.meetingSaved);
      onClose();
    } catch (error) {
      setFormError(showProblems(form, error, ['heldOn', 'title', 'attendees', 'decisions', 'problems'], ['problems']));
    }
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: ft.required(label) }];
  return (
    <FormModal
      open={open}
      title={ft.meetingCreateTitle}
      formId="meeting-form"
      busy={create.isPending}
      onClose={onClose}
      width={880}
    >
      <FormAlert message={formError} testId="meeting-form-error" />
      <Form<MeetingValues>
        id="meeting-form"
        form={form}
        layout="vertical"
        initialValues={{ title: '', attendees: '', problems: [] }}
        onFinish={onFinish}
        data-testid="meeting-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="heldOn" label={pt.heldOn} rules={[{ required: true, message: ft.required(pt.heldOn) }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={ft.meetingName} rules={required(ft.meetingName)}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="attendees" label={pt.attendees} rules={required(pt.attendees)}>
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
        <Form.Item name="decisions" label={pt.decisions}>
          <Input.TextArea maxLength={5000} rows={3} />
        </Form.Item>
        <Typography.Paragraph strong style={{ marginBottom: 8 }}>
          {pt.discussed}
        </Typography.Paragraph>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col xs={24} md={9}>
                    <Form.Item
                      name={[field.name, 'problemId']}
                      rules={[{ required: true, message: ft.required(ft.problemPick) }]}
                    >
                      <Select
                        options={options}
                        placeholder={ft.problemPick}
                        showSearch={{ optionFilterProp: 'label' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item name={[field.name, 'discussion']}>
                      <Input placeholder={pt.discussion} maxLength={2000} />
                    </Form.Item>
                  </Col>
                  <Col xs={22} md={7}>
                    <Form.Item name={[field.name, 'followUp']}>
                      <Input placeholder={pt.followUp} maxLength={1000} />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1}>
                    <Button
                      type="text"
                      aria-label={ft.removeRow}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {ft.addProblem}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
