export interface ApplyButtonProps {
  jobId: number;
  jobTitle: string;
  enterpriseId: number;
  enterpriseName: string;
}

/** Apply to a job with one of my resumes (shown on the job page). */
export function ApplyButton(_props: ApplyButtonProps) {
  return null;
}
