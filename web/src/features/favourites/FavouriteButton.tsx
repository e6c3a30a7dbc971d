export interface FavouriteButtonProps {
  kind: 'job' | 'enterprise' | 'candidate';
  id: number;
}

/** Save or unsave a job, an enterprise (seekers) or a candidate's resume (recruiters). */
export function FavouriteButton(_props: FavouriteButtonProps) {
  return null;
}
