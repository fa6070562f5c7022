import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { BudgetExecutionQuery } from '../../graphql/generated';
import { t } from '../../messages';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Month = BudgetExecutionQuery['budgetExecution']['months'][number];
const toYuan = (fen: number) => Math.round(fen) / 100;

/** Budget against actual spending by month (bars) and cumulated (lines), in 元. */
export function BudgetChart({ months }: { months: Month[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!);
    const m = t.finance.budget;
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => v.toFixed(2) },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((x) => x.month) },
      // Monthly amounts on the left, cumulated ones on the right: the months stay readable next to the year's sums.
      yAxis: [
        { type: 'value', name: m.monthly },
        { type: 'value', name: m.cumulative, splitLine: { show: false } },
      ],
      series: [
        { name: m.plannedMonth, type: 'bar', itemStyle: { color: '#bfbfbf' }, data: months.map((x) => toYuan(x.plannedFen)) },
        { name: m.actualMonth, type: 'bar', itemStyle: { color: '#c7000b' }, data: months.map((x) => toYuan(x.actualFen)) },
        {
          name: m.cumulativePlanned,
          type: 'line',
          lineStyle: { type: 'dashed' },
          itemStyle: { color: '#595959' },
          data: months.map((x) => toYuan(x.cumulativePlannedFen)),
        },
        { name: m.cumulativeActual, type: 'line', yAxisIndex: 1, itemStyle: { color: '#fa541c' }, data: months.map((x) => toYuan(x.cumulativeActualFen)) },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months]);
  return <div ref={element} style={{ height: 360 }} data-testid="budget-chart" />;
}
