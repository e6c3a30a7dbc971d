import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { EnterpriseReview, ReviewFile } from '../../api/types';
import { useReviewFile } from './useEnterpriseReviews';

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/**
 * One document: its kind and size, and a button to open it. Only the button fetches the file
 * (each opening is audited); the bytes live in an object URL released when the viewer goes away.
 */
export function ReviewFileViewer({ review, file }: { review: EnterpriseReview; file: ReviewFile }) {
  const { t } = useTranslation();
  const load = useReviewFile();
  const [url, setUrl] = useState<string | null>(null);
  const document = t(`admin.reviews.documents.${file.document}`);

  useEffect(() => {
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [url]);

  const open = () =>
    load.mutate(
      { reviewId: review.id, fileId: file.id },
      {
        onSuccess: (blob) => setUrl(URL.createObjectURL(blob)),
      },
    );

  return (
    <div className="review-file">
      <div className="review-file__head">
        <span>
          <strong>{document}</strong> <span className="muted">{t('admin.reviews.fileMeta', { kind: file.kind.toUpperCase(), size: kb(file.sizeBytes) })}</span>
        </span>
        {!url && (
          <Button size="small" onClick={open} loading={load.isPending}>
            {t('admin.reviews.viewFile', { document })}
          </Button>
        )}
      </div>
      {load.isError && <Alert type="error" showIcon title={t('admin.reviews.fileLoadError')} description={errorMessage(load.error)} />}
      {url && (
        <div className="review-file__body">
          <p className="muted review-file__recorded">{t('admin.reviews.fileRecorded')}</p>
          {file.kind === 'pdf' ? (
            <object data={url} type="application/pdf" className="review-file__pdf" aria-label={document}>
              <a href={url} target="_blank" rel="noreferrer">
                {t('admin.reviews.openPdf')}
              </a>
            </object>
          ) : (
            <img src={url} alt={document} className="review-file__image" />
          )}
        </div>
      )}
    </div>
  );
}
