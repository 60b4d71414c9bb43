// Lays out the diagram interchange (BPMNDI) of processes/*.bpmn and leaves everything else in the files
// byte for byte: the process, its ids, names and attributes are only read.
//
//   cd src/lint && npm run layout          (all diagrams; or: node layout-diagrams.mjs ../../processes/x.bpmn)
//   npm run render                         (then the pictures in docs/diagrams)
//
// Every task is sized for its name; the happy path (the longest path from a start to an end event that
// closes no loop) runs on one line from left to right; branches, boundary paths and loops go to lanes
// above and below it; expanded sub-processes are laid out the same way inside, then sized around what
// they hold; every flow is routed orthogonally from the border of its source to the border of its target.
// The result depends on the BPMN files only: text is measured with the table below, not with the fonts
// of the machine. DiagramLayoutTest checks the outcome.
import { BpmnModdle } from 'bpmn-moddle';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Advance widths in 1/1000 em of the characters ' ' to '~' in Arial (Liberation Sans has the same
// metrics) and in DejaVu Sans (what a JVM without Arial measures with). Text is laid out in both and the
// wider outcome counts, so that a shape sized here passes DiagramLayoutTest with either font.
const FONTS = {
  arial: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584],
  dejavu: [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838]
};

/** Same margin as DiagramLayoutTest: fonts and their rendering differ a little. */
const WIDTH_MARGIN = 1.05;
/** Labels inside shapes: bpmn-js pads them 7px on each side; 12px text on 14.4px lines, checked at 15px. */
const TASK_PADDING = 14;
const LINE = 15;
/** External labels (events, gateways, flows): 11px on 13.2px lines, wrapped at 90px. */
const EXTERNAL_SIZE = 11;
const EXTERNAL_LINE = 13.2;
const EXTERNAL_WIDTH = 90;

const GAP_X = 50;          // flow length between two shapes on a line
const GAP_Y = 34;          // between the reach of two lanes
const SPAN_MARGIN = 24;    // between two things in the same lane
const BOUNDARY_RUN = 44;   // from a boundary event to the shape its path starts with
const SUB_PAD_X = 30;
const SUB_PAD_BOTTOM = 24;
const TASK_WIDTHS = [100, 120, 140, 160, 180, 200, 220, 240, 260];
const TASK_HEIGHTS = [80, 100, 120, 140];

/** A measure of text in one font at one size, in px, with a margin. */
function measure(font, size, margin) {
  const table = FONTS[font];
  return text => {
    let units = 0;
    for (const c of text) {
      const code = c.charCodeAt(0);
      units += code >= 32 && code < 127 ? table[code - 32] : code >= 0x2e80 ? 1000 : table['M'.charCodeAt(0) - 32];
    }
    return units * size / 1000 * margin;
  };
}

/** Lines of a greedy wrap at spaces; a word wider than the line is cut between characters. */
function greedyLines(text, max, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? line + ' ' + word : word;
    if (width(candidate) <= max) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
    }
    line = word;
    while (width(line) > max && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && width(line.slice(0, cut)) > max) {
        cut--;
      }
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) {
    lines.push(line);
  }
  return { lines, cut: false };
}

/**
 * Lines as bpmn-js breaks them: it guesses how many characters fit from the average width of the line,
 * keeps the words and hyphenated parts that fit in that many characters and guesses again while the
 * result is too wide. A part it cannot keep (a line that starts with a hyphen, say) makes it cut the
 * line between two characters, in the middle of a word: `cut` tells.
 */
function viewerLines(text, max, width) {
  const lines = [];
  let cut = false;
  let rest = text.trim();
  while (rest) {
    let line = rest;
    while (line.length >= 2 && width(line) > max) {
      const fit = Math.max(line.length * max / width(line), 1);
      let kept = '';
      const parts = line.split(/(\s|-)/);
      for (let i = 0; i < parts.length && parts.length > 1; i++) {
        const part = parts[i];
        if (!part) {
          break;
        }
        if (kept.length + part.length >= fit) {
          if (part === '-') {
            kept = kept.slice(0, kept.length - (parts[i - 1] || '').length);
          }
          break;
        }
        kept += part;
      }
      if (!kept) {
        kept = line.slice(0, Math.max(Math.round(fit - 1), 1));
        cut = true;
      }
      line = kept;
    }
    lines.push(line);
    rest = rest.slice(line.length).trim();
  }
  return { lines, cut };
}

/**
 * The most lines the text may take: wrapped greedily in either font (as DiagramLayoutTest estimates) and
 * as bpmn-js breaks it in Arial. `cut` when bpmn-js would cut a word in two, `awkward` when it would
 * break a line after a hyphen ("PM-" / "32") or start one with it ("${reportYear" / "- 1}"); `shown` is
 * the number of lines bpmn-js shows, `first` the width of the first.
 */
function wrap(text, max, size) {
  const arial = measure('arial', size, WIDTH_MARGIN);
  const layouts = [
    greedyLines(text, max, arial),
    greedyLines(text, max, measure('dejavu', size, WIDTH_MARGIN)),
    viewerLines(text, max, arial)
  ];
  const exact = viewerLines(text, max, measure('arial', size, 1));
  const lines = [exact, ...layouts].reduce((p, q) => q.lines.length > p.lines.length ? q : p).lines;
  return {
    lines,
    cut: exact.cut,
    awkward: exact.lines.slice(0, -1).some(l => l.endsWith('-')) || exact.lines.some(l => l.startsWith('-')),
    first: exact.lines.length ? arial(exact.lines[0]) : 0,
    shown: exact.lines.length
  };
}

/** Shapes by preference: wider before higher, so that the tasks on a line tend to share their height. */
const SIZES = TASK_WIDTHS.flatMap(w => TASK_HEIGHTS.filter(h => h <= w).map(h => ({ w, h })))
    .sort((p, q) => p.w + 3 * p.h - (q.w + 3 * q.h) || p.h - q.h);

/**
 * The smallest shape that holds the name in at most four lines with 10px to spare above and below, keeps
 * it clear of the type icon in the top left corner, of a marker and of boundary events at the bottom, and
 * breaks no word (else, if there is none, breaks no word in the middle; else the smallest that holds it).
 */
function activitySize(element, boundaries) {
  const icon = !is(element, 'bpmn:CallActivity') && !is(element, 'bpmn:SubProcess') && element.$type !== 'bpmn:Task';
  const marker = is(element, 'bpmn:CallActivity') || element.loopCharacteristics;
  const bottom = boundaries ? 22 : marker ? 20 : 10;
  const holds = ({ w, h }) => {
    const layout = wrap(element.name || '', w - TASK_PADDING, 12);
    const text = layout.lines.length * LINE;
    const fits = layout.lines.length <= 4 && text <= h - 2 * bottom
        && !(icon && (h - layout.shown * 14.4) / 2 < 24 && layout.first > w - 52);
    return fits && { cut: layout.cut, awkward: layout.awkward };
  };
  for (const acceptable of [r => !r.cut && !r.awkward, r => !r.cut, () => true]) {
    const size = SIZES.find(size => {
      const result = holds(size);
      return result && acceptable(result);
    });
    if (size) {
      return size;
    }
  }
  throw new Error(`no shape is big enough for "${element.name}"`);
}

/**
 * The bounds of an external label, wrapped at spaces as bpmn-js first tries to wrap it: as wide as its
 * widest line, so that bpmn-js breaks it there too and not after a hyphen.
 */
function externalLabel(text) {
  const arial = measure('arial', EXTERNAL_SIZE, WIDTH_MARGIN);
  const { lines } = greedyLines(text, EXTERNAL_WIDTH, arial);
  return { w: Math.ceil(Math.max(0, ...lines.map(arial))) + 2, h: Math.ceil(lines.length * EXTERNAL_LINE) };
}

// ---- the graph of one container (a process or an expanded sub-process) ----

const is = (element, type) => element.$instanceOf(type);
const isEvent = e => is(e, 'bpmn:Event');
const isGateway = e => is(e, 'bpmn:Gateway');
const isBoundary = e => is(e, 'bpmn:BoundaryEvent');

class Node {
  constructor(element) {
    this.element = element;
    this.id = element.id;
    this.x = 0;
    this.y = 0;
    this.boundaries = [];
  }
  get cx() { return this.x + this.w / 2; }
  get cy() { return this.y + this.h / 2; }
  get right() { return this.x + this.w; }
  get bottom() { return this.y + this.h; }
}

function sizeNode(node, expanded, hosts, layoutSub) {
  const e = node.element;
  if (isEvent(e)) {
    node.w = node.h = 36;
  } else if (isGateway(e)) {
    node.w = node.h = 50;
  } else if (is(e, 'bpmn:SubProcess') && expanded.has(e.id)) {
    node.block = layoutSub(e);
    node.w = node.block.w;
    node.h = node.block.h;
  } else {
    const size = activitySize(e, hosts.has(e.id));
    node.w = size.w;
    node.h = size.h;
  }
  if ((isEvent(e) || isGateway(e)) && e.name) {
    node.label = externalLabel(e.name);
  }
}

class Lane {
  constructor() {
    this.spans = [];           // what the lane holds, from x to x
    this.tracks = [];          // the paths (or loop corridors) in it, each with its own row
    this.passes = [];          // where vertical runs cross it
  }
  free(a, b) {
    return this.spans.every(([s, e]) => e + SPAN_MARGIN <= a || b + SPAN_MARGIN <= s);
  }
}

function layoutContainer(container, expanded) {
  return new ContainerLayout(container, expanded).run();
}

/** The layout of what one process or expanded sub-process holds directly, in steps. */
class ContainerLayout {
  constructor(container, expanded) {
    this.container = container;
    const all = container.flowElements || [];
    this.flows = all.filter(e => is(e, 'bpmn:SequenceFlow'));
    const elements = all.filter(e => is(e, 'bpmn:FlowNode'));
    const hosts = new Set(elements.filter(isBoundary).map(e => e.attachedToRef.id));
    this.nodes = new Map();
    for (const e of elements) {
      const node = new Node(e);
      sizeNode(node, expanded, hosts, sub => layoutContainer(sub, expanded));
      this.nodes.set(e.id, node);
    }
    this.boundaries = elements.filter(isBoundary).map(e => this.nodes.get(e.id));
    for (const b of this.boundaries) {
      b.host = this.nodes.get(b.element.attachedToRef.id);
      b.host.boundaries.push(b);
    }
    this.main = elements.filter(e => !isBoundary(e)).map(e => this.nodes.get(e.id));
  }

  run() {
    this.findLoops();
    this.findHappyPath();
    this.placeColumns();
    this.placeLanes();
    this.placeCorridors();
    this.placeRows();
    this.routeFlows();
    this.placeLabels();
    return assemble([...this.nodes.values()], this.edges, this.labels, this.container);
  }

  out(n) { return (n.element.outgoing || []).filter(f => this.flows.includes(f)); }
  target(f) { return this.nodes.get(f.targetRef.id); }
  source(f) { return this.nodes.get(f.sourceRef.id); }
  forward(n) { return this.out(n).filter(f => !this.back.has(f)); }

  /** Loops: a flow back to a node on the current path of a depth-first walk from the start events. */
  findLoops() {
    this.back = new Set();
    const state = new Map();
    const visit = n => {
      state.set(n, 'open');
      const next = [...this.out(n).map(f => [f, this.target(f)]), ...n.boundaries.map(b => [null, b])];
      for (const [f, m] of next) {
        if (state.get(m) === 'open') {
          this.back.add(f);
        } else if (!state.has(m)) {
          visit(m);
        }
      }
      state.set(n, 'done');
    };
    this.starts = this.main.filter(n => is(n.element, 'bpmn:StartEvent'));
    this.roots = [...this.starts,
      ...this.main.filter(n => !this.starts.includes(n) && !this.flows.some(f => this.target(f) === n))];
    this.roots.forEach(n => state.has(n) || visit(n));
    this.main.forEach(n => state.has(n) || visit(n));
  }

  /** The longest way on to an end event (-Infinity for none) and to any node without a way on. */
  best(n) {
    this.memo = this.memo || new Map();
    if (!this.memo.has(n)) {
      let end = is(n.element, 'bpmn:EndEvent') ? 1 : -Infinity;
      let any = 1;
      for (const f of this.forward(n)) {
        const [e, a] = this.best(this.target(f));
        end = Math.max(end, e + 1);
        any = Math.max(any, a + 1);
      }
      this.memo.set(n, [end, any]);
    }
    return this.memo.get(n);
  }

  /** Of the nodes a node leads to (loops left out) that `free` accepts, the one with the longest way on. */
  pickNext(n, free) {
    let chosen = null;
    for (const f of this.forward(n)) {
      const m = this.target(f);
      if (free(m) && (!chosen || better(this.best(m), this.best(chosen)))) {
        chosen = m;
      }
    }
    return chosen;
  }

  /** The longest way from a start to an end event; among equals the first in the order of the flows. */
  findHappyPath() {
    let first = null;
    for (const n of (this.starts.length ? this.starts : this.roots)) {
      if (!first || better(this.best(n), this.best(first))) {
        first = n;
      }
    }
    this.happy = [];
    for (let n = first; n; n = this.pickNext(n, m => !this.happy.includes(m))) {
      this.happy.push(n);
    }
  }

  /** Columns: a node comes after everything that leads to it (loops left out). */
  placeColumns() {
    this.preds = new Map(this.main.map(n => [n, []]));
    for (const f of this.flows.filter(f => !this.back.has(f))) {
      this.preds.get(this.target(f)).push(f);
    }
    const done = new Set();
    const place = n => {
      if (done.has(n)) {
        return;
      }
      done.add(n);
      let x = 0;
      const merges = this.preds.get(n).length > 1 && isGateway(n.element) && !this.happy.includes(n);
      for (const f of this.preds.get(n)) {
        const s = this.source(f);
        if (isBoundary(s.element)) {
          place(s.host);
          x = Math.max(x, boundaryCx(s) + 18 + BOUNDARY_RUN);
        } else {
          place(s);
          // a merge off the line may stand right above or below a gateway that leads to it
          x = Math.max(x, merges && isGateway(s.element) ? s.cx - n.w / 2 : s.right + flowGap(f, n));
        }
      }
      n.x = x;
    };
    this.main.forEach(place);
    for (const b of this.boundaries) {
      b.x = boundaryCx(b) - 18;
    }
  }

  placed(n) {
    return this.laneOf.has(n) || (isBoundary(n.element) && this.laneOf.has(n.host));
  }

  idx(lane) {
    return this.lanes.indexOf(lane);
  }

  /** The lanes a vertical run from lane `from` crosses to reach the lane at index `to`, or the gap before it. */
  passed(from, to, gap) {
    const i = this.idx(from);
    return i < to ? this.lanes.slice(i + 1, to) : this.lanes.slice(gap ? to : to + 1, i);
  }

  addTrack(lane, track, runs) {
    lane.spans.push([track.a, track.b]);
    lane.tracks.push(track);
    for (const run of runs) {
      this.runs.push({ x: run.x, a: run.lane, b: lane });
      this.passed(run.lane, this.idx(lane), false).forEach(l => l.passes.push(run.x));
    }
  }

  /**
   * The lane for something spanning a..b that connects to the lanes `ends` by the vertical `runs`: an
   * existing lane with room or a new one, whichever is nearest and makes the fewest crossings (a run
   * through a shape costs most).
   */
  chooseLane({ ends, sides, preferred, a, b, runs, corridor }) {
    const lo = Math.min(...ends.map(l => this.idx(l))), hi = Math.max(...ends.map(l => this.idx(l)));
    const crossing = corridor ? 1.5 : 10;
    const blocked = (to, gap) => runs.reduce((sum, r) =>
        sum + this.passed(r.lane, to, gap).filter(l => !l.free(r.x - 1, r.x + 1)).length, 0);
    let best = null;
    const offer = (side, distance, cost, take) => {
      const total = distance + cost - (side === preferred ? 0.25 : 0);
      if (sides.includes(side) && (!best || total < best.total)) {
        best = { total, take };
      }
    };
    this.lanes.forEach((lane, k) => {
      if ((!corridor && ends.includes(lane)) || !lane.free(a, b)) {
        return;
      }
      const side = k < lo ? 'up' : k > hi ? 'down' : 'between';
      const distance = side === 'up' ? lo - k : side === 'down' ? k - hi : 0;
      const crossed = lane.passes.filter(x => x >= a - 1 && x <= b + 1).length;
      offer(side, distance, 10 * blocked(k, false) + crossing * crossed, () => lane);
    });
    for (let g = 0; g <= this.lanes.length; g++) {
      const side = g <= lo ? 'up' : g > hi ? 'down' : 'between';
      const distance = side === 'up' ? lo - g + 1 : side === 'down' ? g - hi : 0;
      const crossed = this.runs.filter(r => {
        const [p, q] = [this.idx(r.a), this.idx(r.b)].sort((u, v) => u - v);
        return p < g && q >= g && r.x >= a - 1 && r.x <= b + 1;
      }).length;
      offer(side, distance, 2.5 + 10 * blocked(g, true) + crossing * crossed, () => {
        const lane = new Lane();
        this.lanes.splice(g, 0, lane);
        return lane;
      });
    }
    return best.take();
  }

  /**
   * Lanes: the happy path in one; then, nearest first, each further path (boundary paths before
   * branches) in a lane above or below, as near as it has room and its runs cross nothing.
   */
  placeLanes() {
    this.line = new Lane();
    this.lanes = [this.line];
    this.laneOf = new Map();
    this.trackOf = new Map();
    this.runs = [];
    for (const n of this.happy) {
      const [a, b] = spanOf(n);
      this.put(this.line, { a, b, nodes: [n] }, []);
    }
    const branches = new Map();
    for (let next = this.nextPath(); next; next = this.nextPath()) {
      const { from, chain } = next;
      const { a, b, runs } = this.reach(chain);
      const base = from ? this.laneOf.get(isBoundary(from.element) ? from.host : from) : this.line;
      let lane;
      if (from && isBoundary(from.element)) {
        lane = this.chooseLane({ ends: [base], sides: ['down'], preferred: 'down', a, b, runs });
      } else {
        // loops above; other branches of a gateway below, above, below...
        let preferred = 'up';
        if (from && !chain.some(n => this.out(n).some(f => this.back.has(f)))) {
          const count = branches.get(from) || 0;
          branches.set(from, count + 1);
          preferred = count % 2 === 0 ? 'down' : 'up';
        }
        lane = this.chooseLane({ ends: [base], sides: ['up', 'down'], preferred, a, b, runs });
      }
      this.put(lane, { a, b, nodes: chain }, runs);
    }
  }

  put(lane, track, runs) {
    this.addTrack(lane, track, runs);
    for (const n of track.nodes) {
      this.laneOf.set(n, lane);
      this.trackOf.set(n, track);
    }
  }

  /** The next path to place, from the leftmost placed node that leads to unplaced ones, and where it comes from. */
  nextPath() {
    const candidates = [];
    for (const b of this.boundaries.filter(b => this.laneOf.has(b.host))) {
      for (const f of this.out(b).filter(f => !this.placed(this.target(f)))) {
        candidates.push({ rank: 0, x: b.cx, from: b, start: this.target(f) });
      }
    }
    for (const n of this.main.filter(n => this.laneOf.has(n))) {
      for (const f of this.forward(n).filter(f => !this.placed(this.target(f)))) {
        candidates.push({ rank: 1, x: n.cx, from: n, start: this.target(f) });
      }
    }
    for (const n of this.main.filter(n => !this.placed(n))) {
      candidates.push({ rank: 2, x: n.x, from: null, start: n });
    }
    if (!candidates.length) {
      return null;
    }
    candidates.sort((p, q) => p.rank - q.rank || p.x - q.x);
    const { from, start } = candidates[0];
    const chain = [];
    for (let n = start; n; n = this.pickNext(n, m => !this.placed(m) && !chain.includes(m))) {
      chain.push(n);
    }
    return { from, chain };
  }

  /** What a path's lane must hold: the path, and the runs into it and out of it to placed nodes. */
  reach(chain) {
    let a = Math.min(...chain.map(n => spanOf(n)[0]));
    let b = Math.max(...chain.map(n => spanOf(n)[1]));
    const runs = [];
    for (const n of chain) {
      for (const f of this.preds.get(n)) {
        const s = this.source(f);
        if (!chain.includes(s) && this.placed(s)) {
          const x = verticalX(s, n);
          a = Math.min(a, x);
          runs.push({ x, lane: this.laneOf.get(isBoundary(s.element) ? s.host : s) });
        }
      }
      for (const f of this.forward(n)) {
        const t = this.target(f);
        if (!chain.includes(t) && this.placed(t)) {
          const x = verticalX(n, t);
          b = Math.max(b, x);
          runs.push({ x, lane: this.laneOf.get(t) });
        }
      }
    }
    return { a, b, runs };
  }

  /** A loop runs from its source up or down to a corridor, along it and down or up to its target. */
  placeCorridors() {
    this.corridors = new Map();
    const loops = this.flows.filter(f => this.back.has(f)).sort((p, q) => this.source(p).cx - this.source(q).cx);
    for (const f of loops) {
      const s = this.source(f), t = this.target(f);
      const ls = this.laneOf.get(s), lt = this.laneOf.get(t);
      const below = l => this.idx(l) > this.idx(this.line);
      const down = below(ls) || (ls === this.line && below(lt));
      const runs = [{ x: s.cx, lane: ls }, { x: t.cx, lane: lt }];
      const lane = this.chooseLane({ ends: [ls, lt], sides: ['up', 'down', 'between'],
        preferred: down ? 'down' : 'up', a: t.cx, b: s.cx, runs, corridor: true });
      const track = { a: t.cx, b: s.cx, nodes: [] };
      this.addTrack(lane, track, runs);
      this.corridors.set(f, track);
    }
  }

  /** Rows: each track as near the line as the tracks it overlaps in the lanes nearer the line allow. */
  placeRows() {
    for (const track of this.lanes.flatMap(l => l.tracks)) {
      track.up = track.down = 0;
      for (const n of track.nodes) {
        const labelled = n.label ? n.label.h + 6 : 0;
        track.up = Math.max(track.up, n.h / 2 + (isGateway(n.element) ? labelled : 0));
        track.down = Math.max(track.down, n.h / 2 + labelled);
        for (const b of n.boundaries) {
          track.down = Math.max(track.down, n.h / 2 + 18 + (b.label ? b.label.h + 6 : 0));
        }
      }
    }
    this.line.tracks.forEach(t => { t.y = 0; });
    const near = (p, q) => p.a < q.b + SPAN_MARGIN / 2 && q.a < p.b + SPAN_MARGIN / 2;
    const l0 = this.idx(this.line);
    for (const dir of [1, -1]) {
      for (let i = l0 + dir; i >= 0 && i < this.lanes.length; i += dir) {
        for (const track of this.lanes[i].tracks) {
          let y = null;
          for (let j = l0; j !== i; j += dir) {
            for (const other of this.lanes[j].tracks.filter(o => near(o, track))) {
              const next = dir > 0 ? other.y + other.down + GAP_Y + track.up : other.y - other.up - GAP_Y - track.down;
              y = y === null ? next : (dir > 0 ? Math.max(y, next) : Math.min(y, next));
            }
          }
          track.y = y !== null ? y : dir * (Math.max(...this.line.tracks.map(t => dir > 0 ? t.down : t.up))
              + GAP_Y + (dir > 0 ? track.up : track.down));
        }
      }
    }
    for (const n of this.main) {
      n.y = this.trackOf.get(n).y - n.h / 2;
    }
    for (const b of this.boundaries) {
      b.y = b.host.bottom - 18;
    }
  }

  /**
   * Flows: straight along a row; out of a gateway or boundary event vertically, then into the target's
   * left side; else out of the source's right side, then vertically into the target; loops by their corridor.
   */
  routeFlows() {
    this.edges = new Map();
    for (const f of this.flows) {
      const s = this.source(f), t = this.target(f);
      const up = t.cy < s.cy;
      let points;
      if (this.corridors.has(f)) {
        const y = this.corridors.get(f).y;
        points = [dock(s, y < s.cy ? 'top' : 'bottom'), { x: s.cx, y }, { x: t.cx, y },
          dock(t, y < t.cy ? 'top' : 'bottom')];
      } else if (isBoundary(s.element)) {
        points = [dock(s, 'bottom'), { x: s.cx, y: t.cy }, dock(t, 'left')];
      } else if (s.cy === t.cy) {
        points = [dock(s, 'right'), dock(t, 'left')];
      } else if (isGateway(s.element) && t.cx === s.cx) {
        points = [dock(s, up ? 'top' : 'bottom'), dock(t, up ? 'bottom' : 'top')];
      } else if (isGateway(s.element)) {
        points = [dock(s, up ? 'top' : 'bottom'), { x: s.cx, y: t.cy }, dock(t, 'left')];
      } else {
        points = [dock(s, 'right'), { x: t.cx, y: s.cy }, dock(t, up ? 'bottom' : 'top')];
      }
      this.edges.set(f.id, points);
    }
  }

  /** Labels of flows, then of events and gateways, each where it covers no shape, flow or other label. */
  placeLabels() {
    const shapes = [...this.nodes.values()];
    const taken = [];
    const segments = [...this.edges.values()].flatMap(p => p.slice(1).map((q, i) => [p[i], q]));
    const fits = r => !taken.some(o => overlaps(r, o))
        && !segments.some(([p, q]) => segmentHits(p, q, r))
        && !shapes.some(n => overlaps(r, n));
    this.labels = new Map();
    const place = (id, candidates) => {
      const r = candidates.find(fits) || candidates[0];
      this.labels.set(id, r);
      taken.push(r);
    };
    for (const f of this.flows.filter(f => f.name)) {
      place(f.id, flowLabelCandidates(this.edges.get(f.id), externalLabel(f.name)));
    }
    for (const n of shapes.filter(n => n.label)) {
      place(n.id, nodeLabelCandidates(n));
    }
  }
}

function better(a, b) {
  return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

function boundaryCx(b) {
  const host = b.host;
  const i = host.boundaries.indexOf(b);
  return host.x + Math.round(host.w * (i + 1) / (host.boundaries.length + 1));
}

/** A flow's length on a line: room for its name, and before a gateway room for the gateway's label on its left. */
function flowGap(f, target) {
  let gap = GAP_X;
  if (f.name) {
    gap = Math.max(gap, Math.ceil(externalLabel(f.name).w) + 30);
  }
  if (isGateway(target.element) && target.label) {
    gap = Math.max(gap, target.label.w - 9);
  }
  return gap;
}

/** Where a flow between two lanes runs vertically: out of a gateway or boundary event, else into the target. */
function verticalX(s, t) {
  return isGateway(s.element) || isBoundary(s.element) ? s.cx : t.cx;
}

function spanOf(n) {
  let a = n.x, b = n.right;
  if (n.label) {
    a = Math.min(a, n.cx - n.label.w / 2);
    b = Math.max(b, n.cx + n.label.w / 2);
  }
  for (const bd of n.boundaries) {
    if (bd.label) {
      a = Math.min(a, boundaryCx(bd) - bd.label.w - 6);
      b = Math.max(b, boundaryCx(bd) + bd.label.w + 6);
    }
  }
  return [a, b];
}

function dock(n, side) {
  switch (side) {
    case 'top': return { x: n.cx, y: n.y };
    case 'bottom': return { x: n.cx, y: n.bottom };
    case 'left': return { x: n.x, y: n.cy };
    default: return { x: n.right, y: n.cy };
  }
}

function overlaps(r, o) {
  return r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h;
}

function segmentHits(p, q, r) {
  const box = {
    x: Math.min(p.x, q.x) - 2, y: Math.min(p.y, q.y) - 2,
    w: Math.abs(p.x - q.x) + 4, h: Math.abs(p.y - q.y) + 4
  };
  return overlaps(box, r);
}

function flowLabelCandidates(points, size) {
  const result = [];
  const [p, q] = points;
  const at = (x, y) => ({ x: Math.round(x), y: Math.round(y), w: size.w, h: size.h });
  if (p.x === q.x) {
    const dir = q.y > p.y ? 1 : -1;
    for (const step of [6, 20, 34]) {
      const y = dir > 0 ? p.y + step : p.y - step - size.h;
      result.push(at(p.x + 6, y), at(p.x - 6 - size.w, y));
    }
    if (points.length > 2) {
      const r = points[2];
      const dx = r.x > q.x ? 1 : -1;
      const x = dx > 0 ? q.x + 10 : q.x - 10 - size.w;
      result.push(at(x, q.y - 4 - size.h), at(x, q.y + 4));
    }
  } else {
    const dx = q.x > p.x ? 1 : -1;
    for (const step of [6, 20]) {
      const x = dx > 0 ? p.x + step : p.x - step - size.w;
      result.push(at(x, p.y - 4 - size.h), at(x, p.y + 4));
    }
  }
  return result;
}

function nodeLabelCandidates(n) {
  const { w, h } = n.label;
  const at = (x, y) => ({ x: Math.round(x), y: Math.round(y), w, h });
  const below = n.bottom + 5, above = n.y - 5 - h;
  const centred = n.cx - w / 2;
  const left = n.cx - 6 - w, right = n.cx + 6;
  if (isBoundary(n.element)) {
    return [at(left, below), at(right, below), at(n.x - 4 - w, n.y - h), at(n.right + 4, below)];
  }
  const result = [at(centred, below), at(centred, above)];
  for (const step of [0, 16, 32]) {
    result.push(at(left, above - step), at(left, below + step), at(right, above - step), at(right, below + step));
  }
  result.push(at(n.right + 4, below), at(n.x - 4 - w, below));
  return result;
}

/** Moves what one container holds so that its content starts at (0, 0) and measures the whole. */
function assemble(shapes, edges, labels, container) {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  const grow = (x, y, w = 0, h = 0) => {
    x1 = Math.min(x1, x); y1 = Math.min(y1, y);
    x2 = Math.max(x2, x + w); y2 = Math.max(y2, y + h);
  };
  shapes.forEach(n => grow(n.x, n.y, n.w, n.h));
  [...edges.values()].flat().forEach(p => grow(p.x, p.y));
  [...labels.values()].forEach(r => grow(r.x, r.y, r.w, r.h));
  const block = { shapes: new Map(), edges: new Map(), labels: new Map() };
  const put = (id, x, y, w, h) => block.shapes.set(id, { x, y, w, h });
  const dx = -x1, dy = -y1;
  const move = (ox, oy) => ({
    shape: s => ({ ...s, x: s.x + ox, y: s.y + oy }),
    point: p => ({ x: p.x + ox, y: p.y + oy })
  });
  const m = move(dx, dy);
  for (const n of shapes) {
    put(n.id, n.x + dx, n.y + dy, n.w, n.h);
    if (n.block) {
      // the inner content, inside the frame of the sub-process
      const inner = move(n.x + dx + n.block.padLeft, n.y + dy + n.block.padTop);
      n.block.shapes.forEach((s, id) => block.shapes.set(id, inner.shape(s)));
      n.block.edges.forEach((p, id) => block.edges.set(id, p.map(inner.point)));
      n.block.labels.forEach((r, id) => block.labels.set(id, inner.shape(r)));
    }
  }
  edges.forEach((p, id) => block.edges.set(id, p.map(m.point)));
  labels.forEach((r, id) => block.labels.set(id, m.shape(r)));
  block.contentW = Math.ceil(x2 - x1);
  block.contentH = Math.ceil(y2 - y1);
  if (is(container, 'bpmn:SubProcess')) {
    let w = block.contentW + 2 * SUB_PAD_X;
    w += w % 2;
    const nameLines = wrap(container.name || '', w - TASK_PADDING, 12).lines.length;
    block.padLeft = SUB_PAD_X;
    block.padTop = 7 + Math.ceil(nameLines * LINE) + 16;
    let h = block.padTop + block.contentH + SUB_PAD_BOTTOM + (container.loopCharacteristics ? 16 : 0);
    h += h % 2;
    block.w = w;
    block.h = h;
  }
  return block;
}

// ---- the files ----

const moddle = new BpmnModdle();

function format(n) {
  return String(Math.round(n * 100) / 100);
}

function bounds(r) {
  return `<dc:Bounds x="${format(r.x)}" y="${format(r.y)}" width="${format(r.w)}" height="${format(r.h)}" />`;
}

async function layoutFile(path) {
  const xml = readFileSync(path, 'utf8');
  const { rootElement: definitions } = await moddle.fromXML(xml);
  const diagram = definitions.diagrams[0];
  const plane = diagram.plane;
  const process = plane.bpmnElement;
  const expanded = new Set(plane.planeElement
      .filter(d => d.$type === 'bpmndi:BPMNShape' && d.isExpanded)
      .map(d => d.bpmnElement.id));
  const block = layoutContainer(process, expanded);
  const left = 160, top = 80;
  const shift = r => ({ ...r, x: r.x + left, y: r.y + top });

  // the first diagram, from the start of its line to its end tag, is written anew
  const opening = /^[ \t]*<bpmndi:BPMNDiagram\b/m.exec(xml);
  const closing = xml.indexOf('</bpmndi:BPMNDiagram>');
  if (!opening || closing < opening.index) {
    throw new Error(`${path}: no BPMNDiagram`);
  }
  const start = opening.index;
  const end = closing + '</bpmndi:BPMNDiagram>'.length;
  const old = xml.slice(start, end);
  const openTag = id => {
    const match = old.match(new RegExp(`<bpmndi:BPMN(?:Shape|Edge) id="${id}"[^>]*>`));
    if (!match) {
      throw new Error(`${path}: no DI element ${id}`);
    }
    return match[0];
  };
  const lines = [old.match(/^ *<bpmndi:BPMNDiagram[^>]*>/)[0], old.match(/ *<bpmndi:BPMNPlane[^>]*>/)[0]];
  const seen = new Set();
  for (const d of plane.planeElement) {
    const id = d.bpmnElement.id;
    seen.add(id);
    const label = block.labels.get(id);
    if (d.$type === 'bpmndi:BPMNShape') {
      const shape = block.shapes.get(id);
      if (!shape) {
        throw new Error(`${path}: ${id} was not laid out (only flow nodes, sequence flows and expanded `
            + 'sub-processes of one process are)');
      }
      lines.push(`      ${openTag(d.id)}`, `        ${bounds(shift(shape))}`);
    } else {
      lines.push(`      ${openTag(d.id)}`);
      for (const p of block.edges.get(id)) {
        lines.push(`        <di:waypoint x="${format(p.x + left)}" y="${format(p.y + top)}" />`);
      }
    }
    if (label) {
      lines.push('        <bpmndi:BPMNLabel>', `          ${bounds(shift(label))}`, '        </bpmndi:BPMNLabel>');
    }
    lines.push(d.$type === 'bpmndi:BPMNShape' ? '      </bpmndi:BPMNShape>' : '      </bpmndi:BPMNEdge>');
  }
  const missing = [...block.shapes.keys(), ...block.edges.keys()].filter(id => !seen.has(id));
  if (missing.length) {
    throw new Error(`${path}: no DI element for ${missing.join(', ')}`);
  }
  lines.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>');
  const result = xml.slice(0, start) + lines.join('\n') + xml.slice(end);
  if (result !== xml) {
    writeFileSync(path, result);
  }
  return result !== xml;
}

const root = new URL('../../', import.meta.url).pathname;
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn')).sort().map(f => join(root, 'processes', f));
for (const file of files) {
  const changed = await layoutFile(file);
  console.log(`${changed ? 'laid out' : 'unchanged'} ${file.replace(root, '')}`);
}
