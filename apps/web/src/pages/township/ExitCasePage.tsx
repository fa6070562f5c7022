import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Select, Skeleton, Space, Steps, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CompleteExitStepDocument, ExitCaseDetailDocument, ExitCaseFieldsFragment, WorkerChoicesDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { yuan } from './money';

type Step = ExitCaseFieldsFragment['steps'][number];

/** One exit case: the checklist in order (Steps), each open step completed with its day; the amounts the api computed. */
export function ExitCasePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, reload } = useQuery(ExitCaseDetailDocument, { id });
  const [completing, setCompleting] = useState<Step | null>(null);
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const c = data.exitCase;
  const current = c.steps.findIndex((s) => !s.doneOn);
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button onClick={() => navigate(-1)}>{t.common.back}</Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="exit-worker-name">
          {t.township.exit.caseTitle(c.workerName)}
        </Typography.Title>
        <Tag color={c.status === 'DONE' ? 'green' : 'blue'} data-testid="exit-status">
          {t.enums.exitStatus[c.status]}
        </Tag>
      </Space>
      <Card size="small" title={t.township.exit.basics}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t.township.exit.reason}>{t.enums.exitReason[c.reason]}</Descriptions.Item>
          <Descriptions.Item label={t.township.exit.noticeOn}>{c.noticeOn}</Descriptions.Item>
          <Descriptions.Item label={t.township.exit.lastDay}>{c.lastDay}</Descriptions.Item>
          <Descriptions.Item label={t.township.exit.transferDueOn}>{c.transferDueOn}</Descriptions.Item>
          <Descriptions.Item label={t.township.exit.finalMonth}>{yuan(c.finalMonthFen)} 元</Descriptions.Item>
          <Descriptions.Item label={t.township.exit.severance}>
            {c.severanceOwed ? `${yuan(c.severanceFen)} 元` : t.township.exit.noSeverance}
          </Descriptions.Item>
          <Descriptions.Item label={t.township.exit.payInLieu}>{yuan(c.payInLieuFen)} 元</Descriptions.Item>
          <Descriptions.Item label={t.township.exit.completedOn}>{c.completedOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t.township.exit.checklist} style={{ marginTop: 16 }}>
        <Steps
          direction="vertical"
          current={current < 0 ? c.steps.length : current}
          data-testid="exit-steps"
          items={c.steps.map((s) => ({
            title: t.enums.exitStep[s.kind],
            status: s.doneOn ? 'finish' : s.late ? 'error' : undefined,
            description: (
              <Space direction="vertical" size={2} data-testid={`exit-step-${s.kind}`}>
                {s.dueOn && <span>{t.township.exit.dueOn(s.dueOn)}</span>}
                {s.gridCode && <span>{t.township.exit.grid(s.gridCode)}</span>}
                {s.doneOn ? (
                  <span>
                    {t.township.exit.done(s.doneOn, s.doneBy ?? '')}
                    {s.vacancy ? `，${t.township.exit.leftVacant}` : ''}
                    {s.note ? `：${s.note}` : ''}
                  </span>
                ) : (
                  <Button size="small" type="primary" onClick={() => setCompleting(s)} data-testid={`complete-${s.kind}`}>
                    {t.township.exit.complete}
                  </Button>
                )}
                {s.late && <Tag color="red">{t.township.exit.lateTag}</Tag>}
              </Space>
            ),
          }))}
        />
      </Card>
      {completing && (
        <CompleteStep
          step={completing}
          onClose={(saved) => {
            setCompleting(null);
            if (saved) reload();
          }}
        />
      )}
    </>
  );
}

/** completeExitStep: the day done and a note; a grid hand-over names who takes the grid or leaves it vacant. */
function CompleteStep({ step, onClose }: { step: Step; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ doneOn: Dayjs; note?: string; vacancy?: boolean; handedToWorkerId?: string }>();
  const [name, setName] = useState<string | null>(null);
  const handOver = step.kind === 'HAND_OVER_GRID';
  const workers = useQuery(WorkerChoicesDocument, { name });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const { doneOn, note, vacancy, handedToWorkerId } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const input = {
        stepId: step.id,
        doneOn: doneOn.format('YYYY-MM-DD'),
        note: note || undefined,
        ...(handOver ? { vacancy: !!vacancy, handedToWorkerId } : {}),
      };
      await request(CompleteExitStepDocument, { input });
      message.success(t.township.exit.stepDone);
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
      title={t.enums.exitStep[step.kind]}
      okText={t.township.exit.complete}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(false)}
      okButtonProps={{ id: 'save-exit-step' }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item name="doneOn" label={t.township.exit.doneOn} rules={[{ required: true, message: t.township.exit.dateRequired }]}>
          <DatePicker id="step-done-on" />
        </Form.Item>
        {handOver && (
          <>
            <Form.Item name="handedToWorkerId" label={t.township.exit.handedTo}>
              <Select
                allowClear
                showSearch
                filterOption={false}
                onSearch={(v) => setName(v.trim() || null)}
                options={(workers.data?.workers.edges ?? []).map(({ node: w }) => ({ value: w.id, label: `${w.name}（${w.region.name}）` }))}
              />
            </Form.Item>
            <Form.Item name="vacancy" valuePropName="checked">
              <Checkbox id="step-vacancy">{t.township.exit.leaveVacant}</Checkbox>
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t.township.exit.note}>
          <Input id="step-note" maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
