import { useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApplicationStage, CountyApplicationFragment, CountyApplicationsDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { ActionModal } from './ActionModal';
import { ApplicantAction, applicantActions } from './applicant-actions';

const c = t.county.applicant;
const PAGE = 50;

/** The applications of a campaign at one stage, in rank order, each with the actions its stage offers. */
export function ApplicantsTable({
  campaignId,
  stage,
  refresh,
  onChanged,
}: {
  campaignId: string;
  stage: ApplicationStage;
  refresh: number;
  onChanged: () => void;
}) {
  // Pages of the api's size, by cursor (a stack of the cursors before each page).
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, loading } = useQuery(CountyApplicationsDocument, { campaignId, stage, first: PAGE, after: after.at(-1) }, refresh);
  const [action, setAction] = useState<{ applicant: CountyApplicationFragment; action: ApplicantAction } | null>(null);
  const rows = data?.applications.edges.map((e) => e.node) ?? [];
  const ended = stage === 'REJECTED' || stage === 'WITHDRAWN';
  return (
    <>
      <ErrorAlert error={error} />
      <Table<CountyApplicationFragment>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: c.empty }}
        scroll={{ x: 'max-content' }}
        data-testid={`applicants-${stage}`}
        columns={[
          { title: c.name, dataIndex: 'name' },
          { title: c.idNumber, dataIndex: 'idNumberMasked' },
          { title: c.education, render: (_, a) => (a.education ? t.enums.education[a.education] : t.common.none) },
          { title: c.position, render: (_, a) => a.position.title },
          {
            title: c.rank,
            align: 'right',
            render: (_, a) => (
              <>
                {a.rank ?? '-'}
                {a.tied && (
                  <Tag color="orange" style={{ marginLeft: 4 }}>
                    {c.tied}
                  </Tag>
                )}
              </>
            ),
          },
          { title: c.score, align: 'right', render: (_, a) => (a.compositeScore === null ? '-' : a.compositeScore.toFixed(2)) },
          ...(showsExtraScore(stage)
            ? [{ title: c.extraScore, align: 'right' as const, render: (_: unknown, a: CountyApplicationFragment) => a.extraExamScore?.toFixed(2) ?? '-' }]
            : []),
          {
            title: c.vetted,
            render: (_, a) =>
              a.vetted ? (
                <Tag color="green" data-testid="vetted">
                  {c.vettedOn(a.vettedOn ?? '')}
                  {a.stage === 'VETTING' ? `，${c.awaitingPublicity}` : ''}
                </Tag>
              ) : (
                '-'
              ),
          },
          {
            title: c.round,
            render: (_, a) => (a.publicityRound ? c.roundText(a.publicityRound.round, a.publicityRound.startsOn, a.publicityRound.endsOn) : '-'),
          },
          {
            title: c.objections,
            render: (_, a) =>
              a.objections.length ? (
                <Space direction="vertical" size={0}>
                  {a.objections.map((o) => (
                    <span key={o.id}>
                      <Tag color={o.status === 'OPEN' ? 'orange' : o.status === 'UPHELD' ? 'red' : 'default'}>{t.enums.objectionStatus[o.status]}</Tag>
                      {o.filedOn} {o.content}
                      {o.decision ? `（${o.decision}）` : ''}
                    </span>
                  ))}
                </Space>
              ) : (
                '-'
              ),
          },
          ...(ended ? [{ title: c.endReason, dataIndex: 'endReason' }] : []),
          {
            title: c.actions,
            render: (_, a) => (
              <Space wrap size={4}>
                {applicantActions(a, campaignId).map((x) => (
                  <Button key={x.key} size="small" danger={x.danger} onClick={() => setAction({ applicant: a, action: x })} data-testid={`action-${x.key}`}>
                    {x.label}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {(after.length > 0 || !!data?.applications.pageInfo.hasNextPage) && (
        <Space style={{ marginTop: 16 }}>
          <span>{t.workers.page(after.length + 1)}</span>
          <Button disabled={!after.length} onClick={() => setAfter((x) => x.slice(0, -1))}>
            {t.common.previous}
          </Button>
          <Button
            disabled={!data?.applications.pageInfo.hasNextPage}
            onClick={() => data?.applications.pageInfo.endCursor && setAfter((x) => [...x, data.applications.pageInfo.endCursor!])}
          >
            {t.common.next}
          </Button>
        </Space>
      )}
      {action && (
        <ActionModal
          title={`${action.action.label}：${action.applicant.name}`}
          hint={action.action.hint}
          fields={action.action.fields}
          initial={action.action.initial}
          submit={action.action.run}
          onClose={(done) => {
            setAction(null);
            if (done) onChanged();
          }}
        />
      )}
    </>
  );
}

function showsExtraScore(stage: ApplicationStage): boolean {
  return stage === 'EXAM' || stage === 'MEDICAL';
}
