import { Alert, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage, isApiError } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ContactRequestButton } from '../applications/ContactRequestButton';
import { FavouriteButton } from '../favourites/FavouriteButton';
import { ResumeView } from './ResumeView';
import { candidateAttachmentUrl, candidateAvatarUrl, useCandidate } from './useResumes';
import './resumes.css';

/** /workspace/candidates/:resumeId — a resume the recruiter's enterprise may see; each opening is recorded for the seeker. */
export function CandidatePage() {
  const { t } = useTranslation();
  const id = Number(useParams().resumeId);
  const candidate = useCandidate(id);
  useDocumentTitle(candidate.data?.displayName ?? t('resumes.candidates.title'));
  return (
    <div className="resume-page resume-page--narrow">
      <Link to="/workspace/candidates" className="resume-page__back">
        ← {t('resumes.candidates.back')}
      </Link>
      {candidate.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : candidate.isError ? (
        <Alert
          type={isApiError(candidate.error, 'RESUME_NOT_FOUND') ? 'warning' : 'error'}
          showIcon
          title={isApiError(candidate.error, 'RESUME_NOT_FOUND') ? t('resumes.candidates.notFound') : errorMessage(candidate.error)}
        />
      ) : (
        <ResumeView
          view={candidate.data}
          avatarSrc={candidateAvatarUrl(id)}
          attachmentHref={candidateAttachmentUrl(id)}
          actions={
            <Space wrap>
              <ContactRequestButton resumeId={id} />
              <FavouriteButton kind="candidate" id={id} />
            </Space>
          }
        />
      )}
    </div>
  );
}
