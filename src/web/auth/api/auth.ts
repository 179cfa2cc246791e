// The signed-in user and the account actions, as TanStack Query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission, Role } from '../../../domain/roles';
import { setLanguage } from '../../i18n';
import { ApiError, get, patch, post } from '../../lib/api';

export interface Me {
  user: {
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    role: Role;
    regionId: string | null;
    opdId: string | null;
    locale: 'id' | 'en';
    mustChangePassword: boolean;
    totpEnabled: boolean;
  };
  region: { id: string; name: string; type: 'kota' | 'kabupaten' | 'provinsi' } | null;
  opd: { id: string; name: string; shortName: string } | null;
  permissions: Permission[];
}

export const meKey = ['me'];

/** Forget every cached answer of the previous user, keeping the (observed) "me" query alive. */
function forgetOtherData(qc: ReturnType<typeof useQueryClient>) {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
}

/** The current user, or null when signed out (a 401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return await get<Me>('/api/auth/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string; totp?: string }) => post<Me>('/api/auth/login', body),
    onSuccess: (me) => {
      forgetOtherData(qc);
      qc.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post('/api/auth/logout'),
    onSettled: () => {
      qc.setQueryData(meKey, null);
      forgetOtherData(qc);
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => post('/api/auth/change-password', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

export const useForgotPassword = () => useMutation({ mutationFn: (identifier: string) => post('/api/auth/forgot-password', { identifier }) });

export const useResetPassword = () => useMutation({ mutationFn: (body: { token: string; newPassword: string }) => post('/api/auth/reset-password', body) });

export function useSavePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (locale: 'id' | 'en') => patch<Me>('/api/auth/me/preferences', { locale }),
    onSuccess: (me) => qc.setQueryData(meKey, me),
  });
}

export const useTotpSetup = () => useMutation({ mutationFn: () => post<{ secret: string; uri: string; qrDataUrl: string }>('/api/auth/totp/setup') });

export function useTotpEnable() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (code: string) => post<Me>('/api/auth/totp/enable', { code }), onSuccess: (me) => qc.setQueryData(meKey, me) });
}

export function useTotpDisable() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => post<Me>('/api/auth/totp/disable', { password }),
    onSuccess: (me) => qc.setQueryData(meKey, me),
  });
}

/** Switches the UI language at once and remembers it in the account (and on this device). */
export function useSwitchLanguage() {
  const save = useSavePreferences();
  return {
    saving: save.isPending,
    switchTo: async (lang: string, callbacks?: { onSuccess?: () => void; onError?: (e: unknown) => void }) => {
      const l = lang === 'en' ? 'en' : 'id';
      await setLanguage(l);
      save.mutate(l, callbacks);
    },
  };
}
