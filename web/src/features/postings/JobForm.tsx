import { Alert, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showOnField } from '../enterprises/fieldErrors';
import { useTaxonomy, useTaxonomyLabel } from '../jobs/useTaxonomy';
import type { JobStatus, JobWrite, ManagedJob } from './usePostings';
import { WelfarePicker } from './WelfarePicker';

type Values = Omit<JobWrite, 'submit'>;
const FIELDS = [
  'title',
  'position',
  'city',
  'district',
  'address',
  'salaryMin',
  'salaryMax',
  'salaryMonths',
  'experience',
  'education',
  'jobType',
  'headcount',
  'tags',
  'description',
  'requirements',
] as const;

const blank: Partial<Values> = { salaryMonths: 12, experience: 'any', education: 'any', jobType: 'full_time', headcount: 1, tags: [] };

function valuesOf(job: ManagedJob): Values {
  return {
    title: job.title,
    position: job.position,
    city: job.city,
    district: job.district,
    address: job.address,
    salaryMin: job.salaryMin,
    salaryMax: job.salaryMax,
    salaryMonths: job.salaryMonths,
    experience: job.experience,
    education: job.education,
    jobType: job.jobType,
    headcount: job.headcount,
    tags: job.tags,
    description: job.description,
    requirements: job.requirements,
  };
}

/** The job form: taxonomy selects, salary range, welfare tags, description. */
export function JobForm({ job, saving, onSave }: { job: ManagedJob | null; saving: boolean; onSave: (body: JobWrite) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const taxonomy = useTaxonomy();
  const label = useTaxonomyLabel();
  const [alert, setAlert] = useState<string | null>(null);
  const [pressed, setPressed] = useState<'draft' | 'submit' | null>(null);
  const status: JobStatus | null = job?.status ?? null;
  // Drafts and rejected jobs are kept until submitted; a live or closed job is simply saved.
  const canSubmit = status === null || status === 'draft' || status === 'rejected';

  const save = async (submit: boolean) => {
    setAlert(null);
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setPressed(submit ? 'submit' : 'draft');
    const body: JobWrite = {
      ...values,
      district: values.district?.trim() ? values.district.trim() : null,
      address: values.address ?? '',
      requirements: values.requirements ?? '',
      tags: values.tags ?? [],
      ...(canSubmit ? { submit } : {}),
    };
    try {
      await onSave(body);
    } catch (error) {
      setAlert(showOnField(form, error, FIELDS));
    }
  };

  const options = (items: readonly { code: string }[] | undefined, kind: 'experience' | 'education' | 'jobType') =>
    (items ?? []).map((i) => ({ value: i.code, label: label(kind, i.code) }));
  const required = { required: true, whitespace: true, message: t('postings.form.required') };

  return (
    <Form form={form} layout="vertical" initialValues={job ? valuesOf(job) : blank} requiredMark="optional" className="job-form">
      {alert && <Alert type="error" showIcon title={alert} className="job-form__alert" />}
      <Card size="small" title={t('postings.form.basics')}>
        <Form.Item name="title" label={t('postings.form.title')} rules={[required, { max: 40 }]}>
          <Input maxLength={40} showCount placeholder={t('postings.form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="position" label={t('postings.form.position')} rules={[{ required: true, message: t('postings.form.required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('postings.form.positionPlaceholder')}
            loading={taxonomy.isPending}
            options={(taxonomy.data?.positionCategories ?? []).map((c) => ({
              label: label('category', c.code),
              title: label('category', c.code),
              options: c.positions.map((p) => ({ value: p.code, label: label('position', p.code) })),
            }))}
          />
        </Form.Item>
        <div className="job-form__row">
          <Form.Item name="city" label={t('postings.form.city')} rules={[required, { max: 20 }]}>
            <Input maxLength={20} placeholder={t('postings.form.cityPlaceholder')} />
          </Form.Item>
          <Form.Item name="district" label={t('postings.form.district')} rules={[{ max: 20 }]}>
            <Input maxLength={20} placeholder={t('postings.form.districtPlaceholder')} />
          </Form.Item>
        </div>
        <Form.Item name="address" label={t('postings.form.address')} rules={[{ max: 120 }]}>
          <Input maxLength={120} placeholder={t('postings.form.addressPlaceholder')} />
        </Form.Item>
      </Card>
      <Card size="small" title={t('postings.form.pay')}>
        <p className="muted job-form__hint">{t('postings.form.salaryHint')}</p>
        <div className="job-form__row">
          <Form.Item name="salaryMin" label={t('postings.form.salaryMin')} rules={[{ required: true, message: t('postings.form.required') }]}>
            <InputNumber min={1} max={1000} precision={0} className="job-form__number" />
          </Form.Item>
          <Form.Item
            name="salaryMax"
            label={t('postings.form.salaryMax')}
            dependencies={['salaryMin']}
            rules={[
              { required: true, message: t('postings.form.required') },
              ({ getFieldValue }) => ({
                validator: (_r, v: number | undefined) =>
                  v === undefined || getFieldValue('salaryMin') === undefined || v >= getFieldValue('salaryMin')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('postings.form.salaryOrder'))),
              }),
            ]}
          >
            <InputNumber min={1} max={1000} precision={0} className="job-form__number" />
          </Form.Item>
          <Form.Item name="salaryMonths" label={t('postings.form.salaryMonths')} rules={[{ required: true, message: t('postings.form.required') }]}>
            <InputNumber min={12} max={24} precision={0} className="job-form__number" />
          </Form.Item>
        </div>
        <div className="job-form__row">
          <Form.Item name="experience" label={t('postings.form.experience')} rules={[{ required: true }]}>
            <Select options={options(taxonomy.data?.experienceLevels, 'experience')} />
          </Form.Item>
          <Form.Item name="education" label={t('postings.form.education')} rules={[{ required: true }]}>
            <Select options={options(taxonomy.data?.educationLevels, 'education')} />
          </Form.Item>
        </div>
        <div className="job-form__row">
          <Form.Item name="jobType" label={t('postings.form.jobType')} rules={[{ required: true }]}>
            <Select options={options(taxonomy.data?.jobTypes, 'jobType')} />
          </Form.Item>
          <Form.Item name="headcount" label={t('postings.form.headcount')} rules={[{ required: true, message: t('postings.form.required') }]}>
            <InputNumber min={1} max={9999} precision={0} className="job-form__number" />
          </Form.Item>
        </div>
        <Form.Item name="tags" label={t('postings.form.tags')}>
          <WelfarePicker />
        </Form.Item>
      </Card>
      <Card size="small" title={t('postings.form.details')}>
        <p className="muted job-form__hint">{t('postings.form.plainText')}</p>
        <Form.Item name="description" label={t('postings.form.description')} rules={[required, { max: 5000 }]}>
          <Input.TextArea rows={6} maxLength={5000} showCount placeholder={t('postings.form.descriptionPlaceholder')} />
        </Form.Item>
        <Form.Item name="requirements" label={t('postings.form.requirements')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount placeholder={t('postings.form.requirementsPlaceholder')} />
        </Form.Item>
      </Card>
      <Space wrap className="job-form__actions">
        {canSubmit ? (
          <>
            <Button type="primary" loading={saving && pressed === 'submit'} disabled={saving} onClick={() => void save(true)}>
              {t('postings.form.submit')}
            </Button>
            <Button loading={saving && pressed === 'draft'} disabled={saving} onClick={() => void save(false)}>
              {t('postings.form.saveDraft')}
            </Button>
          </>
        ) : (
          <Button type="primary" loading={saving} onClick={() => void save(false)}>
            {t('postings.form.save')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
