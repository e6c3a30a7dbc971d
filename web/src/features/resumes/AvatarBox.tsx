import { App, Avatar, Button, Popconfirm } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { AVATAR_ACCEPT, AVATAR_MAX_MB, avatarUrl, type Resume, useRemoveAvatar, useUploadAvatar } from './useResumes';

/** The resume's photo: shown to employers only after the seeker discloses to them. */
export function AvatarBox({ resume }: { resume: Resume }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadAvatar();
  const remove = useRemoveAvatar();
  return (
    <div className="resume-avatar">
      <Avatar size={64} src={resume.hasAvatar ? avatarUrl(resume.id, resume.updatedAt) : undefined} alt="">
        {resume.realName.slice(0, 1) || '?'}
      </Avatar>
      <div className="resume-avatar__body">
        <div className="resume-avatar__actions">
          <input
            ref={input}
            type="file"
            accept={AVATAR_ACCEPT}
            aria-label={t('resumes.editor.avatarChoose')}
            className="file-picker__input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              if (file.size > AVATAR_MAX_MB * 1024 * 1024) {
                message.error(t('resumes.editor.avatarTooLarge'));
                return;
              }
              upload.mutate(
                { id: resume.id, file },
                { onSuccess: () => message.success(t('resumes.editor.avatarUploaded')), onError: (e) => message.error(errorMessage(e)) },
              );
            }}
          />
          <Button size="small" loading={upload.isPending} onClick={() => input.current?.click()} aria-hidden tabIndex={-1}>
            {t('resumes.editor.avatarChoose')}
          </Button>
          {resume.hasAvatar && (
            <Popconfirm
              title={t('resumes.editor.avatarRemove')}
              onConfirm={() =>
                remove.mutate(resume.id, {
                  onSuccess: () => message.success(t('resumes.editor.avatarRemoved')),
                  onError: (e) => message.error(errorMessage(e)),
                })
              }
            >
              <Button size="small" type="link" danger loading={remove.isPending}>
                {t('resumes.editor.avatarRemove')}
              </Button>
            </Popconfirm>
          )}
        </div>
        <p className="muted resume-avatar__hint">{t('resumes.editor.avatarHint')}</p>
      </div>
    </div>
  );
}
