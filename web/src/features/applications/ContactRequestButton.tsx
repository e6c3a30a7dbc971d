export interface ContactRequestButtonProps {
  resumeId: number;
}

/** A recruiter asks the seeker behind a public resume for contact (shown on the resume view). */
export function ContactRequestButton(_props: ContactRequestButtonProps) {
  return null;
}
