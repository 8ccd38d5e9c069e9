// The demo page: edit the story's sources, watch the live <fact-compare> element, copy the embed snippet,
// download the report. CSP-clean: no inline code or styles, DOM built with textContent only.
import './dist/fact-compare.js';

const $ = (id) => document.getElementById(id);
const widget = $('widget');
const list = $('sources');
const template = $('source-template');
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;
const FIELDS = ['outlet', 'published', 'title', 'url', 'text'];
let defaultStory = null;
let timer = 0;

/** Adds one source editor filled from a source object. */
function addEditor(source = {}, focus = false) {
  const item = template.content.firstElementChild.cloneNode(true);
  item.dataset.id = source.id || nextId();
  for (const name of FIELDS) item.querySelector(`[name=${name}]`).value = source[name] || '';
  item.querySelector('.remove').addEventListener('click', () => removeEditor(item));
  item.addEventListener('input', schedule);
  list.append(item);
  relabel();
  if (focus) item.querySelector('[name=outlet]').focus();
  return item;
}

function removeEditor(item) {
  const next = item.nextElementSibling || item.previousElementSibling;
  item.remove();
  relabel();
  (next ? next.querySelector('.remove') : $('add')).focus();
  say('Source removed.');
  schedule();
}

function nextId() {
  const used = new Set([...list.children].map((li) => li.dataset.id));
  let n = list.children.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

function relabel() {
  [...list.children].forEach((item, i) => {
    item.querySelector('legend').textContent = `Source ${i + 1} (${item.dataset.id})`;
  });
}

function say(text) {
  $('demo-status').textContent = text;
}

/** Reads the editors into an input object; invalid dates are left out and flagged next to their field. */
function collect() {
  const sources = [];
  for (const item of list.children) {
    const source = { id: item.dataset.id };
    for (const name of FIELDS) {
      const value = item.querySelector(`[name=${name}]`).value.trim();
      if (value) source[name] = name === 'text' ? item.querySelector('[name=text]').value : value;
    }
    const error = item.querySelector('.field-error');
    const badDate = source.published && !DATE.test(source.published);
    error.hidden = !badDate;
    error.textContent = badDate ? 'Date not used: write it as YYYY-MM-DD (optionally with THH:MM).' : '';
    if (badDate) delete source.published;
    if (source.text && source.text.trim()) sources.push(source);
  }
  return { sources };
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(() => { widget.sources = collect(); }, 400);
}

function loadStory(story) {
  list.replaceChildren();
  for (const source of story.sources || []) addEditor(source);
}

/** Parses an uploaded file into sources: a .json story or source, or a .txt that may open with "date YYYY-MM-DD". */
async function parseFile(file) {
  const text = await file.text();
  const stem = file.name.replace(/\.[^.]*$/, '').replace(/[^\w-]+/g, '-') || 'source';
  if (/\.json$/i.test(file.name) || file.type === 'application/json') {
    const data = JSON.parse(text);
    return Array.isArray(data.sources) ? data.sources : [data];
  }
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2}(?:T[\d:]+(?:Z|[+-]\d{2}:\d{2})?)?)\s*/.exec(text);
  return [{ id: stem, outlet: stem, published: m ? m[1] : '', text: m ? text.slice(m[0].length) : text }];
}

async function upload(event) {
  let added = 0;
  for (const file of event.target.files) {
    try {
      for (const source of await parseFile(file)) {
        const taken = [...list.children].some((li) => li.dataset.id === source.id);
        addEditor({ ...source, id: taken || !source.id ? undefined : String(source.id) });
        added++;
      }
    } catch (err) {
      say(`Could not read ${file.name}: ${err.message}`);
      event.target.value = '';
      return;
    }
  }
  event.target.value = '';
  say(`${added} source${added === 1 ? '' : 's'} added.`);
  schedule();
}

function snippet() {
  const attrs = [`src="/stories/my-story.json"`];
  if (widget.theme !== 'auto') attrs.push(`theme="${widget.theme}"`);
  if (widget.compact) attrs.push('compact');
  $('snippet').textContent = [
    '<script type="module" src="/assets/fact-compare/fact-compare.js"></script>',
    `<fact-compare ${attrs.join(' ')}></fact-compare>`,
  ].join('\n');
}

function download() {
  const blob = new Blob([JSON.stringify(widget.report, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'fact-compare-report.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function copy() {
  try {
    await navigator.clipboard.writeText($('snippet').textContent);
    $('copy-status').textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren($('snippet'));
    $('copy-status').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

widget.addEventListener('compared', () => {
  $('download').disabled = false;
  if (!defaultStory) {
    defaultStory = structuredClone(widget.sources);
    // Fill the editors after the first comparison has painted, so they never delay it.
    requestAnimationFrame(() => setTimeout(() => loadStory(defaultStory), 0));
  }
});
widget.addEventListener('error', (event) => say(`Comparison failed: ${event.detail.message}`));
$('add').addEventListener('click', () => addEditor({}, true));
$('upload').addEventListener('change', upload);
$('reset').addEventListener('click', () => {
  if (!defaultStory) return;
  loadStory(defaultStory);
  widget.sources = structuredClone(defaultStory);
  say('Example story restored.');
});
$('theme').addEventListener('change', (event) => { widget.theme = event.target.value; snippet(); });
$('compact').addEventListener('change', (event) => { widget.compact = event.target.checked; snippet(); });
$('download').addEventListener('click', download);
$('copy').addEventListener('click', copy);
snippet();
