import { useEffect, useRef } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { RequireRole } from './auth/RequireRole';
import { Layout } from './components/Layout';
import { NotFound } from './components/Status';
import { ADMIN, ADVISOR, CUSTOMER, HEAD } from './nav';
import { AdvisorAttendancePage } from './attendance/AdvisorAttendancePage';
import { ApprovalsPage } from './attendance/head/ApprovalsPage';
import { StoreBookingsPage } from './attendance/head/StoreBookingsPage';
import { StoreReportPage } from './attendance/head/StoreReportPage';
import { ExceptionsPage } from './attendance/admin/ExceptionsPage';
import { GeofencesPage } from './attendance/admin/GeofencesPage';
import { PayrollPage } from './attendance/admin/PayrollPage';
import { SchedulesPage } from './attendance/admin/SchedulesPage';
import { ShiftsPage } from './attendance/admin/ShiftsPage';
import { WeekOffsPage } from './attendance/admin/WeekOffsPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { AccountPage } from './pages/AccountPage';
import { AdminStockPage } from './pages/admin/AdminStockPage';
import { AdminStoresPage } from './pages/admin/AdminStoresPage';
import { AdminUsersPage } from './pages/admin/AdminUsersPage';
import { CatalogPage } from './pages/CatalogPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { ProductPage } from './pages/ProductPage';
import { RegisterPage } from './pages/RegisterPage';
import { AdminBookingPage } from './bookings/AdminBookingPage';
import { AdminBookingsPage } from './bookings/AdminBookingsPage';
import { BookingStatusPage } from './bookings/BookingStatusPage';
import { BookPage } from './bookings/BookPage';
import { OrdersPage } from './bookings/OrdersPage';
import { SerialsPage } from './inventory/SerialsPage';
import { StockEntriesPage } from './inventory/StockEntriesPage';
import { ContactPage } from './public/ContactPage';
import { ScheduleCallPage } from './public/ScheduleCallPage';
import { ActivityEventPage } from './manage/ActivityEventPage';
import { ActivityLogPage } from './manage/ActivityLogPage';
import { LeadDetailPage } from './manage/LeadDetailPage';
import { LeadsPage } from './manage/LeadsPage';
import { NotificationDetailPage } from './manage/NotificationDetailPage';
import { NotificationsPage } from './manage/NotificationsPage';
import { ManageLayout } from './manage/ManageLayout';
import { BookingOptionsPage, CatalogAdminPage } from './catalogAdmin/CatalogAdminPage';
import { InventorySettingsPage } from './inventory/InventorySettingsPage';
import { PriceLogsPage } from './inventory/PriceLogsPage';

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
