import { useMemo, useState } from 'react';
import { Button, Card, Descriptions, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CloseExamDocument, CountyCampaignDocument, CountyCampaignQuery, OpenPublicityDocument, SetCampaignStatusDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { ActionModal, ActionField, ActionValues } from './ActionModal';
import { ApplicantsTable } from './ApplicantsTable';
import { CAMPAIGN_STATUS_COLORS } from './CampaignsPage';
import { FunnelChart } from './FunnelChart';
import { nextCampaignStatus, positionFunnels, STAGE_ORDER, stageTotals } from './recruiting-view';

type Campaign = CountyCampaignQuery['campaign'];
type Round = Campaign['publicityRounds'][number];

const m = t.county.campaign;

interface CampaignAction {
  title: string;
  hint?: string;
  fields: ActionField[];
  run: (values: ActionValues) => Promise<string | void>;
}

/** One campaign: its terms, the funnel, the publicity rounds and the applicants per stage with their actions. */
export function CampaignPage() {
  const { id } = useParams<{ id: string }>();
  const [refresh, setRefresh] = useState(0);
  const { data, error } = useQuery(CountyCampaignDocument, { id: id! }, refresh);
  const [action, setAction] = useState<CampaignAction | null>(null);
  const [stage, setStage] = useState<string>('REGISTERED');
  const totals = useMemo(() => stageTotals(data?.campaignFunnel ?? []), [data]);
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const campaign = data.campaign;
  const changed = () => setRefresh((n) => n + 1);
  const next = nextCampaignStatus(campaign.status);
  const nextLabel = next === 'OPEN' ? m.publish : next === 'CLOSED' ? m.closeRegistration : m.finish;

  const setStatus = (): CampaignAction => ({
    title: nextLabel,
    fields: [],
    run: async () => {
      const { setCampaignStatus } = await request(SetCampaignStatusDocument, { input: { id: campaign.id, version: campaign.version, status: next! } });
      return m.statusSet(t.enums.campaignStatus[setCampaignStatus.status]);
    },
  });
  const closeExam = (): CampaignAction => ({
    title: m.closeExam,
    hint: m.closeExamHint,
    fields: [],
    run: async () => m.examClosed((await request(CloseExamDocument, { input: { campaignId: campaign.id } })).closeExam.length),
  });
  const openPublicity = (): CampaignAction => ({
    title: m.openPublicity,
    hint: t.county.actions.publicityHint,
    fields: [
      { name: 'startsOn', label: t.county.actions.startsOn, kind: 'date' },
      { name: 'alreadyPostedReason', label: t.county.actions.alreadyPostedReason, kind: 'textarea' },
    ],
    run: async (v) => {
      const input = { campaignId: campaign.id, startsOn: v.startsOn as string | null, alreadyPostedReason: v.alreadyPostedReason as string | null };
      const { openPublicity: r } = await request(OpenPublicityDocument, { input });
      return m.publicityOpened(r.round, r.startsOn, r.endsOn);
    },
  });

  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Link to="/recruiting">{t.common.back}</Link>
      </Space>
      <Typography.Title level={4} data-testid="campaign-title">
        {campaign.title}{' '}
        <Tag color={CAMPAIGN_STATUS_COLORS[campaign.status]} data-testid="campaign-status">
          {t.enums.campaignStatus[campaign.status]}
        </Tag>
      </Typography.Title>
      <ErrorAlert error={error} />
      <Space style={{ marginBottom: 16 }} wrap>
        {next && (
          <Button onClick={() => setAction(setStatus())} data-testid="campaign-next-status">
            {nextLabel}
          </Button>
        )}
        <Button onClick={() => setAction(closeExam())} data-testid="close-exam">
          {m.closeExam}
        </Button>
        <Button type="primary" onClick={() => setAction(openPublicity())} data-testid="open-publicity">
          {m.openPublicity}
        </Button>
      </Space>
      <Card size="small" title={m.requirements}>
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label={t.county.campaigns.registration}>{`${campaign.registrationFrom} ~ ${campaign.registrationTo}`}</Descriptions.Item>
          <Descriptions.Item label={m.age}>{m.ageRange(campaign.minAge, campaign.maxAge, campaign.ageReferenceDate)}</Descriptions.Item>
          <Descriptions.Item label={m.minEducation}>{campaign.minEducation ? t.enums.education[campaign.minEducation] : t.common.none}</Descriptions.Item>
          <Descriptions.Item label={m.residence}>{campaign.residencePrefix ?? t.common.none}</Descriptions.Item>
          <Descriptions.Item label={m.weights}>{m.weightText(campaign.writtenWeightPercent)}</Descriptions.Item>
          <Descriptions.Item label={m.publicityDays}>{m.workingDays(campaign.publicityWorkingDays)}</Descriptions.Item>
          <Descriptions.Item label={m.employer}>{campaign.employerName ?? m.eachTownship}</Descriptions.Item>
          <Descriptions.Item label={m.other} span={2}>
            {campaign.otherRequirements ?? t.common.none}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={m.funnel} style={{ marginTop: 16 }}>
        <FunnelChart totals={totals} />
        <Table
          size="small"
          rowKey="positionId"
          pagination={false}
          dataSource={positionFunnels(data.campaignFunnel)}
          data-testid="funnel-table"
          scroll={{ x: true }}
          columns={[
            { title: m.position, dataIndex: 'positionTitle' },
            { title: m.headcount, dataIndex: 'headcount', align: 'right' },
            ...STAGE_ORDER.map((s) => ({
              title: t.enums.stage[s],
              align: 'right' as const,
              render: (_: unknown, p: ReturnType<typeof positionFunnels>[number]) => p.counts[s],
            })),
          ]}
        />
      </Card>
      <Card size="small" title={m.rounds} style={{ marginTop: 16 }}>
        <Table<Round>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={campaign.publicityRounds}
          locale={{ emptyText: m.noRounds }}
          data-testid="publicity-rounds"
          columns={[
            { title: m.round, dataIndex: 'round' },
            { title: m.startsOn, dataIndex: 'startsOn' },
            { title: m.endsOn, dataIndex: 'endsOn' },
            { title: m.alreadyPosted, render: (_, r) => r.alreadyPostedReason ?? '-' },
            { title: m.openedBy, dataIndex: 'openedBy' },
          ]}
        />
      </Card>
      <Card size="small" title={m.applicants} style={{ marginTop: 16 }}>
        <Tabs
          activeKey={stage}
          onChange={setStage}
          destroyOnHidden
          items={totals.map(({ stage: s, count }) => ({
            key: s,
            label: <span data-testid={`tab-${s}`}>{`${t.enums.stage[s]}（${count}）`}</span>,
            children: <ApplicantsTable campaignId={campaign.id} stage={s} refresh={refresh} onChanged={changed} />,
          }))}
        />
      </Card>
      {action && (
        <ActionModal
          title={action.title}
          hint={action.hint}
          fields={action.fields}
          submit={action.run}
          onClose={(done) => {
            setAction(null);
            if (done) changed();
          }}
        />
      )}
    </>
  );
}
