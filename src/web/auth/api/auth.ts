// The signed-in user and the account actions, as TanStack Query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, LoginInput, Me, ResetPasswordInput, TotpSetup } from '../../../contract/auth';
import type { Locale } from '../../../domain/messages';
import i18n, { setLanguage } from '../../i18n';
import { patch, post } from '../../lib/api';
import { authQueries } from '../../lib/queries/auth';

export type { Me } from '../../../contract/auth';

export const meKey = authQueries.me().queryKey;

/** Forget every cached answer of the previous user, keeping the (observed) "me" query alive. */
function forgetOtherData(qc: ReturnType<typeof useQueryClient>) {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
}

/** The current user, or null when signed out. */
export const useMe = () => useQuery(authQueries.me());

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginInput) => post<Me>('/api/auth/login', body),
    onSuccess: async (me) => {
      forgetOtherData(qc);
      // The language kept in the account follows the person to any device they sign in on.
      if (me.user.locale !== i18n.language) await setLanguage(me.user.locale);
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
    mutationFn: (body: ChangePasswordInput) => post('/api/auth/change-password', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

export const useForgotPassword = () => useMutation({ mutationFn: (identifier: string) => post('/api/auth/forgot-password', { identifier }) });

export const useResetPassword = () => useMutation({ mutationFn: (body: ResetPasswordInput) => post('/api/auth/reset-password', body) });

export function useSavePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => patch<Me>('/api/auth/me/preferences', { locale }),
    onSuccess: (me) => qc.setQueryData(meKey, me),
  });
}

export const useTotpSetup = () => useMutation({ mutationFn: () => post<TotpSetup>('/api/auth/totp/setup') });

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
