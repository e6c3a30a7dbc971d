import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';

export interface RegisterInput {
  phone: string;
  code: string;
  role: 'seeker' | 'recruiter';
  displayName: string;
  birthDate?: string;
  acceptTerms: boolean;
}

export function useSendCode() {
  return useMutation({ mutationFn: (phone: string) => unwrap(api.POST('/api/auth/sms-code', { body: { phone } })) });
}

export function useCodeLogin() {
  return useMutation({ mutationFn: (body: { phone: string; code: string }) => unwrap(api.POST('/api/auth/login/code', { body })) });
}

export function usePasswordLogin() {
  return useMutation({ mutationFn: (body: { phone: string; password: string }) => unwrap(api.POST('/api/auth/login/password', { body })) });
}

export function useRegister() {
  return useMutation({ mutationFn: (body: RegisterInput) => unwrap(api.POST('/api/auth/register', { body })) });
}
