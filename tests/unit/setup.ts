import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translate } from './options/messages';

beforeEach(() => {
  fakeBrowser.reset();
  // The real English messages, so code under test says what people read.
  fakeBrowser.i18n.getMessage = translate as typeof fakeBrowser.i18n.getMessage;
});
