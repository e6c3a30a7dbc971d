import { App, Button, Card, Popconfirm, Skeleton } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import type { Certification, Membership } from '../../api/types';
import { CertificationStatus } from './CertificationStatus';
import { EnterpriseFacts } from './EnterpriseFacts';
import { EnterpriseLogo } from './EnterpriseLogo';
import { LOGO_ACCEPT, LOGO_MAX_MB, MAX_PHOTOS, mediaUrl, PHOTO_MAX_MB, useAddPhoto, useEnterpriseProfile, useRemovePhoto, useSetLogo } from './useEnterprise';

/** The listing as the public sees it, with the certification state; admins change the logo and photos here. */
export function ProfileCard({ membership, status }: { membership: Membership; status: Certification['status'] | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = membership.enterprise.id;
  const profile = useEnterpriseProfile(id);
  const setLogo = useSetLogo(id);
  const addPhoto = useAddPhoto(id);
  const removePhoto = useRemovePhoto(id);
  const logoInput = useRef<HTMLInputElement>(null);
  const photoInput = useRef<HTMLInputElement>(null);
  const isAdmin = membership.role === 'admin';

  const upload = (kind: 'logo' | 'photo', file: File | undefined) => {
    if (!file) return;
    const max = kind === 'logo' ? LOGO_MAX_MB : PHOTO_MAX_MB;
    if (file.size > max * 1024 * 1024) {
      message.error(t('enterprise.file.tooLarge', { mb: max }));
      return;
    }
    (kind === 'logo' ? setLogo : addPhoto).mutate(file, {
      onSuccess: () => message.success(t(kind === 'logo' ? 'enterprise.profile.logoSaved' : 'enterprise.profile.photoAdded')),
      onError: (err) => message.error(errorMessage(err)),
    });
  };

  if (!profile.data) return <Card size="small">{profile.isError ? errorMessage(profile.error) : <Skeleton active />}</Card>;
  const e = profile.data;
  return (
    <Card size="small" className="profile-card">
      <div className="profile-card__head">
        <EnterpriseLogo id={e.id} name={e.name} fileId={e.logoFileId} size={64} />
        <div className="profile-card__title">
          <h3 className="profile-card__name">{e.name}</h3>
          <div className="profile-card__tags">
            {status && <CertificationStatus status={e.verified ? 'verified' : status} />}
            <span className="muted">{t('enterprise.profile.yourRole', { role: t(`enterprise.roles.${membership.role}`) })}</span>
          </div>
        </div>
      </div>
      <EnterpriseFacts enterprise={e} />
      {e.introduction && <p className="prose profile-card__intro">{e.introduction}</p>}
      <div className="profile-card__photos">
        <h4 className="section-heading">{t('enterprise.profile.photos', { count: e.photoFileIds.length, max: MAX_PHOTOS })}</h4>
        {e.photoFileIds.length === 0 ? (
          <p className="muted profile-card__hint">{t('enterprise.profile.noPhotos')}</p>
        ) : (
          <ul className="photo-grid">
            {e.photoFileIds.map((fileId, index) => (
              <li key={fileId} className="photo-grid__item">
                <img src={mediaUrl(e.id, fileId)} alt={t('enterprise.profile.photoAlt', { n: index + 1 })} />
                {isAdmin && (
                  <Popconfirm
                    title={t('enterprise.profile.removePhotoConfirm')}
                    okText={t('enterprise.profile.removePhoto')}
                    cancelText={t('enterprise.common.cancel')}
                    onConfirm={() => removePhoto.mutateAsync(fileId).catch((err: unknown) => message.error(errorMessage(err)))}
                  >
                    <Button size="small" danger className="photo-grid__remove" aria-label={t('enterprise.profile.removePhotoLabel', { n: index + 1 })}>
                      ×
                    </Button>
                  </Popconfirm>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="profile-card__actions">
        {isAdmin && (
          <>
            <input
              ref={logoInput}
              type="file"
              accept={LOGO_ACCEPT}
              hidden
              aria-label={t('enterprise.profile.changeLogo')}
              onChange={(ev) => {
                upload('logo', ev.target.files?.[0]);
                ev.target.value = '';
              }}
            />
            <input
              ref={photoInput}
              type="file"
              accept={LOGO_ACCEPT}
              hidden
              aria-label={t('enterprise.profile.addPhoto')}
              onChange={(ev) => {
                upload('photo', ev.target.files?.[0]);
                ev.target.value = '';
              }}
            />
            <Button size="small" onClick={() => logoInput.current?.click()} loading={setLogo.isPending}>
              {t(e.logoFileId ? 'enterprise.profile.changeLogo' : 'enterprise.profile.uploadLogo')}
            </Button>
            <Button size="small" onClick={() => photoInput.current?.click()} loading={addPhoto.isPending} disabled={e.photoFileIds.length >= MAX_PHOTOS}>
              {t('enterprise.profile.addPhoto')}
            </Button>
          </>
        )}
        <Link to={`/enterprises/${e.id}`} className="profile-card__public">
          {t('enterprise.profile.viewPublic')}
        </Link>
      </div>
      {isAdmin && <p className="muted profile-card__hint">{t('enterprise.profile.mediaHint', { logo: LOGO_MAX_MB, photo: PHOTO_MAX_MB })}</p>}
    </Card>
  );
}
