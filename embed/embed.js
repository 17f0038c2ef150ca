/* Infographic host script: sizes each embedded infographic's iframe (see README). */
(function (w, d) {
  'use strict';
  if (w.beibeiInfographicEmbed) return;
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
  function mount(el) {
    var url;
    try { url = new URL(el.getAttribute('data-beibei-infographic'), location.href); } catch (e) { return; }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    var q = new URLSearchParams(el.getAttribute('data-query') || '');
    q.forEach(function (v, k) { url.searchParams.set(k, v); });
    // The embedded view's own prerendered page in that folder (embed.html, embed-en.html).
    var file = url.searchParams.get('lang') === 'en' ? 'embed-en.html' : 'embed.html';
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
    el.removeAttribute('data-beibei-infographic');
    el.appendChild(f);
    track(f);
  }
  function scan() {
    var els = d.querySelectorAll('[data-beibei-infographic]');
    for (var i = 0; i < els.length; i++) {
      if (els[i].tagName === 'IFRAME') track(els[i]); else mount(els[i]);
    }
  }
  w.addEventListener('message', function (e) {
    var m = e.data, h = m && m.height;
    if (!m || typeof m !== 'object' || m.type !== 'beibei-infographic:height') return;
    if (typeof h !== 'number' || !(h > 0 && h < 100000)) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && origin(f.src) === e.origin) f.style.height = Math.ceil(h) + 'px';
    }
  });
  w.beibeiInfographicEmbed = { scan: scan };
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan); else scan();
})(window, document);
