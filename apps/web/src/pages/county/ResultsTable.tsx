import { useState } from 'react';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AdjustScoreDocument, AssessmentLevel, CountyResultsDocument, CountyResultsQuery, EnterScoresDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { ActionField, ActionModal, ActionValues } from './ActionModal';

type Result = CountyResultsQuery['assessmentResults']['edges'][number]['node'];
const m = t.county.cycle;
const LEVEL_COLORS: Record<AssessmentLevel, string> = { EXCELLENT: 'gold', COMPETENT: 'green', BASIC: 'default', INCOMPETENT: 'red' };
const LEVELS = Object.keys(t.enums.assessmentLevel) as AssessmentLevel[];
const points = (n: number | null) => (n === null ? '-' : n.toFixed(2));

interface ResultAction {
  title: string;
  fields: ActionField[];
  initial?: ActionValues;
  run: (values: ActionValues) => Promise<string | void>;
}

/** A cycle's results, township by township, with the county's review (adjust a score) and its own indicators to enter. */
export function ResultsTable({
  cycleId,
  open,
  countyIndicators,
  refresh,
  onChanged,
}: {
  cycleId: string;
  open: boolean;
  countyIndicators: { key: string; label: string }[];
  refresh: number;
  onChanged: () => void;
}) {
  const [level, setLevel] = useState<AssessmentLevel | undefined>();
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, loading } = useQuery(CountyResultsDocument, { cycleId, level, first: 20, after: after.at(-1) }, refresh);
  const [action, setAction] = useState<ResultAction | null>(null);
  const rows = data?.assessmentResults.edges.map((e) => e.node) ?? [];
  const indicators = rows[0]?.indicators ?? [];

  const adjust = (r: Result): ResultAction => ({
    title: `${m.adjust}：${r.worker.name}`,
    fields: [
      { name: 'score', label: m.adjustScore, kind: 'score' },
      { name: 'reason', label: m.adjustmentReason, kind: 'textarea', required: t.county.actions.reasonRequired },
    ],
    initial: { score: r.adjustedScore, reason: r.adjustmentReason },
    run: async (v) => {
      const input = { resultId: r.id, version: r.version, score: v.score === null ? null : Number(v.score), reason: String(v.reason) };
      const { adjustAssessmentScore: x } = await request(AdjustScoreDocument, { input });
      return `${r.worker.name}：${points(x.score)}${x.level ? `（${t.enums.assessmentLevel[x.level]}）` : ''}`;
    },
  });
  const enter = (r: Result, indicator: { key: string; label: string }): ResultAction => ({
    title: `${m.enter(indicator.label)}：${r.worker.name}`,
    fields: [{ name: 'score', label: m.enterScore, kind: 'score', required: t.county.actions.scoreRequired }],
    run: async (v) => {
      await request(EnterScoresDocument, { input: { cycleId, entries: [{ workerId: r.worker.id, indicator: indicator.key, score: Number(v.score) }] } });
    },
  });

  return (
    <Card size="small" title={`${m.results}（${data?.assessmentResults.totalCount ?? 0}）`} style={{ marginTop: 16 }}>
      <ErrorAlert error={error} />
      <Space style={{ marginBottom: 16 }}>
        <Select<AssessmentLevel>
          allowClear
          placeholder={m.levelFilter}
          style={{ width: 160 }}
          value={level}
          onChange={(v) => {
            setLevel(v);
            setAfter([]);
          }}
          options={LEVELS.map((l) => ({ value: l, label: t.enums.assessmentLevel[l] }))}
          data-testid="level-filter"
        />
      </Space>
      <Table<Result>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        data-testid="results"
        columns={[
          { title: m.worker, render: (_, r) => r.worker.name, fixed: 'left' },
          { title: m.category, render: (_, r) => t.enums.category[r.category] },
          ...indicators.map((i, n) => ({ title: i.label, align: 'right' as const, render: (_: unknown, r: Result) => points(r.indicators[n]?.score ?? null) })),
          { title: m.computedScore, align: 'right', render: (_, r) => points(r.computedScore) },
          { title: m.adjustedScore, align: 'right', render: (_, r) => points(r.adjustedScore) },
          { title: m.score, align: 'right', render: (_, r) => <span data-testid="final-score">{points(r.score)}</span> },
          {
            title: m.level,
            render: (_, r) => (!r.rated ? m.notRated : r.level ? <Tag color={LEVEL_COLORS[r.level]}>{t.enums.assessmentLevel[r.level]}</Tag> : '-'),
          },
          { title: m.stars, align: 'right', render: (_, r) => r.stars ?? '-' },
          { title: m.adjustmentReason, render: (_, r) => r.adjustmentReason ?? '-' },
          {
            title: t.county.applicant.actions,
            render: (_, r) =>
              open && r.rated ? (
                <Space size={4}>
                  <Button size="small" onClick={() => setAction(adjust(r))} data-testid="adjust-score">
                    {m.adjust}
                  </Button>
                  {countyIndicators.map((i) => (
                    <Button key={i.key} size="small" onClick={() => setAction(enter(r, i))}>
                      {m.enter(i.label)}
                    </Button>
                  ))}
                </Space>
              ) : null,
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={!after.length} onClick={() => setAfter((a) => a.slice(0, -1))}>
          {t.common.previous}
        </Button>
        <Button
          disabled={!data?.assessmentResults.pageInfo.hasNextPage}
          onClick={() => data?.assessmentResults.pageInfo.endCursor && setAfter((a) => [...a, data.assessmentResults.pageInfo.endCursor!])}
        >
          {t.common.next}
        </Button>
      </Space>
      {action && (
        <ActionModal
          title={action.title}
          fields={action.fields}
          initial={action.initial}
          submit={action.run}
          onClose={(done) => {
            setAction(null);
            if (done) onChanged();
          }}
        />
      )}
    </Card>
  );
}
