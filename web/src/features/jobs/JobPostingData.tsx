import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';

/**
 * The job's schema.org JobPosting for search engines, as the API gives it. The JSON is data, not
 * code: `<` is escaped so no text of the posting can close the script element.
 */
export function JobPostingData({ id }: { id: number }) {
  const posting = useQuery({
    queryKey: ['jobs', 'posting', id],
    queryFn: () => unwrap(api.GET('/api/jobs/{id}/posting', { params: { path: { id } } })),
  });
  if (!posting.data) return null;
  const json = JSON.stringify(posting.data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
