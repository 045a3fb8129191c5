import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { RoleEnum, UserBriefOutputRead } from '../api/generated';

/** Why the user was signed out without asking: shown once on the next screen. */
export type SignOutReason = 'reused' | 'expired' | 'elsewhere';

export type SessionUser = Pick<UserBriefOutputRead, 'id' | 'username' | 'first_name' | 'last_name' | 'role' | 'store'>;

export interface AuthState {
  /** 'restoring' while a stored refresh token is exchanged at start-up. */
  status: 'restoring' | 'anonymous' | 'signedIn';
  /** The access token: in memory only, never stored. */
  access: string | null;
  user: SessionUser | null;
  notice: SignOutReason | null;
}

const initialState: AuthState = { status: 'restoring', access: null, user: null, notice: null };

export const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    signedIn(state, action: PayloadAction<{ access: string; user: SessionUser }>) {
      state.status = 'signedIn';
      state.access = action.payload.access;
      state.user = action.payload.user;
      state.notice = null;
    },
    accessRenewed(state, action: PayloadAction<string>) {
      state.access = action.payload;
    },
    userLoaded(state, action: PayloadAction<SessionUser>) {
      state.user = action.payload;
      state.status = 'signedIn';
    },
    signedOut(state, action: PayloadAction<SignOutReason | null>) {
      state.status = 'anonymous';
      state.access = null;
      state.user = null;
      state.notice = action.payload;
    },
    noticeDismissed(state) {
      state.notice = null;
    },
  },
});

export const { signedIn, accessRenewed, userLoaded, signedOut, noticeDismissed } = authSlice.actions;

export function hasRole(user: SessionUser | null, roles: readonly RoleEnum[] | undefined): boolean {
  if (!roles) return true;
  return user !== null && roles.includes(user.role);
}
