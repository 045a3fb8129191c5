import { lazy, useEffect, useRef, type ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { RequireRole } from './auth/RequireRole';
import { Layout } from './components/Layout';
import { NotFound } from './components/Status';
import { ADMIN, ADVISOR, CUSTOMER, HEAD } from './nav';
import { AccountPage } from './pages/AccountPage';
import { CatalogPage } from './pages/CatalogPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { ProductPage } from './pages/ProductPage';
import { RegisterPage } from './pages/RegisterPage';
import { BookingStatusPage } from './bookings/BookingStatusPage';
import { BookPage } from './bookings/BookPage';
import { OrdersPage } from './bookings/OrdersPage';
import { ContactPage } from './public/ContactPage';
import { ScheduleCallPage } from './public/ScheduleCallPage';
import { ManageLayout } from './manage/ManageLayout';

/**
 * Staff screens load on first use: a customer's phone downloads the public site and the account pages only. The
 * role guard around them shows "Loading…" while a screen's code arrives.
 */
function staffPage<K extends string>(load: () => Promise<Record<K, ComponentType<any>>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
const AdvisorAttendancePage = staffPage(() => import('./attendance/AdvisorAttendancePage'), 'AdvisorAttendancePage');
const ApprovalsPage = staffPage(() => import('./attendance/head/ApprovalsPage'), 'ApprovalsPage');
const StoreBookingsPage = staffPage(() => import('./attendance/head/StoreBookingsPage'), 'StoreBookingsPage');
const StoreReportPage = staffPage(() => import('./attendance/head/StoreReportPage'), 'StoreReportPage');
const ExceptionsPage = staffPage(() => import('./attendance/admin/ExceptionsPage'), 'ExceptionsPage');
const GeofencesPage = staffPage(() => import('./attendance/admin/GeofencesPage'), 'GeofencesPage');
const PayrollPage = staffPage(() => import('./attendance/admin/PayrollPage'), 'PayrollPage');
const SchedulesPage = staffPage(() => import('./attendance/admin/SchedulesPage'), 'SchedulesPage');
const ShiftsPage = staffPage(() => import('./attendance/admin/ShiftsPage'), 'ShiftsPage');
const WeekOffsPage = staffPage(() => import('./attendance/admin/WeekOffsPage'), 'WeekOffsPage');
const DashboardPage = staffPage(() => import('./dashboard/DashboardPage'), 'DashboardPage');
const AdminStockPage = staffPage(() => import('./pages/admin/AdminStockPage'), 'AdminStockPage');
const AdminStoresPage = staffPage(() => import('./pages/admin/AdminStoresPage'), 'AdminStoresPage');
const AdminUsersPage = staffPage(() => import('./pages/admin/AdminUsersPage'), 'AdminUsersPage');
const AdminBookingPage = staffPage(() => import('./bookings/AdminBookingPage'), 'AdminBookingPage');
const AdminBookingsPage = staffPage(() => import('./bookings/AdminBookingsPage'), 'AdminBookingsPage');
const SerialsPage = staffPage(() => import('./inventory/SerialsPage'), 'SerialsPage');
const StockEntriesPage = staffPage(() => import('./inventory/StockEntriesPage'), 'StockEntriesPage');
const ActivityEventPage = staffPage(() => import('./manage/ActivityEventPage'), 'ActivityEventPage');
const ActivityLogPage = staffPage(() => import('./manage/ActivityLogPage'), 'ActivityLogPage');
const LeadDetailPage = staffPage(() => import('./manage/LeadDetailPage'), 'LeadDetailPage');
const LeadsPage = staffPage(() => import('./manage/LeadsPage'), 'LeadsPage');
const NotificationDetailPage = staffPage(() => import('./manage/NotificationDetailPage'), 'NotificationDetailPage');
const NotificationsPage = staffPage(() => import('./manage/NotificationsPage'), 'NotificationsPage');
const BookingOptionsPage = staffPage(() => import('./catalogAdmin/CatalogAdminPage'), 'BookingOptionsPage');
const CatalogAdminPage = staffPage(() => import('./catalogAdmin/CatalogAdminPage'), 'CatalogAdminPage');
const InventorySettingsPage = staffPage(() => import('./inventory/InventorySettingsPage'), 'InventorySettingsPage');
const PriceLogsPage = staffPage(() => import('./inventory/PriceLogsPage'), 'PriceLogsPage');

/** After a client-side navigation, focus the page's main region so screen readers start at the new content. */
function FocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}

export function AppRoutes() {
  return (
    <>
      <FocusOnNavigate />
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="catalog" element={<CatalogPage />} />
          <Route path="catalog/:slug" element={<ProductPage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route element={<RequireRole />}>
            <Route path="account" element={<AccountPage />} />
          </Route>
          <Route element={<RequireRole roles={ADMIN} />}>
            <Route element={<ManageLayout />}>
            <Route path="manage/users" element={<AdminUsersPage />} />
            <Route path="manage/stores" element={<AdminStoresPage />} />
            <Route path="manage/stock" element={<AdminStockPage />} />
            {/* staff screens: dashboard and roster administration */}
            <Route path="manage" element={<DashboardPage />} />
            <Route path="manage/attendance" element={<Navigate to="/manage/attendance/shifts" replace />} />
            <Route path="manage/attendance/shifts" element={<ShiftsPage />} />
            <Route path="manage/attendance/schedules" element={<SchedulesPage />} />
            <Route path="manage/attendance/weekoffs" element={<WeekOffsPage />} />
            <Route path="manage/attendance/exceptions" element={<ExceptionsPage />} />
            <Route path="manage/attendance/geofences" element={<GeofencesPage />} />
            <Route path="manage/attendance/payroll" element={<PayrollPage />} />
            <Route path="manage/attendance/reports" element={<StoreReportPage admin />} />
            <Route path="manage/attendance/approvals" element={<ApprovalsPage admin />} />
            </Route>
          </Route>
          {/* staff screens: branch head */}
          <Route element={<RequireRole roles={HEAD} />}>
            <Route path="store/bookings" element={<StoreBookingsPage />} />
            <Route path="store/approvals" element={<ApprovalsPage />} />
            <Route path="store/attendance" element={<StoreReportPage />} />
          </Route>
          {/* staff screens: advisor */}
          <Route element={<RequireRole roles={ADVISOR} />}>
            <Route path="attendance" element={<AdvisorAttendancePage />} />
          </Route>
          {/* Public lead forms; system admin leads, activity log, notification outbox */}
          <Route path="contact" element={<ContactPage />} />
          <Route path="schedule-call" element={<ScheduleCallPage />} />
          <Route path="book" element={<BookPage />} />
          <Route path="booking-status" element={<BookingStatusPage />} />
          <Route element={<RequireRole roles={CUSTOMER} />}>
            <Route path="orders" element={<OrdersPage />} />
          </Route>
          <Route element={<RequireRole roles={ADMIN} />}>
            <Route element={<ManageLayout />}>
            <Route path="manage/leads" element={<LeadsPage />} />
            <Route path="manage/leads/:kind/:id" element={<LeadDetailPage />} />
            <Route path="manage/logs" element={<ActivityLogPage />} />
            <Route path="manage/logs/:id" element={<ActivityEventPage />} />
            <Route path="manage/notifications" element={<NotificationsPage />} />
            <Route path="manage/notifications/:id" element={<NotificationDetailPage />} />
            <Route path="manage/bookings" element={<AdminBookingsPage />} />
            <Route path="manage/bookings/:id" element={<AdminBookingPage />} />
            <Route path="manage/stock-entries" element={<StockEntriesPage />} />
            <Route path="manage/serials" element={<SerialsPage />} />
            <Route path="manage/catalog" element={<Navigate to="/manage/catalog/departments" replace />} />
            <Route path="manage/catalog/:model" element={<CatalogAdminPage />} />
            <Route path="manage/booking-options" element={<Navigate to="/manage/booking-options/issues" replace />} />
            <Route path="manage/booking-options/:model" element={<BookingOptionsPage />} />
            <Route path="manage/price-logs" element={<PriceLogsPage />} />
            <Route path="manage/inventory-settings" element={<InventorySettingsPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </>
  );
}
