// Generated from openapi.json by scripts/api.mjs. Do not edit: run `npm run api:generate`.
import { baseApi as api } from "./baseApi";
export const addTagTypes = [
  "attendance",
  "auth",
  "bookings",
  "brands",
  "categories",
  "departments",
  "inventory-config",
  "issues",
  "logs",
  "marketing",
  "notifications",
  "otherissues",
  "price-logs",
  "products",
  "qualities",
  "questions",
  "responses",
  "serials",
  "spares",
  "stock-entries",
  "stock-ledgers",
  "stores",
  "subcategories",
  "token",
  "units",
  "users",
  "variants",
] as const;
const injectedRtkApi = api
  .enhanceEndpoints({
    addTagTypes,
  })
  .injectEndpoints({
    endpoints: (build) => ({
      attendanceList: build.query<
        AttendanceListApiResponse,
        AttendanceListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance`,
          params: {
            auto_closed: queryArg.autoClosed,
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            shift: queryArg.shift,
            status: queryArg.status,
            store: queryArg.store,
            user: queryArg.user,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceRetrieve: build.query<
        AttendanceRetrieveApiResponse,
        AttendanceRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/attendance/${queryArg.id}` }),
        providesTags: ["attendance"],
      }),
      attendancePhoto: build.query<
        AttendancePhotoApiResponse,
        AttendancePhotoApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/${queryArg.id}/photo/${queryArg.phase}`,
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminExceptionsList: build.query<
        AttendanceAdminExceptionsListApiResponse,
        AttendanceAdminExceptionsListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/exceptions`,
          params: {
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            store: queryArg.store,
            user: queryArg.user,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminExceptionsCreate: build.mutation<
        AttendanceAdminExceptionsCreateApiResponse,
        AttendanceAdminExceptionsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/exceptions`,
          method: "POST",
          body: queryArg.exceptionWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminExceptionsRetrieve: build.query<
        AttendanceAdminExceptionsRetrieveApiResponse,
        AttendanceAdminExceptionsRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/exceptions/${queryArg.id}`,
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminExceptionsUpdate: build.mutation<
        AttendanceAdminExceptionsUpdateApiResponse,
        AttendanceAdminExceptionsUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/exceptions/${queryArg.id}`,
          method: "PUT",
          body: queryArg.exceptionWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminExceptionsPartialUpdate: build.mutation<
        AttendanceAdminExceptionsPartialUpdateApiResponse,
        AttendanceAdminExceptionsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/exceptions/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedExceptionWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminExceptionsDestroy: build.mutation<
        AttendanceAdminExceptionsDestroyApiResponse,
        AttendanceAdminExceptionsDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/exceptions/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminGeofencesList: build.query<
        AttendanceAdminGeofencesListApiResponse,
        AttendanceAdminGeofencesListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/geofences`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            store: queryArg.store,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminGeofencesCreate: build.mutation<
        AttendanceAdminGeofencesCreateApiResponse,
        AttendanceAdminGeofencesCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/geofences`,
          method: "POST",
          body: queryArg.geofenceWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminGeofencesRetrieve: build.query<
        AttendanceAdminGeofencesRetrieveApiResponse,
        AttendanceAdminGeofencesRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/geofences/${queryArg.id}`,
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminGeofencesUpdate: build.mutation<
        AttendanceAdminGeofencesUpdateApiResponse,
        AttendanceAdminGeofencesUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/geofences/${queryArg.id}`,
          method: "PUT",
          body: queryArg.geofenceUpdateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminGeofencesPartialUpdate: build.mutation<
        AttendanceAdminGeofencesPartialUpdateApiResponse,
        AttendanceAdminGeofencesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/geofences/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedGeofenceUpdateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminGeofencesDestroy: build.mutation<
        AttendanceAdminGeofencesDestroyApiResponse,
        AttendanceAdminGeofencesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/geofences/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminPayrollList: build.query<
        AttendanceAdminPayrollListApiResponse,
        AttendanceAdminPayrollListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/payroll`,
          params: {
            effective_on: queryArg.effectiveOn,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            user: queryArg.user,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminPayrollCreate: build.mutation<
        AttendanceAdminPayrollCreateApiResponse,
        AttendanceAdminPayrollCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/payroll`,
          method: "POST",
          body: queryArg.payrollWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminPayrollRetrieve: build.query<
        AttendanceAdminPayrollRetrieveApiResponse,
        AttendanceAdminPayrollRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/payroll/${queryArg.id}`,
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminPayrollUpdate: build.mutation<
        AttendanceAdminPayrollUpdateApiResponse,
        AttendanceAdminPayrollUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/payroll/${queryArg.id}`,
          method: "PUT",
          body: queryArg.payrollWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminPayrollPartialUpdate: build.mutation<
        AttendanceAdminPayrollPartialUpdateApiResponse,
        AttendanceAdminPayrollPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/payroll/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedPayrollWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminPayrollDestroy: build.mutation<
        AttendanceAdminPayrollDestroyApiResponse,
        AttendanceAdminPayrollDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/payroll/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminSchedulesList: build.query<
        AttendanceAdminSchedulesListApiResponse,
        AttendanceAdminSchedulesListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/schedules`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            rule_type: queryArg.ruleType,
            store: queryArg.store,
            user: queryArg.user,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminSchedulesCreate: build.mutation<
        AttendanceAdminSchedulesCreateApiResponse,
        AttendanceAdminSchedulesCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/schedules`,
          method: "POST",
          body: queryArg.scheduleWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminSchedulesRetrieve: build.query<
        AttendanceAdminSchedulesRetrieveApiResponse,
        AttendanceAdminSchedulesRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/schedules/${queryArg.id}`,
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminSchedulesUpdate: build.mutation<
        AttendanceAdminSchedulesUpdateApiResponse,
        AttendanceAdminSchedulesUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/schedules/${queryArg.id}`,
          method: "PUT",
          body: queryArg.scheduleWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminSchedulesPartialUpdate: build.mutation<
        AttendanceAdminSchedulesPartialUpdateApiResponse,
        AttendanceAdminSchedulesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/schedules/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedScheduleWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminSchedulesDestroy: build.mutation<
        AttendanceAdminSchedulesDestroyApiResponse,
        AttendanceAdminSchedulesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/schedules/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminSchedulesPreviewRetrieve: build.query<
        AttendanceAdminSchedulesPreviewRetrieveApiResponse,
        AttendanceAdminSchedulesPreviewRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/schedules/${queryArg.id}/preview`,
          params: {
            end: queryArg.end,
            start: queryArg.start,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminShiftsList: build.query<
        AttendanceAdminShiftsListApiResponse,
        AttendanceAdminShiftsListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/shifts`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminShiftsCreate: build.mutation<
        AttendanceAdminShiftsCreateApiResponse,
        AttendanceAdminShiftsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/shifts`,
          method: "POST",
          body: queryArg.shiftWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminShiftsRetrieve: build.query<
        AttendanceAdminShiftsRetrieveApiResponse,
        AttendanceAdminShiftsRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/shifts/${queryArg.id}`,
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminShiftsUpdate: build.mutation<
        AttendanceAdminShiftsUpdateApiResponse,
        AttendanceAdminShiftsUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/shifts/${queryArg.id}`,
          method: "PUT",
          body: queryArg.shiftWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminShiftsPartialUpdate: build.mutation<
        AttendanceAdminShiftsPartialUpdateApiResponse,
        AttendanceAdminShiftsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/shifts/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedShiftWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminShiftsDestroy: build.mutation<
        AttendanceAdminShiftsDestroyApiResponse,
        AttendanceAdminShiftsDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/shifts/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminWeekoffsList: build.query<
        AttendanceAdminWeekoffsListApiResponse,
        AttendanceAdminWeekoffsListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/weekoffs`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            user: queryArg.user,
            weekday: queryArg.weekday,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminWeekoffsCreate: build.mutation<
        AttendanceAdminWeekoffsCreateApiResponse,
        AttendanceAdminWeekoffsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/weekoffs`,
          method: "POST",
          body: queryArg.weekOffWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminWeekoffsRetrieve: build.query<
        AttendanceAdminWeekoffsRetrieveApiResponse,
        AttendanceAdminWeekoffsRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/weekoffs/${queryArg.id}`,
        }),
        providesTags: ["attendance"],
      }),
      attendanceAdminWeekoffsUpdate: build.mutation<
        AttendanceAdminWeekoffsUpdateApiResponse,
        AttendanceAdminWeekoffsUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/weekoffs/${queryArg.id}`,
          method: "PUT",
          body: queryArg.weekOffWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminWeekoffsPartialUpdate: build.mutation<
        AttendanceAdminWeekoffsPartialUpdateApiResponse,
        AttendanceAdminWeekoffsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/weekoffs/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedWeekOffWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceAdminWeekoffsDestroy: build.mutation<
        AttendanceAdminWeekoffsDestroyApiResponse,
        AttendanceAdminWeekoffsDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/admin/weekoffs/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceApprovalsList: build.query<
        AttendanceApprovalsListApiResponse,
        AttendanceApprovalsListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/approvals`,
          params: {
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            status: queryArg.status,
            store: queryArg.store,
            type: queryArg["type"],
            user: queryArg.user,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceApprovalsApproveCreate: build.mutation<
        AttendanceApprovalsApproveCreateApiResponse,
        AttendanceApprovalsApproveCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/approvals/${queryArg.id}/approve`,
          method: "POST",
          body: queryArg.decisionInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceApprovalsRejectCreate: build.mutation<
        AttendanceApprovalsRejectCreateApiResponse,
        AttendanceApprovalsRejectCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/approvals/${queryArg.id}/reject`,
          method: "POST",
          body: queryArg.decisionInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceCheckIn: build.mutation<
        AttendanceCheckInApiResponse,
        AttendanceCheckInApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/check-in`,
          method: "POST",
          body: queryArg.checkInInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceCheckOut: build.mutation<
        AttendanceCheckOutApiResponse,
        AttendanceCheckOutApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/check-out`,
          method: "POST",
          body: queryArg.checkOutInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      attendanceMeToday: build.query<
        AttendanceMeTodayApiResponse,
        AttendanceMeTodayApiArg
      >({
        query: () => ({ url: `/api/attendance/me/today` }),
        providesTags: ["attendance"],
      }),
      attendanceReportMe: build.query<
        AttendanceReportMeApiResponse,
        AttendanceReportMeApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/reports/me`,
          params: {
            format: queryArg.format,
            month: queryArg.month,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceReportStore: build.query<
        AttendanceReportStoreApiResponse,
        AttendanceReportStoreApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/reports/store/${queryArg.storeId}`,
          params: {
            format: queryArg.format,
            month: queryArg.month,
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceRequestsList: build.query<
        AttendanceRequestsListApiResponse,
        AttendanceRequestsListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/requests`,
          params: {
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            status: queryArg.status,
            type: queryArg["type"],
          },
        }),
        providesTags: ["attendance"],
      }),
      attendanceRequestsCreate: build.mutation<
        AttendanceRequestsCreateApiResponse,
        AttendanceRequestsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/attendance/requests`,
          method: "POST",
          body: queryArg.adjustRequestInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["attendance"],
      }),
      authLoginCreate: build.mutation<
        AuthLoginCreateApiResponse,
        AuthLoginCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/auth/login`,
          method: "POST",
          body: queryArg.loginInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["auth"],
      }),
      authLogoutCreate: build.mutation<
        AuthLogoutCreateApiResponse,
        AuthLogoutCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/auth/logout`,
          method: "POST",
          body: queryArg.refreshInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["auth"],
      }),
      authMeRetrieve: build.query<
        AuthMeRetrieveApiResponse,
        AuthMeRetrieveApiArg
      >({
        query: () => ({ url: `/api/auth/me` }),
        providesTags: ["auth"],
      }),
      authMePartialUpdate: build.mutation<
        AuthMePartialUpdateApiResponse,
        AuthMePartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/auth/me`,
          method: "PATCH",
          body: queryArg.patchedProfileUpdateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["auth"],
      }),
      authPasswordCreate: build.mutation<
        AuthPasswordCreateApiResponse,
        AuthPasswordCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/auth/password`,
          method: "POST",
          body: queryArg.passwordChangeInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["auth"],
      }),
      authRegisterCreate: build.mutation<
        AuthRegisterCreateApiResponse,
        AuthRegisterCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/auth/register`,
          method: "POST",
          body: queryArg.registerInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["auth"],
      }),
      authVerifyEmailCreate: build.mutation<
        AuthVerifyEmailCreateApiResponse,
        AuthVerifyEmailCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/auth/verify-email`,
          method: "POST",
          body: queryArg.emailVerifyInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["auth"],
      }),
      authVerifyEmailResendCreate: build.mutation<
        AuthVerifyEmailResendCreateApiResponse,
        AuthVerifyEmailResendCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/auth/verify-email/resend`,
          method: "POST",
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["auth"],
      }),
      bookingsList: build.query<BookingsListApiResponse, BookingsListApiArg>({
        query: (queryArg) => ({
          url: `/api/bookings`,
          params: {
            attendant: queryArg.attendant,
            created_after: queryArg.createdAfter,
            created_before: queryArg.createdBefore,
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            reference: queryArg.reference,
            search: queryArg.search,
            status: queryArg.status,
            store: queryArg.store,
            user: queryArg.user,
          },
        }),
        providesTags: ["bookings"],
      }),
      bookingsCreate: build.mutation<
        BookingsCreateApiResponse,
        BookingsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/bookings`,
          method: "POST",
          body: queryArg.bookingCreateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["bookings"],
      }),
      bookingsRetrieve: build.query<
        BookingsRetrieveApiResponse,
        BookingsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/bookings/${queryArg.id}` }),
        providesTags: ["bookings"],
      }),
      bookingsUpdate: build.mutation<
        BookingsUpdateApiResponse,
        BookingsUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/bookings/${queryArg.id}`,
          method: "PUT",
          body: queryArg.bookingUpdateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["bookings"],
      }),
      bookingsPartialUpdate: build.mutation<
        BookingsPartialUpdateApiResponse,
        BookingsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/bookings/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedBookingUpdateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["bookings"],
      }),
      bookingsFormRetrieve: build.query<
        BookingsFormRetrieveApiResponse,
        BookingsFormRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/bookings/form`,
          params: {
            question_set_name: queryArg.questionSetName,
          },
        }),
        providesTags: ["bookings"],
      }),
      bookingsLookupCreate: build.mutation<
        BookingsLookupCreateApiResponse,
        BookingsLookupCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/bookings/lookup`,
          method: "POST",
          body: queryArg.bookingLookupInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["bookings"],
      }),
      brandsList: build.query<BrandsListApiResponse, BrandsListApiArg>({
        query: (queryArg) => ({
          url: `/api/brands`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
          },
        }),
        providesTags: ["brands"],
      }),
      brandsCreate: build.mutation<BrandsCreateApiResponse, BrandsCreateApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/brands`,
            method: "POST",
            body: queryArg.brandWriteInputRequest,
            headers: {
              "Idempotency-Key": queryArg["Idempotency-Key"],
            },
          }),
          invalidatesTags: ["brands"],
        },
      ),
      brandsRetrieve: build.query<
        BrandsRetrieveApiResponse,
        BrandsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/brands/${queryArg.id}` }),
        providesTags: ["brands"],
      }),
      brandsUpdate: build.mutation<BrandsUpdateApiResponse, BrandsUpdateApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/brands/${queryArg.id}`,
            method: "PUT",
            body: queryArg.brandWriteInputRequest,
            headers: {
              "Idempotency-Key": queryArg["Idempotency-Key"],
            },
          }),
          invalidatesTags: ["brands"],
        },
      ),
      brandsPartialUpdate: build.mutation<
        BrandsPartialUpdateApiResponse,
        BrandsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/brands/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedBrandWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["brands"],
      }),
      brandsDestroy: build.mutation<
        BrandsDestroyApiResponse,
        BrandsDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/brands/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["brands"],
      }),
      categoriesList: build.query<
        CategoriesListApiResponse,
        CategoriesListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/categories`,
          params: {
            department: queryArg.department,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
          },
        }),
        providesTags: ["categories"],
      }),
      categoriesCreate: build.mutation<
        CategoriesCreateApiResponse,
        CategoriesCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/categories`,
          method: "POST",
          body: queryArg.categoryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["categories"],
      }),
      categoriesRetrieve: build.query<
        CategoriesRetrieveApiResponse,
        CategoriesRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/categories/${queryArg.slug}` }),
        providesTags: ["categories"],
      }),
      categoriesUpdate: build.mutation<
        CategoriesUpdateApiResponse,
        CategoriesUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/categories/${queryArg.slug}`,
          method: "PUT",
          body: queryArg.categoryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["categories"],
      }),
      categoriesPartialUpdate: build.mutation<
        CategoriesPartialUpdateApiResponse,
        CategoriesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/categories/${queryArg.slug}`,
          method: "PATCH",
          body: queryArg.patchedCategoryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["categories"],
      }),
      categoriesDestroy: build.mutation<
        CategoriesDestroyApiResponse,
        CategoriesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/categories/${queryArg.slug}`,
          method: "DELETE",
        }),
        invalidatesTags: ["categories"],
      }),
      departmentsList: build.query<
        DepartmentsListApiResponse,
        DepartmentsListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/departments`,
          params: {
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
          },
        }),
        providesTags: ["departments"],
      }),
      departmentsCreate: build.mutation<
        DepartmentsCreateApiResponse,
        DepartmentsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/departments`,
          method: "POST",
          body: queryArg.departmentWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["departments"],
      }),
      departmentsRetrieve: build.query<
        DepartmentsRetrieveApiResponse,
        DepartmentsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/departments/${queryArg.slug}` }),
        providesTags: ["departments"],
      }),
      departmentsUpdate: build.mutation<
        DepartmentsUpdateApiResponse,
        DepartmentsUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/departments/${queryArg.slug}`,
          method: "PUT",
          body: queryArg.departmentWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["departments"],
      }),
      departmentsPartialUpdate: build.mutation<
        DepartmentsPartialUpdateApiResponse,
        DepartmentsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/departments/${queryArg.slug}`,
          method: "PATCH",
          body: queryArg.patchedDepartmentWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["departments"],
      }),
      departmentsDestroy: build.mutation<
        DepartmentsDestroyApiResponse,
        DepartmentsDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/departments/${queryArg.slug}`,
          method: "DELETE",
        }),
        invalidatesTags: ["departments"],
      }),
      inventoryConfigRetrieve: build.query<
        InventoryConfigRetrieveApiResponse,
        InventoryConfigRetrieveApiArg
      >({
        query: () => ({ url: `/api/inventory-config` }),
        providesTags: ["inventory-config"],
      }),
      inventoryConfigUpdate: build.mutation<
        InventoryConfigUpdateApiResponse,
        InventoryConfigUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/inventory-config`,
          method: "PUT",
          body: queryArg.inventoryConfigInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["inventory-config"],
      }),
      inventoryConfigPartialUpdate: build.mutation<
        InventoryConfigPartialUpdateApiResponse,
        InventoryConfigPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/inventory-config`,
          method: "PATCH",
          body: queryArg.patchedInventoryConfigInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["inventory-config"],
      }),
      issuesList: build.query<IssuesListApiResponse, IssuesListApiArg>({
        query: (queryArg) => ({
          url: `/api/issues`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
          },
        }),
        providesTags: ["issues"],
      }),
      issuesCreate: build.mutation<IssuesCreateApiResponse, IssuesCreateApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/issues`,
            method: "POST",
            body: queryArg.issueWriteInputRequest,
            headers: {
              "Idempotency-Key": queryArg["Idempotency-Key"],
            },
          }),
          invalidatesTags: ["issues"],
        },
      ),
      issuesRetrieve: build.query<
        IssuesRetrieveApiResponse,
        IssuesRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/issues/${queryArg.id}` }),
        providesTags: ["issues"],
      }),
      issuesUpdate: build.mutation<IssuesUpdateApiResponse, IssuesUpdateApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/issues/${queryArg.id}`,
            method: "PUT",
            body: queryArg.issueWriteInputRequest,
            headers: {
              "Idempotency-Key": queryArg["Idempotency-Key"],
            },
          }),
          invalidatesTags: ["issues"],
        },
      ),
      issuesPartialUpdate: build.mutation<
        IssuesPartialUpdateApiResponse,
        IssuesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/issues/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedIssueWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["issues"],
      }),
      issuesDestroy: build.mutation<
        IssuesDestroyApiResponse,
        IssuesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/issues/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["issues"],
      }),
      logsList: build.query<LogsListApiResponse, LogsListApiArg>({
        query: (queryArg) => ({
          url: `/api/logs`,
          params: {
            action: queryArg.action,
            actor: queryArg.actor,
            created_after: queryArg.createdAfter,
            created_before: queryArg.createdBefore,
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            entity: queryArg.entity,
            entity_id: queryArg.entityId,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            request_id: queryArg.requestId,
            store: queryArg.store,
          },
        }),
        providesTags: ["logs"],
      }),
      logsRetrieve: build.query<LogsRetrieveApiResponse, LogsRetrieveApiArg>({
        query: (queryArg) => ({ url: `/api/logs/${queryArg.id}` }),
        providesTags: ["logs"],
      }),
      logsExport: build.query<LogsExportApiResponse, LogsExportApiArg>({
        query: (queryArg) => ({
          url: `/api/logs/export`,
          params: {
            action: queryArg.action,
            actor: queryArg.actor,
            created_after: queryArg.createdAfter,
            created_before: queryArg.createdBefore,
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            entity: queryArg.entity,
            entity_id: queryArg.entityId,
            format: queryArg.format,
            ordering: queryArg.ordering,
            request_id: queryArg.requestId,
            store: queryArg.store,
          },
        }),
        providesTags: ["logs"],
      }),
      marketingContactList: build.query<
        MarketingContactListApiResponse,
        MarketingContactListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/marketing/contact`,
          params: {
            created_after: queryArg.createdAfter,
            created_before: queryArg.createdBefore,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
            status: queryArg.status,
          },
        }),
        providesTags: ["marketing"],
      }),
      marketingContactCreate: build.mutation<
        MarketingContactCreateApiResponse,
        MarketingContactCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/marketing/contact`,
          method: "POST",
          body: queryArg.contactCreateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["marketing"],
      }),
      marketingContactRetrieve: build.query<
        MarketingContactRetrieveApiResponse,
        MarketingContactRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/marketing/contact/${queryArg.id}` }),
        providesTags: ["marketing"],
      }),
      marketingContactPartialUpdate: build.mutation<
        MarketingContactPartialUpdateApiResponse,
        MarketingContactPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/marketing/contact/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedLeadUpdateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["marketing"],
      }),
      marketingScheduleCallList: build.query<
        MarketingScheduleCallListApiResponse,
        MarketingScheduleCallListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/marketing/schedule-call`,
          params: {
            created_after: queryArg.createdAfter,
            created_before: queryArg.createdBefore,
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
            status: queryArg.status,
          },
        }),
        providesTags: ["marketing"],
      }),
      marketingScheduleCallCreate: build.mutation<
        MarketingScheduleCallCreateApiResponse,
        MarketingScheduleCallCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/marketing/schedule-call`,
          method: "POST",
          body: queryArg.callRequestCreateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["marketing"],
      }),
      marketingScheduleCallRetrieve: build.query<
        MarketingScheduleCallRetrieveApiResponse,
        MarketingScheduleCallRetrieveApiArg
      >({
        query: (queryArg) => ({
          url: `/api/marketing/schedule-call/${queryArg.id}`,
        }),
        providesTags: ["marketing"],
      }),
      marketingScheduleCallPartialUpdate: build.mutation<
        MarketingScheduleCallPartialUpdateApiResponse,
        MarketingScheduleCallPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/marketing/schedule-call/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedLeadUpdateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["marketing"],
      }),
      notificationsList: build.query<
        NotificationsListApiResponse,
        NotificationsListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/notifications`,
          params: {
            channel: queryArg.channel,
            created_after: queryArg.createdAfter,
            created_before: queryArg.createdBefore,
            entity_id: queryArg.entityId,
            entity_type: queryArg.entityType,
            event: queryArg.event,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            recipient: queryArg.recipient,
            status: queryArg.status,
          },
        }),
        providesTags: ["notifications"],
      }),
      notificationsRetrieve: build.query<
        NotificationsRetrieveApiResponse,
        NotificationsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/notifications/${queryArg.id}` }),
        providesTags: ["notifications"],
      }),
      notificationsRetryCreate: build.mutation<
        NotificationsRetryCreateApiResponse,
        NotificationsRetryCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/notifications/${queryArg.id}/retry`,
          method: "POST",
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["notifications"],
      }),
      otherissuesList: build.query<
        OtherissuesListApiResponse,
        OtherissuesListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/otherissues`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
          },
        }),
        providesTags: ["otherissues"],
      }),
      otherissuesCreate: build.mutation<
        OtherissuesCreateApiResponse,
        OtherissuesCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/otherissues`,
          method: "POST",
          body: queryArg.otherIssueWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["otherissues"],
      }),
      otherissuesRetrieve: build.query<
        OtherissuesRetrieveApiResponse,
        OtherissuesRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/otherissues/${queryArg.id}` }),
        providesTags: ["otherissues"],
      }),
      otherissuesUpdate: build.mutation<
        OtherissuesUpdateApiResponse,
        OtherissuesUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/otherissues/${queryArg.id}`,
          method: "PUT",
          body: queryArg.otherIssueWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["otherissues"],
      }),
      otherissuesPartialUpdate: build.mutation<
        OtherissuesPartialUpdateApiResponse,
        OtherissuesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/otherissues/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedOtherIssueWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["otherissues"],
      }),
      otherissuesDestroy: build.mutation<
        OtherissuesDestroyApiResponse,
        OtherissuesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/otherissues/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["otherissues"],
      }),
      priceLogsList: build.query<PriceLogsListApiResponse, PriceLogsListApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/price-logs`,
            params: {
              changed_by: queryArg.changedBy,
              date_from: queryArg.dateFrom,
              date_to: queryArg.dateTo,
              ordering: queryArg.ordering,
              page: queryArg.page,
              page_size: queryArg.pageSize,
              product: queryArg.product,
              variant: queryArg.variant,
            },
          }),
          providesTags: ["price-logs"],
        },
      ),
      priceLogsRetrieve: build.query<
        PriceLogsRetrieveApiResponse,
        PriceLogsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/price-logs/${queryArg.id}` }),
        providesTags: ["price-logs"],
      }),
      productsList: build.query<ProductsListApiResponse, ProductsListApiArg>({
        query: (queryArg) => ({
          url: `/api/products`,
          params: {
            availability: queryArg.availability,
            brand: queryArg.brand,
            category: queryArg.category,
            department: queryArg.department,
            in_stock: queryArg.inStock,
            is_active: queryArg.isActive,
            max_price: queryArg.maxPrice,
            min_price: queryArg.minPrice,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
            store: queryArg.store,
            subcategory: queryArg.subcategory,
            unit: queryArg.unit,
          },
        }),
        providesTags: ["products"],
      }),
      productsCreate: build.mutation<
        ProductsCreateApiResponse,
        ProductsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/products`,
          method: "POST",
          body: queryArg.productWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["products"],
      }),
      productsRetrieve: build.query<
        ProductsRetrieveApiResponse,
        ProductsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/products/${queryArg.slug}` }),
        providesTags: ["products"],
      }),
      productsUpdate: build.mutation<
        ProductsUpdateApiResponse,
        ProductsUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/products/${queryArg.slug}`,
          method: "PUT",
          body: queryArg.productWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["products"],
      }),
      productsPartialUpdate: build.mutation<
        ProductsPartialUpdateApiResponse,
        ProductsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/products/${queryArg.slug}`,
          method: "PATCH",
          body: queryArg.patchedProductWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["products"],
      }),
      productsDestroy: build.mutation<
        ProductsDestroyApiResponse,
        ProductsDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/products/${queryArg.slug}`,
          method: "DELETE",
        }),
        invalidatesTags: ["products"],
      }),
      qualitiesList: build.query<QualitiesListApiResponse, QualitiesListApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/qualities`,
            params: {
              ordering: queryArg.ordering,
              page: queryArg.page,
              page_size: queryArg.pageSize,
              search: queryArg.search,
            },
          }),
          providesTags: ["qualities"],
        },
      ),
      qualitiesCreate: build.mutation<
        QualitiesCreateApiResponse,
        QualitiesCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/qualities`,
          method: "POST",
          body: queryArg.qualityWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["qualities"],
      }),
      qualitiesRetrieve: build.query<
        QualitiesRetrieveApiResponse,
        QualitiesRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/qualities/${queryArg.slug}` }),
        providesTags: ["qualities"],
      }),
      qualitiesUpdate: build.mutation<
        QualitiesUpdateApiResponse,
        QualitiesUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/qualities/${queryArg.slug}`,
          method: "PUT",
          body: queryArg.qualityWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["qualities"],
      }),
      qualitiesPartialUpdate: build.mutation<
        QualitiesPartialUpdateApiResponse,
        QualitiesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/qualities/${queryArg.slug}`,
          method: "PATCH",
          body: queryArg.patchedQualityWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["qualities"],
      }),
      qualitiesDestroy: build.mutation<
        QualitiesDestroyApiResponse,
        QualitiesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/qualities/${queryArg.slug}`,
          method: "DELETE",
        }),
        invalidatesTags: ["qualities"],
      }),
      questionsList: build.query<QuestionsListApiResponse, QuestionsListApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/questions`,
            params: {
              is_active: queryArg.isActive,
              ordering: queryArg.ordering,
              page: queryArg.page,
              page_size: queryArg.pageSize,
              question_set_name: queryArg.questionSetName,
              search: queryArg.search,
            },
          }),
          providesTags: ["questions"],
        },
      ),
      questionsCreate: build.mutation<
        QuestionsCreateApiResponse,
        QuestionsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/questions`,
          method: "POST",
          body: queryArg.questionWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["questions"],
      }),
      questionsRetrieve: build.query<
        QuestionsRetrieveApiResponse,
        QuestionsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/questions/${queryArg.id}` }),
        providesTags: ["questions"],
      }),
      questionsUpdate: build.mutation<
        QuestionsUpdateApiResponse,
        QuestionsUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/questions/${queryArg.id}`,
          method: "PUT",
          body: queryArg.questionWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["questions"],
      }),
      questionsPartialUpdate: build.mutation<
        QuestionsPartialUpdateApiResponse,
        QuestionsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/questions/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedQuestionWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["questions"],
      }),
      questionsDestroy: build.mutation<
        QuestionsDestroyApiResponse,
        QuestionsDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/questions/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["questions"],
      }),
      responsesList: build.query<ResponsesListApiResponse, ResponsesListApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/responses`,
            params: {
              booking: queryArg.booking,
              created_after: queryArg.createdAfter,
              created_before: queryArg.createdBefore,
              ordering: queryArg.ordering,
              page: queryArg.page,
              page_size: queryArg.pageSize,
              question_set_name: queryArg.questionSetName,
            },
          }),
          providesTags: ["responses"],
        },
      ),
      responsesCreate: build.mutation<
        ResponsesCreateApiResponse,
        ResponsesCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/responses`,
          method: "POST",
          body: queryArg.responseCreateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["responses"],
      }),
      responsesRetrieve: build.query<
        ResponsesRetrieveApiResponse,
        ResponsesRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/responses/${queryArg.id}` }),
        providesTags: ["responses"],
      }),
      serialsList: build.query<SerialsListApiResponse, SerialsListApiArg>({
        query: (queryArg) => ({
          url: `/api/serials`,
          params: {
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            product: queryArg.product,
            search: queryArg.search,
            serial_no: queryArg.serialNo,
            status: queryArg.status,
            store: queryArg.store,
            variant: queryArg.variant,
          },
        }),
        providesTags: ["serials"],
      }),
      serialsRetrieve: build.query<
        SerialsRetrieveApiResponse,
        SerialsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/serials/${queryArg.id}` }),
        providesTags: ["serials"],
      }),
      serialsPartialUpdate: build.mutation<
        SerialsPartialUpdateApiResponse,
        SerialsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/serials/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedSerialUpdateInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["serials"],
      }),
      sparesList: build.query<SparesListApiResponse, SparesListApiArg>({
        query: (queryArg) => ({
          url: `/api/spares`,
          params: {
            brand: queryArg.brand,
            is_active: queryArg.isActive,
            max_price: queryArg.maxPrice,
            min_price: queryArg.minPrice,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            product: queryArg.product,
            quality: queryArg.quality,
            search: queryArg.search,
            variant: queryArg.variant,
          },
        }),
        providesTags: ["spares"],
      }),
      sparesCreate: build.mutation<SparesCreateApiResponse, SparesCreateApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/spares`,
            method: "POST",
            body: queryArg.spareWriteInputRequest,
            headers: {
              "Idempotency-Key": queryArg["Idempotency-Key"],
            },
          }),
          invalidatesTags: ["spares"],
        },
      ),
      sparesRetrieve: build.query<
        SparesRetrieveApiResponse,
        SparesRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/spares/${queryArg.id}` }),
        providesTags: ["spares"],
      }),
      sparesUpdate: build.mutation<SparesUpdateApiResponse, SparesUpdateApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/spares/${queryArg.id}`,
            method: "PUT",
            body: queryArg.spareWriteInputRequest,
            headers: {
              "Idempotency-Key": queryArg["Idempotency-Key"],
            },
          }),
          invalidatesTags: ["spares"],
        },
      ),
      sparesPartialUpdate: build.mutation<
        SparesPartialUpdateApiResponse,
        SparesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/spares/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedSpareWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["spares"],
      }),
      sparesDestroy: build.mutation<
        SparesDestroyApiResponse,
        SparesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/spares/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["spares"],
      }),
      stockEntriesList: build.query<
        StockEntriesListApiResponse,
        StockEntriesListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stock-entries`,
          params: {
            booking: queryArg.booking,
            date_from: queryArg.dateFrom,
            date_to: queryArg.dateTo,
            entered_by: queryArg.enteredBy,
            entry_type: queryArg.entryType,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            product: queryArg.product,
            store: queryArg.store,
            transfer_id: queryArg.transferId,
            variant: queryArg.variant,
          },
        }),
        providesTags: ["stock-entries"],
      }),
      stockEntriesCreate: build.mutation<
        StockEntriesCreateApiResponse,
        StockEntriesCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stock-entries`,
          method: "POST",
          body: queryArg.stockEntryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["stock-entries"],
      }),
      stockEntriesRetrieve: build.query<
        StockEntriesRetrieveApiResponse,
        StockEntriesRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/stock-entries/${queryArg.id}` }),
        providesTags: ["stock-entries"],
      }),
      stockEntriesUpdate: build.mutation<
        StockEntriesUpdateApiResponse,
        StockEntriesUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stock-entries/${queryArg.id}`,
          method: "PUT",
          body: queryArg.stockEntryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["stock-entries"],
      }),
      stockEntriesPartialUpdate: build.mutation<
        StockEntriesPartialUpdateApiResponse,
        StockEntriesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stock-entries/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedStockEntryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["stock-entries"],
      }),
      stockEntriesDestroy: build.mutation<
        StockEntriesDestroyApiResponse,
        StockEntriesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stock-entries/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["stock-entries"],
      }),
      stockLedgersList: build.query<
        StockLedgersListApiResponse,
        StockLedgersListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stock-ledgers`,
          params: {
            low_stock: queryArg.lowStock,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            product: queryArg.product,
            search: queryArg.search,
            store: queryArg.store,
            variant: queryArg.variant,
          },
        }),
        providesTags: ["stock-ledgers"],
      }),
      stockLedgersRetrieve: build.query<
        StockLedgersRetrieveApiResponse,
        StockLedgersRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/stock-ledgers/${queryArg.id}` }),
        providesTags: ["stock-ledgers"],
      }),
      stockLedgersRollupList: build.query<
        StockLedgersRollupListApiResponse,
        StockLedgersRollupListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stock-ledgers/rollup`,
          params: {
            low_stock: queryArg.lowStock,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            product: queryArg.product,
            search: queryArg.search,
            store: queryArg.store,
            variant: queryArg.variant,
          },
        }),
        providesTags: ["stock-ledgers"],
      }),
      storesList: build.query<StoresListApiResponse, StoresListApiArg>({
        query: (queryArg) => ({
          url: `/api/stores`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
            store_type: queryArg.storeType,
          },
        }),
        providesTags: ["stores"],
      }),
      storesCreate: build.mutation<StoresCreateApiResponse, StoresCreateApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/stores`,
            method: "POST",
            body: queryArg.storeWriteInputRequest,
            headers: {
              "Idempotency-Key": queryArg["Idempotency-Key"],
            },
          }),
          invalidatesTags: ["stores"],
        },
      ),
      storesRetrieve: build.query<
        StoresRetrieveApiResponse,
        StoresRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/stores/${queryArg.id}` }),
        providesTags: ["stores"],
      }),
      storesUpdate: build.mutation<StoresUpdateApiResponse, StoresUpdateApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/stores/${queryArg.id}`,
            method: "PUT",
            body: queryArg.storeWriteInputRequest,
            headers: {
              "Idempotency-Key": queryArg["Idempotency-Key"],
            },
          }),
          invalidatesTags: ["stores"],
        },
      ),
      storesPartialUpdate: build.mutation<
        StoresPartialUpdateApiResponse,
        StoresPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stores/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedStoreWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["stores"],
      }),
      storesDestroy: build.mutation<
        StoresDestroyApiResponse,
        StoresDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/stores/${queryArg.id}`,
          method: "DELETE",
        }),
        invalidatesTags: ["stores"],
      }),
      subcategoriesList: build.query<
        SubcategoriesListApiResponse,
        SubcategoriesListApiArg
      >({
        query: (queryArg) => ({
          url: `/api/subcategories`,
          params: {
            category: queryArg.category,
            department: queryArg.department,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
          },
        }),
        providesTags: ["subcategories"],
      }),
      subcategoriesCreate: build.mutation<
        SubcategoriesCreateApiResponse,
        SubcategoriesCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/subcategories`,
          method: "POST",
          body: queryArg.subcategoryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["subcategories"],
      }),
      subcategoriesRetrieve: build.query<
        SubcategoriesRetrieveApiResponse,
        SubcategoriesRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/subcategories/${queryArg.slug}` }),
        providesTags: ["subcategories"],
      }),
      subcategoriesUpdate: build.mutation<
        SubcategoriesUpdateApiResponse,
        SubcategoriesUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/subcategories/${queryArg.slug}`,
          method: "PUT",
          body: queryArg.subcategoryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["subcategories"],
      }),
      subcategoriesPartialUpdate: build.mutation<
        SubcategoriesPartialUpdateApiResponse,
        SubcategoriesPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/subcategories/${queryArg.slug}`,
          method: "PATCH",
          body: queryArg.patchedSubcategoryWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["subcategories"],
      }),
      subcategoriesDestroy: build.mutation<
        SubcategoriesDestroyApiResponse,
        SubcategoriesDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/subcategories/${queryArg.slug}`,
          method: "DELETE",
        }),
        invalidatesTags: ["subcategories"],
      }),
      tokenRefreshCreate: build.mutation<
        TokenRefreshCreateApiResponse,
        TokenRefreshCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/token/refresh`,
          method: "POST",
          body: queryArg.refreshInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["token"],
      }),
      tokenVerifyCreate: build.mutation<
        TokenVerifyCreateApiResponse,
        TokenVerifyCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/token/verify`,
          method: "POST",
          body: queryArg.tokenVerifyInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["token"],
      }),
      unitsList: build.query<UnitsListApiResponse, UnitsListApiArg>({
        query: (queryArg) => ({
          url: `/api/units`,
          params: {
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            search: queryArg.search,
          },
        }),
        providesTags: ["units"],
      }),
      unitsCreate: build.mutation<UnitsCreateApiResponse, UnitsCreateApiArg>({
        query: (queryArg) => ({
          url: `/api/units`,
          method: "POST",
          body: queryArg.unitWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["units"],
      }),
      unitsRetrieve: build.query<UnitsRetrieveApiResponse, UnitsRetrieveApiArg>(
        {
          query: (queryArg) => ({ url: `/api/units/${queryArg.slug}` }),
          providesTags: ["units"],
        },
      ),
      unitsUpdate: build.mutation<UnitsUpdateApiResponse, UnitsUpdateApiArg>({
        query: (queryArg) => ({
          url: `/api/units/${queryArg.slug}`,
          method: "PUT",
          body: queryArg.unitWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["units"],
      }),
      unitsPartialUpdate: build.mutation<
        UnitsPartialUpdateApiResponse,
        UnitsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/units/${queryArg.slug}`,
          method: "PATCH",
          body: queryArg.patchedUnitWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["units"],
      }),
      unitsDestroy: build.mutation<UnitsDestroyApiResponse, UnitsDestroyApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/units/${queryArg.slug}`,
            method: "DELETE",
          }),
          invalidatesTags: ["units"],
        },
      ),
      usersList: build.query<UsersListApiResponse, UsersListApiArg>({
        query: (queryArg) => ({
          url: `/api/users`,
          params: {
            is_active: queryArg.isActive,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            role: queryArg.role,
            search: queryArg.search,
            store: queryArg.store,
          },
        }),
        providesTags: ["users"],
      }),
      usersCreate: build.mutation<UsersCreateApiResponse, UsersCreateApiArg>({
        query: (queryArg) => ({
          url: `/api/users`,
          method: "POST",
          body: queryArg.userWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["users"],
      }),
      usersRetrieve: build.query<UsersRetrieveApiResponse, UsersRetrieveApiArg>(
        {
          query: (queryArg) => ({ url: `/api/users/${queryArg.id}` }),
          providesTags: ["users"],
        },
      ),
      usersUpdate: build.mutation<UsersUpdateApiResponse, UsersUpdateApiArg>({
        query: (queryArg) => ({
          url: `/api/users/${queryArg.id}`,
          method: "PUT",
          body: queryArg.userWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["users"],
      }),
      usersPartialUpdate: build.mutation<
        UsersPartialUpdateApiResponse,
        UsersPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/users/${queryArg.id}`,
          method: "PATCH",
          body: queryArg.patchedUserWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["users"],
      }),
      usersDestroy: build.mutation<UsersDestroyApiResponse, UsersDestroyApiArg>(
        {
          query: (queryArg) => ({
            url: `/api/users/${queryArg.id}`,
            method: "DELETE",
          }),
          invalidatesTags: ["users"],
        },
      ),
      variantsList: build.query<VariantsListApiResponse, VariantsListApiArg>({
        query: (queryArg) => ({
          url: `/api/variants`,
          params: {
            brand: queryArg.brand,
            is_active: queryArg.isActive,
            max_price: queryArg.maxPrice,
            min_price: queryArg.minPrice,
            ordering: queryArg.ordering,
            page: queryArg.page,
            page_size: queryArg.pageSize,
            product: queryArg.product,
            search: queryArg.search,
            store: queryArg.store,
          },
        }),
        providesTags: ["variants"],
      }),
      variantsCreate: build.mutation<
        VariantsCreateApiResponse,
        VariantsCreateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/variants`,
          method: "POST",
          body: queryArg.variantWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["variants"],
      }),
      variantsRetrieve: build.query<
        VariantsRetrieveApiResponse,
        VariantsRetrieveApiArg
      >({
        query: (queryArg) => ({ url: `/api/variants/${queryArg.slug}` }),
        providesTags: ["variants"],
      }),
      variantsUpdate: build.mutation<
        VariantsUpdateApiResponse,
        VariantsUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/variants/${queryArg.slug}`,
          method: "PUT",
          body: queryArg.variantWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["variants"],
      }),
      variantsPartialUpdate: build.mutation<
        VariantsPartialUpdateApiResponse,
        VariantsPartialUpdateApiArg
      >({
        query: (queryArg) => ({
          url: `/api/variants/${queryArg.slug}`,
          method: "PATCH",
          body: queryArg.patchedVariantWriteInputRequest,
          headers: {
            "Idempotency-Key": queryArg["Idempotency-Key"],
          },
        }),
        invalidatesTags: ["variants"],
      }),
      variantsDestroy: build.mutation<
        VariantsDestroyApiResponse,
        VariantsDestroyApiArg
      >({
        query: (queryArg) => ({
          url: `/api/variants/${queryArg.slug}`,
          method: "DELETE",
        }),
        invalidatesTags: ["variants"],
      }),
    }),
    overrideExisting: false,
  });
export { injectedRtkApi as storeopsApi };
export type AttendanceListApiResponse =
  /** status 200  */ PaginatedAttendanceOutputListRead;
export type AttendanceListApiArg = {
  autoClosed?: boolean;
  dateFrom?: string;
  dateTo?: string;
  /** Comma-separated fields, `-` for descending: `date`, `check_in`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  shift?: number;
  /** comma list of: OPEN, PENDING_APPROVAL, PRESENT, HALF_DAY, ABSENT */
  status?: "ABSENT" | "HALF_DAY" | "OPEN" | "PENDING_APPROVAL" | "PRESENT";
  store?: number;
  user?: number;
};
export type AttendanceRetrieveApiResponse =
  /** status 200  */ AttendanceOutputRead;
export type AttendanceRetrieveApiArg = {
  id: string;
};
export type AttendancePhotoApiResponse =
  /** status 200 The stored JPEG. */ Blob;
export type AttendancePhotoApiArg = {
  id: string;
  phase: string;
};
export type AttendanceAdminExceptionsListApiResponse =
  /** status 200  */ PaginatedExceptionOutputListRead;
export type AttendanceAdminExceptionsListApiArg = {
  /** inclusive */
  dateFrom?: string;
  /** inclusive */
  dateTo?: string;
  /** Comma-separated fields, `-` for descending: `date`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  store?: number | null;
  user?: number | null;
};
export type AttendanceAdminExceptionsCreateApiResponse =
  /** status 201  */ ExceptionOutputRead;
export type AttendanceAdminExceptionsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  exceptionWriteInputRequest: ExceptionWriteInputRequest;
};
export type AttendanceAdminExceptionsRetrieveApiResponse =
  /** status 200  */ ExceptionOutputRead;
export type AttendanceAdminExceptionsRetrieveApiArg = {
  /** A unique integer value identifying this exception. */
  id: number;
};
export type AttendanceAdminExceptionsUpdateApiResponse =
  /** status 200  */ ExceptionOutputRead;
export type AttendanceAdminExceptionsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this exception. */
  id: number;
  exceptionWriteInputRequest: ExceptionWriteInputRequest;
};
export type AttendanceAdminExceptionsPartialUpdateApiResponse =
  /** status 200  */ ExceptionOutputRead;
export type AttendanceAdminExceptionsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this exception. */
  id: number;
  patchedExceptionWriteInputRequest: PatchedExceptionWriteInputRequest;
};
export type AttendanceAdminExceptionsDestroyApiResponse = unknown;
export type AttendanceAdminExceptionsDestroyApiArg = {
  /** A unique integer value identifying this exception. */
  id: number;
};
export type AttendanceAdminGeofencesListApiResponse =
  /** status 200  */ PaginatedGeofenceAdminOutputListRead;
export type AttendanceAdminGeofencesListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `store`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  store?: number;
};
export type AttendanceAdminGeofencesCreateApiResponse =
  | /** status 200  */ GeofenceAdminOutputRead
  | /** status 201  */ GeofenceAdminOutputRead;
export type AttendanceAdminGeofencesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  geofenceWriteInputRequest: GeofenceWriteInputRequest;
};
export type AttendanceAdminGeofencesRetrieveApiResponse =
  /** status 200  */ GeofenceAdminOutputRead;
export type AttendanceAdminGeofencesRetrieveApiArg = {
  /** A unique integer value identifying this geofence. */
  id: number;
};
export type AttendanceAdminGeofencesUpdateApiResponse =
  /** status 200  */ GeofenceAdminOutputRead;
export type AttendanceAdminGeofencesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this geofence. */
  id: number;
  geofenceUpdateInputRequest: GeofenceUpdateInputRequest;
};
export type AttendanceAdminGeofencesPartialUpdateApiResponse =
  /** status 200  */ GeofenceAdminOutputRead;
export type AttendanceAdminGeofencesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this geofence. */
  id: number;
  patchedGeofenceUpdateInputRequest: PatchedGeofenceUpdateInputRequest;
};
export type AttendanceAdminGeofencesDestroyApiResponse = unknown;
export type AttendanceAdminGeofencesDestroyApiArg = {
  /** A unique integer value identifying this geofence. */
  id: number;
};
export type AttendanceAdminPayrollListApiResponse =
  /** status 200  */ PaginatedPayrollOutputListRead;
export type AttendanceAdminPayrollListApiArg = {
  /** the profile in force on this date, for each advisor */
  effectiveOn?: any;
  /** Comma-separated fields, `-` for descending: `user`, `effective_from`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  user?: number;
};
export type AttendanceAdminPayrollCreateApiResponse =
  /** status 201  */ PayrollOutputRead;
export type AttendanceAdminPayrollCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  payrollWriteInputRequest: PayrollWriteInputRequest;
};
export type AttendanceAdminPayrollRetrieveApiResponse =
  /** status 200  */ PayrollOutputRead;
export type AttendanceAdminPayrollRetrieveApiArg = {
  /** A unique integer value identifying this payroll profile. */
  id: number;
};
export type AttendanceAdminPayrollUpdateApiResponse =
  /** status 200  */ PayrollOutputRead;
export type AttendanceAdminPayrollUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this payroll profile. */
  id: number;
  payrollWriteInputRequest: PayrollWriteInputRequest;
};
export type AttendanceAdminPayrollPartialUpdateApiResponse =
  /** status 200  */ PayrollOutputRead;
export type AttendanceAdminPayrollPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this payroll profile. */
  id: number;
  patchedPayrollWriteInputRequest: PatchedPayrollWriteInputRequest;
};
export type AttendanceAdminPayrollDestroyApiResponse = unknown;
export type AttendanceAdminPayrollDestroyApiArg = {
  /** A unique integer value identifying this payroll profile. */
  id: number;
};
export type AttendanceAdminSchedulesListApiResponse =
  /** status 200  */ PaginatedScheduleOutputListRead;
export type AttendanceAdminSchedulesListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `user`, `rule_type`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** * `fixed` - Fixed
   * `alternate_weekly` - Alternate weekly */
  ruleType?: "alternate_weekly" | "fixed";
  /** the advisor's store */
  store?: number | null;
  user?: number;
};
export type AttendanceAdminSchedulesCreateApiResponse =
  /** status 201  */ ScheduleOutputRead;
export type AttendanceAdminSchedulesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  scheduleWriteInputRequest: ScheduleWriteInputRequest;
};
export type AttendanceAdminSchedulesRetrieveApiResponse =
  /** status 200  */ ScheduleOutputRead;
export type AttendanceAdminSchedulesRetrieveApiArg = {
  /** A unique integer value identifying this schedule. */
  id: number;
};
export type AttendanceAdminSchedulesUpdateApiResponse =
  /** status 200  */ ScheduleOutputRead;
export type AttendanceAdminSchedulesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this schedule. */
  id: number;
  scheduleWriteInputRequest: ScheduleWriteInputRequest;
};
export type AttendanceAdminSchedulesPartialUpdateApiResponse =
  /** status 200  */ ScheduleOutputRead;
export type AttendanceAdminSchedulesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this schedule. */
  id: number;
  patchedScheduleWriteInputRequest: PatchedScheduleWriteInputRequest;
};
export type AttendanceAdminSchedulesDestroyApiResponse = unknown;
export type AttendanceAdminSchedulesDestroyApiArg = {
  /** A unique integer value identifying this schedule. */
  id: number;
};
export type AttendanceAdminSchedulesPreviewRetrieveApiResponse =
  /** status 200  */ PreviewOutputRead;
export type AttendanceAdminSchedulesPreviewRetrieveApiArg = {
  end: string;
  /** A unique integer value identifying this schedule. */
  id: number;
  start: string;
};
export type AttendanceAdminShiftsListApiResponse =
  /** status 200  */ PaginatedShiftOutputListRead;
export type AttendanceAdminShiftsListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `name`, `start_time`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** part of the name */
  search?: string;
};
export type AttendanceAdminShiftsCreateApiResponse =
  /** status 201  */ ShiftOutputRead;
export type AttendanceAdminShiftsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  shiftWriteInputRequest: ShiftWriteInputRequest;
};
export type AttendanceAdminShiftsRetrieveApiResponse =
  /** status 200  */ ShiftOutputRead;
export type AttendanceAdminShiftsRetrieveApiArg = {
  /** A unique integer value identifying this shift. */
  id: number;
};
export type AttendanceAdminShiftsUpdateApiResponse =
  /** status 200  */ ShiftOutputRead;
export type AttendanceAdminShiftsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this shift. */
  id: number;
  shiftWriteInputRequest: ShiftWriteInputRequest;
};
export type AttendanceAdminShiftsPartialUpdateApiResponse =
  /** status 200  */ ShiftOutputRead;
export type AttendanceAdminShiftsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this shift. */
  id: number;
  patchedShiftWriteInputRequest: PatchedShiftWriteInputRequest;
};
export type AttendanceAdminShiftsDestroyApiResponse = unknown;
export type AttendanceAdminShiftsDestroyApiArg = {
  /** A unique integer value identifying this shift. */
  id: number;
};
export type AttendanceAdminWeekoffsListApiResponse =
  /** status 200  */ PaginatedWeekOffOutputListRead;
export type AttendanceAdminWeekoffsListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `user`, `weekday`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  user?: number;
  /** 0 = Monday … 6 = Sunday */
  weekday?: number;
};
export type AttendanceAdminWeekoffsCreateApiResponse =
  /** status 201  */ WeekOffOutputRead;
export type AttendanceAdminWeekoffsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  weekOffWriteInputRequest: WeekOffWriteInputRequest;
};
export type AttendanceAdminWeekoffsRetrieveApiResponse =
  /** status 200  */ WeekOffOutputRead;
export type AttendanceAdminWeekoffsRetrieveApiArg = {
  /** A unique integer value identifying this week off. */
  id: number;
};
export type AttendanceAdminWeekoffsUpdateApiResponse =
  /** status 200  */ WeekOffOutputRead;
export type AttendanceAdminWeekoffsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this week off. */
  id: number;
  weekOffWriteInputRequest: WeekOffWriteInputRequest;
};
export type AttendanceAdminWeekoffsPartialUpdateApiResponse =
  /** status 200  */ WeekOffOutputRead;
export type AttendanceAdminWeekoffsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this week off. */
  id: number;
  patchedWeekOffWriteInputRequest: PatchedWeekOffWriteInputRequest;
};
export type AttendanceAdminWeekoffsDestroyApiResponse = unknown;
export type AttendanceAdminWeekoffsDestroyApiArg = {
  /** A unique integer value identifying this week off. */
  id: number;
};
export type AttendanceApprovalsListApiResponse =
  /** status 200  */ PaginatedRequestOutputListRead;
export type AttendanceApprovalsListApiArg = {
  /** attendance date, inclusive */
  dateFrom?: string;
  /** attendance date, inclusive */
  dateTo?: string;
  /** Comma-separated fields, `-` for descending: `created_at`, `attendance_date`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** comma list of: PENDING, APPROVED, REJECTED */
  status?: "APPROVED" | "PENDING" | "REJECTED";
  store?: number;
  /** comma list of: LATE, OUTSIDE_GEOFENCE, OT, ADJUST */
  type?: "ADJUST" | "LATE" | "OT" | "OUTSIDE_GEOFENCE";
  user?: number;
};
export type AttendanceApprovalsApproveCreateApiResponse =
  /** status 200  */ DecisionOutputRead;
export type AttendanceApprovalsApproveCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  id: string;
  decisionInputRequest: DecisionInputRequest;
};
export type AttendanceApprovalsRejectCreateApiResponse =
  /** status 200  */ DecisionOutputRead;
export type AttendanceApprovalsRejectCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  id: string;
  decisionInputRequest: DecisionInputRequest;
};
export type AttendanceCheckInApiResponse =
  /** status 201  */ AttendanceOutputRead;
export type AttendanceCheckInApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  checkInInputRequest: CheckInInputRequest;
};
export type AttendanceCheckOutApiResponse =
  /** status 200  */ AttendanceOutputRead;
export type AttendanceCheckOutApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  checkOutInputRequest: CheckOutInputRequest;
};
export type AttendanceMeTodayApiResponse = /** status 200  */ TodayOutputRead;
export type AttendanceMeTodayApiArg = void;
export type AttendanceReportMeApiResponse = /** status 200  */ MyReportOutput;
export type AttendanceReportMeApiArg = {
  /** `csv` for a CSV attachment; anything else JSON */
  format?: string;
  /** YYYY-MM; default: the current month in the store's zone */
  month?: string;
};
export type AttendanceReportStoreApiResponse =
  /** status 200  */ StoreReportOutput;
export type AttendanceReportStoreApiArg = {
  /** `csv` for a CSV attachment; anything else JSON */
  format?: string;
  /** YYYY-MM; default: the current month in the store's zone */
  month?: string;
  storeId: string;
};
export type AttendanceRequestsListApiResponse =
  /** status 200  */ PaginatedRequestOutputListRead;
export type AttendanceRequestsListApiArg = {
  /** attendance date, inclusive */
  dateFrom?: string;
  /** attendance date, inclusive */
  dateTo?: string;
  /** Comma-separated fields, `-` for descending: `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** comma list of: PENDING, APPROVED, REJECTED */
  status?: "APPROVED" | "PENDING" | "REJECTED";
  /** comma list of: LATE, OUTSIDE_GEOFENCE, OT, ADJUST */
  type?: "ADJUST" | "LATE" | "OT" | "OUTSIDE_GEOFENCE";
};
export type AttendanceRequestsCreateApiResponse =
  /** status 201  */ RequestOutputRead;
export type AttendanceRequestsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  adjustRequestInputRequest: AdjustRequestInputRequest;
};
export type AuthLoginCreateApiResponse = /** status 200  */ LoginOutputRead;
export type AuthLoginCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  loginInputRequest: LoginInputRequest;
};
export type AuthLogoutCreateApiResponse = unknown;
export type AuthLogoutCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  refreshInputRequest: RefreshInputRequest;
};
export type AuthMeRetrieveApiResponse = /** status 200  */ MeOutputRead;
export type AuthMeRetrieveApiArg = void;
export type AuthMePartialUpdateApiResponse = /** status 200  */ MeOutputRead;
export type AuthMePartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  patchedProfileUpdateInputRequest: PatchedProfileUpdateInputRequest;
};
export type AuthPasswordCreateApiResponse = /** status 200  */ TokenPairOutput;
export type AuthPasswordCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  passwordChangeInputRequest: PasswordChangeInputRequest;
};
export type AuthRegisterCreateApiResponse =
  /** status 201  */ RegisterOutputRead;
export type AuthRegisterCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  registerInputRequest: RegisterInputRequestWrite;
};
export type AuthVerifyEmailCreateApiResponse =
  /** status 200  */ EmailVerifiedOutput;
export type AuthVerifyEmailCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  emailVerifyInputRequest: EmailVerifyInputRequest;
};
export type AuthVerifyEmailResendCreateApiResponse =
  /** status 202  */ DetailOutput;
export type AuthVerifyEmailResendCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
};
export type BookingsListApiResponse =
  /** status 200  */ PaginatedBookingOutputListRead;
export type BookingsListApiArg = {
  attendant?: number | null;
  createdAfter?: string;
  createdBefore?: string;
  /** on `date`, inclusive */
  dateFrom?: string;
  /** on `date`, inclusive */
  dateTo?: string;
  /** Comma-separated fields, `-` for descending: `created_at`, `status`, `id`, `date`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** exact, any case */
  reference?: string;
  /** case-insensitive substring of reference, name, email, phone */
  search?: string;
  /** comma list of: pending, approved, rejected, cancelled, in_progress, completed */
  status?:
    | "approved"
    | "cancelled"
    | "completed"
    | "in_progress"
    | "pending"
    | "rejected";
  store?: number | null;
  user?: number | null;
};
export type BookingsCreateApiResponse = /** status 201  */ BookingOutputRead;
export type BookingsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  bookingCreateInputRequest: BookingCreateInputRequestWrite;
};
export type BookingsRetrieveApiResponse = /** status 200  */ BookingOutputRead;
export type BookingsRetrieveApiArg = {
  /** A unique integer value identifying this booking. */
  id: number;
};
export type BookingsUpdateApiResponse = /** status 200  */ BookingOutputRead;
export type BookingsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this booking. */
  id: number;
  bookingUpdateInputRequest: BookingUpdateInputRequest;
};
export type BookingsPartialUpdateApiResponse =
  /** status 200  */ BookingOutputRead;
export type BookingsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this booking. */
  id: number;
  patchedBookingUpdateInputRequest: PatchedBookingUpdateInputRequest;
};
export type BookingsFormRetrieveApiResponse =
  /** status 200  */ BookingFormOutputRead;
export type BookingsFormRetrieveApiArg = {
  /** only the questions of this set (exact) */
  questionSetName?: string;
};
export type BookingsLookupCreateApiResponse =
  /** status 200  */ BookingOutputRead;
export type BookingsLookupCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  bookingLookupInputRequest: BookingLookupInputRequest;
};
export type BrandsListApiResponse =
  /** status 200  */ PaginatedBrandOutputListRead;
export type BrandsListApiArg = {
  /** admins only */
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `name`, `date_created`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name */
  search?: string;
};
export type BrandsCreateApiResponse = /** status 201  */ BrandOutputRead;
export type BrandsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  brandWriteInputRequest: BrandWriteInputRequest;
};
export type BrandsRetrieveApiResponse = /** status 200  */ BrandOutputRead;
export type BrandsRetrieveApiArg = {
  id: string;
};
export type BrandsUpdateApiResponse = /** status 200  */ BrandOutputRead;
export type BrandsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  id: string;
  brandWriteInputRequest: BrandWriteInputRequest;
};
export type BrandsPartialUpdateApiResponse = /** status 200  */ BrandOutputRead;
export type BrandsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  id: string;
  patchedBrandWriteInputRequest: PatchedBrandWriteInputRequest;
};
export type BrandsDestroyApiResponse = unknown;
export type BrandsDestroyApiArg = {
  id: string;
};
export type CategoriesListApiResponse =
  /** status 200  */ PaginatedCategoryOutputListRead;
export type CategoriesListApiArg = {
  department?: string;
  /** Comma-separated fields, `-` for descending: `name`, `date_created`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name */
  search?: string;
};
export type CategoriesCreateApiResponse = /** status 201  */ CategoryOutputRead;
export type CategoriesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  categoryWriteInputRequest: CategoryWriteInputRequest;
};
export type CategoriesRetrieveApiResponse =
  /** status 200  */ CategoryOutputRead;
export type CategoriesRetrieveApiArg = {
  slug: string;
};
export type CategoriesUpdateApiResponse = /** status 200  */ CategoryOutputRead;
export type CategoriesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  categoryWriteInputRequest: CategoryWriteInputRequest;
};
export type CategoriesPartialUpdateApiResponse =
  /** status 200  */ CategoryOutputRead;
export type CategoriesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  patchedCategoryWriteInputRequest: PatchedCategoryWriteInputRequest;
};
export type CategoriesDestroyApiResponse = unknown;
export type CategoriesDestroyApiArg = {
  slug: string;
};
export type DepartmentsListApiResponse =
  /** status 200  */ PaginatedDepartmentOutputListRead;
export type DepartmentsListApiArg = {
  /** Comma-separated fields, `-` for descending: `name`, `date_created`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name */
  search?: string;
};
export type DepartmentsCreateApiResponse =
  /** status 201  */ DepartmentOutputRead;
export type DepartmentsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  departmentWriteInputRequest: DepartmentWriteInputRequest;
};
export type DepartmentsRetrieveApiResponse =
  /** status 200  */ DepartmentOutputRead;
export type DepartmentsRetrieveApiArg = {
  slug: string;
};
export type DepartmentsUpdateApiResponse =
  /** status 200  */ DepartmentOutputRead;
export type DepartmentsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  departmentWriteInputRequest: DepartmentWriteInputRequest;
};
export type DepartmentsPartialUpdateApiResponse =
  /** status 200  */ DepartmentOutputRead;
export type DepartmentsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  patchedDepartmentWriteInputRequest: PatchedDepartmentWriteInputRequest;
};
export type DepartmentsDestroyApiResponse = unknown;
export type DepartmentsDestroyApiArg = {
  slug: string;
};
export type InventoryConfigRetrieveApiResponse =
  /** status 200  */ InventoryConfigOutputRead;
export type InventoryConfigRetrieveApiArg = void;
export type InventoryConfigUpdateApiResponse =
  /** status 200  */ InventoryConfigOutputRead;
export type InventoryConfigUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  inventoryConfigInputRequest: InventoryConfigInputRequest;
};
export type InventoryConfigPartialUpdateApiResponse =
  /** status 200  */ InventoryConfigOutputRead;
export type InventoryConfigPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  patchedInventoryConfigInputRequest: PatchedInventoryConfigInputRequest;
};
export type IssuesListApiResponse =
  /** status 200  */ PaginatedIssueOutputListRead;
export type IssuesListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `name`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name */
  search?: string;
};
export type IssuesCreateApiResponse = /** status 201  */ IssueOutputRead;
export type IssuesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  issueWriteInputRequest: IssueWriteInputRequest;
};
export type IssuesRetrieveApiResponse = /** status 200  */ IssueOutputRead;
export type IssuesRetrieveApiArg = {
  /** A unique integer value identifying this issue. */
  id: number;
};
export type IssuesUpdateApiResponse = /** status 200  */ IssueOutputRead;
export type IssuesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this issue. */
  id: number;
  issueWriteInputRequest: IssueWriteInputRequest;
};
export type IssuesPartialUpdateApiResponse = /** status 200  */ IssueOutputRead;
export type IssuesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this issue. */
  id: number;
  patchedIssueWriteInputRequest: PatchedIssueWriteInputRequest;
};
export type IssuesDestroyApiResponse = unknown;
export type IssuesDestroyApiArg = {
  /** A unique integer value identifying this issue. */
  id: number;
};
export type LogsListApiResponse =
  /** status 200  */ PaginatedActivityEventOutputListRead;
export type LogsListApiArg = {
  /** exact; a value ending in `.*` matches that prefix */
  action?: string;
  actor?: number | "system";
  /** occurred at or after (a value without offset is local time) */
  createdAfter?: string;
  /** occurred before (a value without offset is local time) */
  createdBefore?: string;
  /** local date, inclusive */
  dateFrom?: string;
  /** local date, inclusive */
  dateTo?: string;
  /** entity types, comma-separated (any matches) */
  entity?: string;
  entityId?: string;
  /** Comma-separated fields, `-` for descending: `occurred_at`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  requestId?: string;
  store?: number | null;
};
export type LogsRetrieveApiResponse =
  /** status 200  */ ActivityEventOutputRead;
export type LogsRetrieveApiArg = {
  id: string;
};
export type LogsExportApiResponse =
  /** status 200 CSV (RFC 4180, UTF-8): header `id,occurred_at,actor_id,actor_label,actor_role,action,entity_type,entity_id,entity_label,store_id,reason,changes,metadata,request_id,ip`, then one row per event; cells a spreadsheet would read as a formula start with `'`. */ string;
export type LogsExportApiArg = {
  /** exact; a value ending in `.*` matches that prefix */
  action?: string;
  actor?: number | "system";
  /** occurred at or after (a value without offset is local time) */
  createdAfter?: string;
  /** occurred before (a value without offset is local time) */
  createdBefore?: string;
  /** local date, inclusive */
  dateFrom?: string;
  /** local date, inclusive */
  dateTo?: string;
  /** entity types, comma-separated (any matches) */
  entity?: string;
  entityId?: string;
  /** `csv` (the default, also when empty) or `json`. */
  format?: "csv" | "json";
  /** Comma-separated fields, `-` for descending: `occurred_at`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  requestId?: string;
  store?: number | null;
};
export type MarketingContactListApiResponse =
  /** status 200  */ PaginatedContactAdminOutputListRead;
export type MarketingContactListApiArg = {
  /** created at or after */
  createdAfter?: string;
  /** created at or before */
  createdBefore?: string;
  /** Comma-separated fields, `-` for descending: `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** in name, mobile number, message */
  search?: string;
  /** comma-separated
    
    * `new` - New
    * `contacted` - Contacted
    * `closed` - Closed */
  status?: ("closed" | "contacted" | "new")[];
};
export type MarketingContactCreateApiResponse =
  /** status 201  */ ContactOutputRead;
export type MarketingContactCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  contactCreateInputRequest: ContactCreateInputRequestWrite;
};
export type MarketingContactRetrieveApiResponse =
  /** status 200  */ ContactAdminOutputRead;
export type MarketingContactRetrieveApiArg = {
  /** A unique integer value identifying this contact request. */
  id: number;
};
export type MarketingContactPartialUpdateApiResponse =
  /** status 200  */ ContactAdminOutputRead;
export type MarketingContactPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this contact request. */
  id: number;
  patchedLeadUpdateInputRequest: PatchedLeadUpdateInputRequest;
};
export type MarketingScheduleCallListApiResponse =
  /** status 200  */ PaginatedCallRequestAdminOutputListRead;
export type MarketingScheduleCallListApiArg = {
  /** created at or after */
  createdAfter?: string;
  /** created at or before */
  createdBefore?: string;
  /** requested date, inclusive */
  dateFrom?: string;
  /** requested date, inclusive */
  dateTo?: string;
  /** Comma-separated fields, `-` for descending: `created_at`, `date`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** in name, mobile number, message */
  search?: string;
  /** comma-separated
    
    * `new` - New
    * `contacted` - Contacted
    * `closed` - Closed */
  status?: ("closed" | "contacted" | "new")[];
};
export type MarketingScheduleCallCreateApiResponse =
  /** status 201  */ CallRequestOutputRead;
export type MarketingScheduleCallCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  callRequestCreateInputRequest: CallRequestCreateInputRequestWrite;
};
export type MarketingScheduleCallRetrieveApiResponse =
  /** status 200  */ CallRequestAdminOutputRead;
export type MarketingScheduleCallRetrieveApiArg = {
  /** A unique integer value identifying this call request. */
  id: number;
};
export type MarketingScheduleCallPartialUpdateApiResponse =
  /** status 200  */ CallRequestAdminOutputRead;
export type MarketingScheduleCallPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this call request. */
  id: number;
  patchedLeadUpdateInputRequest: PatchedLeadUpdateInputRequest;
};
export type NotificationsListApiResponse =
  /** status 200  */ PaginatedNotificationOutputListRead;
export type NotificationsListApiArg = {
  /** * `email` - E-mail
   * `sms` - SMS */
  channel?: "email" | "sms";
  createdAfter?: string;
  createdBefore?: string;
  entityId?: string;
  entityType?: string;
  event?: string;
  /** Comma-separated fields, `-` for descending: `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  recipient?: string;
  /** * `pending` - Pending
   * `sending` - Sending
   * `sent` - Sent
   * `failed` - Failed */
  status?: "failed" | "pending" | "sending" | "sent";
};
export type NotificationsRetrieveApiResponse =
  /** status 200  */ NotificationOutputRead;
export type NotificationsRetrieveApiArg = {
  /** A unique integer value identifying this notification. */
  id: number;
};
export type NotificationsRetryCreateApiResponse =
  /** status 200  */ NotificationOutputRead;
export type NotificationsRetryCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this notification. */
  id: number;
};
export type OtherissuesListApiResponse =
  /** status 200  */ PaginatedOtherIssueOutputListRead;
export type OtherissuesListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `name`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name */
  search?: string;
};
export type OtherissuesCreateApiResponse =
  /** status 201  */ OtherIssueOutputRead;
export type OtherissuesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  otherIssueWriteInputRequest: OtherIssueWriteInputRequest;
};
export type OtherissuesRetrieveApiResponse =
  /** status 200  */ OtherIssueOutputRead;
export type OtherissuesRetrieveApiArg = {
  /** A unique integer value identifying this other issue. */
  id: number;
};
export type OtherissuesUpdateApiResponse =
  /** status 200  */ OtherIssueOutputRead;
export type OtherissuesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this other issue. */
  id: number;
  otherIssueWriteInputRequest: OtherIssueWriteInputRequest;
};
export type OtherissuesPartialUpdateApiResponse =
  /** status 200  */ OtherIssueOutputRead;
export type OtherissuesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this other issue. */
  id: number;
  patchedOtherIssueWriteInputRequest: PatchedOtherIssueWriteInputRequest;
};
export type OtherissuesDestroyApiResponse = unknown;
export type OtherissuesDestroyApiArg = {
  /** A unique integer value identifying this other issue. */
  id: number;
};
export type PriceLogsListApiResponse =
  /** status 200  */ PaginatedPriceLogOutputListRead;
export type PriceLogsListApiArg = {
  /** user id */
  changedBy?: number | null;
  /** inclusive, in TIME_ZONE */
  dateFrom?: string;
  /** inclusive, in TIME_ZONE */
  dateTo?: string;
  /** Comma-separated fields, `-` for descending: `changed_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  product?: string;
  variant?: string;
};
export type PriceLogsRetrieveApiResponse =
  /** status 200  */ PriceLogOutputRead;
export type PriceLogsRetrieveApiArg = {
  /** A unique integer value identifying this price log. */
  id: number;
};
export type ProductsListApiResponse =
  /** status 200  */ PaginatedProductOutputListRead;
export type ProductsListApiArg = {
  /** in stock (true) or not (false) */
  availability?: boolean;
  brand?: string;
  category?: string;
  department?: string;
  /** alias of availability */
  inStock?: boolean;
  /** admins only */
  isActive?: boolean;
  maxPrice?: number;
  minPrice?: number;
  /** Comma-separated fields, `-` for descending: `name`, `price`, `date_created`, `date_modified`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name, sku, brand__name */
  search?: string;
  /** stock and availability at this store only */
  store?: string;
  subcategory?: string;
  unit?: string;
};
export type ProductsCreateApiResponse =
  /** status 201  */ ProductStaffOutputRead;
export type ProductsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  productWriteInputRequest: ProductWriteInputRequest;
};
export type ProductsRetrieveApiResponse = /** status 200  */ ProductOutputRead;
export type ProductsRetrieveApiArg = {
  slug: string;
};
export type ProductsUpdateApiResponse =
  /** status 200  */ ProductStaffOutputRead;
export type ProductsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  productWriteInputRequest: ProductWriteInputRequest;
};
export type ProductsPartialUpdateApiResponse =
  /** status 200  */ ProductStaffOutputRead;
export type ProductsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  patchedProductWriteInputRequest: PatchedProductWriteInputRequest;
};
export type ProductsDestroyApiResponse = unknown;
export type ProductsDestroyApiArg = {
  slug: string;
};
export type QualitiesListApiResponse =
  /** status 200  */ PaginatedQualityOutputListRead;
export type QualitiesListApiArg = {
  /** Comma-separated fields, `-` for descending: `name`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name */
  search?: string;
};
export type QualitiesCreateApiResponse = /** status 201  */ QualityOutputRead;
export type QualitiesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  qualityWriteInputRequest: QualityWriteInputRequest;
};
export type QualitiesRetrieveApiResponse = /** status 200  */ QualityOutputRead;
export type QualitiesRetrieveApiArg = {
  slug: string;
};
export type QualitiesUpdateApiResponse = /** status 200  */ QualityOutputRead;
export type QualitiesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  qualityWriteInputRequest: QualityWriteInputRequest;
};
export type QualitiesPartialUpdateApiResponse =
  /** status 200  */ QualityOutputRead;
export type QualitiesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  patchedQualityWriteInputRequest: PatchedQualityWriteInputRequest;
};
export type QualitiesDestroyApiResponse = unknown;
export type QualitiesDestroyApiArg = {
  slug: string;
};
export type QuestionsListApiResponse =
  /** status 200  */ PaginatedQuestionOutputListRead;
export type QuestionsListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `question_set_name`, `position`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** comma list, exact */
  questionSetName?: string;
  /** case-insensitive substring of question */
  search?: string;
};
export type QuestionsCreateApiResponse = /** status 201  */ QuestionOutputRead;
export type QuestionsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  questionWriteInputRequest: QuestionWriteInputRequest;
};
export type QuestionsRetrieveApiResponse =
  /** status 200  */ QuestionOutputRead;
export type QuestionsRetrieveApiArg = {
  /** A unique integer value identifying this question. */
  id: number;
};
export type QuestionsUpdateApiResponse = /** status 200  */ QuestionOutputRead;
export type QuestionsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this question. */
  id: number;
  questionWriteInputRequest: QuestionWriteInputRequest;
};
export type QuestionsPartialUpdateApiResponse =
  /** status 200  */ QuestionOutputRead;
export type QuestionsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this question. */
  id: number;
  patchedQuestionWriteInputRequest: PatchedQuestionWriteInputRequest;
};
export type QuestionsDestroyApiResponse = unknown;
export type QuestionsDestroyApiArg = {
  /** A unique integer value identifying this question. */
  id: number;
};
export type ResponsesListApiResponse =
  /** status 200  */ PaginatedResponseOutputListRead;
export type ResponsesListApiArg = {
  /** booking id or reference */
  booking?: string;
  createdAfter?: string;
  createdBefore?: string;
  /** Comma-separated fields, `-` for descending: `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  questionSetName?: string;
};
export type ResponsesCreateApiResponse =
  /** status 201  */ ResponseCreatedOutputRead;
export type ResponsesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  responseCreateInputRequest: ResponseCreateInputRequest;
};
export type ResponsesRetrieveApiResponse =
  /** status 200  */ ResponseOutputRead;
export type ResponsesRetrieveApiArg = {
  /** A unique integer value identifying this customer response. */
  id: number;
};
export type SerialsListApiResponse =
  /** status 200  */ PaginatedSerialOutputListRead;
export type SerialsListApiArg = {
  /** Comma-separated fields, `-` for descending: `serial_no`, `updated_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  product?: string;
  /** case-insensitive substring of serial_no */
  search?: string;
  /** exact, any case */
  serialNo?: string;
  /** comma list of: available, defective, in_transit, sold, returned, written_off */
  status?: string;
  /** store ids, comma-separated (any matches) */
  store?: string;
  variant?: string;
};
export type SerialsRetrieveApiResponse =
  /** status 200  */ SerialDetailOutputRead;
export type SerialsRetrieveApiArg = {
  /** A unique integer value identifying this serial. */
  id: number;
};
export type SerialsPartialUpdateApiResponse =
  /** status 200  */ SerialDetailOutputRead;
export type SerialsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this serial. */
  id: number;
  patchedSerialUpdateInputRequest: PatchedSerialUpdateInputRequest;
};
export type SparesListApiResponse =
  /** status 200  */ PaginatedSpareOutputListRead;
export type SparesListApiArg = {
  brand?: string;
  /** admins only */
  isActive?: boolean;
  /** staff only */
  maxPrice?: number;
  /** staff only */
  minPrice?: number;
  /** Comma-separated fields, `-` for descending: `name`, `sku`, `price`, `date_created`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  product?: string;
  quality?: string;
  /** case-insensitive substring of name, sku */
  search?: string;
  variant?: string;
};
export type SparesCreateApiResponse = /** status 201  */ SpareStaffOutputRead;
export type SparesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  spareWriteInputRequest: SpareWriteInputRequest;
};
export type SparesRetrieveApiResponse = /** status 200  */ SpareOutputRead;
export type SparesRetrieveApiArg = {
  id: string;
};
export type SparesUpdateApiResponse = /** status 200  */ SpareStaffOutputRead;
export type SparesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  id: string;
  spareWriteInputRequest: SpareWriteInputRequest;
};
export type SparesPartialUpdateApiResponse =
  /** status 200  */ SpareStaffOutputRead;
export type SparesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  id: string;
  patchedSpareWriteInputRequest: PatchedSpareWriteInputRequest;
};
export type SparesDestroyApiResponse = unknown;
export type SparesDestroyApiArg = {
  id: string;
};
export type StockEntriesListApiResponse =
  /** status 200  */ PaginatedStockEntryOutputListRead;
export type StockEntriesListApiArg = {
  /** booking id */
  booking?: string;
  dateFrom?: string;
  dateTo?: string;
  /** user id */
  enteredBy?: number | null;
  /** comma list of: purchase, sale, return_in, return_out, transfer_out, transfer_in, adjustment */
  entryType?: string;
  /** Comma-separated fields, `-` for descending: `created_at`, `entry_date`, `quantity`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  product?: string;
  /** store ids, comma-separated (any matches) */
  store?: string;
  transferId?: string;
  variant?: string;
};
export type StockEntriesCreateApiResponse =
  /** status 201  */ StockEntryOutputRead;
export type StockEntriesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  stockEntryWriteInputRequest: StockEntryWriteInputRequest;
};
export type StockEntriesRetrieveApiResponse =
  /** status 200  */ StockEntryOutputRead;
export type StockEntriesRetrieveApiArg = {
  /** A unique integer value identifying this stock entry. */
  id: number;
};
export type StockEntriesUpdateApiResponse =
  /** status 200  */ StockEntryOutputRead;
export type StockEntriesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this stock entry. */
  id: number;
  stockEntryWriteInputRequest: StockEntryWriteInputRequest;
};
export type StockEntriesPartialUpdateApiResponse =
  /** status 200  */ StockEntryOutputRead;
export type StockEntriesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this stock entry. */
  id: number;
  patchedStockEntryWriteInputRequest: PatchedStockEntryWriteInputRequest;
};
export type StockEntriesDestroyApiResponse = unknown;
export type StockEntriesDestroyApiArg = {
  /** A unique integer value identifying this stock entry. */
  id: number;
};
export type StockLedgersListApiResponse =
  /** status 200  */ PaginatedStockBalanceOutputListRead;
export type StockLedgersListApiArg = {
  /** at or below the low-stock threshold */
  lowStock?: boolean;
  /** Comma-separated fields, `-` for descending: `quantity`, `last_movement_at`, `store`, `variant`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  product?: string;
  /** case-insensitive substring of variant__product__name, variant__name, variant__sku, variant__product__sku */
  search?: string;
  /** store ids, comma-separated (any matches) */
  store?: string;
  variant?: string;
};
export type StockLedgersRetrieveApiResponse =
  /** status 200  */ StockBalanceOutputRead;
export type StockLedgersRetrieveApiArg = {
  /** A unique integer value identifying this stock balance. */
  id: number;
};
export type StockLedgersRollupListApiResponse =
  /** status 200  */ PaginatedStockRollupOutputList;
export type StockLedgersRollupListApiArg = {
  /** sum at or below the low-stock threshold */
  lowStock?: boolean;
  /** Comma-separated fields, `-` for descending: `quantity`, `product_name`, `variant_name`, `variant`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  product?: string;
  /** case-insensitive substring of variant__product__name, variant__name, variant__sku, variant__product__sku */
  search?: string;
  /** store ids, comma-separated: the sum covers these stores */
  store?: string;
  variant?: string;
};
export type StoresListApiResponse =
  /** status 200  */ PaginatedStoreOutputListRead;
export type StoresListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `name`, `code`, `created_at`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  search?: string;
  /** * `HQ` - Head office
   * `BRANCH` - Branch */
  storeType?: "BRANCH" | "HQ";
};
export type StoresCreateApiResponse = /** status 201  */ StoreAdminOutputRead;
export type StoresCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  storeWriteInputRequest: StoreWriteInputRequest;
};
export type StoresRetrieveApiResponse = /** status 200  */ StoreOutputRead;
export type StoresRetrieveApiArg = {
  /** A unique integer value identifying this store. */
  id: number;
};
export type StoresUpdateApiResponse = /** status 200  */ StoreAdminOutputRead;
export type StoresUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this store. */
  id: number;
  storeWriteInputRequest: StoreWriteInputRequest;
};
export type StoresPartialUpdateApiResponse =
  /** status 200  */ StoreAdminOutputRead;
export type StoresPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this store. */
  id: number;
  patchedStoreWriteInputRequest: PatchedStoreWriteInputRequest;
};
export type StoresDestroyApiResponse = unknown;
export type StoresDestroyApiArg = {
  /** A unique integer value identifying this store. */
  id: number;
};
export type SubcategoriesListApiResponse =
  /** status 200  */ PaginatedSubcategoryOutputListRead;
export type SubcategoriesListApiArg = {
  category?: string;
  department?: string;
  /** Comma-separated fields, `-` for descending: `name`, `date_created`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name */
  search?: string;
};
export type SubcategoriesCreateApiResponse =
  /** status 201  */ SubcategoryOutputRead;
export type SubcategoriesCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  subcategoryWriteInputRequest: SubcategoryWriteInputRequest;
};
export type SubcategoriesRetrieveApiResponse =
  /** status 200  */ SubcategoryOutputRead;
export type SubcategoriesRetrieveApiArg = {
  slug: string;
};
export type SubcategoriesUpdateApiResponse =
  /** status 200  */ SubcategoryOutputRead;
export type SubcategoriesUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  subcategoryWriteInputRequest: SubcategoryWriteInputRequest;
};
export type SubcategoriesPartialUpdateApiResponse =
  /** status 200  */ SubcategoryOutputRead;
export type SubcategoriesPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  patchedSubcategoryWriteInputRequest: PatchedSubcategoryWriteInputRequest;
};
export type SubcategoriesDestroyApiResponse = unknown;
export type SubcategoriesDestroyApiArg = {
  slug: string;
};
export type TokenRefreshCreateApiResponse = /** status 200  */ TokenPairOutput;
export type TokenRefreshCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  refreshInputRequest: RefreshInputRequest;
};
export type TokenVerifyCreateApiResponse = unknown;
export type TokenVerifyCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  tokenVerifyInputRequest: TokenVerifyInputRequest;
};
export type UnitsListApiResponse =
  /** status 200  */ PaginatedUnitOutputListRead;
export type UnitsListApiArg = {
  /** Comma-separated fields, `-` for descending: `name`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** case-insensitive substring of name */
  search?: string;
};
export type UnitsCreateApiResponse = /** status 201  */ UnitOutputRead;
export type UnitsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  unitWriteInputRequest: UnitWriteInputRequest;
};
export type UnitsRetrieveApiResponse = /** status 200  */ UnitOutputRead;
export type UnitsRetrieveApiArg = {
  slug: string;
};
export type UnitsUpdateApiResponse = /** status 200  */ UnitOutputRead;
export type UnitsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  unitWriteInputRequest: UnitWriteInputRequest;
};
export type UnitsPartialUpdateApiResponse = /** status 200  */ UnitOutputRead;
export type UnitsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  patchedUnitWriteInputRequest: PatchedUnitWriteInputRequest;
};
export type UnitsDestroyApiResponse = unknown;
export type UnitsDestroyApiArg = {
  slug: string;
};
export type UsersListApiResponse =
  /** status 200  */ PaginatedUserOutputListRead;
export type UsersListApiArg = {
  isActive?: boolean;
  /** Comma-separated fields, `-` for descending: `username`, `date_joined`, `last_login`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  /** Multiple values may be separated by commas. */
  role?: ("advisor" | "branch_head" | "customer" | "system_admin")[];
  search?: string;
  store?: number | null;
};
export type UsersCreateApiResponse = /** status 201  */ UserOutputRead;
export type UsersCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  userWriteInputRequest: UserWriteInputRequestWrite;
};
export type UsersRetrieveApiResponse = /** status 200  */ UserOutputRead;
export type UsersRetrieveApiArg = {
  /** A unique integer value identifying this user. */
  id: number;
};
export type UsersUpdateApiResponse = /** status 200  */ UserOutputRead;
export type UsersUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this user. */
  id: number;
  userWriteInputRequest: UserWriteInputRequestWrite;
};
export type UsersPartialUpdateApiResponse = /** status 200  */ UserOutputRead;
export type UsersPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  /** A unique integer value identifying this user. */
  id: number;
  patchedUserWriteInputRequest: PatchedUserWriteInputRequestWrite;
};
export type UsersDestroyApiResponse = unknown;
export type UsersDestroyApiArg = {
  /** A unique integer value identifying this user. */
  id: number;
};
export type VariantsListApiResponse =
  /** status 200  */ PaginatedVariantOutputListRead;
export type VariantsListApiArg = {
  brand?: string;
  /** admins only */
  isActive?: boolean;
  maxPrice?: number;
  minPrice?: number;
  /** Comma-separated fields, `-` for descending: `name`, `price`, `date_created`, `id`. Unknown fields are ignored; `id` breaks ties. */
  ordering?: string;
  /** Page number, from 1. A page past the end answers 404. */
  page?: number;
  /** Results per page (default 20); above 100 is capped at 100. */
  pageSize?: number;
  product?: string;
  /** case-insensitive substring of name, sku */
  search?: string;
  /** stock and availability at this store only */
  store?: string;
};
export type VariantsCreateApiResponse =
  /** status 201  */ VariantStaffOutputRead;
export type VariantsCreateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  variantWriteInputRequest: VariantWriteInputRequest;
};
export type VariantsRetrieveApiResponse = /** status 200  */ VariantOutputRead;
export type VariantsRetrieveApiArg = {
  slug: string;
};
export type VariantsUpdateApiResponse =
  /** status 200  */ VariantStaffOutputRead;
export type VariantsUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  variantWriteInputRequest: VariantWriteInputRequest;
};
export type VariantsPartialUpdateApiResponse =
  /** status 200  */ VariantStaffOutputRead;
export type VariantsPartialUpdateApiArg = {
  /** Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the same key, method, path and body. */
  "Idempotency-Key"?: string;
  slug: string;
  patchedVariantWriteInputRequest: PatchedVariantWriteInputRequest;
};
export type VariantsDestroyApiResponse = unknown;
export type VariantsDestroyApiArg = {
  slug: string;
};
export type AttendanceOutput = {};
export type AttendanceStatusEnum =
  "OPEN" | "PENDING_APPROVAL" | "PRESENT" | "HALF_DAY" | "ABSENT";
export type RequestBriefOutput = {};
export type TypeEnum = "LATE" | "OUTSIDE_GEOFENCE" | "OT" | "ADJUST";
export type AttendanceRequestStatusEnum = "PENDING" | "APPROVED" | "REJECTED";
export type RequestBriefOutputRead = {
  id: number;
  type: TypeEnum;
  status: AttendanceRequestStatusEnum;
};
export type AttendanceOutputRead = {
  id: number;
  user: number;
  user_name: string;
  store: number;
  store_name: string;
  date: string;
  shift: number;
  shift_name: string;
  shift_start: string;
  shift_end: string;
  check_in: string | null;
  check_in_latitude: string | null;
  check_in_longitude: string | null;
  check_in_accuracy_m: string | null;
  check_in_distance_m: number | null;
  check_in_photo_url: string | null;
  check_out: string | null;
  check_out_latitude: string | null;
  check_out_longitude: string | null;
  check_out_accuracy_m: string | null;
  check_out_distance_m: number | null;
  check_out_photo_url: string | null;
  worked_minutes: number;
  late_minutes: number;
  early_out_minutes: number;
  ot_minutes: number;
  late_excused: boolean;
  status: AttendanceStatusEnum;
  auto_closed: boolean;
  notes: string;
  requests: RequestBriefOutputRead[];
  created_at: string;
  updated_at: string;
};
export type PaginatedAttendanceOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: AttendanceOutput[];
};
export type PaginatedAttendanceOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: AttendanceOutputRead[];
};
export type ValidationError = {
  [key: string]: any;
};
export type Error = {
  detail: string | string[];
  code: string;
};
export type ExceptionOutput = {};
export type ExceptionOutputRead = {
  id: number;
  user: number | null;
  user_name: string | null;
  store: number | null;
  store_name: string | null;
  date: string;
  mark_off: boolean;
  override_shift: number | null;
  reason: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};
export type PaginatedExceptionOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ExceptionOutput[];
};
export type PaginatedExceptionOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ExceptionOutputRead[];
};
export type ExceptionWriteInputRequest = {
  /** an advisor; or give `store` */
  user?: number | null;
  /** a store-wide day; or give `user` */
  store?: number | null;
  date: string;
  /** a day off; or give `override_shift` */
  mark_off?: boolean;
  /** an active shift */
  override_shift?: number | null;
  reason?: string;
};
export type PatchedExceptionWriteInputRequest = {
  /** an advisor; or give `store` */
  user?: number | null;
  /** a store-wide day; or give `user` */
  store?: number | null;
  date?: string;
  /** a day off; or give `override_shift` */
  mark_off?: boolean;
  /** an active shift */
  override_shift?: number | null;
  reason?: string;
};
export type GeofenceAdminOutput = {};
export type GeofenceAdminOutputRead = {
  id: number;
  store: number;
  store_name: string;
  latitude: string;
  longitude: string;
  radius_m: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
};
export type PaginatedGeofenceAdminOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: GeofenceAdminOutput[];
};
export type PaginatedGeofenceAdminOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: GeofenceAdminOutputRead[];
};
export type GeofenceWriteInputRequest = {
  latitude: string;
  longitude: string;
  /** default ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M */
  radius_m?: number;
  /** default true */
  is_active?: boolean;
  /** the store; its geofence is created or updated (upsert) */
  store: number;
};
export type GeofenceUpdateInputRequest = {
  latitude: string;
  longitude: string;
  /** default ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M */
  radius_m?: number;
  /** default true */
  is_active?: boolean;
};
export type PatchedGeofenceUpdateInputRequest = {
  latitude?: string;
  longitude?: string;
  /** default ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M */
  radius_m?: number;
  /** default true */
  is_active?: boolean;
};
export type PayrollOutput = {};
export type PayrollOutputRead = {
  id: number;
  user: number;
  user_name: string | null;
  hourly_rate: string;
  ot_multiplier: string;
  effective_from: string;
  created_at: string;
  updated_at: string;
};
export type PaginatedPayrollOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: PayrollOutput[];
};
export type PaginatedPayrollOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: PayrollOutputRead[];
};
export type PayrollWriteInputRequest = {
  /** an advisor */
  user: number;
  hourly_rate: string;
  /** > 0, default "1.00" */
  ot_multiplier?: string;
  /** default today */
  effective_from?: string;
};
export type PatchedPayrollWriteInputRequest = {
  /** an advisor */
  user?: number;
  hourly_rate?: string;
  /** > 0, default "1.00" */
  ot_multiplier?: string;
  /** default today */
  effective_from?: string;
};
export type ScheduleOutput = {};
export type RuleTypeEnum = "fixed" | "alternate_weekly";
export type ScheduleOutputRead = {
  id: number;
  user: number;
  user_name: string | null;
  /** The advisor's current store. */
  store: number | null;
  rule_type: RuleTypeEnum;
  default_shift: number | null;
  anchor_monday: string | null;
  parity_offset: number;
  week_even_shift: number | null;
  week_odd_shift: number | null;
  is_active: boolean;
  created_at: string;
  updated_at: string;
};
export type PaginatedScheduleOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ScheduleOutput[];
};
export type PaginatedScheduleOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ScheduleOutputRead[];
};
export type ScheduleWriteInputRequest = {
  /** an active advisor without another schedule */
  user: number;
  rule_type: RuleTypeEnum;
  /** required for `fixed`; an active shift */
  default_shift?: number | null;
  /** a Monday; required for `alternate_weekly` */
  anchor_monday?: string | null;
  /** default 0 */
  parity_offset?: number;
  /** required for `alternate_weekly` */
  week_even_shift?: number | null;
  /** required for `alternate_weekly` */
  week_odd_shift?: number | null;
  /** default true */
  is_active?: boolean;
};
export type PatchedScheduleWriteInputRequest = {
  /** an active advisor without another schedule */
  user?: number;
  rule_type?: RuleTypeEnum;
  /** required for `fixed`; an active shift */
  default_shift?: number | null;
  /** a Monday; required for `alternate_weekly` */
  anchor_monday?: string | null;
  /** default 0 */
  parity_offset?: number;
  /** required for `alternate_weekly` */
  week_even_shift?: number | null;
  /** required for `alternate_weekly` */
  week_odd_shift?: number | null;
  /** default true */
  is_active?: boolean;
};
export type ShiftBriefOutput = {};
export type ShiftBriefOutputRead = {
  id: number;
  name: string;
  start_time: string;
  end_time: string;
};
export type SourceEnum =
  "exception" | "holiday" | "week_off" | "schedule" | "none";
export type PreviewDayOutput = {
  date: string;
  shift: ShiftBriefOutput | null;
  source: SourceEnum;
};
export type PreviewDayOutputRead = {
  date: string;
  shift: ShiftBriefOutputRead | null;
  source: SourceEnum;
};
export type PreviewOutput = {
  schedule: number;
  user: number;
  schedule_active: boolean;
  days: PreviewDayOutput[];
};
export type PreviewOutputRead = {
  schedule: number;
  user: number;
  schedule_active: boolean;
  days: PreviewDayOutputRead[];
};
export type ShiftOutput = {};
export type ShiftOutputRead = {
  id: number;
  name: string;
  start_time: string;
  end_time: string;
  is_overnight: boolean;
  total_minutes: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
};
export type PaginatedShiftOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ShiftOutput[];
};
export type PaginatedShiftOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ShiftOutputRead[];
};
export type ShiftWriteInputRequest = {
  name: string;
  start_time: string;
  end_time: string;
  /** default true */
  is_active?: boolean;
};
export type PatchedShiftWriteInputRequest = {
  name?: string;
  start_time?: string;
  end_time?: string;
  /** default true */
  is_active?: boolean;
};
export type WeekOffOutput = {};
export type WeekOffOutputRead = {
  id: number;
  user: number;
  user_name: string | null;
  weekday: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
};
export type PaginatedWeekOffOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: WeekOffOutput[];
};
export type PaginatedWeekOffOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: WeekOffOutputRead[];
};
export type WeekOffWriteInputRequest = {
  /** an advisor */
  user: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** default true */
  is_active?: boolean;
};
export type PatchedWeekOffWriteInputRequest = {
  /** an advisor */
  user?: number;
  /** 0 = Monday … 6 = Sunday */
  weekday?: number;
  /** default true */
  is_active?: boolean;
};
export type RequestOutput = {};
export type RequestOutputRead = {
  id: number;
  type: TypeEnum;
  status: AttendanceRequestStatusEnum;
  reason: string;
  meta: {
    [key: string]: any;
  };
  attendance: number;
  attendance_date: string;
  attendance_status: string;
  user: number;
  user_name: string;
  store: number;
  store_name: string;
  shift_name: string;
  requested_by: number | null;
  created_at: string;
  decided_by: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string;
};
export type PaginatedRequestOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: RequestOutput[];
};
export type PaginatedRequestOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: RequestOutputRead[];
};
export type DecisionOutput = {};
export type DecisionOutputRead = {
  id: number;
  type: TypeEnum;
  status: AttendanceRequestStatusEnum;
  reason: string;
  meta: {
    [key: string]: any;
  };
  attendance: number;
  attendance_date: string;
  attendance_status: string;
  user: number;
  user_name: string;
  store: number;
  store_name: string;
  shift_name: string;
  requested_by: number | null;
  created_at: string;
  decided_by: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string;
  attendance_detail: AttendanceOutputRead;
};
export type DecisionInputRequest = {
  note?: string;
};
export type CheckInInputRequest = {
  latitude?: string;
  lat?: string;
  longitude?: string;
  lon?: string;
  accuracy_m?: string;
  photo: Blob;
  note?: string;
  shift_id?: number;
};
export type CheckOutInputRequest = {
  latitude?: string;
  lat?: string;
  longitude?: string;
  lon?: string;
  accuracy_m?: string;
  photo: Blob;
  note?: string;
  attendance_id?: number;
  ot_request_minutes?: number;
};
export type DayOffReasonEnum = "week_off" | "exception" | "holiday" | "none";
export type NullEnum = null;
export type WindowOutput = {
  start: string;
  end: string;
};
export type CtaStateEnum = "start" | "end" | "complete";
export type GeofenceBriefOutput = {
  latitude: string;
  longitude: string;
  radius_m: number;
};
export type TodayOutput = {
  date: string;
  store: number | null;
  store_name: string | null;
  timezone: string | null;
  day_off: boolean;
  day_off_reason: (DayOffReasonEnum | NullEnum) | null;
  shift: ShiftBriefOutput | null;
  shift_window: WindowOutput | null;
  can_check_in_from: string | null;
  early_checkin_window_min: number;
  cta_state: CtaStateEnum;
  attendance_id: number | null;
  attendance_status: string | null;
  geofence: GeofenceBriefOutput | null;
  server_time: string;
};
export type TodayOutputRead = {
  date: string;
  store: number | null;
  store_name: string | null;
  timezone: string | null;
  day_off: boolean;
  day_off_reason: (DayOffReasonEnum | NullEnum) | null;
  shift: ShiftBriefOutputRead | null;
  shift_window: WindowOutput | null;
  can_check_in_from: string | null;
  early_checkin_window_min: number;
  cta_state: CtaStateEnum;
  attendance_id: number | null;
  attendance_status: string | null;
  geofence: GeofenceBriefOutput | null;
  server_time: string;
};
export type RangeOutput = {
  start: string;
  end: string;
};
export type CountersOutput = {
  total_shifts: number;
  present_days: number;
  half_days: number;
  absent_days: number;
  pending_days: number;
  worked_minutes: number;
  ot_minutes: number;
  late_minutes: number;
  payable_hours: string;
  gross_pay: string;
};
export type DayOutput = {
  date: string;
  shift: string;
  status: string;
  check_in: string | null;
  check_out: string | null;
  worked_minutes: number;
  late_minutes: number;
  ot_minutes: number;
  hourly_rate: string;
  ot_multiplier: string;
  pay: string;
};
export type MyReportOutput = {
  user_id: number;
  name: string;
  username: string;
  month: string;
  range: RangeOutput;
  summary: CountersOutput;
  by_day: DayOutput[];
};
export type AdvisorOutput = {
  total_shifts: number;
  present_days: number;
  half_days: number;
  absent_days: number;
  pending_days: number;
  worked_minutes: number;
  ot_minutes: number;
  late_minutes: number;
  payable_hours: string;
  gross_pay: string;
  user_id: number;
  name: string;
  username: string;
};
export type TotalsOutput = {
  worked_minutes: number;
  ot_minutes: number;
  late_minutes: number;
  payable_hours: string;
  gross_pay: string;
};
export type StoreReportOutput = {
  store_id: number;
  store_name: string;
  month: string;
  range: RangeOutput;
  advisors: AdvisorOutput[];
  totals: TotalsOutput;
};
export type AdjustRequestInputRequest = {
  attendance: number;
  type?: string;
  set_check_in?: string | null;
  set_check_out?: string | null;
  reason: string;
};
export type UserBriefOutput = {};
export type RoleEnum = "system_admin" | "branch_head" | "advisor" | "customer";
export type UserBriefOutputRead = {
  id: number;
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  role: RoleEnum;
  store: number | null;
};
export type LoginOutput = {
  access: string;
  refresh: string;
  user: UserBriefOutput;
  username: string;
  role: RoleEnum;
  store: number | null;
};
export type LoginOutputRead = {
  access: string;
  refresh: string;
  user: UserBriefOutputRead;
  username: string;
  role: RoleEnum;
  store: number | null;
};
export type LoginInputRequest = any;
export type RefreshInputRequest = {
  refresh: string;
};
export type MeOutput = {};
export type GeofenceOutput = {
  store: number;
  latitude: string;
  longitude: string;
  radius_m: number;
};
export type MeOutputRead = {
  id: number;
  username: string;
  email: string;
  email_verified: boolean;
  first_name: string;
  last_name: string;
  full_name: string;
  phone: string | null;
  role: RoleEnum;
  store: number | null;
  store_name: string | null;
  /** Designates whether this user should be treated as active. Unselect this instead of deleting accounts. */
  is_active: boolean;
  date_joined: string;
  last_login: string | null;
  geofence: GeofenceOutput | null;
};
export type PatchedProfileUpdateInputRequest = {
  first_name?: string;
  last_name?: string;
  email?: string;
  phone?: string | null;
};
export type TokenPairOutput = {
  access: string;
  refresh: string;
};
export type PasswordChangeInputRequest = {
  current_password: string;
  new_password: string;
};
export type RegisterOutput = {};
export type RegisterOutputRead = {
  id: number;
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  role: RoleEnum;
  store: number | null;
  email_verified: boolean;
};
export type RegisterInputRequest = {
  username: string;
  email: string;
  first_name?: string;
  last_name?: string;
  phone?: string | null;
};
export type RegisterInputRequestWrite = {
  username: string;
  email: string;
  password: string;
  first_name?: string;
  last_name?: string;
  phone?: string | null;
};
export type EmailVerifiedOutput = {
  email_verified: boolean;
};
export type EmailVerifyInputRequest = {
  token: string;
};
export type DetailOutput = {
  detail: string;
};
export type BookingOutput = {};
export type BookingStatusEnum =
  | "pending"
  | "approved"
  | "rejected"
  | "cancelled"
  | "in_progress"
  | "completed";
export type IssueBriefOutput = {
  id: number;
  name: string;
};
export type OtherIssueBriefOutput = {
  id: number;
  name: string;
  estimated_price: string;
};
export type DetailsOutput = {
  issues: IssueBriefOutput[];
  other_issues: OtherIssueBriefOutput[];
  brand: string;
  product: string;
};
export type BookingResponseOutput = {};
export type BookingResponseOutputRead = {
  id: number;
  question_set_name: string;
  question: string;
  response: string;
  created_at: string;
};
export type StatusChangeOutput = {
  from_status: string;
  to_status: string;
  reason: string;
  changed_at: string;
  /** null in answers to customers */
  changed_by: number | null;
};
export type BookingOutputRead = {
  id: number;
  reference: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string;
  message: string;
  store: number | null;
  store_name: string | null;
  date: string;
  time: string;
  status: BookingStatusEnum;
  reason: string;
  attendant: number | null;
  attendant_name: string | null;
  user: number | null;
  details: DetailsOutput | null;
  responses: BookingResponseOutputRead[];
  status_history: StatusChangeOutput[];
  created_at: string;
  updated_at: string;
  status_changed_at: string;
};
export type PaginatedBookingOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: BookingOutput[];
};
export type PaginatedBookingOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: BookingOutputRead[];
};
export type BookingCreateInputRequest = any;
export type BookingCreateInputRequestWrite = any;
export type DetailsInputRequest = {
  issues?: number[];
  other_issues?: number[];
  brand?: string;
  product?: string;
};
export type BookingUpdateInputRequest = {
  name: string;
  email?: ((string | null) | (string | null)) | null;
  phone?: string | null;
  address?: string;
  message?: string;
  store?: number | null;
  date: string;
  /** HH:MM or HH:MM:SS (24 h) */
  time: string;
  details?: DetailsInputRequest | null;
  status?: BookingStatusEnum;
  reason?: string;
  attendant?: number | null;
};
export type PatchedBookingUpdateInputRequest = {
  name?: string;
  email?: ((string | null) | (string | null)) | null;
  phone?: string | null;
  address?: string;
  message?: string;
  store?: number | null;
  date?: string;
  /** HH:MM or HH:MM:SS (24 h) */
  time?: string;
  details?: DetailsInputRequest | null;
  status?: BookingStatusEnum;
  reason?: string;
  attendant?: number | null;
};
export type FormQuestionOutput = {};
export type FormQuestionOutputRead = {
  id: number;
  question_set_name: string;
  question: string;
  position: number;
};
export type BookingFormOutput = {
  issues: IssueBriefOutput[];
  other_issues: OtherIssueBriefOutput[];
  questions: FormQuestionOutput[];
};
export type BookingFormOutputRead = {
  issues: IssueBriefOutput[];
  other_issues: OtherIssueBriefOutput[];
  questions: FormQuestionOutputRead[];
};
export type BookingLookupInputRequest = {
  /** the booking reference, any case (BK-7K3QX9MD) */
  reference: string;
  /** the e-mail address given with the booking */
  email: string;
};
export type BrandOutput = {};
export type BrandOutputRead = {
  id: number;
  name: string;
  slug: string;
  logo: string | null;
  is_active: boolean;
  date_created: string;
  date_modified: string;
};
export type PaginatedBrandOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: BrandOutput[];
};
export type PaginatedBrandOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: BrandOutputRead[];
};
export type BrandWriteInputRequest = {
  name: string;
  slug?: string;
  logo?: Blob | null;
  is_active?: boolean;
};
export type PatchedBrandWriteInputRequest = {
  name?: string;
  slug?: string;
  logo?: Blob | null;
  is_active?: boolean;
};
export type ProtectedOutput = {
  detail: string;
  code: string;
  references: {
    [key: string]: number;
  };
};
export type CategoryOutput = {};
export type CategoryOutputRead = {
  id: number;
  name: string;
  slug: string;
  department: number;
  department_slug: string;
  department_name: string;
  date_created: string;
  date_modified: string;
};
export type PaginatedCategoryOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: CategoryOutput[];
};
export type PaginatedCategoryOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: CategoryOutputRead[];
};
export type CategoryWriteInputRequest = {
  name: string;
  slug?: string;
  /** id or slug */
  department: number | string;
};
export type PatchedCategoryWriteInputRequest = {
  name?: string;
  slug?: string;
  /** id or slug */
  department?: number | string;
};
export type DepartmentOutput = {};
export type DepartmentOutputRead = {
  id: number;
  name: string;
  slug: string;
  date_created: string;
  date_modified: string;
};
export type PaginatedDepartmentOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: DepartmentOutput[];
};
export type PaginatedDepartmentOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: DepartmentOutputRead[];
};
export type DepartmentWriteInputRequest = {
  name: string;
  slug?: string;
};
export type PatchedDepartmentWriteInputRequest = {
  name?: string;
  slug?: string;
};
export type InventoryConfigOutput = {};
export type CategoryRefOutput = {};
export type CategoryRefOutputRead = {
  id: number;
  slug: string;
  name: string;
};
export type InventoryConfigOutputRead = {
  low_stock_threshold: number;
  allow_negative_stock: boolean;
  serial_tracked_categories: CategoryRefOutputRead[];
  updated_at: string;
  updated_by: number | null;
};
export type InventoryConfigInputRequest = {
  low_stock_threshold?: number;
  allow_negative_stock?: boolean;
  /** category ids or slugs */
  serial_tracked_categories?: (number | string)[];
};
export type PatchedInventoryConfigInputRequest = {
  low_stock_threshold?: number;
  allow_negative_stock?: boolean;
  /** category ids or slugs */
  serial_tracked_categories?: (number | string)[];
};
export type IssueOutput = {};
export type IssueOutputRead = {
  id: number;
  name: string;
  is_active: boolean;
  created_at: string;
  updated_at: string;
};
export type PaginatedIssueOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: IssueOutput[];
};
export type PaginatedIssueOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: IssueOutputRead[];
};
export type IssueWriteInputRequest = {
  name: string;
  /** default true */
  is_active?: boolean;
};
export type PatchedIssueWriteInputRequest = {
  name?: string;
  /** default true */
  is_active?: boolean;
};
export type ActivityEventOutput = {};
export type ActivityEventOutputRead = {
  id: number;
  occurred_at: string;
  actor: number | null;
  actor_label: string;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  entity_label: string;
  store: number | null;
  /** {field: [old, new]}; full values on create/delete */
  changes: {
    [key: string]: any;
  };
  reason: string;
  metadata: {
    [key: string]: any;
  };
  request_id: string | null;
  ip: string | null;
};
export type PaginatedActivityEventOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ActivityEventOutput[];
};
export type PaginatedActivityEventOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ActivityEventOutputRead[];
};
export type ContactAdminOutput = {};
export type LeadStatusEnum = "new" | "contacted" | "closed";
export type HistoryEntryOutput = {
  from_status: LeadStatusEnum;
  to_status: LeadStatusEnum;
  note: string;
  changed_by: number | null;
  changed_by_name: string;
  changed_at: string;
};
export type ContactAdminOutputRead = {
  id: number;
  name: string;
  mobile_no: string;
  /** Lower-cased; blank when none was given. */
  email: string;
  message: string;
  created_at: string;
  status: LeadStatusEnum;
  history: HistoryEntryOutput[];
  updated_at: string;
};
export type PaginatedContactAdminOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ContactAdminOutput[];
};
export type PaginatedContactAdminOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ContactAdminOutputRead[];
};
export type ContactOutput = {};
export type ContactOutputRead = {
  id: number;
  name: string;
  mobile_no: string;
  /** Lower-cased; blank when none was given. */
  email: string;
  message: string;
  created_at: string;
};
export type ContactCreateInputRequest = {
  name: string;
  mobile_no: string;
  email?: string;
  message: string;
};
export type ContactCreateInputRequestWrite = {
  captcha_token?: string;
  name: string;
  mobile_no: string;
  email?: string;
  message: string;
};
export type PatchedLeadUpdateInputRequest = any;
export type CallRequestAdminOutput = {};
export type CallRequestAdminOutputRead = {
  id: number;
  name: string;
  mobile_no: string;
  date: string;
  time: string;
  message: string;
  created_at: string;
  status: LeadStatusEnum;
  history: HistoryEntryOutput[];
  updated_at: string;
};
export type PaginatedCallRequestAdminOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: CallRequestAdminOutput[];
};
export type PaginatedCallRequestAdminOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: CallRequestAdminOutputRead[];
};
export type CallRequestOutput = {};
export type CallRequestOutputRead = {
  id: number;
  name: string;
  mobile_no: string;
  date: string;
  time: string;
  message: string;
  created_at: string;
};
export type CallRequestCreateInputRequest = {
  name: string;
  mobile_no: string;
  date: string;
  time: string;
  message?: string;
};
export type CallRequestCreateInputRequestWrite = {
  captcha_token?: string;
  name: string;
  mobile_no: string;
  date: string;
  time: string;
  message?: string;
};
export type NotificationOutput = {};
export type ChannelEnum = "email" | "sms";
export type AudienceEnum = "customer" | "staff";
export type NotificationOutputStatusEnum =
  "pending" | "sending" | "sent" | "failed";
export type NotificationOutputRead = {
  id: number;
  event: string;
  channel: ChannelEnum;
  recipient: string;
  recipient_user: number | null;
  audience: AudienceEnum;
  subject: string;
  body: string;
  entity_type: string;
  entity_id: string;
  status: NotificationOutputStatusEnum;
  attempts: number;
  last_error: string;
  next_attempt_at: string;
  sent_at: string | null;
  created_at: string;
};
export type PaginatedNotificationOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: NotificationOutput[];
};
export type PaginatedNotificationOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: NotificationOutputRead[];
};
export type NotificationErrorOutput = {
  detail: string;
  code: string;
};
export type OtherIssueOutput = {};
export type OtherIssueOutputRead = {
  id: number;
  name: string;
  estimated_price: string;
  is_active: boolean;
  created_at: string;
  updated_at: string;
};
export type PaginatedOtherIssueOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: OtherIssueOutput[];
};
export type PaginatedOtherIssueOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: OtherIssueOutputRead[];
};
export type OtherIssueWriteInputRequest = {
  name: string;
  /** default true */
  is_active?: boolean;
  /** default "0.00" */
  estimated_price?: string;
};
export type PatchedOtherIssueWriteInputRequest = {
  name?: string;
  /** default true */
  is_active?: boolean;
  /** default "0.00" */
  estimated_price?: string;
};
export type PriceLogOutput = {};
export type PriceLogOutputRead = {
  id: number;
  changed_at: string;
  product: number;
  product_slug: string;
  product_name: string;
  variant: number | null;
  variant_slug: string | null;
  variant_name: string | null;
  old_price: string;
  new_price: string;
  changed_by: number | null;
  changed_by_name: string | null;
  reason: string;
};
export type PaginatedPriceLogOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: PriceLogOutput[];
};
export type PaginatedPriceLogOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: PriceLogOutputRead[];
};
export type ProductOutput = {};
export type ProductOutputRead = {
  id: number;
  name: string;
  slug: string;
  brand: number;
  brand_slug: string;
  brand_name: string;
  subcategory: number;
  subcategory_slug: string;
  subcategory_name: string;
  category: number;
  category_slug: string;
  category_name: string;
  department: number;
  department_slug: string;
  department_name: string;
  unit: number | null;
  unit_slug: string | null;
  unit_name: string | null;
  sku: string | null;
  description: string;
  price: string;
  is_active: boolean;
  variant_count: number;
  in_stock: boolean;
  date_created: string;
  date_modified: string;
};
export type PaginatedProductOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ProductOutput[];
};
export type PaginatedProductOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ProductOutputRead[];
};
export type ProductStaffOutput = {};
export type ProductStaffOutputRead = {
  id: number;
  name: string;
  slug: string;
  brand: number;
  brand_slug: string;
  brand_name: string;
  subcategory: number;
  subcategory_slug: string;
  subcategory_name: string;
  category: number;
  category_slug: string;
  category_name: string;
  department: number;
  department_slug: string;
  department_name: string;
  unit: number | null;
  unit_slug: string | null;
  unit_name: string | null;
  sku: string | null;
  description: string;
  price: string;
  is_active: boolean;
  variant_count: number;
  in_stock: boolean;
  date_created: string;
  date_modified: string;
  stock: number;
};
export type ProductWriteInputRequest = {
  name: string;
  slug?: string;
  /** id or slug */
  brand: number | string;
  /** id or slug */
  subcategory: number | string;
  /** id or slug */
  unit?: ((number | null) | (string | null)) | null;
  sku?: string | null;
  description?: string;
  price: string;
  is_active?: boolean;
  price_change_reason?: string;
};
export type PatchedProductWriteInputRequest = {
  name?: string;
  slug?: string;
  /** id or slug */
  brand?: number | string;
  /** id or slug */
  subcategory?: number | string;
  /** id or slug */
  unit?: ((number | null) | (string | null)) | null;
  sku?: string | null;
  description?: string;
  price?: string;
  is_active?: boolean;
  price_change_reason?: string;
};
export type QualityOutput = {};
export type QualityOutputRead = {
  id: number;
  name: string;
  slug: string;
  date_created: string;
  date_modified: string;
};
export type PaginatedQualityOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: QualityOutput[];
};
export type PaginatedQualityOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: QualityOutputRead[];
};
export type QualityWriteInputRequest = {
  name: string;
  slug?: string;
};
export type PatchedQualityWriteInputRequest = {
  name?: string;
  slug?: string;
};
export type QuestionOutput = {};
export type QuestionOutputRead = {
  id: number;
  question_set_name: string;
  question: string;
  position: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
};
export type PaginatedQuestionOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: QuestionOutput[];
};
export type PaginatedQuestionOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: QuestionOutputRead[];
};
export type QuestionWriteInputRequest = {
  question_set_name: string;
  question: string;
  /** default 0 */
  position?: number;
  /** default true */
  is_active?: boolean;
};
export type PatchedQuestionWriteInputRequest = {
  question_set_name?: string;
  question?: string;
  /** default 0 */
  position?: number;
  /** default true */
  is_active?: boolean;
};
export type ResponseOutput = {};
export type ResponseOutputRead = {
  id: number;
  booking: string;
  question_set_name: string;
  question: string;
  response: string;
  created_at: string;
  booking_id: number;
};
export type PaginatedResponseOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ResponseOutput[];
};
export type PaginatedResponseOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: ResponseOutputRead[];
};
export type ResponseCreatedOutput = {};
export type ResponseCreatedOutputRead = {
  id: number;
  booking: string;
  question_set_name: string;
  question: string;
  response: string;
  created_at: string;
};
export type ResponseCreateInputRequest = {
  /** the booking reference, e.g. BK-7K3QX9MD */
  booking: string;
  question_set_name?: string;
  question: string;
  response?: string;
};
export type SerialOutput = {};
export type SerialStatusEnum =
  | "available"
  | "defective"
  | "in_transit"
  | "sold"
  | "returned"
  | "written_off";
export type SerialOutputRead = {
  id: number;
  serial_no: string;
  variant: number;
  variant_slug: string;
  variant_name: string;
  product: number;
  product_slug: string;
  product_name: string;
  store: number;
  store_code: string;
  status: SerialStatusEnum;
  note: string;
  last_entry: number | null;
  created_at: string;
  updated_at: string;
};
export type PaginatedSerialOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: SerialOutput[];
};
export type PaginatedSerialOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: SerialOutputRead[];
};
export type SerialDetailOutput = {};
export type SerialMovementOutput = {};
export type ActionEnum =
  | "received"
  | "sold"
  | "returned_in"
  | "returned_out"
  | "transferred"
  | "adjusted_in"
  | "adjusted_out"
  | "status_changed"
  | "reversed";
export type SerialMovementOutputRead = {
  id: number;
  at: string;
  action: ActionEnum;
  entry: number | null;
  from_status: (SerialStatusEnum | NullEnum) | null;
  to_status: SerialStatusEnum;
  from_store: number | null;
  to_store: number;
  by: number | null;
};
export type SerialDetailOutputRead = {
  id: number;
  serial_no: string;
  variant: number;
  variant_slug: string;
  variant_name: string;
  product: number;
  product_slug: string;
  product_name: string;
  store: number;
  store_code: string;
  status: SerialStatusEnum;
  note: string;
  last_entry: number | null;
  created_at: string;
  updated_at: string;
  movements: SerialMovementOutputRead[];
};
export type PatchedSerialUpdateInputRequest = {
  status?: SerialStatusEnum;
  note?: string;
};
export type SpareOutput = {};
export type ProductBriefOutput = {};
export type ProductBriefOutputRead = {
  id: number;
  slug: string;
  name: string;
};
export type VariantBriefOutput = {};
export type VariantBriefOutputRead = {
  id: number;
  slug: string;
  name: string;
};
export type SpareOutputRead = {
  id: number;
  name: string;
  sku: string;
  brand: number | null;
  brand_slug: string | null;
  brand_name: string | null;
  quality: number | null;
  quality_slug: string | null;
  quality_name: string | null;
  unit: number | null;
  unit_slug: string | null;
  unit_name: string | null;
  compatible_products: ProductBriefOutputRead[];
  compatible_variants: VariantBriefOutputRead[];
  is_active: boolean;
  date_created: string;
  date_modified: string;
};
export type PaginatedSpareOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: SpareOutput[];
};
export type PaginatedSpareOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: SpareOutputRead[];
};
export type SpareStaffOutput = {};
export type SpareStaffOutputRead = {
  id: number;
  name: string;
  sku: string;
  brand: number | null;
  brand_slug: string | null;
  brand_name: string | null;
  quality: number | null;
  quality_slug: string | null;
  quality_name: string | null;
  unit: number | null;
  unit_slug: string | null;
  unit_name: string | null;
  compatible_products: ProductBriefOutputRead[];
  compatible_variants: VariantBriefOutputRead[];
  is_active: boolean;
  date_created: string;
  date_modified: string;
  price: string;
};
export type SpareWriteInputRequest = {
  name: string;
  sku: string;
  /** id or slug */
  brand?: ((number | null) | (string | null)) | null;
  /** id or slug */
  quality?: ((number | null) | (string | null)) | null;
  /** id or slug */
  unit?: ((number | null) | (string | null)) | null;
  compatible_products?: (number | string)[];
  compatible_variants?: (number | string)[];
  price: string;
  is_active?: boolean;
};
export type PatchedSpareWriteInputRequest = {
  name?: string;
  sku?: string;
  /** id or slug */
  brand?: ((number | null) | (string | null)) | null;
  /** id or slug */
  quality?: ((number | null) | (string | null)) | null;
  /** id or slug */
  unit?: ((number | null) | (string | null)) | null;
  compatible_products?: (number | string)[];
  compatible_variants?: (number | string)[];
  price?: string;
  is_active?: boolean;
};
export type StockEntryOutput = {};
export type EntryTypeEnum =
  | "purchase"
  | "sale"
  | "return_in"
  | "return_out"
  | "transfer_out"
  | "transfer_in"
  | "adjustment";
export type DirectionEnum = "in" | "out";
export type StockEntryOutputRead = {
  id: number;
  entry_type: EntryTypeEnum;
  direction: DirectionEnum;
  store: number;
  store_code: string;
  store_name: string;
  variant: number;
  variant_slug: string;
  variant_name: string;
  product: number;
  product_slug: string;
  product_name: string;
  sku: string | null;
  quantity: number;
  delta: number;
  unit_price: string;
  amount: string;
  counterpart_store: number | null;
  booking: number | null;
  booking_reference: string | null;
  entry_date: string;
  reference: string;
  note: string;
  serial_numbers: string[];
  transfer_id: string | null;
  counterpart_entry: number | null;
  entered_by: number | null;
  entered_by_name: string | null;
  created_at: string;
  updated_at: string;
};
export type PaginatedStockEntryOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: StockEntryOutput[];
};
export type PaginatedStockEntryOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: StockEntryOutputRead[];
};
export type StockEntryWriteInputRequest = {
  entry_type: EntryTypeEnum;
  /** adjustments only (required there)
    
    * `in` - In
    * `out` - Out */
  direction?: (DirectionEnum | NullEnum) | null;
  store: number;
  /** id or slug */
  variant: number | string;
  quantity: number;
  unit_price?: string;
  /** transfers: the other store */
  counterpart_store?: number | null;
  booking?: number | null;
  /** default: today in the store's time zone */
  entry_date?: string;
  reference?: string;
  /** required for adjustments */
  note?: string;
  /** serial-tracked variants only: exactly `quantity` distinct values */
  serial_numbers?: string[];
};
export type PatchedStockEntryWriteInputRequest = {
  entry_type?: EntryTypeEnum;
  /** adjustments only (required there)
    
    * `in` - In
    * `out` - Out */
  direction?: (DirectionEnum | NullEnum) | null;
  store?: number;
  /** id or slug */
  variant?: number | string;
  quantity?: number;
  unit_price?: string;
  /** transfers: the other store */
  counterpart_store?: number | null;
  booking?: number | null;
  /** default: today in the store's time zone */
  entry_date?: string;
  reference?: string;
  /** required for adjustments */
  note?: string;
  /** serial-tracked variants only: exactly `quantity` distinct values */
  serial_numbers?: string[];
};
export type InsufficientStockOutput = {
  detail: string;
  code: string;
  store?: number;
  variant?: number;
  available?: number;
  requested?: number;
  serials?: string[];
};
export type StockBalanceOutput = {};
export type StockBalanceOutputRead = {
  id: number;
  store: number;
  store_code: string;
  store_name: string;
  variant: number;
  variant_slug: string;
  variant_name: string;
  product: number;
  product_slug: string;
  product_name: string;
  sku: string | null;
  quantity: number;
  low_stock: boolean;
  last_movement_at: string | null;
};
export type PaginatedStockBalanceOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: StockBalanceOutput[];
};
export type PaginatedStockBalanceOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: StockBalanceOutputRead[];
};
export type StockRollupOutput = {
  variant: number;
  variant_slug: string;
  variant_name: string;
  product: number;
  product_slug: string;
  product_name: string;
  sku: string | null;
  /** sum over the selected stores */
  quantity: number;
  /** stores with a non-zero balance */
  stores: number;
  low_stock: boolean;
};
export type PaginatedStockRollupOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: StockRollupOutput[];
};
export type StoreOutput = {};
export type StoreTypeEnum = "HQ" | "BRANCH";
export type StoreOutputRead = {
  id: number;
  name: string;
  code: string;
  address: string;
  phone: string | null;
  email: string | null;
  latitude: string | null;
  longitude: string | null;
  timezone: string;
  store_type: StoreTypeEnum;
  is_active: boolean;
};
export type PaginatedStoreOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: StoreOutput[];
};
export type PaginatedStoreOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: StoreOutputRead[];
};
export type StoreAdminOutput = {};
export type StoreAdminOutputRead = {
  id: number;
  name: string;
  code: string;
  address: string;
  phone: string | null;
  email: string | null;
  latitude: string | null;
  longitude: string | null;
  timezone: string;
  store_type: StoreTypeEnum;
  is_active: boolean;
  branch_head: number | null;
  branch_head_name: string | null;
  branch_head_email: string | null;
  created_at: string;
  updated_at: string;
};
export type StoreWriteInputRequest = {
  name: string;
  code: string;
  address?: string;
  phone?: string | null;
  email?: ((string | null) | (string | null)) | null;
  latitude?: string | null;
  longitude?: string | null;
  timezone?: string;
  store_type?: StoreTypeEnum;
  branch_head?: number | null;
  is_active?: boolean;
};
export type PatchedStoreWriteInputRequest = {
  name?: string;
  code?: string;
  address?: string;
  phone?: string | null;
  email?: ((string | null) | (string | null)) | null;
  latitude?: string | null;
  longitude?: string | null;
  timezone?: string;
  store_type?: StoreTypeEnum;
  branch_head?: number | null;
  is_active?: boolean;
};
export type SubcategoryOutput = {};
export type SubcategoryOutputRead = {
  id: number;
  name: string;
  slug: string;
  category: number;
  category_slug: string;
  category_name: string;
  department: number;
  department_slug: string;
  department_name: string;
  date_created: string;
  date_modified: string;
};
export type PaginatedSubcategoryOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: SubcategoryOutput[];
};
export type PaginatedSubcategoryOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: SubcategoryOutputRead[];
};
export type SubcategoryWriteInputRequest = {
  name: string;
  slug?: string;
  /** id or slug */
  category: number | string;
};
export type PatchedSubcategoryWriteInputRequest = {
  name?: string;
  slug?: string;
  /** id or slug */
  category?: number | string;
};
export type TokenVerifyInputRequest = {
  token: string;
};
export type UnitOutput = {};
export type UnitOutputRead = {
  id: number;
  name: string;
  slug: string;
  date_created: string;
  date_modified: string;
};
export type PaginatedUnitOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: UnitOutput[];
};
export type PaginatedUnitOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: UnitOutputRead[];
};
export type UnitWriteInputRequest = {
  name: string;
  slug?: string;
};
export type PatchedUnitWriteInputRequest = {
  name?: string;
  slug?: string;
};
export type UserOutput = {};
export type UserOutputRead = {
  id: number;
  username: string;
  email: string;
  email_verified: boolean;
  first_name: string;
  last_name: string;
  full_name: string;
  phone: string | null;
  role: RoleEnum;
  store: number | null;
  store_name: string | null;
  headed_store: number | null;
  /** Designates whether this user should be treated as active. Unselect this instead of deleting accounts. */
  is_active: boolean;
  date_joined: string;
  last_login: string | null;
};
export type PaginatedUserOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: UserOutput[];
};
export type PaginatedUserOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: UserOutputRead[];
};
export type UserWriteInputRequest = {
  username: string;
  email: string;
  first_name?: string;
  last_name?: string;
  phone?: string | null;
  role?: RoleEnum;
  store?: number | null;
  is_active?: boolean;
  email_verified?: boolean;
};
export type UserWriteInputRequestWrite = {
  username: string;
  email: string;
  password?: string;
  first_name?: string;
  last_name?: string;
  phone?: string | null;
  role?: RoleEnum;
  store?: number | null;
  is_active?: boolean;
  email_verified?: boolean;
};
export type PatchedUserWriteInputRequest = {
  username?: string;
  email?: string;
  first_name?: string;
  last_name?: string;
  phone?: string | null;
  role?: RoleEnum;
  store?: number | null;
  is_active?: boolean;
  email_verified?: boolean;
};
export type PatchedUserWriteInputRequestWrite = {
  username?: string;
  email?: string;
  password?: string;
  first_name?: string;
  last_name?: string;
  phone?: string | null;
  role?: RoleEnum;
  store?: number | null;
  is_active?: boolean;
  email_verified?: boolean;
};
export type VariantOutput = {};
export type VariantOutputRead = {
  id: number;
  product: number;
  product_slug: string;
  product_name: string;
  name: string;
  slug: string;
  sku: string | null;
  price: string;
  attributes: {
    [key: string]: any;
  };
  is_active: boolean;
  brand: number;
  brand_slug: string;
  brand_name: string;
  unit: number | null;
  unit_slug: string | null;
  unit_name: string | null;
  in_stock: boolean;
  date_created: string;
  date_modified: string;
};
export type PaginatedVariantOutputList = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: VariantOutput[];
};
export type PaginatedVariantOutputListRead = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: VariantOutputRead[];
};
export type VariantStaffOutput = {};
export type VariantStaffOutputRead = {
  id: number;
  product: number;
  product_slug: string;
  product_name: string;
  name: string;
  slug: string;
  sku: string | null;
  price: string;
  attributes: {
    [key: string]: any;
  };
  is_active: boolean;
  brand: number;
  brand_slug: string;
  brand_name: string;
  unit: number | null;
  unit_slug: string | null;
  unit_name: string | null;
  in_stock: boolean;
  date_created: string;
  date_modified: string;
  stock: number;
};
export type VariantWriteInputRequest = {
  /** id or slug */
  product: number | string;
  name: string;
  slug?: string;
  sku?: string | null;
  price: string;
  attributes?: any;
  is_active?: boolean;
  price_change_reason?: string;
};
export type PatchedVariantWriteInputRequest = {
  /** id or slug */
  product?: number | string;
  name?: string;
  slug?: string;
  sku?: string | null;
  price?: string;
  attributes?: any;
  is_active?: boolean;
  price_change_reason?: string;
};
export const {
  useAttendanceListQuery,
  useLazyAttendanceListQuery,
  useAttendanceRetrieveQuery,
  useLazyAttendanceRetrieveQuery,
  useAttendancePhotoQuery,
  useLazyAttendancePhotoQuery,
  useAttendanceAdminExceptionsListQuery,
  useLazyAttendanceAdminExceptionsListQuery,
  useAttendanceAdminExceptionsCreateMutation,
  useAttendanceAdminExceptionsRetrieveQuery,
  useLazyAttendanceAdminExceptionsRetrieveQuery,
  useAttendanceAdminExceptionsUpdateMutation,
  useAttendanceAdminExceptionsPartialUpdateMutation,
  useAttendanceAdminExceptionsDestroyMutation,
  useAttendanceAdminGeofencesListQuery,
  useLazyAttendanceAdminGeofencesListQuery,
  useAttendanceAdminGeofencesCreateMutation,
  useAttendanceAdminGeofencesRetrieveQuery,
  useLazyAttendanceAdminGeofencesRetrieveQuery,
  useAttendanceAdminGeofencesUpdateMutation,
  useAttendanceAdminGeofencesPartialUpdateMutation,
  useAttendanceAdminGeofencesDestroyMutation,
  useAttendanceAdminPayrollListQuery,
  useLazyAttendanceAdminPayrollListQuery,
  useAttendanceAdminPayrollCreateMutation,
  useAttendanceAdminPayrollRetrieveQuery,
  useLazyAttendanceAdminPayrollRetrieveQuery,
  useAttendanceAdminPayrollUpdateMutation,
  useAttendanceAdminPayrollPartialUpdateMutation,
  useAttendanceAdminPayrollDestroyMutation,
  useAttendanceAdminSchedulesListQuery,
  useLazyAttendanceAdminSchedulesListQuery,
  useAttendanceAdminSchedulesCreateMutation,
  useAttendanceAdminSchedulesRetrieveQuery,
  useLazyAttendanceAdminSchedulesRetrieveQuery,
  useAttendanceAdminSchedulesUpdateMutation,
  useAttendanceAdminSchedulesPartialUpdateMutation,
  useAttendanceAdminSchedulesDestroyMutation,
  useAttendanceAdminSchedulesPreviewRetrieveQuery,
  useLazyAttendanceAdminSchedulesPreviewRetrieveQuery,
  useAttendanceAdminShiftsListQuery,
  useLazyAttendanceAdminShiftsListQuery,
  useAttendanceAdminShiftsCreateMutation,
  useAttendanceAdminShiftsRetrieveQuery,
  useLazyAttendanceAdminShiftsRetrieveQuery,
  useAttendanceAdminShiftsUpdateMutation,
  useAttendanceAdminShiftsPartialUpdateMutation,
  useAttendanceAdminShiftsDestroyMutation,
  useAttendanceAdminWeekoffsListQuery,
  useLazyAttendanceAdminWeekoffsListQuery,
  useAttendanceAdminWeekoffsCreateMutation,
  useAttendanceAdminWeekoffsRetrieveQuery,
  useLazyAttendanceAdminWeekoffsRetrieveQuery,
  useAttendanceAdminWeekoffsUpdateMutation,
  useAttendanceAdminWeekoffsPartialUpdateMutation,
  useAttendanceAdminWeekoffsDestroyMutation,
  useAttendanceApprovalsListQuery,
  useLazyAttendanceApprovalsListQuery,
  useAttendanceApprovalsApproveCreateMutation,
  useAttendanceApprovalsRejectCreateMutation,
  useAttendanceCheckInMutation,
  useAttendanceCheckOutMutation,
  useAttendanceMeTodayQuery,
  useLazyAttendanceMeTodayQuery,
  useAttendanceReportMeQuery,
  useLazyAttendanceReportMeQuery,
  useAttendanceReportStoreQuery,
  useLazyAttendanceReportStoreQuery,
  useAttendanceRequestsListQuery,
  useLazyAttendanceRequestsListQuery,
  useAttendanceRequestsCreateMutation,
  useAuthLoginCreateMutation,
  useAuthLogoutCreateMutation,
  useAuthMeRetrieveQuery,
  useLazyAuthMeRetrieveQuery,
  useAuthMePartialUpdateMutation,
  useAuthPasswordCreateMutation,
  useAuthRegisterCreateMutation,
  useAuthVerifyEmailCreateMutation,
  useAuthVerifyEmailResendCreateMutation,
  useBookingsListQuery,
  useLazyBookingsListQuery,
  useBookingsCreateMutation,
  useBookingsRetrieveQuery,
  useLazyBookingsRetrieveQuery,
  useBookingsUpdateMutation,
  useBookingsPartialUpdateMutation,
  useBookingsFormRetrieveQuery,
  useLazyBookingsFormRetrieveQuery,
  useBookingsLookupCreateMutation,
  useBrandsListQuery,
  useLazyBrandsListQuery,
  useBrandsCreateMutation,
  useBrandsRetrieveQuery,
  useLazyBrandsRetrieveQuery,
  useBrandsUpdateMutation,
  useBrandsPartialUpdateMutation,
  useBrandsDestroyMutation,
  useCategoriesListQuery,
  useLazyCategoriesListQuery,
  useCategoriesCreateMutation,
  useCategoriesRetrieveQuery,
  useLazyCategoriesRetrieveQuery,
  useCategoriesUpdateMutation,
  useCategoriesPartialUpdateMutation,
  useCategoriesDestroyMutation,
  useDepartmentsListQuery,
  useLazyDepartmentsListQuery,
  useDepartmentsCreateMutation,
  useDepartmentsRetrieveQuery,
  useLazyDepartmentsRetrieveQuery,
  useDepartmentsUpdateMutation,
  useDepartmentsPartialUpdateMutation,
  useDepartmentsDestroyMutation,
  useInventoryConfigRetrieveQuery,
  useLazyInventoryConfigRetrieveQuery,
  useInventoryConfigUpdateMutation,
  useInventoryConfigPartialUpdateMutation,
  useIssuesListQuery,
  useLazyIssuesListQuery,
  useIssuesCreateMutation,
  useIssuesRetrieveQuery,
  useLazyIssuesRetrieveQuery,
  useIssuesUpdateMutation,
  useIssuesPartialUpdateMutation,
  useIssuesDestroyMutation,
  useLogsListQuery,
  useLazyLogsListQuery,
  useLogsRetrieveQuery,
  useLazyLogsRetrieveQuery,
  useLogsExportQuery,
  useLazyLogsExportQuery,
  useMarketingContactListQuery,
  useLazyMarketingContactListQuery,
  useMarketingContactCreateMutation,
  useMarketingContactRetrieveQuery,
  useLazyMarketingContactRetrieveQuery,
  useMarketingContactPartialUpdateMutation,
  useMarketingScheduleCallListQuery,
  useLazyMarketingScheduleCallListQuery,
  useMarketingScheduleCallCreateMutation,
  useMarketingScheduleCallRetrieveQuery,
  useLazyMarketingScheduleCallRetrieveQuery,
  useMarketingScheduleCallPartialUpdateMutation,
  useNotificationsListQuery,
  useLazyNotificationsListQuery,
  useNotificationsRetrieveQuery,
  useLazyNotificationsRetrieveQuery,
  useNotificationsRetryCreateMutation,
  useOtherissuesListQuery,
  useLazyOtherissuesListQuery,
  useOtherissuesCreateMutation,
  useOtherissuesRetrieveQuery,
  useLazyOtherissuesRetrieveQuery,
  useOtherissuesUpdateMutation,
  useOtherissuesPartialUpdateMutation,
  useOtherissuesDestroyMutation,
  usePriceLogsListQuery,
  useLazyPriceLogsListQuery,
  usePriceLogsRetrieveQuery,
  useLazyPriceLogsRetrieveQuery,
  useProductsListQuery,
  useLazyProductsListQuery,
  useProductsCreateMutation,
  useProductsRetrieveQuery,
  useLazyProductsRetrieveQuery,
  useProductsUpdateMutation,
  useProductsPartialUpdateMutation,
  useProductsDestroyMutation,
  useQualitiesListQuery,
  useLazyQualitiesListQuery,
  useQualitiesCreateMutation,
  useQualitiesRetrieveQuery,
  useLazyQualitiesRetrieveQuery,
  useQualitiesUpdateMutation,
  useQualitiesPartialUpdateMutation,
  useQualitiesDestroyMutation,
  useQuestionsListQuery,
  useLazyQuestionsListQuery,
  useQuestionsCreateMutation,
  useQuestionsRetrieveQuery,
  useLazyQuestionsRetrieveQuery,
  useQuestionsUpdateMutation,
  useQuestionsPartialUpdateMutation,
  useQuestionsDestroyMutation,
  useResponsesListQuery,
  useLazyResponsesListQuery,
  useResponsesCreateMutation,
  useResponsesRetrieveQuery,
  useLazyResponsesRetrieveQuery,
  useSerialsListQuery,
  useLazySerialsListQuery,
  useSerialsRetrieveQuery,
  useLazySerialsRetrieveQuery,
  useSerialsPartialUpdateMutation,
  useSparesListQuery,
  useLazySparesListQuery,
  useSparesCreateMutation,
  useSparesRetrieveQuery,
  useLazySparesRetrieveQuery,
  useSparesUpdateMutation,
  useSparesPartialUpdateMutation,
  useSparesDestroyMutation,
  useStockEntriesListQuery,
  useLazyStockEntriesListQuery,
  useStockEntriesCreateMutation,
  useStockEntriesRetrieveQuery,
  useLazyStockEntriesRetrieveQuery,
  useStockEntriesUpdateMutation,
  useStockEntriesPartialUpdateMutation,
  useStockEntriesDestroyMutation,
  useStockLedgersListQuery,
  useLazyStockLedgersListQuery,
  useStockLedgersRetrieveQuery,
  useLazyStockLedgersRetrieveQuery,
  useStockLedgersRollupListQuery,
  useLazyStockLedgersRollupListQuery,
  useStoresListQuery,
  useLazyStoresListQuery,
  useStoresCreateMutation,
  useStoresRetrieveQuery,
  useLazyStoresRetrieveQuery,
  useStoresUpdateMutation,
  useStoresPartialUpdateMutation,
  useStoresDestroyMutation,
  useSubcategoriesListQuery,
  useLazySubcategoriesListQuery,
  useSubcategoriesCreateMutation,
  useSubcategoriesRetrieveQuery,
  useLazySubcategoriesRetrieveQuery,
  useSubcategoriesUpdateMutation,
  useSubcategoriesPartialUpdateMutation,
  useSubcategoriesDestroyMutation,
  useTokenRefreshCreateMutation,
  useTokenVerifyCreateMutation,
  useUnitsListQuery,
  useLazyUnitsListQuery,
  useUnitsCreateMutation,
  useUnitsRetrieveQuery,
  useLazyUnitsRetrieveQuery,
  useUnitsUpdateMutation,
  useUnitsPartialUpdateMutation,
  useUnitsDestroyMutation,
  useUsersListQuery,
  useLazyUsersListQuery,
  useUsersCreateMutation,
  useUsersRetrieveQuery,
  useLazyUsersRetrieveQuery,
  useUsersUpdateMutation,
  useUsersPartialUpdateMutation,
  useUsersDestroyMutation,
  useVariantsListQuery,
  useLazyVariantsListQuery,
  useVariantsCreateMutation,
  useVariantsRetrieveQuery,
  useLazyVariantsRetrieveQuery,
  useVariantsUpdateMutation,
  useVariantsPartialUpdateMutation,
  useVariantsDestroyMutation,
} = injectedRtkApi;
