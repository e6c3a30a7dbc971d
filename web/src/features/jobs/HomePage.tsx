import { JobSearchPage } from '../search/JobSearchPage';

/** The home page: the job search, opening on the newest jobs. */
export function HomePage() {
  return <JobSearchPage />;
}
