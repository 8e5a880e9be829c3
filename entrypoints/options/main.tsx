import { render } from 'preact';
import { browser } from 'wxt/browser';

function Options() {
  return <h1>{browser.i18n.getMessage('optionsTitle')}</h1>;
}

render(<Options />, document.getElementById('app')!);
