import { Avatar, Button, Card, Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useTaxonomyLabel } from '../jobs/useTaxonomy';
import type { CandidateView } from './useResumes';

function Period({ start, end }: { start: string; end: string | null }) {
  const { t } = useTranslation();
  return (
    <span className="resume-view__period">
      {start} – {end ?? t('resumes.view.present')}
    </span>
  );
}

function Block({ title, children, when }: { title: string; children: ReactNode; when: boolean }) {
  if (!when) return null;
  return (
    <section className="resume-view__block">
      <h3 className="resume-view__heading">{title}</h3>
      {children}
    </section>
  );
}

/**
 * A resume as a recruiter sees it (also the seeker's preview). Every text is rendered as text,
 * so markup a seeker typed shows as written and never runs.
 */
export function ResumeView({
  view,
  avatarSrc,
  attachmentHref,
  actions,
}: {
  view: CandidateView;
  avatarSrc?: string | undefined;
  attachmentHref?: string | undefined;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const label = useTaxonomyLabel();
  const salary = () => {
    const { salaryMin: min, salaryMax: max } = view.intentions;
    if (min !== null && max !== null) return t('resumes.view.salary', { min, max });
    if (min !== null) return t('resumes.view.salaryFrom', { min });
    if (max !== null) return t('resumes.view.salaryUpTo', { max });
    return t('resumes.view.negotiable');
  };
  const facts = [
    view.gender && t(`resumes.gender.${view.gender}`),
    view.age !== null && t('resumes.view.age', { age: view.age }),
    view.city,
    view.educationLevel && label('education', view.educationLevel),
    view.yearsOfWork !== null && (view.yearsOfWork === 0 ? t('resumes.view.newGraduate') : t('resumes.view.years', { count: view.yearsOfWork })),
    view.jobStatus && t(`resumes.jobStatus.${view.jobStatus}`),
  ].filter(Boolean) as string[];

  return (
    <Card className="resume-view">
      <header className="resume-view__head">
        <Avatar size={64} src={view.hasAvatar ? avatarSrc : undefined} alt="">
          {[...view.displayName][0] ?? '?'}
        </Avatar>
        <div className="resume-view__who">
          <div className="resume-view__name">
            <span data-testid="candidate-name">{view.displayName}</span>
            <Tag color={view.disclosed ? 'green' : 'default'}>{t(view.disclosed ? 'resumes.candidates.disclosedTag' : 'resumes.candidates.maskedTag')}</Tag>
          </div>
          <div className="resume-view__facts">{facts.join(' · ')}</div>
          <div className="resume-view__phone">
            {t('resumes.view.phone')}: <span data-testid="candidate-phone">{view.phone}</span>
          </div>
        </div>
      </header>
      <p className="muted resume-view__notice">{t(view.disclosed ? 'resumes.view.disclosed' : 'resumes.view.masked')}</p>
      {actions && <div className="resume-view__actions">{actions}</div>}

      <Block title={t('resumes.sections.intentions')} when>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('resumes.view.labels.positions')}>
            {view.intentions.positions.map((p) => label('position', p)).join('、') || t('resumes.view.empty')}
          </Descriptions.Item>
          <Descriptions.Item label={t('resumes.view.labels.cities')}>{view.intentions.cities.join('、') || t('resumes.view.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('resumes.view.labels.jobTypes')}>
            {view.intentions.jobTypes.map((j) => t(`resumes.jobType.${j}`)).join('、') || t('resumes.view.empty')}
          </Descriptions.Item>
          <Descriptions.Item label={t('resumes.view.labels.salary')}>{salary()}</Descriptions.Item>
        </Descriptions>
      </Block>

      <Block title={t('resumes.sections.introduction')} when={Boolean(view.introduction.trim())}>
        <p className="resume-view__text">{view.introduction}</p>
      </Block>

      <Block title={t('resumes.sections.experience')} when={view.experience.length > 0}>
        <ul className="resume-view__list">
          {view.experience.map((e, i) => (
            <li key={`${e.company}-${i}`}>
              <div className="resume-view__line">
                <strong>{e.company}</strong> · {e.title} {e.internship && <Tag>{t('resumes.view.internship')}</Tag>}
                <Period start={e.start} end={e.end} />
              </div>
              {e.monthlySalary !== null && <div className="muted">{t('resumes.view.monthly', { salary: e.monthlySalary })}</div>}
              {e.description && <p className="resume-view__text">{e.description}</p>}
            </li>
          ))}
        </ul>
      </Block>

      <Block title={t('resumes.sections.projects')} when={view.projects.length > 0}>
        <ul className="resume-view__list">
          {view.projects.map((p, i) => (
            <li key={`${p.name}-${i}`}>
              <div className="resume-view__line">
                <strong>{p.name}</strong>
                {p.role && ` · ${p.role}`}
                <Period start={p.start} end={p.end} />
              </div>
              {p.description && <p className="resume-view__text">{p.description}</p>}
            </li>
          ))}
        </ul>
      </Block>

      <Block title={t('resumes.sections.education')} when={view.education.length > 0}>
        <ul className="resume-view__list">
          {view.education.map((e, i) => (
            <li key={`${e.school}-${i}`} className="resume-view__line">
              <strong>{e.school}</strong>
              {e.major && ` · ${e.major}`} · {label('education', e.degree)}
              <Period start={e.start} end={e.end} />
            </li>
          ))}
        </ul>
      </Block>

      <Block title={t('resumes.sections.skills')} when={view.skills.length > 0}>
        <div className="resume-view__tags">
          {view.skills.map((s) => (
            <Tag key={s}>{s}</Tag>
          ))}
        </div>
      </Block>

      <Block title={t('resumes.sections.certificates')} when={view.certificates.length > 0}>
        <ul className="resume-view__list">
          {view.certificates.map((c, i) => (
            <li key={`${c.name}-${i}`} className="resume-view__line">
              {c.name}
              {c.issuedOn && <span className="resume-view__period">{c.issuedOn}</span>}
            </li>
          ))}
        </ul>
      </Block>

      <footer className="resume-view__foot">
        <span className="muted">{t('resumes.view.updated', { time: date(view.updatedAt) })}</span>
        {view.attachment && attachmentHref && (
          <Button href={attachmentHref} size="small">
            {t('resumes.view.attachment')}
          </Button>
        )}
      </footer>
    </Card>
  );
}
