// Long views are built in slices: the first items of each list at once, the rest between frames, so the first
// facts of a big report paint without waiting for tens of thousands of nodes and the page stays responsive.
import { append } from './dom.js';

const FIRST_ITEMS = 60; // per list, built with the view (of a longer list, only those built within FIRST_MS)
const FIRST_MS = 30;
const MIN_ITEMS = 3; // of a longer list, built with the view in any case
const SLICE_MS = 40; // work per frame for the rest: the page stays usable, and few frames lay out the growing list

/** Calls fn after the next frame was painted, or after 100 ms when the page gets no frames (hidden tab). */
function afterPaint(fn) {
  let fired = false;
  const once = () => {
    if (fired) return;
    fired = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

/** The deferred parts of one rendering of a view; a newer rendering cancels an older one. */
export class Chunks {
  constructor() {
    this.jobs = []; // functions that append some items and return true once their list is complete
    this.cancelled = false;
    this.complete = false;
    this.deadline = performance.now() + FIRST_MS; // for the part built with the view
  }

  /** Appends build(item) to parent for every item: a list of up to FIRST_ITEMS at once, a longer one in slices. */
  fill(parent, items, build) {
    const long = items.length > FIRST_ITEMS;
    const first = () => !long || next < MIN_ITEMS || performance.now() < this.deadline;
    let next = 0;
    const now = [];
    while (next < items.length && next < FIRST_ITEMS && first()) now.push(build(items[next++]));
    append(parent, now);
    if (next < items.length) {
      this.jobs.push(() => {
        parent.append(build(items[next]));
        next += 1;
        return next >= items.length;
      });
    }
    return parent;
  }

  /** Runs the deferred parts slice by slice and calls onDone after the last one; complete at once if none. */
  run(onDone) {
    if (!this.jobs.length) this.complete = true;
    else afterPaint(() => this.step(onDone));
  }

  step(onDone) {
    if (this.cancelled) return;
    const stop = document.hidden ? Infinity : performance.now() + SLICE_MS;
    while (this.jobs.length && performance.now() < stop) if (this.jobs[0]()) this.jobs.shift();
    if (this.jobs.length) {
      afterPaint(() => this.step(onDone));
      return;
    }
    this.complete = true;
    onDone();
  }

  cancel() {
    this.cancelled = true;
  }
}
