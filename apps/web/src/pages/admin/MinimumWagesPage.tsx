import { useState } from 'react';
import { Card, Input, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MinimumWagesDocument, MinimumWagesQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { yuan } from '../finance/finance-model';

type Wage = MinimumWagesQuery['minimumWages'][number];

/** The minimum-wage table with its sources; UNCONFIRMED rows are shown as the api says, never applied. */
export function MinimumWagesPage() {
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const { data, error, loading } = useQuery(MinimumWagesDocument, { provinceCode });
  const m = t.admin.minimumWages;
  return (
    <>
      <Typography.Title level={4}>{m.title}</Typography.Title>
      <ErrorAlert error={error} />
      <Card size="small">
        <Input.Search
          id="province-code"
          placeholder={m.province}
          allowClear
          style={{ width: 200, marginBottom: 16 }}
          onSearch={(value) => setProvinceCode(value.trim() || null)}
        />
        <Table<Wage>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={data?.minimumWages ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          data-testid="minimum-wages"
          columns={[
            { title: m.province, render: (_, w) => `${w.provinceName}（${w.provinceCode}）` },
            { title: m.tier, dataIndex: 'tier' },
            { title: m.monthly, align: 'right', render: (_, w) => yuan(w.monthlyFen) },
            { title: m.hourly, align: 'right', render: (_, w) => yuan(w.hourlyFen) },
            { title: m.effectiveFrom, render: (_, w) => w.effectiveFrom ?? m.unknown },
            { title: m.includesOwn, render: (_, w) => (w.includesOwnContributions ? t.common.yes : t.common.no) },
            {
              title: m.status,
              render: (_, w) => <Tag color={w.status === 'CONFIRMED' ? 'green' : 'orange'}>{t.enums.minimumWageStatus[w.status]}</Tag>,
            },
            { title: m.areas, dataIndex: 'areas', ellipsis: true },
            { title: m.source, dataIndex: 'source', ellipsis: true },
            { title: m.verification, dataIndex: 'verification', ellipsis: true },
          ]}
        />
      </Card>
    </>
  );
}
