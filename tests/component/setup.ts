import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setApi } from '../../renderer/api/client';
import { setScreenClock } from '../../renderer/components/dates';
import { useAppStore } from '../../renderer/store';
import { settleApiCalls } from './api-calls';

// Every action writes the real data file; on a busy 2-core machine that can take over a second.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  await settleApiCalls();
  cleanup();
  setApi(null);
  useAppStore.setState(useAppStore.getInitialState(), true);
  localStorage.clear();
  window.location.hash = '';
});

// The fixtures are dated in 2026: screens write dates as they would in 2026, whatever year the tests run in.
setScreenClock(() => new Date('2026-12-01T12:00:00.000Z'));

// jsdom has no layout, so no scrolling: the virtualized lists' scrollToIndex would only log "not implemented".
window.scrollTo = () => undefined;
Element.prototype.scrollTo ??= () => undefined;
Element.prototype.scrollIntoView ??= () => undefined;
