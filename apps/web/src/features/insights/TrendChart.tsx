/**
 * One weekly trend drawn with uPlot. Loaded lazily (uPlot is ~23 kB gz) and hidden from
 * screen readers: the text summary next to it says the same thing in words.
 *
 * The time axis ends today (it never runs into the future) and the value axis spans the
 * measure's full scale from core (0–10, 0–100 %), so a small change is not drawn as a big one.
 */
import type { Axis } from '@securebase/core/insights';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const DAY_S = 86_400;

/**
 * A theme colour as the canvas needs it (rgb). The variables hold light-dark() pairs, which
 * only a CSS colour property resolves, so a probe element reads the used value.
 */
function themeColor(el: HTMLElement, variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  el.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The value range: the full scale, widened only if a value lies outside it. */
function valueRange(axis: Axis, values: (number | null)[]): [number, number] {
  let lo = axis.min;
  let hi = axis.max ?? 1;
  for (const v of values) {
    if (v === null) continue;
    lo = Math.min(lo, v);
    if (axis.max === null || v > axis.max) hi = Math.max(hi, v);
  }
  // Open-ended measures (minutes, counts) get a little headroom above their largest value.
  return [lo, axis.max === null ? Math.ceil(hi * 1.15) : hi];
}

export default function TrendChart({
  weekStarts,
  values,
  today,
  axis: scale,
  label,
}: {
  /** Local epoch-days of each week's Monday. */
  weekStarts: number[];
  values: (number | null)[];
  /** The local epoch-day of today: the time axis ends with it. */
  today: number;
  axis: Axis;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const accent = themeColor(el, '--accent');
    const muted = themeColor(el, '--muted');
    const border = themeColor(el, '--border');
    // At least four weeks wide, ending with today: uPlot's own range for one or two weeks
    // spans years, and a range past today would draw an empty future.
    const first = Math.min(weekStarts[0] ?? today, today - 27);
    const lo = (first - 1) * DAY_S;
    const hi = (today + 1) * DAY_S;
    const font = '12px system-ui, sans-serif';
    const axis = {
      stroke: muted,
      grid: { stroke: border, width: 1 },
      ticks: { stroke: border },
      font,
      labelFont: font,
      labelSize: 18,
    };
    const pct = (vs: number[]) => vs.map((v) => `${Math.round(v * 100)} %`);
    const plot = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height: 190,
        legend: { show: false },
        cursor: { show: false },
        // Local epoch-days as if UTC, so labels show the person's own calendar dates.
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true, auto: false, range: [lo, hi] },
          y: { auto: false, range: valueRange(scale, values) },
        },
        axes: [
          { ...axis, label: 'Week starting' },
          {
            ...axis,
            label: scale.label,
            size: 44,
            ...(scale.percent ? { values: (_: uPlot, vs: number[]) => pct(vs) } : {}),
          },
        ],
        series: [{}, { label, stroke: accent, width: 2, points: { show: values.length < 30 } }],
      },
      [weekStarts.map((d) => d * DAY_S), values],
      el,
    );
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(200, el.clientWidth), height: 190 }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [weekStarts, values, today, scale, label]);
  return <div ref={box} aria-hidden="true" className="trend-chart" />;
}
