export interface ReportButtonProps {
  target: 'job' | 'enterprise';
  id: number;
}

/** Report a job or an enterprise (fraud, discrimination, false information…). */
export function ReportButton(_props: ReportButtonProps) {
  return null;
}
