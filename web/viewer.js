// The source viewer: a modal dialog with one source's text and a mention highlighted in it. Escape or Close
// returns focus to the button that opened it.
import { h, safeHttpUrl, str } from './dom.js';
import { badge, formatDay, sourceName } from './render.js';

function viewerMeta(source, fact, mention) {
  const url = safeHttpUrl(source.url);
  return [
    source.title ? h('span', null, str(source.title), ' · ') : '',
    source.published ? `${formatDay(source.published)}${source.published_inferred ? ' (inferred)' : ''}` : 'No publication date',
    url ? h('span', null, ' · ', h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, 'Original article')) : '',
    h('br'), badge(fact.verdict), ` ${str(fact.label)}`,
    mention.rule ? h('span', { class: 'rule' }, h('br'), `Found by rule ${str(mention.rule)}`,
      mention.value && mention.value !== mention.text ? `; read as ${str(mention.value)}` : '') : '',
  ];
}

/** Builds the dialog (ids prefixed with `id`); returns {dialog, show(source, text, fact, mention, opener)}. */
export function sourceViewer(id) {
  const title = h('h2', { id: `${id}-dlg-title`, tabindex: '-1' });
  const meta = h('p', { class: 'meta' });
  const body = h('div', { class: 'source-text', tabindex: '0', role: 'document', 'aria-label': 'Source text' });
  const close = h('button', { type: 'button', class: 'close', part: 'close' }, h('span', { 'aria-hidden': 'true' }, '✕ '), 'Close');
  const dialog = h('dialog', { part: 'source-viewer', 'aria-labelledby': `${id}-dlg-title` },
    h('div', { class: 'dialog-head' }, title, close), meta, body);
  let returnFocus = null;
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => { if (returnFocus) returnFocus.focus(); });

  const show = (source, text, fact, mention, opener) => {
    const start = Math.max(0, Math.min(text.length, Number(mention.start) || 0));
    const end = Math.max(start, Math.min(text.length, Number(mention.end) || 0));
    const highlight = h('mark', { part: 'mark' }, text.slice(start, end));
    title.textContent = sourceName(source);
    meta.replaceChildren(...viewerMeta(source, fact, mention));
    body.replaceChildren(text.slice(0, start), highlight, text.slice(end));
    returnFocus = opener;
    if (!dialog.open) dialog.showModal();
    highlight.scrollIntoView({ block: 'center' });
    title.focus();
  };
  return { dialog, show };
}
