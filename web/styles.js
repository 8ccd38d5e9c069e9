// The shadow root's stylesheet, adopted as a constructable stylesheet so strict CSP (style-src 'self') allows it.
// Every colour and spacing is a --fc-* custom property a host page may override.

const LIGHT = `--fc-bg: #ffffff; --fc-fg: #1b1f24; --fc-muted: #57606a; --fc-border: #d0d7de; --fc-surface: #f6f8fa;
  --fc-accent: #0550ae; --fc-focus: #0969da; --fc-mark-bg: #fff3a3; --fc-mark-fg: #1b1f24;
  --fc-agree: #1a7f37; --fc-variant: #8a5a00; --fc-conflict: #cf222e; --fc-single: #57606a;
  --fc-ins-bg: #dafbe1; --fc-del-bg: #ffebe9;`;

/** CSS text of the element. */
export const CSS = `
:host {
  --fc-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --fc-mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  ${LIGHT} --fc-radius: 6px; --fc-gap: 0.75rem;
  display: block; color: var(--fc-fg); background: var(--fc-bg); font: 1rem/1.45 var(--fc-font);
  border: 1px solid var(--fc-border); border-radius: var(--fc-radius); padding: var(--fc-gap);
  min-width: 0; max-width: 100%; box-sizing: border-box; overflow-wrap: anywhere; color-scheme: light;
}
:host([hidden]) { display: none; }
:host([compact]) { --fc-gap: 0.4rem; font-size: 0.9rem; }
:host([compact]) .why, :host([compact]) .mentions { display: none; }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) {
    --fc-bg: #0d1117; --fc-fg: #e6edf3; --fc-muted: #9da7b3; --fc-border: #3d444d; --fc-surface: #161b22;
    --fc-accent: #79c0ff; --fc-focus: #58a6ff; --fc-mark-bg: #6e5a00; --fc-mark-fg: #ffffff;
    --fc-agree: #56d364; --fc-variant: #e3b341; --fc-conflict: #ff7b72; --fc-single: #9da7b3;
    --fc-ins-bg: #1f4d2b; --fc-del-bg: #5c1e1e; color-scheme: dark;
  }
}
:host([theme="dark"]) {
  --fc-bg: #0d1117; --fc-fg: #e6edf3; --fc-muted: #9da7b3; --fc-border: #3d444d; --fc-surface: #161b22;
  --fc-accent: #79c0ff; --fc-focus: #58a6ff; --fc-mark-bg: #6e5a00; --fc-mark-fg: #ffffff;
  --fc-agree: #56d364; --fc-variant: #e3b341; --fc-conflict: #ff7b72; --fc-single: #9da7b3;
  --fc-ins-bg: #1f4d2b; --fc-del-bg: #5c1e1e; color-scheme: dark;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:focus-visible { outline: 3px solid var(--fc-focus); outline-offset: 2px; }
button { font: inherit; color: inherit; cursor: pointer; }
h2, h3 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
a { color: var(--fc-accent); }
.bar { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-bottom: var(--fc-gap); }
.filter { display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.3rem 0.6rem; min-height: 2.25rem;
  border: 1px solid var(--fc-border); border-radius: 999px; background: var(--fc-surface); }
.filter[aria-pressed="true"] { border-color: currentColor; border-width: 2px; font-weight: 600; }
.filter .n { font-variant-numeric: tabular-nums; font-weight: 700; }
.v-agree { color: var(--fc-agree); } .v-variant { color: var(--fc-variant); }
.v-conflict { color: var(--fc-conflict); } .v-single { color: var(--fc-single); }
.badge { display: inline-flex; gap: 0.25rem; align-items: center; font-size: 0.8rem; font-weight: 700;
  padding: 0.05rem 0.45rem; border: 1px solid currentColor; border-radius: 999px; white-space: nowrap; }
.tabs { display: flex; flex-wrap: wrap; gap: 0.25rem; border-bottom: 1px solid var(--fc-border);
  margin-bottom: var(--fc-gap); }
.tab { background: none; border: 0; border-bottom: 3px solid transparent; padding: 0.4rem 0.6rem; min-height: 2.25rem; }
.tab[aria-selected="true"] { border-bottom-color: var(--fc-accent); font-weight: 700; }
.progress { display: flex; gap: 0.5rem; align-items: center; color: var(--fc-muted); margin-bottom: var(--fc-gap); }
.error { color: var(--fc-conflict); border: 1px solid currentColor; border-radius: var(--fc-radius);
  padding: 0.5rem; margin-bottom: var(--fc-gap); }
.empty, .meta, .why, .kind { color: var(--fc-muted); }
.why { font-size: 0.9rem; margin: 0.15rem 0 0; }
.facts { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--fc-gap); }
.fact { border: 1px solid var(--fc-border); border-left-width: 4px; border-radius: var(--fc-radius);
  padding: 0.5rem 0.6rem; background: var(--fc-bg); }
/* Long reports: the browser lays out only the cards near the viewport (short ones stay whole for screenshots). */
.lazy .facts > .fact, .lazy .timeline > li { content-visibility: auto; contain-intrinsic-size: auto 6rem; }
.fact[data-verdict="agree"] { border-left-color: var(--fc-agree); }
.fact[data-verdict="variant"] { border-left-color: var(--fc-variant); }
.fact[data-verdict="conflict"] { border-left-color: var(--fc-conflict); }
.fact[data-verdict="single"] { border-left-color: var(--fc-single); border-left-style: dashed; }
.fact-head { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: baseline; }
.label { font-weight: 600; }
.kind { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; }
.mentions { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0.35rem 0 0; padding: 0; list-style: none; }
.mention { background: var(--fc-surface); border: 1px solid var(--fc-border); border-radius: var(--fc-radius);
  padding: 0.15rem 0.45rem; text-align: start; min-height: 2rem; }
.mention .src { font-weight: 700; margin-inline-end: 0.3rem; }
.scroll { overflow-x: auto; max-width: 100%; position: relative; } /* contains the .sr spans too */
table { border-collapse: collapse; width: 100%; margin-bottom: var(--fc-gap); font-size: 0.9rem; }
caption { text-align: start; font-weight: 700; padding: 0.3rem 0; }
th, td { border: 1px solid var(--fc-border); padding: 0.3rem 0.4rem; vertical-align: top; text-align: start;
  min-width: 7rem; overflow-wrap: normal; hyphens: auto; }
th[scope="row"] { min-width: 9rem; }
thead th { background: var(--fc-surface); }
.value { display: block; font-size: 0.8rem; margin: 0.1rem 0 0.2rem; }
.col-date { display: block; font-weight: 400; font-size: 0.8rem; }
tr.fact { border-left-width: 4px; }
.none { color: var(--fc-muted); }
.variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); gap: 0.5rem; }
figure { margin: 0; }
blockquote { margin: 0; padding: 0.4rem 0.6rem; border-left: 3px solid var(--fc-border); background: var(--fc-surface); }
.who { font-size: 0.85rem; color: var(--fc-muted); display: block; margin-top: 0.25rem; }
.diff { margin: 0.5rem 0 0; font-size: 0.95rem; }
ins { background: var(--fc-ins-bg); text-decoration: underline; }
del { background: var(--fc-del-bg); text-decoration: line-through; }
.changes { font-weight: 800; outline: 2px dashed var(--fc-conflict); outline-offset: 1px; }
.flags { margin: 0.3rem 0 0; padding-inline-start: 1.2rem; font-size: 0.9rem; }
.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 2px solid var(--fc-border); display: grid; gap: var(--fc-gap); }
.timeline > li { position: relative; }
.timeline > li::before { content: ""; position: absolute; left: calc(-1rem - 6px); top: 0.6rem; width: 10px; height: 10px;
  border-radius: 50%; background: var(--fc-accent); }
.when { font-weight: 700; font-variant-numeric: tabular-nums; }
.published { color: var(--fc-muted); font-size: 0.9rem; }
dialog { color: var(--fc-fg); background: var(--fc-bg); border: 1px solid var(--fc-border); border-radius: var(--fc-radius);
  width: min(44rem, calc(100vw - 1rem)); max-height: calc(100vh - 2rem); padding: 0.75rem; }
dialog[open] { display: flex; flex-direction: column; gap: 0.25rem; } /* only the text scrolls */
dialog::backdrop { background: rgb(0 0 0 / 0.45); }
.dialog-head, dialog .meta { flex: none; }
.dialog-head { display: flex; gap: 0.5rem; justify-content: space-between; align-items: start; }
.close { border: 1px solid var(--fc-border); background: var(--fc-surface); border-radius: var(--fc-radius); min-height: 2.25rem; }
.rule { font-size: 0.85rem; }
.source-text { white-space: pre-wrap; font-size: 0.95rem; flex: 1 1 auto; min-height: 6rem; overflow: auto; padding: 0.5rem;
  border: 1px solid var(--fc-border); border-radius: var(--fc-radius); }
mark { background: var(--fc-mark-bg); color: var(--fc-mark-fg); outline: 2px solid var(--fc-variant); }
.hide { display: none !important; }
.warm { position: absolute; width: 1px; height: 1px; overflow: hidden; visibility: hidden; pointer-events: none; }
@media (max-width: 30rem) { th, td { padding: 0.2rem; } .tab { padding: 0.3rem 0.4rem; } }
@media print {
  :host, :host([theme]), :host(:not([theme="light"])) { ${LIGHT} --fc-fg: #000; color-scheme: light;
    border: 0; padding: 0; color: #000; background: #fff; }
  .tabs, .progress, dialog { display: none !important; }
  .fact, tr { break-inside: avoid; }
  .lazy .facts > .fact, .lazy .timeline > li { content-visibility: visible; }
  .mention { border: 0; background: none; padding: 0; }
  .scroll { overflow: visible; }
}
`;
