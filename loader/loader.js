/* The app's loader: the one script a page asks for before it has loaded (see README, "Ready at
 * first paint"). A plain file, no inline code, so the page runs under a strict CSP.
 *  1. Before first paint, it leads the reader to the prerendered view they asked for
 *     (`?lang=`, `?embed`, or the language they chose before), as `View::wanted` does in Rust.
 *  2. It keeps the taps made before the app has started: the button or bar shows it is
 *     pending at once, a status line says so, and the app is handed the taps once it runs.
 *     A deep link's card is brought into view at first paint and shown pending too, and so is
 *     the card of a link followed on the page before the app runs (the lead's figures).
 *  3. It fetches the app's two files when the browser is idle after the page's load event,
 *     and starts the app when the reader shows intent (a touch, the pointer, a key, focus, a
 *     scroll), or at once when the address names a card (a deep link): until then the page
 *     runs no app code at all, so nothing blocks the reader's first scroll or tap.
 *  4. In a frame, it tells the host page its height from first paint, and after every change,
 *     in three formats: ours (under its name and its old one), pym.js's and AMP's (the host's
 *     embed.js, pym.js or amp-iframe).
 * The build writes the app's two file names in place of the two markers below. */
(function (w, d) {
  'use strict';
  // Filled in by the build from the Rust that says the same (src/prerender.rs, loader_script):
  // the app's files, the views (`View`: code, file, link, language, embedded) and the key the
  // reader's language is remembered under.
  var APP_JS = "__APP_JS__";
  var APP_WASM = "__APP_WASM__";
  // Our English translations: fetched with the app for an English view only.
  var APP_TRANSLATIONS = "__APP_TRANSLATIONS__";
  var VIEWS = "__VIEWS__";
  var STORAGE_KEY = "__LANG_STORAGE_KEY__";
  // The key a language was remembered under before; still read.
  var OLD_STORAGE_KEY = "__OLD_LANG_STORAGE_KEY__";
  var root = d.documentElement;
  var here = d.currentScript ? d.currentScript.src : location.href;

  // 1. The view the reader asked for, chosen as `View::wanted` chooses it, with the query read
  // as `EmbedOptions::from_query` reads it (the first `lang` and `embed` count).
  var find = function (test) {
    for (var i = 0; i < VIEWS.length; i++) if (test(VIEWS[i])) return VIEWS[i];
    return null;
  };
  var page = find(function (v) { return v.code === root.getAttribute('data-view'); });
  if (page) {
    var query = new URLSearchParams(location.search);
    var asked = query.get('lang');
    var remembered = null;
    try {
      remembered = w.localStorage.getItem(STORAGE_KEY);
      // A choice remembered under the old key is copied to the new one, where the app reads
      // it (and kept, for older pages on the same site that read the old one).
      if (remembered === null && (remembered = w.localStorage.getItem(OLD_STORAGE_KEY)) !== null) {
        w.localStorage.setItem(STORAGE_KEY, remembered);
      }
    } catch (e) { /* blocked storage */ }
    var known = function (code) { return code === 'zh' || code === 'en'; };
    var embed = page.embed || (query.has('embed') && query.get('embed') !== 'false' && query.get('embed') !== '0');
    // The remembered language counts at the front door only (`front_door`): not for a link to
    // a card or a piece's page someone shared, nor in a host's frame.
    var frontDoor = location.hash.length <= 1 && !root.getAttribute('data-piece');
    var lang = known(asked) ? asked
      : page.lang === 'en' || embed ? page.lang
      : frontDoor && known(remembered) ? remembered : 'zh';
    var wanted = find(function (v) { return v.lang === lang && v.embed === embed; });
    // A piece's own page (`Piece::file`): its file in the other language is its own too.
    var piece = root.getAttribute('data-piece');
    var file = wanted.file, href = wanted.href;
    if (piece && /^[a-z0-9-]+$/.test(piece)) {
      file = href = piece + (wanted.lang === 'en' ? '.en' : '') + '.html';
    }
    var path = location.pathname;
    // Already at that file (a host that answers every path with index.html): stay, or the
    // reader would be sent round in a loop.
    var there = href === './' ? /\/(index\.html)?$/.test(path) : path.slice(-file.length - 1) === '/' + file;
    if (wanted !== page && !there) {
      // The query goes along whole: an explicit `lang` keeps counting there.
      root.style.visibility = 'hidden';
      location.replace(href + location.search + location.hash);
      return;
    }
  }

  // The whole printed text after the app is for readers the app cannot reach (no JavaScript,
  // or the app failed to load): hidden while the app can still come, so that the page, and an
  // embed's height, are the app's from first paint.
  root.classList.add('app-coming');

  // 2. Taps before the app runs: kept in order, one per control (the last tap on it counts).
  var started = false;
  var ready = false;
  var kept = [];
  var status = null;
  var CONTROLS = '#app button, #app .chart-plot';

  var failed = false;
  // Words typed into the search box before the app runs (the app's first render empties it).
  var typed = {};

  // The status line is in the page from the start (`#app-status`), so that screen readers
  // announce what is said in it.
  function say(text) {
    status = status || d.getElementById('app-status');
    if (!status && d.body) {
      status = d.createElement('p');
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      d.body.appendChild(status);
    }
    if (status) status.textContent = text;
  }

  function label(name) {
    var app = d.getElementById('app');
    return app ? app.getAttribute(name) || '' : '';
  }

  function onTap(e) {
    if (ready || failed) return;
    var control = e.target && e.target.closest ? e.target.closest(CONTROLS) : null;
    if (!control) return;
    e.preventDefault();
    e.stopPropagation();
    // The linked card is on its way already: a tap on it is not kept (replayed, it would
    // close the card the link opens).
    if (control === linked) return;
    var box = control.getBoundingClientRect();
    kept = kept.filter(function (k) { return k.control !== control; });
    kept.push({ control: control, id: control.id, x: e.clientX - box.left, y: e.clientY - box.top });
    control.setAttribute('data-pending', '');
    control.setAttribute('aria-busy', 'true');
    // The status line is made empty first, so a screen reader hears the change.
    say('');
    setTimeout(function () { if (!ready && !failed) say(label('data-starting')); }, 50);
    start();
  }

  function onType(e) {
    var input = e.target;
    if (!ready && input && input.id && input.closest && input.closest('#app')) typed[input.id] = input.value;
  }

  // The app will not come: the taps kept are let go, and the reader is told.
  function fail() {
    failed = true;
    root.classList.remove('app-coming');
    kept.forEach(function (k) {
      k.control.removeAttribute('data-pending');
      k.control.removeAttribute('aria-busy');
    });
    kept = [];
    letGoOfLinked();
    nameAnchors(true);
    d.addEventListener('click', toText);
    say('');
    setTimeout(function () {
      say(label('data-failed'));
      // Said on the screen too, not only to a screen reader: the page's controls are gone.
      if (status) status.className = 'app-failed';
    }, 50);
  }

  // With the app gone, a card's button leads to the passage it quotes, in the printed text
  // below (the prerendered card names it: `data-text`); Back returns to the card.
  function toText(e) {
    var toggle = e.target && e.target.closest ? e.target.closest('#app .card-toggle') : null;
    var card = toggle && toggle.closest('[data-text]');
    var text = card && d.getElementById(card.getAttribute('data-text'));
    if (!text) return;
    e.preventDefault();
    location.hash = text.id;
    // (The browser's own jump is lost to the tap's focus on the button in some browsers.)
    text.scrollIntoView({ block: 'start', behavior: 'instant' });
    text.setAttribute('tabindex', '-1');
    text.focus({ preventScroll: true });
  }

  function replay() {
    ready = true;
    // From now on the app answers every tap and key itself.
    d.removeEventListener('click', onTap, true);
    d.removeEventListener('input', onType, true);
    letGoOfLinked();
    var taps = kept;
    kept = [];
    taps.forEach(function (k) {
      k.control.removeAttribute('data-pending');
      k.control.removeAttribute('aria-busy');
      var control = k.control.isConnected ? k.control : k.id && d.getElementById(k.id);
      if (!control) return;
      var box = control.getBoundingClientRect();
      control.dispatchEvent(new MouseEvent('click', {
        bubbles: true, cancelable: true, view: w,
        clientX: box.left + k.x, clientY: box.top + k.y
      }));
    });
    // Words typed into the search box before the app ran are put back and searched now.
    Object.keys(typed).forEach(function (id) {
      var input = d.getElementById(id);
      if (!input || !typed[id]) return;
      input.value = typed[id];
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    typed = {};
    say('');
  }

  // A deep link (`#hospital-beds`) names a card: it is brought into view at first paint, not
  // when the app has come (the app opens it then, and keeps it in view). Not in an embed: the
  // host's page must not scroll.
  function showLinkedCard() {
    if (ready || failed || (page && page.embed)) return;
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { return; }
    var card = d.getElementById('card-' + id);
    if (!card) return;
    // Shown on its way, as a tapped card is (first: a charted figure's card shows only so).
    linked = d.getElementById('toggle-' + id);
    if (linked) {
      linked.setAttribute('data-pending', '');
      linked.setAttribute('aria-busy', 'true');
    }
    card.scrollIntoView({ block: 'start', behavior: 'instant' });
    // Followed from a link on the page (the lead), the reader's focus goes with it.
    if (linked && d.activeElement && d.activeElement.tagName === 'A') linked.focus({ preventScroll: true });
    // The page can still change height above the card until it has loaded (its stylesheet
    // may come after the HTML has been read), which would carry the card out of view: it is
    // brought back at `load`, unless the reader has moved the page since.
    // A move is a wheel, touch, press or key, or the page's scroll changed some other way
    // (the scrollbar dragged, find in page, a screen reader).
    var moved = false;
    var move = function () { moved = true; };
    var MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'];
    MOVES.forEach(function (type) { d.addEventListener(type, move, { capture: true, passive: true, once: true }); });
    var at = w.scrollY;
    var cardAt = card.getBoundingClientRect().top;
    var again = function () {
      MOVES.forEach(function (type) { d.removeEventListener(type, move, true); });
      // The page's own growth moves the card, not the scroll: a scroll that changed on its
      // own is the reader's.
      if (Math.abs(w.scrollY - at) > 1) moved = true;
      if (!moved && !ready && Math.abs(card.getBoundingClientRect().top - cardAt) > 1) {
        card.scrollIntoView({ block: 'start', behavior: 'instant' });
      }
    };
    if (d.readyState === 'complete') again(); else w.addEventListener('load', again);
  }
  // The linked card's button while it waits for the app.
  var linked = null;
  function letGoOfLinked() {
    if (!linked) return;
    linked.removeAttribute('data-pending');
    linked.removeAttribute('aria-busy');
    linked = null;
  }
  // The prerendered cards' anchors (`#hospital-beds` names one) are for a page without the
  // app: unnamed while the app can come, named again if it fails (see `Card`).
  function nameAnchors(named) {
    var anchors = d.querySelectorAll(named ? '.card-anchor[data-anchor]' : '.card-anchor[id]');
    for (var i = 0; i < anchors.length; i++) {
      var a = anchors[i];
      if (named) {
        a.id = a.getAttribute('data-anchor');
        a.removeAttribute('data-anchor');
      } else {
        a.setAttribute('data-anchor', a.id);
        a.removeAttribute('id');
      }
    }
  }
  // A link to a folded place (`#notes`, the page's notes, where an embed's link leads) opens
  // it: the link promises its contents, not its summary. Before the app has come as after.
  function openFolded() {
    var place = d.getElementById(location.hash.slice(1));
    if (place && place.tagName === 'DETAILS') place.open = true;
  }
  // On paper the notes are printed open, then folded again as they were.
  var openedToPrint = [];
  w.addEventListener('beforeprint', function () {
    openedToPrint = [].filter.call(d.querySelectorAll('details.page-notes:not([open])'), function (el) {
      el.open = true;
      return true;
    });
  });
  w.addEventListener('afterprint', function () {
    openedToPrint.forEach(function (el) { el.open = false; });
    openedToPrint = [];
  });
  function atFirstPaint() {
    if (!failed) nameAnchors(false);
    openFolded();
    showLinkedCard();
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', atFirstPaint);
  else atFirstPaint();
  // A link to a card followed before the app has come (the lead's figures): the same, and the
  // app is asked for now (the app answers later links itself).
  w.addEventListener('hashchange', function () {
    openFolded();
    if (ready || failed) return;
    letGoOfLinked();
    kept = kept.filter(function (k) {
      k.control.removeAttribute('data-pending');
      k.control.removeAttribute('aria-busy');
      return false;
    });
    showLinkedCard();
    start();
  });

  // 3. Fetching the app at idle, starting it on intent: the same steps as trunk's own loader.
  var files = null;
  function fetchApp() {
    if (!files) {
      var js = new URL(APP_JS, here).href;
      var wasm = new URL(APP_WASM, here).href;
      // The glue only defines functions; the WASM is fetched, not compiled, until started.
      // A fetch that fails here is fetched again at the start.
      var fetched = { bindings: import(js), wasm: fetch(wasm) };
      fetched.bindings['catch'](function () { files = null; });
      fetched.wasm['catch'](function () { files = null; });
      // An English view's translations, beside the app; without them the app still starts
      // (it draws the page afresh, the passages in Chinese alone).
      fetched.translations = page && page.lang === 'en' ? fetchTranslations() : Promise.resolve();
      files = fetched;
    }
    return files;
  }

  // 4. Our English translations, which the app does not carry: fetched once, their text left
  // where the app reads it (src/translations.rs); a failed fetch leaves none, and the app shows
  // the passages in Chinese alone.
  var translations = null;
  w.infographicTranslations = { text: null };
  function fetchTranslations() {
    if (!translations) {
      translations = fetch(new URL(APP_TRANSLATIONS, here).href).then(function (r) {
        return r.ok ? r.text() : null;
      })['catch'](function () { return null; }).then(function (text) {
        w.infographicTranslations.text = text;
      });
    }
    return translations;
  }
  // A switch to English before they are here is held, shown on its way, and let through once
  // they have come (or could not).
  function onSwitch(e) {
    var button = e.target && e.target.closest && e.target.closest('.lang-toggle');
    if (!button || w.infographicTranslations.text !== null || !/^zh/.test(root.lang)) return;
    if (button.hasAttribute('data-pending')) { e.stopImmediatePropagation(); e.preventDefault(); return; }
    if (translations) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    button.setAttribute('data-pending', '');
    button.setAttribute('aria-busy', 'true');
    fetchTranslations().then(function () {
      button.removeAttribute('data-pending');
      button.removeAttribute('aria-busy');
      button.click();
    });
  }

  function start() {
    if (started) return;
    started = true;
    var app = fetchApp();
    Promise.all([app.bindings, app.translations]).then(function (got) {
      var bindings = got[0];
      // Once the app runs, a switch to English waits for the translations, as a tap waits for
      // the app.
      d.addEventListener('click', onSwitch, true);
      return bindings['default']({ module_or_path: app.wasm }).then(function (instance) {
        w.wasmBindings = bindings;
        // The app has rendered in its start; its first effects run in the next tasks.
        setTimeout(replay, 0);
        w.dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
      });
    })['catch'](function (error) {
      fail();
      throw error;
    });
  }

  d.addEventListener('click', onTap, true);
  d.addEventListener('input', onType, true);
  ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'].forEach(function (type) {
    d.addEventListener(type, start, { capture: true, passive: true, once: true });
  });
  function whenIdle() {
    var next = function () {
      fetchApp();
      // A deep link (`#hospital-beds`) asks for its card: start without waiting for intent.
      if (location.hash.length > 1) start();
    };
    if (w.requestIdleCallback) w.requestIdleCallback(next, { timeout: 2000 });
    else setTimeout(next, 200);
  }
  if (d.readyState === 'complete') whenIdle(); else w.addEventListener('load', whenIdle);

  // 4. Height messages to the host page, when framed.
  var parentWindow = w.parent;
  if (parentWindow && parentWindow !== w) {
    // What is for the page's own readers, not the host's (a piece's embed snippet), hides.
    root.classList.add('framed');
    var params = new URLSearchParams(location.search);
    // An id safe to echo, as the host gave it: `childId` (pym.js sets it), else `id`; letters,
    // digits, - _ . : and at most 64 of them, or none.
    var safe = function (v) { return v && v.length <= 64 && /^[A-Za-z0-9_.:-]+$/.test(v) ? v : null; };
    var id = safe(params.get('childId')) || safe(params.get('id'));
    var last = 0;
    var tell = function () {
      var height = Math.ceil(d.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Heights are not secret: any host may read them.
      parentWindow.postMessage({ type: 'infographic:height', height: height, id: id }, '*');
      // The old name too: an older build's embed.js on the same host page may have mounted
      // this frame from an old snippet, and it listens for that name only.
      parentWindow.postMessage({ type: 'beibei-infographic:height', height: height, id: id }, '*');
      if (id) parentWindow.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + height, '*');
      parentWindow.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    };
    var observe = function () {
      if (w.ResizeObserver) new ResizeObserver(tell).observe(d.body);
      else { tell(); w.addEventListener('resize', tell); }
    };
    if (d.body) observe(); else d.addEventListener('DOMContentLoaded', observe);
  } else {
    // 5. Not framed: a link to another of our pages (the whole infographic, a passage it
    // continues) opens in this tab, not a new one, which a phone's in-app browser makes
    // awkward to come back from. (In a host's frame it opens a new tab, leaving the host's
    // page where it was.) The links' "opens in a new tab" hides.
    root.classList.add('own-tab');
    d.addEventListener('click', function (e) {
      var a = e.target && e.target.closest ? e.target.closest('a[target="_blank"]') : null;
      if (a && a.origin === location.origin) a.removeAttribute('target');
    }, true);
  }
})(window, document);
