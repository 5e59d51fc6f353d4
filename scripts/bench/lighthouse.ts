// Lighthouse as a second opinion on a school laptop: its mobile profile (the default: a simulated
// 4x slower CPU and a slow 4G network) on the built game, three runs, the median run as Lighthouse
// itself picks it (by first contentful paint and time to interactive). Each run gets a fresh
// Chromium with an empty profile, so every run is a first visit.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromePath } from '../../tests/e2e/harness.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const score = (lhr: Result, category: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const audit = (lhr: Result, id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);

function summary(lhr: Result) {
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    totalBlockingTimeMs: audit(lhr, 'total-blocking-time'),
    interactiveMs: audit(lhr, 'interactive'),
    firstContentfulPaintMs: audit(lhr, 'first-contentful-paint'),
    largestContentfulPaintMs: audit(lhr, 'largest-contentful-paint'),
    speedIndexMs: audit(lhr, 'speed-index'),
    cumulativeLayoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    longTasks: longTasks(lhr),
  };
}

/** The main thread's long tasks Lighthouse saw (its simulated times): which script, when, how long. */
function longTasks(lhr: Result): { url: string; startMs: number; durationMs: number }[] {
  const details = lhr.audits['long-tasks']?.details as { items?: { url?: string; startTime?: number; duration?: number }[] } | undefined;
  return (details?.items ?? []).map((t) => ({
    url: (t.url ?? '').replace(/^https?:\/\/[^/]+/, ''),
    startMs: Math.round(t.startTime ?? NaN),
    durationMs: Math.round(t.duration ?? NaN),
  }));
}

/** Lighthouse's audits below a full score in a run, so a missed 100 says why. */
function shortfalls(lhr: Result): string[] {
  const out: string[] = [];
  for (const category of CATEGORIES.slice(1)) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) out.push(`${category}: ${ref.id}`);
    }
  }
  return out;
}

export async function lighthouseMedian(url: string, runs = 3) {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromePath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      results.push(result.lhr);
    } finally {
      chrome.kill();
    }
  }
  const median = computeMedianRun(results);
  return {
    profile: 'mobile, simulated throttling (Lighthouse defaults)',
    lighthouse: median.lighthouseVersion,
    runs: results.length,
    ...summary(median),
    all: results.map(summary),
    shortfalls: shortfalls(median),
  };
}
