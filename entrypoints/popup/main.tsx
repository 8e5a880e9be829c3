import './style.css';

// Loaded by the first-paint script (assets/popup-paint.js): at once when it painted nothing, else
// once the page has loaded and the painted list is on screen (a toolbar popup's page stays hidden
// until its load event, docs/BENCHMARKS.md), so the app's scripts are not on the way to the list.
// Anything typed into the painted filter meanwhile is kept. Should the page still be loading, the
// app waits for its load event all the same.
const start = () => void import('./start');
if (!document.getElementById('app')?.firstChild) start();
else if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });
