/* Infographic host script: sizes each embedded infographic's iframe (see README). */
(function (w, d) {
  'use strict';
  // The names of before (data-beibei-infographic, beibei-infographic:height) are still
  // accepted: snippets pasted on host pages before the rename keep working.
  // An older build's script (beibeiInfographicEmbed) on the same page does not stop this one:
  // it knows only the old names.
  if (w.infographicEmbed) return;
  var ATTRS = ['data-infographic', 'data-beibei-infographic'];
  var TYPES = ['infographic:height', 'beibei-infographic:height'];
  // The build writes the page's own short title here (src/prerender.rs, embed_script).
  var DEFAULT_TITLE = 'Infographic';
  var frames = [];
  function origin(src) {
    try { return new URL(src, location.href).origin; } catch (e) { return ''; }
  }
  function track(f) {
    if (frames.indexOf(f) < 0) frames.push(f);
    if (!f.title) f.title = DEFAULT_TITLE;
  }
  function attr(el) {
    for (var i = 0; i < ATTRS.length; i++) if (el.hasAttribute(ATTRS[i])) return ATTRS[i];
    return null;
  }
  function mount(el) {
    var url, name = attr(el);
    try { url = new URL(el.getAttribute(name), location.href); } catch (e) { return; }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    var q = new URLSearchParams(el.getAttribute('data-query') || '');
    q.forEach(function (v, k) { url.searchParams.set(k, v); });
    // The embedded view's own prerendered page in that folder (embed.html, embed-en.html), or
    // one piece's alone (`data-piece="figure-hospital-beds"`: figure-hospital-beds.html, or
    // .en.html); a piece named otherwise is not mounted.
    var en = url.searchParams.get('lang') === 'en';
    var piece = el.getAttribute('data-piece');
    if (piece !== null && !/^(figure|chart|section)-[a-z0-9-]{1,80}$/.test(piece)) return;
    var file = piece ? piece + (en ? '.en' : '') + '.html' : en ? 'embed-en.html' : 'embed.html';
    url.pathname = url.pathname.replace(/\/(index\.html)?$/, '/' + file);
    url.searchParams.set('embed', '');
    var f = d.createElement('iframe');
    f.src = url.href;
    f.title = el.getAttribute('data-title') || '';
    f.loading = 'lazy';
    f.setAttribute('scrolling', 'no');
    f.style.width = '100%';
    f.style.height = '600px';
    f.style.border = '0';
    f.style.display = 'block';
    el.removeAttribute(name);
    el.appendChild(f);
    track(f);
  }
  function scan() {
    var els = d.querySelectorAll('[' + ATTRS.join('],[') + ']');
    for (var i = 0; i < els.length; i++) {
      if (els[i].tagName === 'IFRAME') track(els[i]); else mount(els[i]);
    }
  }
  w.addEventListener('message', function (e) {
    var m = e.data, h = m && m.height;
    if (!m || typeof m !== 'object' || TYPES.indexOf(m.type) < 0) return;
    if (typeof h !== 'number' || !(h > 0 && h < 100000)) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && origin(f.src) === e.origin) f.style.height = Math.ceil(h) + 'px';
    }
  });
  w.infographicEmbed = w.beibeiInfographicEmbed = { scan: scan };
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan); else scan();
})(window, document);
