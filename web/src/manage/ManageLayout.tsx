import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { Loading } from '../components/Status';
import { t } from '../i18n/t';
import { ADMIN_SECTIONS } from '../nav';

/**
 * The admin area's menu above every `/manage/...` screen: the screens grouped by subject in one disclosure, so
 * the main navigation keeps a single "Manage" entry on a phone. It is open on the dashboard (the area's landing
 * page) and folds again after each navigation.
 */
export function ManageLayout() {
  const { pathname } = useLocation();
  const landing = pathname === '/manage';
  return (
    <>
      <details key={pathname} className="manage-menu" open={landing}>
        <summary>{t('nav.sectionsToggle')}</summary>
        <nav aria-label={t('nav.sections')}>
          {ADMIN_SECTIONS.map((section) => (
            <section key={section.title} className="manage-section">
              <h2>{t(section.title)}</h2>
              <ul>
                {section.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end}>
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
      </details>
      {/* The admin menu stays while a screen's code loads. */}
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </>
  );
}
