import type { FormRule } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isMainlandMobile } from './phone';

export function usePhoneRules(): FormRule[] {
  const { t } = useTranslation();
  return useMemo(
    () => [
      { required: true, message: t('login.phoneRequired') },
      { validator: async (_, value?: string) => (!value || isMainlandMobile(value) ? undefined : Promise.reject(new Error(t('login.phoneInvalid')))) },
    ],
    [t],
  );
}
