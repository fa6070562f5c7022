import { useState } from 'react';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CampaignStatus, CountyCampaignsDocument, CountyCampaignsQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';

type Campaign = CountyCampaignsQuery['campaigns']['edges'][number]['node'];

export const CAMPAIGN_STATUS_COLORS: Record<CampaignStatus, string> = { DRAFT: 'default', OPEN: 'green', CLOSED: 'orange', FINISHED: 'blue' };

const STATUSES = Object.keys(t.enums.campaignStatus) as CampaignStatus[];

/** The county's recruitment campaigns, newest first, with their posts and publicity rounds. */
export function CampaignsPage() {
  const [status, setStatus] = useState<CampaignStatus | undefined>();
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, loading } = useQuery(CountyCampaignsDocument, { status, first: 20, after: after.at(-1) });
  const rows = data?.campaigns.edges.map((e) => e.node) ?? [];
  return (
    <>
      <Typography.Title level={4}>{t.county.campaigns.title}</Typography.Title>
      <ErrorAlert error={error} />
      <Card size="small">
        <Space style={{ marginBottom: 16 }}>
          <span>{t.county.campaigns.status}</span>
          <Select<CampaignStatus>
            allowClear
            placeholder={t.common.all}
            style={{ width: 140 }}
            value={status}
            onChange={(value) => {
              setStatus(value);
              setAfter([]);
            }}
            options={STATUSES.map((s) => ({ value: s, label: t.enums.campaignStatus[s] }))}
            data-testid="campaign-status-filter"
          />
          {data && <span>{t.county.campaigns.total(data.campaigns.totalCount)}</span>}
        </Space>
        <Table<Campaign>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t.county.campaigns.empty }}
          data-testid="campaigns"
          columns={[
            { title: t.county.campaigns.campaign, render: (_, c) => <Link to={`/recruiting/${c.id}`}>{c.title}</Link> },
            {
              title: t.county.campaigns.status,
              render: (_, c) => <Tag color={CAMPAIGN_STATUS_COLORS[c.status]}>{t.enums.campaignStatus[c.status]}</Tag>,
            },
            { title: t.county.campaigns.registration, render: (_, c) => `${c.registrationFrom} ~ ${c.registrationTo}` },
            { title: t.county.campaigns.posts, align: 'right', render: (_, c) => c.positions.length },
            { title: t.county.campaigns.headcount, align: 'right', render: (_, c) => c.positions.reduce((n, p) => n + p.headcount, 0) },
            {
              title: t.county.campaigns.publicity,
              render: (_, c) => {
                const last = c.publicityRounds.at(-1);
                return last ? `${t.county.campaigns.rounds(c.publicityRounds.length)}（${last.startsOn} ~ ${last.endsOn}）` : t.county.campaigns.rounds(0);
              },
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={!after.length} onClick={() => setAfter((a) => a.slice(0, -1))}>
            {t.common.previous}
          </Button>
          <Button
            disabled={!data?.campaigns.pageInfo.hasNextPage}
            onClick={() => data?.campaigns.pageInfo.endCursor && setAfter((a) => [...a, data.campaigns.pageInfo.endCursor!])}
          >
            {t.common.next}
          </Button>
        </Space>
      </Card>
    </>
  );
}
