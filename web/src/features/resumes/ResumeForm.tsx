import { Button, Card, Checkbox, Col, Form, type FormInstance, Input, InputNumber, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../jobs/useTaxonomy';
import type { ResumeFormValues } from './resumeForm';

const half = { xs: 24, sm: 12 };
const third = { xs: 24, sm: 8 };

function Section({ id, title, children, extra }: { id: string; title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card id={id} title={<h2 className="resume-section__title">{title}</h2>} extra={extra} className="resume-section" size="small">
      {children}
    </Card>
  );
}

/** One list of entries (education, experience…): each in its own box, with add and remove. */
function Entries({
  name,
  title,
  empty,
  render,
}: {
  name: 'education' | 'experience' | 'projects' | 'certificates';
  title: string;
  empty: Record<string, unknown>;
  render: (field: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Section id={`resume-${name}`} title={title}>
          {fields.map((field, i) => (
            <fieldset key={field.key} className="resume-entry">
              <legend className="resume-entry__legend">{t('resumes.editor.entry', { n: i + 1 })}</legend>
              {render(field.name)}
              <Button type="link" danger size="small" onClick={() => remove(field.name)} className="resume-entry__remove">
                {t('resumes.editor.remove')}
              </Button>
            </fieldset>
          ))}
          <Button onClick={() => add(empty)} block>
            {t('resumes.editor.add')} · {title}
          </Button>
        </Section>
      )}
    </Form.List>
  );
}

const month = { type: 'month', placeholder: 'YYYY-MM' } as const;

/** The whole resume as one form; the server checks every value again. */
export function ResumeForm({
  form,
  initial,
  onSave,
  saving,
}: {
  form: FormInstance<ResumeFormValues>;
  initial: ResumeFormValues;
  onSave: (v: ResumeFormValues) => void;
  saving: boolean;
}) {
  const { t, i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  const en = i18n.language === 'en';
  const label = (x: { zh: string; en: string }) => (en ? x.en : x.zh);
  const required = [{ required: true, whitespace: true, message: t('resumes.editor.required') }];
  const educationOptions = (taxonomy.data?.educationLevels ?? []).filter((l) => l.code !== 'any').map((l) => ({ value: l.code, label: label(l) }));
  const positionOptions = (taxonomy.data?.positionCategories ?? []).map((c) => ({
    label: label(c),
    title: label(c),
    options: c.positions.map((p) => ({ value: p.code, label: label(p) })),
  }));

  return (
    <Form<ResumeFormValues> form={form} layout="vertical" initialValues={initial} onFinish={onSave} className="resume-form">
      <Section id="resume-basics" title={t('resumes.sections.basics')}>
        <Form.Item name="title" label={t('resumes.fields.title')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="realName" label={t('resumes.fields.realName')}>
              <Input maxLength={30} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="gender" label={t('resumes.fields.gender')}>
              <Select allowClear options={(['female', 'male', 'other'] as const).map((g) => ({ value: g, label: t(`resumes.gender.${g}`) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="birthDate" label={t('resumes.fields.birthDate')}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="city" label={t('resumes.fields.city')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="educationLevel" label={t('resumes.fields.educationLevel')}>
              <Select allowClear options={educationOptions} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="yearsOfWork" label={t('resumes.fields.yearsOfWork')}>
              <InputNumber min={0} max={60} precision={0} className="resume-form__number" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="jobStatus" label={t('resumes.fields.jobStatus')}>
              <Select allowClear options={(['looking', 'open', 'not_looking'] as const).map((s) => ({ value: s, label: t(`resumes.jobStatus.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section id="resume-introduction" title={t('resumes.sections.introduction')}>
        <Form.Item name="introduction" label={t('resumes.fields.introduction')}>
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Section>

      <Section id="resume-intentions" title={t('resumes.sections.intentions')}>
        <Form.Item name={['intentions', 'positions']} label={t('resumes.fields.positions')}>
          <Select mode="multiple" maxCount={5} options={positionOptions} optionFilterProp="label" loading={taxonomy.isPending} />
        </Form.Item>
        <Form.Item name={['intentions', 'cities']} label={t('resumes.fields.cities')}>
          <Select mode="tags" maxCount={5} open={false} suffixIcon={null} placeholder={t('resumes.editor.citiesPlaceholder')} />
        </Form.Item>
        <Form.Item name={['intentions', 'jobTypes']} label={t('resumes.fields.jobTypes')}>
          <Checkbox.Group options={(['full_time', 'part_time', 'internship'] as const).map((j) => ({ value: j, label: t(`resumes.jobType.${j}`) }))} />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name={['intentions', 'salaryMin']} label={t('resumes.fields.salaryMin')}>
              <InputNumber min={0} max={1_000_000} step={1000} precision={0} className="resume-form__number" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name={['intentions', 'salaryMax']}
              label={t('resumes.fields.salaryMax')}
              dependencies={[['intentions', 'salaryMin']]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, max: number | null | undefined) => {
                    const min = getFieldValue(['intentions', 'salaryMin']) as number | null | undefined;
                    return typeof min === 'number' && typeof max === 'number' && min > max
                      ? Promise.reject(new Error(t('resumes.editor.salaryOrder')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber min={0} max={1_000_000} step={1000} precision={0} className="resume-form__number" />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Entries
        name="education"
        title={t('resumes.sections.education')}
        empty={{ school: '', major: '', start: '', end: null }}
        render={(n) => (
          <Row gutter={12}>
            <Col {...half}>
              <Form.Item name={[n, 'school']} label={t('resumes.fields.school')} rules={required}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name={[n, 'major']} label={t('resumes.fields.major')}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={[n, 'degree']} label={t('resumes.fields.degree')} rules={[{ required: true, message: t('resumes.editor.required') }]}>
                <Select options={educationOptions} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={[n, 'start']} label={t('resumes.fields.start')} rules={required}>
                <Input {...month} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={[n, 'end']} label={t('resumes.fields.end')}>
                <Input {...month} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />

      <Entries
        name="experience"
        title={t('resumes.sections.experience')}
        empty={{ company: '', title: '', start: '', end: null, monthlySalary: null, description: '', internship: false }}
        render={(n) => (
          <Row gutter={12}>
            <Col {...half}>
              <Form.Item name={[n, 'company']} label={t('resumes.fields.company')} rules={required}>
                <Input maxLength={80} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name={[n, 'title']} label={t('resumes.fields.jobTitle')} rules={required}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={[n, 'start']} label={t('resumes.fields.start')} rules={required}>
                <Input {...month} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={[n, 'end']} label={t('resumes.fields.end')}>
                <Input {...month} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={[n, 'monthlySalary']} label={t('resumes.fields.monthlySalary')}>
                <InputNumber min={0} max={1_000_000} step={1000} precision={0} className="resume-form__number" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name={[n, 'internship']} valuePropName="checked">
                <Checkbox>{t('resumes.fields.internship')}</Checkbox>
              </Form.Item>
              <Form.Item name={[n, 'description']} label={t('resumes.fields.description')}>
                <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />

      <Entries
        name="projects"
        title={t('resumes.sections.projects')}
        empty={{ name: '', role: '', start: '', end: null, description: '' }}
        render={(n) => (
          <Row gutter={12}>
            <Col {...half}>
              <Form.Item name={[n, 'name']} label={t('resumes.fields.projectName')} rules={required}>
                <Input maxLength={80} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name={[n, 'role']} label={t('resumes.fields.role')}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name={[n, 'start']} label={t('resumes.fields.start')} rules={required}>
                <Input {...month} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name={[n, 'end']} label={t('resumes.fields.end')}>
                <Input {...month} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name={[n, 'description']} label={t('resumes.fields.description')}>
                <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />

      <Section id="resume-skills" title={t('resumes.sections.skills')}>
        <Form.Item name="skills" label={t('resumes.fields.skills')}>
          <Select mode="tags" maxCount={30} open={false} suffixIcon={null} />
        </Form.Item>
      </Section>

      <Entries
        name="certificates"
        title={t('resumes.sections.certificates')}
        empty={{ name: '', issuedOn: null }}
        render={(n) => (
          <Row gutter={12}>
            <Col {...half}>
              <Form.Item name={[n, 'name']} label={t('resumes.fields.certificateName')} rules={required}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name={[n, 'issuedOn']} label={t('resumes.fields.issuedOn')}>
                <Input {...month} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />

      <div className="resume-form__actions">
        <Button type="primary" htmlType="submit" loading={saving} size="large">
          {t('resumes.editor.save')}
        </Button>
      </div>
    </Form>
  );
}
