// Browser APIs Mantine needs that jsdom lacks, plus i18n in English; imported first by every UI test.
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../i18n/index.ts';
import en from '../i18n/locales/en.json';

// findBy*/waitFor give up after 1 s by default: on a busy two-core machine a Mantine form's submit → mocked
// response → re-render can take longer (edit-user-modal's refusal test failed so under load). A wait is a hang guard
// here, not a speed check, like the test timeout in vitest.config.ts.
configure({ asyncUtilTimeout: 5_000 });

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

window.HTMLElement.prototype.scrollIntoView ??= () => {};

export const i18n = initI18n('en', { en: { translation: en } });

// UI files share one module graph per worker (isolate: false in vitest.config.ts), so Mantine's notification store
// outlives a file: toasts left by one file (over the limit they queue) would hide the next file's toast.
afterEach(() => {
  cleanup();
  notifications.clean();
});

// jsdom has no layout: ProseMirror (the rich-text editor) measures ranges and elements to scroll the cursor into view.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
const emptyRect = () => new DOMRect(0, 0, 0, 0);
window.Range.prototype.getClientRects ??= noRects;
window.Range.prototype.getBoundingClientRect ??= emptyRect;
document.elementFromPoint ??= () => null;

// jsdom has no FontFaceSet: Mantine's autosize Textarea listens on document.fonts for fonts that finish loading.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
