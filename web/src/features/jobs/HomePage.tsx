import { RecommendedJobsPanel } from '../recommendations/RecommendedJobsPanel';
import { JobSearchPage } from '../search/JobSearchPage';

/** The home page: the job search, opening on the newest jobs; a signed-in seeker also sees "为你推荐" until they search. */
export function HomePage() {
  return <JobSearchPage landing={<RecommendedJobsPanel />} />;
}
