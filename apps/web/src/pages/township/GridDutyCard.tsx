import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Form, Modal, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AssignWorkerToGridDocument, EndGridAssignmentDocument, GridChoicesDocument, WorkerDetailQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';

type Worker = WorkerDetailQuery['worker'];
type Assignment = Worker['assignments'][number];

const day = (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined);

/** The worker's grid duties; who may edit assigns to a grid (or moves) and ends a current duty. */
export function GridDutyCard({ worker, canEdit, onChanged }: { worker: Worker; canEdit: boolean; onChanged: () => void }) {
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<Assignment | null>(null);
  const done = () => {
    setAssigning(false);
    setEnding(null);
    onChanged();
  };
  return (
    <Card
      size="small"
      title={t.worker.assignments}
      style={{ marginTop: 16 }}
      extra={
        canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAssigning(true)} data-testid="assign-grid">
            {t.township.duty.assign}
          </Button>
        )
      }
    >
      <Table<Assignment>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={worker.assignments}
        data-testid="assignments"
        columns={[
          { title: t.workers.grid, render: (_, a) => `${a.grid.name}（${a.grid.code}）` },
          { title: t.worker.role, render: (_, a) => t.enums.category[a.role] },
          { title: t.worker.fromDate, dataIndex: 'fromDate' },
          { title: t.worker.toDate, render: (_, a) => a.toDate ?? <Tag color="green">{t.worker.current}</Tag> },
          ...(canEdit
            ? [
                {
                  title: t.worker.action,
                  render: (_: unknown, a: Assignment) =>
                    !a.toDate && (
                      <Button size="small" danger onClick={() => setEnding(a)} data-testid={`end-duty-${a.grid.code}`}>
                        {t.township.duty.end}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {assigning && <AssignModal worker={worker} onClose={(saved) => (saved ? done() : setAssigning(false))} />}
      {ending && <EndModal assignment={ending} onClose={(saved) => (saved ? done() : setEnding(null))} />}
    </Card>
  );
}

/** assignWorkerToGrid: a refusal (one grid only, already on duty, another township) shows the api's message. */
function AssignModal({ worker, onClose }: { worker: Worker; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ gridId: string; fromDate?: Dayjs | null; move: boolean }>();
  const [search, setSearch] = useState<string | null>(null);
  const grids = useQuery(GridChoicesDocument, { search });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const { gridId, fromDate, move } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await request(AssignWorkerToGridDocument, { input: { workerId: worker.id, gridId, fromDate: day(fromDate), move: !!move } });
      message.success(t.township.duty.assigned);
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t.township.duty.assignTitle(worker.name)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(false)}
      okButtonProps={{ id: 'save-assignment' }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ move: false }}>
        <Form.Item name="gridId" label={t.workers.grid} rules={[{ required: true, message: t.township.duty.gridRequired }]}>
          <Select
            id="assign-grid-id"
            showSearch
            filterOption={false}
            onSearch={(value) => setSearch(value.trim() || null)}
            loading={grids.loading}
            options={(grids.data?.grids.edges ?? []).map(({ node: g }) => ({ value: g.id, label: `${g.name}（${g.code}）${g.region.name}` }))}
          />
        </Form.Item>
        <Form.Item name="fromDate" label={t.worker.fromDate} extra={t.township.duty.todayHint}>
          <DatePicker id="assign-from-date" />
        </Form.Item>
        <Form.Item name="move" valuePropName="checked" extra={t.township.duty.moveHint}>
          <Checkbox id="assign-move">{t.township.duty.move}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** endGridAssignment on a last day (today when blank). */
function EndModal({ assignment, onClose }: { assignment: Assignment; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [toDate, setToDate] = useState<Dayjs | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await request(EndGridAssignmentDocument, { input: { assignmentId: assignment.id, toDate: day(toDate) } });
      message.success(t.township.duty.ended);
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t.township.duty.endTitle(`${assignment.grid.name}（${assignment.grid.code}）`)}
      okText={t.township.duty.end}
      okButtonProps={{ danger: true, id: 'save-end-duty' }}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(false)}
    >
      <ErrorAlert error={error} />
      <Space direction="vertical">
        <span>{t.township.duty.lastDay}</span>
        <DatePicker id="end-to-date" value={toDate} onChange={setToDate} />
        <span style={{ color: '#888' }}>{t.township.duty.todayHint}</span>
      </Space>
    </Modal>
  );
}
