import { Outlet, ScrollRestoration } from 'react-router-dom';
import { PolicyUpdatePrompt } from '../features/privacy/PolicyUpdatePrompt';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';

export function AppLayout() {
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <div className="container">
          <PolicyUpdatePrompt />
          <Outlet />
        </div>
      </main>
      <AppFooter />
      <ScrollRestoration />
    </div>
  );
}
