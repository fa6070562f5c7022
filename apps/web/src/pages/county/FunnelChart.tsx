import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ApplicationStage } from '../../graphql/generated';
import { t } from '../../messages';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const ENDED: ApplicationStage[] = ['REJECTED', 'WITHDRAWN'];

/** Applications now at each stage of a campaign (bars in stage order, the ended ones grey), with the numbers on the bars. */
export function FunnelChart({ totals }: { totals: { stage: ApplicationStage; count: number }[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: totals.map((r) => t.enums.stage[r.stage]) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t.county.campaign.count,
          type: 'bar',
          label: { show: true, position: 'top' },
          data: totals.map((r) => ({ value: r.count, itemStyle: { color: ENDED.includes(r.stage) ? '#bfbfbf' : '#c7000b' } })),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [totals]);
  return <div ref={element} style={{ height: 240 }} data-testid="funnel-chart" />;
}
