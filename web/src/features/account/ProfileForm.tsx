import { Alert, App, Button, Card, Descriptions, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { Gender, Profile } from '../../api/types';
import { BirthDatePicker } from '../auth/BirthDatePicker';
import { useUpdateProfile } from './useAccount';

interface ProfileValues {
  displayName: string;
  gender?: Gender | null;
  city?: string;
  birthDate?: Dayjs | null;
}

export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateProfile();
  const isSeeker = profile.role === 'seeker';

  const submit = (values: ProfileValues) => {
    setError(null);
    update.mutate(
      {
        displayName: values.displayName.trim(),
        gender: values.gender ?? null,
        city: values.city?.trim() || null,
        birthDate: values.birthDate ? values.birthDate.format('YYYY-MM-DD') : null,
      },
      {
        onSuccess: () => message.success(t('account.saved')),
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };

  return (
    <Card title={t('account.profile')} size="small">
      <Descriptions
        column={1}
        size="small"
        className="account-facts"
        items={[
          { key: 'phone', label: t('account.phone'), children: profile.phoneMasked },
          { key: 'role', label: t('account.role'), children: t(`account.roles.${profile.role}`) },
        ]}
      />
      <Form<ProfileValues>
        name="profile"
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{
          displayName: profile.displayName,
          gender: profile.gender,
          city: profile.city ?? '',
          birthDate: profile.birthDate ? dayjs(profile.birthDate) : null,
        }}
      >
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Form.Item
          label={t('account.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('account.displayNameRequired') }]}
        >
          <Input maxLength={40} autoComplete="nickname" />
        </Form.Item>
        <div className="form-row">
          <Form.Item label={t('account.gender')} name="gender">
            <Select
              allowClear
              placeholder={t('account.genderPlaceholder')}
              options={(['female', 'male', 'other'] as const).map((g) => ({ value: g, label: t(`account.genders.${g}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('account.city')} name="city">
            <Input maxLength={20} placeholder={t('account.cityPlaceholder')} autoComplete="address-level2" />
          </Form.Item>
        </div>
        <Form.Item
          label={t('account.birthDate')}
          name="birthDate"
          rules={isSeeker ? [{ required: true, message: t('account.birthDateRequired') }] : []}
          extra={isSeeker ? t('register.birthDateHint') : undefined}
        >
          <BirthDatePicker allowClear={!isSeeker} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('account.save')}
        </Button>
      </Form>
    </Card>
  );
}
