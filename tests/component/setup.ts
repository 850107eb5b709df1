import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setApi } from '../../renderer/api/client';
import { useAppStore } from '../../renderer/store';

afterEach(() => {
  cleanup();
  setApi(null);
  useAppStore.setState(useAppStore.getInitialState(), true);
  localStorage.clear();
  window.location.hash = '';
});
