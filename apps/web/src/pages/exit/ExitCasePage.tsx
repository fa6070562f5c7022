import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Statistic, Steps, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CurrentUserFragment, ExitCaseDocument, ExitCaseFieldsFragment } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { yuan } from '../finance/finance-model';
import { EXIT_ROLES } from './access';
import { CompleteStepModal } from './CompleteStepModal';

type Step = ExitCaseFieldsFragment['steps'][number];
const show = (value: string | null | undefined) => value || '—';

/** One exit: the law's reading, the money in 元, and the checklist with "mark done" per step. */
export function ExitCasePage({ user }: { user: CurrentUserFragment }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, reload } = useQuery(ExitCaseDocument, { id });
  const [marking, setMarking] = useState<Step | null>(null);
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const c = data.exitCase;
  const done = c.steps.filter((s) => s.doneOn).length;
  const canMark = EXIT_ROLES.includes(user.role) && c.status === 'OPEN';
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button onClick={() => navigate(-1)}>{t.common.back}</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          <Link to={`/workers/${c.workerId}`}>{c.workerName}</Link> · {t.enums.exitReason[c.reason]}
        </Typography.Title>
        <Tag color={c.status === 'DONE' ? 'green' : 'blue'} data-testid="exit-status">
          {t.enums.exitStatus[c.status]}
        </Tag>
      </Space>
      <ErrorAlert error={error} />
      <Card size="small" title={t.exit.details}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label={t.exit.reason}>{t.enums.exitReason[c.reason]}</Descriptions.Item>
          {c.noFaultGround && <Descriptions.Item label={t.exit.noFaultGround}>{t.enums.noFaultGround[c.noFaultGround]}</Descriptions.Item>}
          {c.notice && <Descriptions.Item label={t.exit.notice}>{t.enums.exitNotice[c.notice]}</Descriptions.Item>}
          <Descriptions.Item label={t.exit.noticeOn}>{c.noticeOn}</Descriptions.Item>
          <Descriptions.Item label={t.exit.lastDay}>
            <span data-testid="exit-last-day">{c.lastDay}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t.exit.contractKind}>{c.contractKind ? (t.exit.contractKinds[c.contractKind] ?? c.contractKind) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t.exit.transferDueOn}>{c.transferDueOn}</Descriptions.Item>
          <Descriptions.Item label={t.exit.completedOn}>{show(c.completedOn)}</Descriptions.Item>
          <Descriptions.Item label={t.exit.rehireBlocked}>{c.rehireBlocked ? t.common.yes : t.common.no}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t.exit.money} style={{ marginTop: 16 }} data-testid="exit-money">
        <Row gutter={16}>
          <Col span={6}>
            <Statistic title={t.exit.averageMonthly} value={yuan(c.averageMonthlyFen)} />
          </Col>
          <Col span={6}>
            <Statistic
              title={c.severanceOwed ? `${t.exit.severance}（${t.exit.severanceMonths(c.severanceHalfMonths)}）` : t.exit.severanceNone}
              value={yuan(c.severanceFen)}
            />
          </Col>
          <Col span={6}>
            <Statistic title={t.exit.payInLieu} value={yuan(c.payInLieuFen)} />
          </Col>
          <Col span={6}>
            <Statistic title={t.exit.finalMonth} value={yuan(c.finalMonthFen)} />
          </Col>
        </Row>
      </Card>
      <Card size="small" title={`${t.exit.checklist}（${t.exit.progressOf(done, c.steps.length)}）`} style={{ marginTop: 16 }}>
        <Steps
          size="small"
          style={{ marginBottom: 16 }}
          current={c.steps.findIndex((s) => !s.doneOn)}
          items={c.steps.map((s) => ({ title: t.enums.exitStepKind[s.kind], status: s.doneOn ? 'finish' : s.late ? 'error' : 'wait' }))}
        />
        <Table<Step>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.steps}
          data-testid="exit-steps"
          columns={[
            { title: t.exit.step, render: (_, s) => t.enums.exitStepKind[s.kind] },
            {
              title: t.exit.grid,
              render: (_, s) =>
                s.gridCode ? (
                  <Space>
                    {s.gridCode}
                    {s.vacancy && <Tag>{t.exit.vacancy}</Tag>}
                    {s.handedToWorkerId && <Link to={`/workers/${s.handedToWorkerId}`}>{t.exit.handedTo}</Link>}
                  </Space>
                ) : (
                  '—'
                ),
            },
            { title: t.exit.dueOn, render: (_, s) => show(s.dueOn) },
            { title: t.exit.doneOn, render: (_, s) => (s.late ? <Tag color="red">{`${show(s.doneOn)} ${t.exit.late}`}</Tag> : show(s.doneOn)) },
            { title: t.exit.doneBy, render: (_, s) => show(s.doneBy) },
            { title: t.exit.note, render: (_, s) => show(s.note) },
            {
              title: '',
              render: (_, s) =>
                canMark && !s.doneOn ? (
                  <Button size="small" type="link" onClick={() => setMarking(s)} data-testid={`mark-${s.kind}`}>
                    {t.exit.markDone}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {marking && (
        <CompleteStepModal
          exit={c}
          step={marking}
          onClose={(saved) => {
            setMarking(null);
            if (saved) reload();
          }}
        />
      )}
    </>
  );
}
