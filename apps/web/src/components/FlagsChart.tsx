import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Severity } from '../graphql/generated';
import { t } from '../messages';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface RuleCounts {
  rule: string;
  label: string;
  critical: number;
  high: number;
  medium: number;
  low: number;
}

const SEVERITIES: { key: 'critical' | 'high' | 'medium' | 'low'; severity: Severity; color: string }[] = [
  { key: 'critical', severity: 'CRITICAL', color: '#a8071a' },
  { key: 'high', severity: 'HIGH', color: '#fa541c' },
  { key: 'medium', severity: 'MEDIUM', color: '#faad14' },
  { key: 'low', severity: 'LOW', color: '#8c8c8c' },
];

/** Open flags per rule, stacked by severity (horizontal bars, one per rule). */
export function FlagsChart({ rows }: { rows: RuleCounts[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { width: 220, overflow: 'truncate' } },
      series: SEVERITIES.map(({ key, severity, color }) => ({
        name: t.enums.severity[severity],
        type: 'bar',
        stack: 'flags',
        itemStyle: { color },
        data: rows.map((r) => r[key]),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows]);
  return <div ref={element} style={{ height: Math.max(160, 40 + rows.length * 32) }} data-testid="flags-chart" />;
}
