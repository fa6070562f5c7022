import { useMemo, useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { AddWorker } from './AddWorker';
import { ErrorAlert } from '../components/ErrorAlert';
import { CurrentUserFragment, TownshipRegionsDocument, WorkerCategory, WorkersDocument, WorkersQuery, WorkerStatus } from '../graphql/generated';
import { t } from '../messages';
import { EDIT_ROLES } from '../roles';
import { useQuery } from '../use-query';

type WorkerRow = WorkersQuery['workers']['edges'][number]['node'];

const PAGE_SIZES = [20, 50, 100];
const STATUS_COLORS: Record<WorkerStatus, string> = { ACTIVE: 'green', ONBOARDING: 'blue', CANDIDATE: 'default', EXITED: 'red' };

const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/**
 * The register: name, status, category and region filters in the address (so Back returns to them), a full
 * ID number only in memory (searching by it is a reveal the api audits), keyset pages one after another.
 */
export function WorkersPage({ user }: { user: CurrentUserFragment }) {
  const [params, setParams] = useSearchParams();
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [first, setFirst] = useState(20);
  const [form] = Form.useForm();
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const filters = {
    name: params.get('name') || null,
    status: (params.get('status') as WorkerStatus | null) || null,
    category: (params.get('category') as WorkerCategory | null) || null,
    regionId: params.get('regionId') || null,
  };
  const page = cursors.length - 1;
  const { data, error, loading } = useQuery(WorkersDocument, { first, after: cursors[page], idNumber, ...filters });
  const regions = useQuery(TownshipRegionsDocument, {});
  const regionOptions = useMemo(
    () => (regions.data?.regionTree ?? []).filter((r) => ['TOWNSHIP', 'COMMUNITY', 'VILLAGE'].includes(r.level)).map((r) => ({ value: r.id, label: r.name })),
    [regions.data],
  );
  const canSearchIdNumber = EDIT_ROLES.includes(user.role);

  const search = (values: { name?: string; idNumber?: string; status?: string; category?: string; regionId?: string }) => {
    const next = new URLSearchParams();
    for (const key of ['name', 'status', 'category', 'regionId'] as const) {
      const value = values[key]?.trim();
      if (value) next.set(key, value);
    }
    setParams(next);
    setIdNumber(values.idNumber?.trim() || null);
    setCursors([null]);
  };
  const reset = () => {
    form.resetFields();
    search({});
  };

  const connection = data?.workers;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.workers.title}
        </Typography.Title>
        {canSearchIdNumber && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-worker">
            {t.workers.add}
          </Button>
        )}
      </Space>
      {adding && (
        <AddWorker
          regions={regionOptions}
          onClose={(created) => {
            setAdding(false);
            if (created) navigate(`/workers/${created.id}`);
          }}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" onFinish={search} initialValues={{ ...filters }} style={{ rowGap: 8 }}>
          <Form.Item name="name" label={t.workers.name}>
            <Input allowClear placeholder={t.workers.namePlaceholder} id="filter-name" style={{ width: 160 }} />
          </Form.Item>
          {canSearchIdNumber && (
            <Form.Item name="idNumber" label={t.workers.idNumber}>
              <Input allowClear placeholder={t.workers.idNumberPlaceholder} id="filter-id-number" style={{ width: 260 }} />
            </Form.Item>
          )}
          <Form.Item name="status" label={t.workers.status}>
            <Select allowClear placeholder={t.common.all} options={options(t.enums.status)} style={{ width: 120 }} id="filter-status" />
          </Form.Item>
          <Form.Item name="category" label={t.workers.category}>
            <Select allowClear placeholder={t.common.all} options={options(t.enums.category)} style={{ width: 140 }} id="filter-category" />
          </Form.Item>
          <Form.Item name="regionId" label={t.workers.region}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t.common.all}
              options={regionOptions}
              style={{ width: 180 }}
              id="filter-region"
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t.common.search}
            </Button>
            <Button onClick={reset}>{t.common.reset}</Button>
          </Space>
        </Form>
      </Card>
      <ErrorAlert error={error} />
      <Table<WorkerRow>
        size="middle"
        rowKey="id"
        loading={loading}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        pagination={false}
        data-testid="workers-table"
        columns={[
          { title: t.workers.name, dataIndex: 'name', render: (name: string, w) => <Link to={`/workers/${w.id}`}>{name}</Link> },
          { title: t.workers.sex, dataIndex: 'sex', render: (sex: WorkerRow['sex']) => t.enums.sex[sex] },
          { title: t.workers.idNumber, dataIndex: 'idNumber' },
          { title: t.workers.phone, dataIndex: 'phone' },
          { title: t.workers.category, dataIndex: 'category', render: (c: WorkerCategory) => t.enums.category[c] },
          { title: t.workers.status, dataIndex: 'status', render: (s: WorkerStatus) => <Tag color={STATUS_COLORS[s]}>{t.enums.status[s]}</Tag> },
          { title: t.workers.region, render: (_, w) => w.region.name },
          { title: t.workers.grid, render: (_, w) => w.currentAssignments.map((a) => a.grid.name).join('、') || '—' },
          { title: t.workers.hiredOn, dataIndex: 'hiredOn', render: (d: string | null) => d ?? '—' },
        ]}
      />
      <Space style={{ marginTop: 16, width: '100%', justifyContent: 'flex-end' }}>
        {connection && <span data-testid="workers-total">{t.workers.total(connection.totalCount, connection.totalCountIsEstimate)}</span>}
        <span>{t.workers.page(page + 1)}</span>
        <Button disabled={page === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t.common.previous}
        </Button>
        <Button disabled={!connection?.pageInfo.hasNextPage} onClick={() => connection && setCursors([...cursors, connection.pageInfo.endCursor])}>
          {t.common.next}
        </Button>
        <Select
          value={first}
          options={PAGE_SIZES.map((n) => ({ value: n, label: t.workers.pageSize(n) }))}
          onChange={(n) => {
            setFirst(n);
            setCursors([null]);
          }}
          style={{ width: 110 }}
        />
      </Space>
    </>
  );
}
