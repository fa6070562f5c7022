import { useMemo } from 'react';
import { Alert, Button, Skeleton, Space, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CurrentUserFragment, PublicRosterDocument, PublicRosterQuery, TownshipRegionsDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import './print.css';

type Grid = PublicRosterQuery['publicRoster']['grids'][number];

/** The public roster (网格员公示名单) as residents read it, one row per grid, printable with window.print(). */
export function RosterPage({ user }: { user: CurrentUserFragment }) {
  const regions = useQuery(TownshipRegionsDocument, {});
  const township = useMemo(() => regions.data?.regionTree.find((r) => r.code === user.regionCode), [regions.data, user.regionCode]);
  if (!township) return regions.error ? <ErrorAlert error={regions.error} /> : <Skeleton active />;
  return <Roster townshipId={township.id} townshipName={township.name} />;
}

function Roster({ townshipId, townshipName }: { townshipId: string; townshipName: string }) {
  const { data, error } = useQuery(PublicRosterDocument, { townshipId });
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const roster = data.publicRoster;
  return (
    <>
      <Space className="no-print" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Alert
          type={roster.changedSincePublication ? 'warning' : 'info'}
          showIcon
          message={
            roster.changedSincePublication
              ? t.township.roster.changed(roster.lastPublication?.publishedOn ?? null)
              : t.township.roster.unchanged(roster.lastPublication!.publishedOn)
          }
        />
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-roster">
          {t.township.roster.print}
        </Button>
      </Space>
      <Typography.Title level={3} style={{ textAlign: 'center' }} data-testid="roster-title">
        {t.township.roster.title(townshipName)}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }}>{t.township.roster.asOf(roster.asOf)}</Typography.Paragraph>
      <Table<Grid>
        size="small"
        bordered
        rowKey="gridCode"
        pagination={false}
        dataSource={roster.grids}
        data-testid="roster"
        columns={[
          { title: t.township.roster.community, dataIndex: 'communityName', width: 110 },
          { title: t.township.roster.grid, render: (_, g) => `${g.gridName}（${g.gridCode}）`, width: 200 },
          { title: t.township.roster.area, render: (_, g) => g.area ?? '' },
          { title: t.township.roster.serviceItems, render: (_, g) => g.serviceItems ?? '' },
          {
            title: t.township.roster.workers,
            render: (_, g) =>
              g.workers.map((w) => (
                <div key={`${w.name}-${w.role}`}>
                  {w.name}（{t.enums.category[w.role]}）{w.phone ?? ''}
                </div>
              )),
          },
          { title: t.township.roster.supervision, render: (_, g) => g.supervisionPhone ?? '', width: 130 },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t.township.roster.footer}
      </Typography.Paragraph>
    </>
  );
}
