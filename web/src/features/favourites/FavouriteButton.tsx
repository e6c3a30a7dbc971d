import { HeartFilled, HeartOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useSession } from '../auth/useSession';
import { useFavouriteState, useToggleFavourite } from './useFavourites';

export interface FavouriteButtonProps {
  kind: 'job' | 'enterprise' | 'candidate';
  id: number;
}

/** Save or unsave a job, an enterprise (seekers) or a candidate's resume (recruiters). Visitors sign in first. */
export function FavouriteButton({ kind, id }: FavouriteButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const role = session.data?.profile.role;
  // Seekers keep jobs and enterprises; recruiters keep candidates. Everyone else sees no button.
  const mayUse = kind === 'candidate' ? role === 'recruiter' : role === 'seeker';
  const state = useFavouriteState(kind, id, mayUse);
  const toggle = useToggleFavourite();

  if (session.isPending) return null;
  if (session.data && !mayUse) return null;

  const saved = state.data?.saved ?? false;
  const label = kind === 'candidate' ? t(saved ? 'favourites.savedCandidate' : 'favourites.saveCandidate') : t(saved ? 'favourites.saved' : 'favourites.save');

  const onClick = () => {
    if (!session.data) {
      navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
      return;
    }
    toggle.mutate(
      { kind, id, save: !saved },
      {
        onSuccess: (res) => message.success(t(res.saved ? 'favourites.added' : 'favourites.removed')),
        onError: (error) => message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Button
      size="small"
      icon={saved ? <HeartFilled aria-hidden style={{ color: '#eb2f96' }} /> : <HeartOutlined aria-hidden />}
      aria-pressed={saved}
      loading={toggle.isPending || (mayUse && state.isPending)}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
