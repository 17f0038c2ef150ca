/* The app's loader: the one script a page asks for before it has loaded (see README, "Ready at
 * first paint"). A plain file, no inline code, so the page runs under a strict CSP.
 *  1. Before first paint, it leads the reader to the prerendered view they asked for
 *     (`?lang=`, `?embed`, or the language they chose before), as `View::wanted` does in Rust.
 *  2. It keeps the taps made before the app has started: the button or bar shows it is
 *     pending at once, a status line says so, and the app is handed the taps once it runs.
 *  3. It starts the app after the page's load event, when the browser is idle, or at once
 *     when the reader touches, types or focuses something, whichever comes first.
 * The build writes the app's two file names in place of the two markers below. */
(function (w, d) {
  'use strict';
  var APP_JS = "__APP_JS__";
  var APP_WASM = "__APP_WASM__";
  var STORAGE_KEY = 'beibei-infographic:lang';
  var root = d.documentElement;
  var here = d.currentScript ? d.currentScript.src : location.href;

  // 1. The view. Files and codes as `View::file` and `View::code` in src/embed.rs.
  var FILES = { zh: 'index.html', en: 'en.html', embed: 'embed.html', 'embed-en': 'embed-en.html' };
  var page = root.getAttribute('data-view');
  if (FILES[page]) {
    var query = new URLSearchParams(location.search);
    var asked = query.get('lang');
    var remembered = null;
    try { remembered = w.localStorage.getItem(STORAGE_KEY); } catch (e) { /* blocked storage */ }
    var pageEmbed = page === 'embed' || page === 'embed-en';
    var pageLang = page === 'en' || page === 'embed-en' ? 'en' : 'zh';
    var lang = asked === 'zh' || asked === 'en' ? asked
      : pageLang === 'en' ? 'en'
      : remembered === 'en' ? 'en' : 'zh';
    var embed = pageEmbed || (query.has('embed') && query.get('embed') !== 'false' && query.get('embed') !== '0');
    var wanted = embed ? (lang === 'en' ? 'embed-en' : 'embed') : lang;
    if (wanted !== page) {
      query['delete']('lang');
      var search = query.toString();
      // Nothing of this page is shown while the browser goes to the other.
      root.style.visibility = 'hidden';
      location.replace((wanted === 'zh' ? './' : FILES[wanted]) + (search ? '?' + search : '') + location.hash);
      return;
    }
  }

  // 2. Taps before the app runs: kept in order, one per control (the last tap on it counts).
  var started = false;
  var ready = false;
  var kept = [];
  var status = null;
  var CONTROLS = '#app button, #app .chart-plot';

  function say(text) {
    if (!status && d.body) {
      status = d.createElement('p');
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      d.body.appendChild(status);
    }
    if (status) status.textContent = text;
  }

  function onTap(e) {
    if (ready) return;
    var control = e.target && e.target.closest ? e.target.closest(CONTROLS) : null;
    if (!control) return;
    e.preventDefault();
    e.stopPropagation();
    var box = control.getBoundingClientRect();
    kept = kept.filter(function (k) { return k.control !== control; });
    kept.push({ control: control, id: control.id, x: e.clientX - box.left, y: e.clientY - box.top });
    control.setAttribute('data-pending', '');
    control.setAttribute('aria-busy', 'true');
    var app = d.getElementById('app');
    // The status line is made empty first, so a screen reader hears the change.
    say('');
    setTimeout(function () { if (!ready) say(app ? app.getAttribute('data-starting') || '' : ''); }, 50);
    start();
  }

  function replay() {
    ready = true;
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
    // Words typed into the search box before the app ran are searched now.
    var inputs = d.querySelectorAll('#app input');
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].value) inputs[i].dispatchEvent(new Event('input', { bubbles: true }));
    }
    say('');
  }

  // 3. Starting the app: the same steps as trunk's own loader, from a file.
  function start() {
    if (started) return;
    started = true;
    var js = new URL(APP_JS, here).href;
    var wasm = new URL(APP_WASM, here).href;
    import(js).then(function (bindings) {
      return bindings['default']({ module_or_path: wasm }).then(function (instance) {
        w.wasmBindings = bindings;
        // The app has rendered in its start; its first effects run in the next tasks.
        setTimeout(replay, 0);
        w.dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
      });
    })['catch'](function (error) {
      // Taps stay pending; the page stays readable as it was prerendered.
      say('');
      throw error;
    });
  }

  d.addEventListener('click', onTap, true);
  ['pointerdown', 'touchstart', 'keydown', 'focusin'].forEach(function (type) {
    d.addEventListener(type, start, { capture: true, passive: true, once: true });
  });
  function whenIdle() {
    if (w.requestIdleCallback) w.requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }
  if (d.readyState === 'complete') whenIdle(); else w.addEventListener('load', whenIdle);
})(window, document);
