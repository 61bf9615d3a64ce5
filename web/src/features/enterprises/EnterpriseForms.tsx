import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Typography,
  type FormInstance,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { fieldErrorsOf, setFieldProblems, type FieldProblem } from '../../api/fieldErrors';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { useLocale } from '../../i18n';
import { usePlan } from '../plan/usePlan';
import { classificationField, percentToShare, sharesProblem, totalPercent, type ShareRow } from './classification';
import { enterpriseTags, useUpdateEnterprise, type EnterpriseDetail } from './useEnterprises';

interface BasicsValues {
  name: string;
  industryCode?: string;
  aboveScale: boolean;
  tags: string[];
}

interface ClassificationValues {
  validFrom?: Dayjs | null;
  shares: ShareRow[];
  note?: string;
}

// GB/T 4754: a section letter (A–T), a division (2 digits), group (3) or class (4), or the digits alone.
const INDUSTRY_CODE = /^([A-T]|[A-T]?\d{2,4})$/;
const basicsFields = new Set(['name', 'industryCode', 'aboveScale', 'tags']);

/** Splits an API error into the form's fields and the rest, shows the fields' and returns the rest to show above. */
function useShowProblems() {
  const messageOf = useApiErrorMessage();
  return <T,>(
    form: FormInstance<T>,
    error: unknown,
    toField: (name: (string | number)[]) => (string | number)[] | null,
  ): string | null => {
    const fields: FieldProblem[] = [];
    const problems = fieldErrorsOf(error, (name) => toField(name) !== null);
    for (const p of problems.fields) fields.push({ name: toField(p.name) ?? p.name, message: p.message });
    setFieldProblems(form, fields);
    if (fields.length === 0) return messageOf(error);
    return problems.general.length > 0 ? problems.general.join('; ') : null;
  };
}

function FormError({ message }: { message: string | null }) {
  const { t } = useLocale();
  return message ? (
    <Alert type="error" showIcon title={t.app.saveFailed} description={message} style={{ marginBottom: 16 }} />
  ) : null;
}

/** The enterprise's basics: name, GB/T 4754 industry code, above-scale, tags. */
export function BasicsForm({ enterprise, onDone }: { enterprise: EnterpriseDetail; onDone: () => void }) {
  const { t } = useLocale();
  const et = t.enterprises;
  const { message } = App.useApp();
  const save = useUpdateEnterprise(enterprise.uscc);
  const showProblems = useShowProblems();
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<BasicsValues>();

  const onFinish = async (values: BasicsValues) => {
    setFormError(null);
    const industryCode = values.industryCode?.trim().toUpperCase();
    try {
      await save.mutateAsync({
        name: values.name.trim(),
        industryCode: industryCode ? industryCode : null,
        aboveScale: values.aboveScale,
        tags: enterpriseTags.filter((tag) => values.tags.includes(tag)),
      });
      message.success(et.saved);
      onDone();
    } catch (error) {
      setFormError(
        showProblems(form, error, (name) =>
          typeof name[0] === 'string' && basicsFields.has(name[0]) ? name.slice(0, 1) : null,
        ),
      );
    }
  };

  return (
    <Card size="small" title={<h2 className="section-title">{et.editTitle}</h2>} data-testid="enterprise-edit">
      <Form<BasicsValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          name: enterprise.name,
          industryCode: enterprise.industryCode ?? '',
          aboveScale: enterprise.aboveScale,
          tags: enterprise.tags,
        }}
      >
        <FormError message={formError} />
        <Form.Item name="name" label={et.name} rules={[{ required: true, whitespace: true, message: et.nameRequired }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="industryCode"
          label={et.industryCode}
          extra={et.industryCodeHelp}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const code = value?.trim().toUpperCase();
                if (code && !INDUSTRY_CODE.test(code)) throw new Error(et.industryCodeInvalid);
              },
            },
          ]}
        >
          <Input maxLength={10} style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="aboveScale" label={et.aboveScale} valuePropName="checked">
          <Switch checkedChildren={t.app.yes} unCheckedChildren={t.app.no} />
        </Form.Item>
        <Form.Item name="tags" label={et.tag}>
          <Checkbox.Group options={enterpriseTags.map((tag) => ({ value: tag, label: et.tags[tag] ?? tag }))} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t.app.save}
          </Button>
          <Button onClick={onDone} disabled={save.isPending}>
            {t.app.cancel}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/** A person's ruling on the enterprise's SEI classification from a month on: industries with their shares. */
export function ClassificationForm({ enterprise, onDone }: { enterprise: EnterpriseDetail; onDone: () => void }) {
  const { t, localize } = useLocale();
  const et = t.enterprises;
  const { message } = App.useApp();
  const plan = usePlan().data;
  const save = useUpdateEnterprise(enterprise.uscc);
  const showProblems = useShowProblems();
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<ClassificationValues>();
  const rows = Form.useWatch('shares', form) ?? [];
  const industryOptions = (plan?.industries ?? []).map((industry) => ({
    value: industry.code,
    label: localize(industry.name),
  }));

  const onFinish = async (values: ClassificationValues) => {
    setFormError(null);
    const note = values.note?.trim();
    try {
      await save.mutateAsync({
        classification: {
          validFrom: values.validFrom?.format('YYYY-MM') ?? '',
          shares: values.shares.map((row) => ({
            industryCode: row.industryCode ?? '',
            share: percentToShare(row.percent ?? 0),
          })),
          ...(note ? { note } : {}),
        },
      });
      message.success(et.classified);
      onDone();
    } catch (error) {
      setFormError(showProblems(form, error, classificationField));
    }
  };

  return (
    <Card size="small" title={<h2 className="section-title">{et.classifyTitle}</h2>} data-testid="enterprise-classify">
      <Typography.Paragraph type="secondary">{et.classifyExplain}</Typography.Paragraph>
      <Form<ClassificationValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          shares:
            enterprise.seiShares.length > 0
              ? enterprise.seiShares.map((s) => ({ industryCode: s.industryCode, percent: s.share * 100 }))
              : [{}],
        }}
      >
        <FormError message={formError} />
        <Form.Item
          name="validFrom"
          label={et.classifyFrom}
          rules={[{ required: true, message: et.classifyFromRequired }]}
        >
          <DatePicker picker="month" format="YYYY-MM" style={{ width: 160 }} />
        </Form.Item>
        <Form.List
          name="shares"
          rules={[
            {
              validator: async (_, value: ShareRow[] | undefined) => {
                const problem = sharesProblem(value ?? []);
                if (problem === 'empty') throw new Error(et.classifySharesRequired);
                if (problem === 'over') throw new Error(et.classifySharesOver(String(totalPercent(value ?? []))));
                if (problem === 'duplicate') throw new Error(et.classifySharesDuplicate);
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={et.classifyShares} required style={{ marginBottom: 16 }}>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="top" wrap={false}>
                  <Col flex="auto">
                    <Form.Item
                      name={[field.name, 'industryCode']}
                      rules={[{ required: true, message: et.classifyIndustryRequired }]}
                    >
                      <Select
                        options={industryOptions}
                        placeholder={et.classifyIndustry}
                        aria-label={et.classifyIndustry}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="150px">
                    <Form.Item
                      name={[field.name, 'percent']}
                      rules={[
                        {
                          validator: async (_, value: number | null | undefined) => {
                            if (value === null || value === undefined || value <= 0 || value > 100) {
                              throw new Error(et.classifyShareRequired);
                            }
                          },
                        },
                      ]}
                    >
                      <InputNumber
                        min={0}
                        max={100}
                        suffix="%"
                        aria-label={et.classifyShare}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={et.classifyRemoveShare}
                      title={et.classifyRemoveShare}
                      onClick={() => remove(field.name)}
                      disabled={fields.length <= 1}
                    />
                  </Col>
                </Row>
              ))}
              <Space>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  disabled={fields.length >= industryOptions.length}
                >
                  {et.classifyAddShare}
                </Button>
                <Typography.Text type="secondary" data-testid="classify-total">
                  {et.classifySharesTotal(String(totalPercent(rows)))}
                </Typography.Text>
              </Space>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="note" label={et.classifyNote}>
          <Input.TextArea rows={2} maxLength={500} showCount placeholder={et.classifyNotePlaceholder} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {et.classifySubmit}
          </Button>
          <Button onClick={onDone} disabled={save.isPending}>
            {t.app.cancel}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
