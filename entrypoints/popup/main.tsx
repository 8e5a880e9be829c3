import './style.css';

// A toolbar popup's page stays hidden until its load event (docs/BENCHMARKS.md). When the first
// paint (assets/popup-paint.js, run before this module) shows the last list, the app loads once
// the page has: its scripts are then not on the way to the list on screen. Anything typed into the
// painted filter meanwhile is kept. Without a painted list, the app loads at once.
const start = () => void import('./start');
if (!document.getElementById('app')?.firstChild) start();
else if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });
