import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { formatNumber } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';

export type WeekColumn = { key: string; tick: string; count: number };

type DashboardWeekChartProps = {
  columns: WeekColumn[];
  title: string;
  description: string;
};

const height = 260;
const margin = { top: 24, right: 8, bottom: 40, left: 44 };
/** Below this a week's count does not fit above its column. */
const minColumnForValue = 22;
/** Week labels at least this far apart, so they never overlap on a phone. */
const minTickSpacing = 56;

/** The chart follows its container's width, so its text stays readable on a phone. */
function useWidth(ref: React.RefObject<HTMLElement | null>) {
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Submissions per calendar week as columns (visx). Loaded on demand, as the dashboard's only
 * use of the charting code; the SVG names itself by title and description, while the table
 * next to it carries the same figures for screen readers and keyboard users.
 */
export function DashboardWeekChart({ columns, title, description }: DashboardWeekChartProps) {
  const locale = useLocale();
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useWidth(containerRef);
  const titleId = useId();
  const descriptionId = useId();
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = height - margin.top - margin.bottom;
  const max = Math.max(1, ...columns.map((column) => column.count));

  const x = scaleBand({
    domain: columns.map((column) => column.key),
    range: [0, innerWidth],
    padding: 0.25,
  });
  const y = scaleLinear({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const ticksOfCounts = y.ticks(Math.min(4, max)).filter(Number.isInteger);
  const tickEvery = Math.max(1, Math.ceil(minTickSpacing / Math.max(1, x.step())));
  const ticksOfWeeks = columns
    .filter((_, index) => index % tickEvery === 0)
    .map((column) => column.key);
  const tickOf = new Map(columns.map((column) => [column.key, column.tick]));
  const showValues = x.bandwidth() >= minColumnForValue;

  return (
    <div ref={containerRef} className="app-week-chart">
      <svg
        width={width}
        height={height}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <Group left={margin.left} top={margin.top}>
          {ticksOfCounts.map((tick) => (
            <line
              key={tick}
              className="app-week-chart__grid"
              x1={0}
              x2={innerWidth}
              y1={y(tick)}
              y2={y(tick)}
            />
          ))}
          {columns.map((column) => {
            const left = x(column.key) ?? 0;
            const top = y(column.count);
            return (
              <g key={column.key}>
                <Bar
                  className="app-week-chart__bar"
                  x={left}
                  y={top}
                  width={x.bandwidth()}
                  height={innerHeight - top}
                />
                {showValues ? (
                  <text
                    className="app-week-chart__value"
                    x={left + x.bandwidth() / 2}
                    y={top - 6}
                    textAnchor="middle"
                  >
                    {formatNumber(column.count, locale)}
                  </text>
                ) : null}
              </g>
            );
          })}
          <AxisLeft
            scale={y}
            tickValues={ticksOfCounts}
            tickFormat={(value) => formatNumber(Number(value), locale)}
            axisClassName="app-week-chart__axis"
            tickLabelProps={{ className: 'app-week-chart__tick', textAnchor: 'end', dx: -4 }}
            hideAxisLine
            hideTicks
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickValues={ticksOfWeeks}
            tickFormat={(key) => tickOf.get(key)}
            axisClassName="app-week-chart__axis"
            tickLabelProps={{ className: 'app-week-chart__tick', textAnchor: 'middle' }}
          />
        </Group>
      </svg>
    </div>
  );
}
