import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilePicker } from './FilePicker';
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_MB } from './useEnterprise';

/** The business licence (required) and letter of authorisation (optional) fields, shared by certification and claims. */
export function DocumentUploadFields() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tooLarge = () => message.error(t('enterprise.file.tooLarge', { mb: DOCUMENT_MAX_MB }));
  return (
    <>
      <p className="muted upload-types">{t('enterprise.file.documentTypes', { mb: DOCUMENT_MAX_MB })}</p>
      <Form.Item
        label={t('enterprise.certification.licence')}
        name="licence"
        rules={[{ required: true, message: t('enterprise.certification.licenceRequired') }]}
      >
        <FilePicker accept={DOCUMENT_ACCEPT} maxMb={DOCUMENT_MAX_MB} onTooLarge={tooLarge} />
      </Form.Item>
      <Form.Item label={t('enterprise.certification.authorisation')} name="authorisation" extra={t('enterprise.certification.authorisationHint')}>
        <FilePicker accept={DOCUMENT_ACCEPT} maxMb={DOCUMENT_MAX_MB} onTooLarge={tooLarge} />
      </Form.Item>
    </>
  );
}
