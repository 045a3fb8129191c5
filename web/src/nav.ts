import type { RoleEnum } from './api/generated';
import type { MessageKey } from './i18n/t';

/**
 * The main navigation. `roles` limits an entry to those roles (signed in); `signedIn: true` to any signed-in
 * user; neither: everyone. Routes check the same roles (App.tsx), the API checks them again.
 */
export interface NavItem {
  to: string;
  label: MessageKey;
  roles?: readonly RoleEnum[];
  signedIn?: boolean;
  /** Active only on this exact path (not on the paths below it). */
  end?: boolean;
}

export const ADMIN: readonly RoleEnum[] = ['system_admin'];
export const HEAD: readonly RoleEnum[] = ['branch_head'];
export const ADVISOR: readonly RoleEnum[] = ['advisor'];
export const CUSTOMER: readonly RoleEnum[] = ['customer'];

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/catalog', label: 'nav.catalog' },
  { to: '/account', label: 'nav.account', signedIn: true },
  { to: '/manage/users', label: 'nav.adminUsers', roles: ADMIN },
  { to: '/manage/stores', label: 'nav.adminStores', roles: ADMIN },
  { to: '/manage/stock', label: 'nav.adminStock', roles: ADMIN },
  // staff screens
  { to: '/manage', label: 'nav.adminDashboard', roles: ADMIN, end: true },
  { to: '/manage/attendance', label: 'nav.adminRosters', roles: ADMIN },
  { to: '/attendance', label: 'nav.myAttendance', roles: ADVISOR },
  { to: '/store/approvals', label: 'nav.approvals', roles: HEAD },
  { to: '/store/attendance', label: 'nav.storeAttendance', roles: HEAD },
  { to: '/store/bookings', label: 'nav.storeBookings', roles: HEAD },
  // Public lead forms; system admin leads, activity log, notification outbox
  { to: '/book', label: 'nav.book' },
  { to: '/orders', label: 'nav.orders', roles: CUSTOMER },
  { to: '/contact', label: 'nav.contact' },
  { to: '/manage/bookings', label: 'nav.adminBookings', roles: ADMIN },
  { to: '/manage/stock-entries', label: 'nav.adminEntries', roles: ADMIN },
  { to: '/manage/serials', label: 'nav.adminSerials', roles: ADMIN },
  { to: '/manage/leads', label: 'nav.adminLeads', roles: ADMIN },
  { to: '/manage/logs', label: 'nav.adminLogs', roles: ADMIN },
  { to: '/manage/notifications', label: 'nav.adminNotifications', roles: ADMIN },
];
