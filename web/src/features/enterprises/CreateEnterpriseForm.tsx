import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { ENTERPRISE_SIZES, normaliseCreditCode, SIZE_KEYS } from './enterpriseSizes';
import { FilePicker } from './FilePicker';
import { showOnField } from './fieldErrors';
import { LOGO_ACCEPT, LOGO_MAX_MB, useCreateEnterprise } from './useEnterprise';

interface CreateValues {
  name: string;
  creditCode: string;
  industry: string;
  size: string;
  city: string;
  address?: string;
  introduction?: string;
  logo?: File | null;
}

const FIELDS = ['name', 'creditCode', 'industry', 'size', 'city', 'address', 'introduction'] as const;

/**
 * Registers an enterprise; the recruiter becomes its admin. The credit code is only checked for
 * length here: the server verifies the check character and its message is shown on the field.
 */
export function CreateEnterpriseForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [error, setError] = useState<string | null>(null);
  const create = useCreateEnterprise();

  const submit = (values: CreateValues) => {
    setError(null);
    create.mutate(
      {
        body: {
          name: values.name.trim(),
          creditCode: normaliseCreditCode(values.creditCode),
          industry: values.industry.trim(),
          size: values.size,
          city: values.city.trim(),
          address: values.address?.trim() ?? '',
          introduction: values.introduction?.trim() ?? '',
        },
        logo: values.logo ?? undefined,
      },
      {
        onSuccess: ({ logoError }) => {
          message.success(t('enterprise.create.created'));
          if (logoError) message.warning(t('enterprise.create.logoFailed', { reason: errorMessage(logoError) }));
        },
        onError: (err) => setError(showOnField(form, err, FIELDS)),
      },
    );
  };

  return (
    <Form<CreateValues> form={form} name="create-enterprise" aria-label={t('enterprise.create.title')} layout="vertical" requiredMark onFinish={submit}>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form.Item
        label={t('enterprise.fields.name')}
        name="name"
        rules={[{ required: true, whitespace: true, min: 2, message: t('enterprise.create.nameRequired') }]}
      >
        <Input maxLength={60} placeholder={t('enterprise.create.namePlaceholder')} autoComplete="organization" />
      </Form.Item>
      <Form.Item
        label={t('enterprise.fields.creditCode')}
        name="creditCode"
        extra={t('enterprise.create.creditCodeHint')}
        rules={[
          { required: true, whitespace: true, message: t('enterprise.create.creditCodeRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || normaliseCreditCode(value).length === 18 ? Promise.resolve() : Promise.reject(new Error(t('enterprise.create.creditCodeLength'))),
          },
        ]}
      >
        <Input maxLength={30} placeholder="91350100M000100Y43" className="credit-code-input" autoComplete="off" spellCheck={false} />
      </Form.Item>
      <div className="form-row">
        <Form.Item
          label={t('enterprise.fields.industry')}
          name="industry"
          rules={[{ required: true, whitespace: true, message: t('enterprise.create.industryRequired') }]}
        >
          <Input maxLength={40} placeholder={t('enterprise.create.industryPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('enterprise.fields.size')} name="size" rules={[{ required: true, message: t('enterprise.create.sizeRequired') }]}>
          <Select
            placeholder={t('enterprise.create.sizePlaceholder')}
            options={ENTERPRISE_SIZES.map((size) => ({ value: size, label: t(`enterprise.sizes.${SIZE_KEYS[size]}`) }))}
          />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item label={t('enterprise.fields.city')} name="city" rules={[{ required: true, whitespace: true, message: t('enterprise.create.cityRequired') }]}>
          <Input maxLength={20} placeholder={t('enterprise.create.cityPlaceholder')} autoComplete="address-level2" />
        </Form.Item>
        <Form.Item label={t('enterprise.fields.address')} name="address">
          <Input maxLength={200} placeholder={t('enterprise.create.addressPlaceholder')} autoComplete="street-address" />
        </Form.Item>
      </div>
      <Form.Item label={t('enterprise.fields.introduction')} name="introduction">
        <Input.TextArea rows={4} maxLength={5000} showCount placeholder={t('enterprise.create.introductionPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('enterprise.create.logo')} name="logo" extra={t('enterprise.file.imageTypes', { mb: LOGO_MAX_MB })}>
        <FilePicker accept={LOGO_ACCEPT} maxMb={LOGO_MAX_MB} onTooLarge={() => message.error(t('enterprise.file.tooLarge', { mb: LOGO_MAX_MB }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('enterprise.create.submit')}
      </Button>
    </Form>
  );
}
