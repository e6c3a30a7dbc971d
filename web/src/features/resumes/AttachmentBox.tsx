import { App, Button, Popconfirm } from 'antd';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_MB, attachmentUrl, type Resume, useRemoveAttachment, useUploadAttachment } from './useResumes';

/** The resume's attachment: upload (checked for size here, for type by the server), download, remove. */
export function AttachmentBox({ resumeId, attachment }: { resumeId: number; attachment: Resume['attachment'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadAttachment();
  const remove = useRemoveAttachment();
  return (
    <div className="resume-attachment">
      <div className="resume-attachment__row">
        <span className="resume-attachment__title">{t('resumes.attachment.title')}</span>
        {attachment ? (
          <span className="muted">
            {t('resumes.attachment.size', { kind: attachment.kind.toUpperCase(), size: Math.max(1, Math.round(attachment.sizeBytes / 1024)) })}
          </span>
        ) : (
          <span className="muted">{t('resumes.attachment.none')}</span>
        )}
      </div>
      <div className="resume-attachment__actions">
        <input
          ref={input}
          id={inputId}
          type="file"
          aria-label={t(attachment ? 'resumes.attachment.replace' : 'resumes.attachment.choose')}
          accept={ATTACHMENT_ACCEPT}
          className="file-picker__input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            if (file.size > ATTACHMENT_MAX_MB * 1024 * 1024) {
              message.error(t('resumes.attachment.tooLarge'));
              return;
            }
            upload.mutate(
              { id: resumeId, file },
              { onSuccess: () => message.success(t('resumes.attachment.uploaded')), onError: (e) => message.error(errorMessage(e)) },
            );
          }}
        />
        <Button size="small" loading={upload.isPending} onClick={() => input.current?.click()} aria-hidden tabIndex={-1}>
          {t(attachment ? 'resumes.attachment.replace' : 'resumes.attachment.choose')}
        </Button>
        {attachment && (
          <>
            <Button size="small" type="link" href={attachmentUrl(resumeId)}>
              {t('resumes.attachment.download')}
            </Button>
            <Popconfirm
              title={t('resumes.attachment.remove')}
              onConfirm={() =>
                remove.mutate(resumeId, { onSuccess: () => message.success(t('resumes.attachment.removed')), onError: (e) => message.error(errorMessage(e)) })
              }
            >
              <Button size="small" type="link" danger loading={remove.isPending}>
                {t('resumes.attachment.remove')}
              </Button>
            </Popconfirm>
          </>
        )}
      </div>
      <p className="muted resume-attachment__hint">{t('resumes.attachment.hint')}</p>
    </div>
  );
}
