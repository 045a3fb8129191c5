import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { hasRole, noticeDismissed } from '../auth/authSlice';
import { logout } from '../auth/session';
import { useAppDispatch, useAppSelector } from '../hooks';
import { t } from '../i18n/t';
import { NAV_ITEMS } from '../nav';

function SessionNotice() {
  const notice = useAppSelector((state) => state.auth.notice);
  const dispatch = useAppDispatch();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{t(`session.${notice}`)}</span>
      <button type="button" className="link-button" onClick={() => dispatch(noticeDismissed())}>
        {t('session.dismiss')}
      </button>
    </div>
  );
}

/** The app shell: skip link, header with the role-aware navigation, the page, and the session notice. */
export function Layout() {
  const { status, user } = useAppSelector((state) => state.auth);
  const dispatch = useAppDispatch();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const items = NAV_ITEMS.filter((item) => {
    if (item.roles) return hasRole(user, item.roles);
    if (item.signedIn) return status === 'signedIn';
    return true;
  });

  const onLogout = async () => {
    await logout(dispatch);
    navigate('/');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
        </div>
        <nav id="site-nav" aria-label={t('nav.label')} className={menuOpen ? 'site-nav open' : 'site-nav'}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/' || item.end}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="session">
            {status === 'signedIn' && user ? (
              <>
                <span className="muted">
                  {t('nav.signedInAs', { name: user.username, role: t(`role.${user.role}`) })}
                </span>
                <button type="button" className="button-secondary" onClick={onLogout}>
                  {t('nav.logout')}
                </button>
              </>
            ) : status === 'anonymous' ? (
              <>
                <NavLink to="/login">{t('nav.login')}</NavLink>
                <NavLink to="/register">{t('nav.register')}</NavLink>
              </>
            ) : null}
          </div>
        </nav>
      </header>
      <SessionNotice />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
