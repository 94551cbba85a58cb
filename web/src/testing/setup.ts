import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { i18n, initI18n } from '../lib/i18n';
import de from '../locales/de.json';
import en from '../locales/en.json';
import { resetMockApi } from './mock-api';
import { server } from './server';
import { testClock } from './test-clock';

// jsdom has <dialog> but not its modal behaviour; this is just enough of it for the tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom does not lay out pages.
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}

// Browsers do not focus elements that are hidden; jsdom does. Behave like a browser, so a test
// notices when focus is moved to something that is not shown yet.
const focusElement = HTMLElement.prototype.focus;
HTMLElement.prototype.focus = function focus(this: HTMLElement, options?: FocusOptions) {
  if (this.closest('[hidden]')) return;
  focusElement.call(this, options);
};

// Both languages up front: tests switch languages without waiting for a download.
await initI18n({ locale: 'de', resources: { de: { translation: de }, en: { translation: en } } });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

beforeEach(async () => {
  window.localStorage.clear();
  testClock.reset();
  resetMockApi();
  await i18n.changeLanguage('de');
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
});

afterAll(() => server.close());
