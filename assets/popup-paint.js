// The popup's first paint (issue 12): a classic script at the end of popup.html's <body>, run as
// soon as it arrives, before the popup's module, that paints the last list from the first-paint
// snapshot (lib/popup/snapshot.ts, same shape) as static markup, the same markup Preact renders.
// Preact then takes over these nodes (render() adopts matching DOM). A separate file: the CSP allows
// no inline script. Plain text only (textContent, setAttribute of known names): nothing is parsed
// as HTML. With nothing to paint (a first open), it sends the popup's first request to the
// background (lib/popup/early-request.ts) and preloads the app's modules (the build lists them in
// `data-app`, scripts/build/chunks.ts), so both are on their way while the module loads.
(function paintFirstScreen() {
  var script = document.currentScript;
  var app = document.getElementById('app');
  var snapshot = null;
  try {
    snapshot = JSON.parse(localStorage.getItem('cis.popup-paint.v2') || 'null');
  } catch {
    // An unreadable snapshot is no snapshot.
  }
  if (!app || app.firstChild || !snapshot || snapshot.version !== 2 || !Array.isArray(snapshot.rows)) {
    startApp();
    return;
  }

  // A first open: the popup's first request, sent now so the answer is on its way while the module
  // loads (the module takes it: lib/popup/early-request.ts, same request as its FIRST_REQUEST), and
  // the app's modules, fetched side by side now rather than one after another. Not when a list is
  // painted: the extension API's first use costs several milliseconds, which would come before the
  // list, and the app loads after the page then anyway.
  function startApp() {
    try {
      var api = globalThis.browser || globalThis.chrome;
      var early = api.runtime.sendMessage({ type: 'getPopupState', readsRows: true });
      early.catch(function () {});
      window.__cisFirstReply = early;
    } catch {
      // No extension API (a test page): the module asks itself.
    }
    var hrefs = ((script && script.getAttribute('data-app')) || '').split(' ');
    for (var at = 0; at < hrefs.length; at++) {
      if (!hrefs[at]) continue;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = hrefs[at];
      link.setAttribute('crossorigin', '');
      document.head.appendChild(link);
    }
  }
  var words = snapshot.words || {};
  var ROW_ESTIMATE = 64; // components/OrgList.tsx
  var FIRST_SCREEN_ROWS = 12;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var name in attrs)
      if (attrs[name] !== null && attrs[name] !== undefined) node.setAttribute(name, attrs[name]);
    (children || []).forEach(function (child) {
      if (child === null) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function hereIcon() {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'badge__icon');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute(
      'd',
      'M8 1a5 5 0 0 0-5 5c0 3.5 5 9 5 9s5-5.5 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z',
    );
    svg.appendChild(path);
    return svg;
  }

  function badge(item) {
    var kind = String(item.kind);
    if (kind === 'used') return el('span', { class: 'org__used' }, [String(item.text)]);
    return el('span', { class: 'badge badge--' + kind }, [
      kind === 'here' ? hereIcon() : null,
      String(item.text),
    ]);
  }

  function row(item, index) {
    var isActive = index === snapshot.activeIndex;
    var classes = 'org' + (isActive ? ' org--active' : '') + (item.isCurrent ? ' org--current' : '');
    return el(
      'li',
      {
        id: String(item.id),
        role: 'option',
        'aria-selected': String(isActive),
        'aria-posinset': String(index + 1),
        'aria-setsize': String(snapshot.count),
        class: classes,
        style: item.colour ? 'border-inline-start-color: ' + String(item.colour) : null,
        'data-first-paint': '',
      },
      [
        el('bdi', { class: 'org__name' }, [String(item.name)]),
        el('bdi', { class: 'org__login' }, [String(item.login)]),
        el('span', { class: 'org__badges' }, (item.badges || []).map(badge)),
        item.status ? el('span', { class: 'org__status' }, [String(item.status)]) : null,
      ],
    );
  }

  var shown = snapshot.rows.slice(0, FIRST_SCREEN_ROWS);
  var rest = Math.max(0, snapshot.count - shown.length) * ROW_ESTIMATE;
  var active = shown[snapshot.activeIndex];
  var list = el(
    'ul',
    { id: 'org-listbox', role: 'listbox', 'aria-label': words.listLabel, class: 'orgs' },
    shown
      .map(row)
      .concat(rest > 0 ? [el('li', { role: 'presentation', style: 'height: ' + rest + 'px' })] : []),
  );
  var filter = el('input', {
    id: 'org-filter',
    class: 'filter',
    type: 'search',
    role: 'combobox',
    'aria-expanded': 'true',
    'aria-controls': 'org-listbox',
    'aria-autocomplete': 'list',
    'aria-activedescendant': active ? String(active.id) : null,
    placeholder: words.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: '200',
  });
  var header = el('header', { class: 'header' }, [
    el('h1', { class: 'header__title' }, [String(words.title)]),
    el('button', { type: 'button', class: 'btn btn--link' }, [String(words.options)]),
    words.menu
      ? el('div', { class: 'menu' }, [
          el(
            'button',
            {
              type: 'button',
              class: 'btn btn--secondary menu__button',
              'aria-haspopup': 'menu',
              'aria-expanded': 'false',
              'aria-controls': 'header-menu',
            },
            [String(words.menu)],
          ),
        ])
      : null,
  ]);
  var who =
    words.who || words.age
      ? el('p', { class: 'who' }, [
          words.who ? el('bdi', { class: 'who__email' }, [String(words.who)]) : null,
          words.age ? el('span', { class: 'who__age' }, [String(words.age)]) : null,
        ])
      : null;
  var picker = el('div', { class: 'picker' }, [
    el('label', { class: 'visually-hidden', for: 'org-filter' }, [String(words.filterLabel)]),
    filter,
    list,
    el('p', { class: 'picker__note', role: 'note' }, [String(words.note)]),
    el('div', { class: 'picker__footer' }, [
      el('span', { class: 'hint' }, [String(words.hint)]),
      el('button', { type: 'button', class: 'btn btn--primary', disabled: active ? null : '' }, [
        String(words.next),
      ]),
    ]),
  ]);
  app.appendChild(el('main', { class: 'popup' }, [header, who, picker]));
  filter.focus();
})();
