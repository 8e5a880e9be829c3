import { render } from 'preact';
import { browser } from 'wxt/browser';

function Popup() {
  return <h1>{browser.i18n.getMessage('extName')}</h1>;
}

render(<Popup />, document.getElementById('app')!);
