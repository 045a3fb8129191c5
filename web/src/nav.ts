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
  // The system admin's screens are grouped under one entry (ADMIN_SECTIONS below)
  { to: '/manage', label: 'nav.manage', roles: ADMIN },
  // staff screens
  { to: '/attendance', label: 'nav.myAttendance', roles: ADVISOR },
  { to: '/store/approvals', label: 'nav.approvals', roles: HEAD },
  { to: '/store/attendance', label: 'nav.storeAttendance', roles: HEAD },
  { to: '/store/bookings', label: 'nav.storeBookings', roles: HEAD },
  // Public lead forms; system admin leads, activity log, notification outbox
  { to: '/book', label: 'nav.book' },
  { to: '/orders', label: 'nav.orders', roles: CUSTOMER },
  { to: '/contact', label: 'nav.contact' },
];

/** A group of the system admin's screens, shown by the admin area's own menu (`ManageLayout`). */
export interface NavSection {
  title: MessageKey;
  items: readonly NavItem[];
}

export const ADMIN_SECTIONS: readonly NavSection[] = [
  { title: 'nav.section.overview', items: [{ to: '/manage', label: 'nav.adminDashboard', end: true }] },
  {
    title: 'nav.section.people',
    items: [
      { to: '/manage/users', label: 'nav.adminUsers' },
      { to: '/manage/stores', label: 'nav.adminStores' },
      { to: '/manage/attendance', label: 'nav.adminRosters' },
    ],
  },
  {
    title: 'nav.section.catalog',
    items: [
      { to: '/manage/catalog', label: 'nav.adminCatalog' },
      { to: '/manage/catalog/spares', label: 'nav.adminSpares' },
      { to: '/manage/stock', label: 'nav.adminStock' },
      { to: '/manage/stock-entries', label: 'nav.adminEntries' },
      { to: '/manage/serials', label: 'nav.adminSerials' },
      { to: '/manage/price-logs', label: 'nav.adminPriceLogs' },
      { to: '/manage/inventory-settings', label: 'nav.adminInventorySettings' },
    ],
  },
  {
    title: 'nav.section.customers',
    items: [
      { to: '/manage/bookings', label: 'nav.adminBookings' },
      { to: '/manage/booking-options', label: 'nav.adminBookingOptions' },
      { to: '/manage/leads', label: 'nav.adminLeads' },
    ],
  },
  {
    title: 'nav.section.system',
    items: [
      { to: '/manage/logs', label: 'nav.adminLogs' },
      { to: '/manage/notifications', label: 'nav.adminNotifications' },
    ],
  },
];
