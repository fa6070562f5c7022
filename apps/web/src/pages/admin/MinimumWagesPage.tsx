import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CurrentUserFragment, MinimumWagesDocument, MinimumWagesQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { WAGE_TABLE_ROLES } from '../../roles';
import { yuan } from '../finance/finance-model';
import { AddMinimumWageModal, ConfirmMinimumWageModal } from './MinimumWageForms';

type Wage = MinimumWagesQuery['minimumWages'][number];

/** The minimum-wage table with its sources; UNCONFIRMED rows are shown as the api says, never applied; SYSADMIN enters and confirms rows. */
export function MinimumWagesPage({ user }: { user: CurrentUserFragment }) {
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const { data, error, loading, reload } = useQuery(MinimumWagesDocument, { provinceCode });
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<Wage | null>(null);
  const keeper = WAGE_TABLE_ROLES.includes(user.role);
  const closed = (saved: boolean) => {
    setAdding(false);
    setConfirming(null);
    if (saved) reload();
  };
  const m = t.admin.minimumWages;
  return (
    <>
      <Typography.Title level={4}>{m.title}</Typography.Title>
      <ErrorAlert error={error} />
      <Card size="small">
        <Space style={{ marginBottom: 16 }}>
          <Input.Search
            id="province-code"
            placeholder={m.province}
            allowClear
            style={{ width: 200 }}
            onSearch={(value) => setProvinceCode(value.trim() || null)}
          />
          {keeper && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-wage">
              {m.add}
            </Button>
          )}
        </Space>
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
            {
              title: '',
              render: (_, w) =>
                keeper && w.status === 'UNCONFIRMED' ? (
                  <Button size="small" type="link" onClick={() => setConfirming(w)} data-testid={`confirm-wage-${w.tier}`}>
                    {m.confirm}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {adding && <AddMinimumWageModal onClose={closed} />}
      {confirming && <ConfirmMinimumWageModal wage={confirming} onClose={closed} />}
    </>
  );
}
