import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** Segments of a stacked bar (their values add up to `value`); colours come from the stylesheet by index. */
  parts?: readonly { label: string; value: number }[];
}

const ROW = 28;
const LABEL = 140;
const WIDTH = 480;
const VALUE = 48;

/**
 * A small horizontal bar chart in SVG: no chart library. The numbers are also in the accessible name of each bar
 * and in a table under a disclosure, so the chart is never the only way to read them.
 */
export function BarChart({ title, bars, unit }: { title: string; bars: readonly Bar[]; unit?: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const span = WIDTH - LABEL - VALUE;
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="list" aria-label={title} preserveAspectRatio="xMinYMin meet">
        {bars.map((bar, index) => {
          const y = index * ROW;
          let x = LABEL;
          const parts = bar.parts?.length ? bar.parts : [{ label: '', value: bar.value }];
          return (
            <g key={bar.label} role="listitem" aria-label={`${bar.label}: ${bar.value}${unit ? ` ${unit}` : ''}`}>
              <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
                {bar.label.length > 18 ? `${bar.label.slice(0, 17)}…` : bar.label}
              </text>
              {parts.map((part, partIndex) => {
                const width = (part.value / max) * span;
                const rect = <rect key={part.label || partIndex} x={x} y={y + 5} width={width} height={ROW - 10} className={`chart-bar chart-bar-${partIndex % 6}`} />;
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + ROW / 2} dominantBaseline="middle" className="chart-value">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The legend of a stacked chart: one swatch per part, in the bars' colour order. */
export function Legend({ labels }: { labels: readonly string[] }) {
  return (
    <ul className="chart-legend">
      {labels.map((label, index) => (
        <li key={label}>
          <span className={`chart-swatch chart-bar-${index % 6}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
