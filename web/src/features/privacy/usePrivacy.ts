import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { ConsentDecision } from '../../api/types';
import { currentLanguage } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { useSession } from '../auth/useSession';
import { RECOMMENDATIONS_KEY } from '../recommendations/keys';

// Under ['account'], so signing out (which removes those queries) forgets them too.
const PRIVACY_KEY = ['account', 'privacy'] as const;
const CONSENTS_KEY = [...PRIVACY_KEY, 'consents'] as const;
const HISTORY_KEY = [...PRIVACY_KEY, 'consent-history'] as const;

/** My consents; labels come from the server in the UI language, so the language is part of the key. */
export function useConsents() {
  const signedIn = Boolean(useSession().data);
  const { language } = useFormat();
  return useQuery({
    queryKey: [...CONSENTS_KEY, language],
    queryFn: () => unwrap(api.GET('/api/privacy/consents')),
    enabled: signedIn,
    placeholderData: keepPreviousData,
  });
}

/** Grants or withdraws one consent; the answer is the new overview. */
export function useDecideConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsentDecision) => unwrap(api.POST('/api/privacy/consents', { body })),
    onSuccess: async (overview, decision) => {
      // Other languages' copies are now out of date; this one is replaced by the answer.
      await queryClient.invalidateQueries({ queryKey: CONSENTS_KEY, refetchType: 'none' });
      queryClient.setQueryData([...CONSENTS_KEY, currentLanguage()], overview);
      await queryClient.invalidateQueries({ queryKey: HISTORY_KEY });
      // Personalisation decides what the recommendations and interest tags show.
      if (decision.purpose === 'personalised_recommendation') {
        await queryClient.invalidateQueries({ queryKey: RECOMMENDATIONS_KEY });
      }
    },
  });
}

export function useConsentHistory(enabled: boolean) {
  return useQuery({
    queryKey: HISTORY_KEY,
    queryFn: () => unwrap(api.GET('/api/privacy/consents/history')),
    enabled,
    staleTime: 0,
  });
}

export function useAccessLog() {
  const { language } = useFormat();
  return useQuery({
    queryKey: [...PRIVACY_KEY, 'access-log', language],
    queryFn: () => unwrap(api.GET('/api/privacy/access-log')),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

const DISCLOSURES_KEY = [...PRIVACY_KEY, 'disclosures'] as const;

/** Enterprises that can see my real name and contact details (seekers only). */
export function useDisclosures(enabled: boolean) {
  return useQuery({
    queryKey: DISCLOSURES_KEY,
    queryFn: () => unwrap(api.GET('/api/me/disclosures')),
    enabled,
    staleTime: 0,
  });
}

export function useRevokeDisclosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/me/disclosures/{id}/revoke', { params: { path: { id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: DISCLOSURES_KEY });
      await queryClient.invalidateQueries({ queryKey: [...PRIVACY_KEY, 'access-log'] });
    },
  });
}
