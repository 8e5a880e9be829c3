// The popup's first paint (issue 12): a classic script at the end of popup.html's <body>, run as
// soon as it arrives, before the popup's module, that paints the first screen as static markup, the
// same markup Preact renders, from a first-paint snapshot (lib/popup/snapshot.ts, same shape):
// the last list, kept in localStorage, or on a first open (none kept) the one the background sends
// with its answer to the popup's first request. Preact then takes over these nodes (render() adopts
// matching DOM). A separate file: the CSP allows no inline script. Plain text only (textContent,
// setAttribute of known names): nothing is parsed as HTML. It loads the popup's module itself
// (`data-module`) after the painted list's first frame; on a first open it sends the popup's first
// request at once (lib/popup/early-request.ts) and preloads the app's modules (the build lists them
// in `data-app`, scripts/build/chunks.ts), then loads the module once the answer is painted, or at
// once with an answer that has nothing to paint (or none in time).
(function paintFirstScreen() {
  var script = document.currentScript;
  var app = document.getElementById('app');
  var ROW_ESTIMATE = 64; // components/OrgList.tsx
  var FIRST_SCREEN_ROWS = 12;
  /** How long a first open waits for the background's answer before the app loads anyway. */
  var ANSWER_WAITS_MS = 400;
  var stored = null;
  try {
    stored = JSON.parse(localStorage.getItem('cis.popup-paint.v2') || 'null');
  } catch {
    // An unreadable snapshot is no snapshot.
  }
  if (!app || app.firstChild) return loadApp();
  if (isSnapshot(stored)) {
    paint(stored);
    afterFirstScreen(loadApp);
    return;
  }
  askFirst();

  function isSnapshot(value) {
    return Boolean(value && value.version === 2 && Array.isArray(value.rows) && value.words);
  }

  // A first open: the popup's first request, sent now, before the app's module is even fetched (the
  // module takes its answer: lib/popup/early-request.ts, same request as its FIRST_REQUEST). The
  // answer carries the first screen's snapshot when it is a plain list
  // (lib/background/first-paint.ts): painted here, the app's module only loads after its frame, as
  // with a kept snapshot. Not sent when a list is painted: the extension API's first use costs
  // several milliseconds, which would come before the list, and the app loads after the page then.
  function askFirst() {
    var early;
    try {
      var api = globalThis.browser || globalThis.chrome;
      early = api.runtime.sendMessage({ type: 'getPopupState', readsRows: true, paints: true });
      window.__cisFirstReply = early;
    } catch {
      // No extension API (a test page): the module asks itself.
      preloadApp();
      return loadApp();
    }
    var isLoaded = false;
    var loadOnce = function (isPainted) {
      if (isLoaded) return;
      isLoaded = true;
      if (!isPainted) preloadApp();
      loadApp();
    };
    var timer = setTimeout(function () {
      loadOnce(false);
    }, ANSWER_WAITS_MS);
    Promise.resolve(early).then(
      function (reply) {
        clearTimeout(timer);
        if (isLoaded) return;
        var snapshot = reply && reply.ok && reply.value ? reply.value.paint : null;
        if (!app.firstChild && isSnapshot(snapshot)) {
          paint(snapshot);
          afterFirstScreen(function () {
            loadOnce(true);
          });
        } else loadOnce(false);
      },
      function () {
        clearTimeout(timer);
        loadOnce(false);
      },
    );
  }
  // A first open with nothing painted: the app's modules, fetched side by side with the popup's
  // module, not one after another as each module that imports the next runs. Not while the answer
  // is on its way: the preloaded modules are compiled on the page's thread, which then takes the
  // answer and paints it later (about 10 ms of a first open's 100, docs/BENCHMARKS.md); a painted
  // list loads the app after its frame, with nothing to hurry.
  function preloadApp() {
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

  /** Paints `snapshot`'s first screen into the empty #app, the filter focused. */
  function paint(snapshot) {
    var words = snapshot.words || {};
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
  }

  // The popup's module (the build names it in `data-module`), loaded by this script: in the page,
  // it would be fetched beside this script, and run, before the list's first frame.
  function loadApp() {
    var src = script && script.getAttribute('data-module');
    if (!src) return;
    var module = document.createElement('script');
    module.type = 'module';
    module.src = src;
    module.setAttribute('crossorigin', '');
    document.body.appendChild(module);
  }

  // Once the page has loaded (a toolbar popup is shown at its load event, which a script added
  // earlier would hold back) and the painted list is on screen: after the next frame, or a moment
  // later in a page that is not shown and has no frames.
  function afterFirstScreen(run) {
    var hasRun = false;
    var once = function () {
      if (hasRun) return;
      hasRun = true;
      run();
    };
    var later = function () {
      requestAnimationFrame(function () {
        setTimeout(once);
      });
      setTimeout(once, 100);
    };
    if (document.readyState === 'complete') later();
    else addEventListener('load', later, { once: true });
  }
})();
