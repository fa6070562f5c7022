import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Modal, Radio, Skeleton, Space, Table, Tag, Typography, Upload } from 'antd';
import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  AttendanceCandidatesDocument,
  AttendanceStatus,
  ImportSignInSheetDocument,
  ImportSignInSheetMutation,
  RecordAttendanceDocument,
  TrainingSessionDetailDocument,
  TrainingSessionDetailQuery,
} from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { readBase64, sheetFormat } from './files';

type Session = TrainingSessionDetailQuery['trainingSession'];
type Attendance = Session['attendance'][number];
type Problem = ImportSignInSheetMutation['importSignInSheet']['problems'][number];

const STATUS_COLORS: Record<AttendanceStatus, string> = { PRESENT: 'green', EXCUSED: 'gold', ABSENT: 'red' };

/** One session: its details and attendance, recorded worker by worker or from a sign-in sheet (all or nothing). */
export function TrainingSessionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, error, reload } = useQuery(TrainingSessionDetailDocument, { id });
  const [recording, setRecording] = useState(false);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const s = data.trainingSession;

  const importSheet = async (file: File) => {
    const format = sheetFormat(file.name);
    setImportError(null);
    setProblems(null);
    if (!format) return setImportError(new Error(t.township.import.badFormat));
    setBusy(true);
    try {
      const { importSignInSheet } = await request(ImportSignInSheetDocument, { input: { sessionId: s.id, format, contentBase64: await readBase64(file) } });
      if (importSignInSheet.problems.length) setProblems(importSignInSheet.problems);
      else {
        message.success(t.township.training.signInRecorded(importSignInSheet.recorded));
        reload();
      }
    } catch (e) {
      setImportError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button onClick={() => navigate(-1)}>{t.common.back}</Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="session-topic">
          {s.topic}
        </Typography.Title>
        <Tag>{t.enums.trainingKind[s.kind]}</Tag>
      </Space>
      <Card size="small" title={t.township.training.details}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t.township.training.heldOn}>{s.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t.township.training.hours}>{s.hours}</Descriptions.Item>
          <Descriptions.Item label={t.township.training.level}>{t.enums.trainingLevel[s.level]}</Descriptions.Item>
          <Descriptions.Item label={t.township.training.organiser}>{s.organiser.name}</Descriptions.Item>
          <Descriptions.Item label={t.township.training.place}>{s.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.township.training.trainer}>{s.trainer ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={t.township.training.attendance(s.attendance.filter((a) => a.status === 'PRESENT').length, s.attendance.length)}
        style={{ marginTop: 16 }}
        extra={
          <Space>
            <Button size="small" icon={<EditOutlined />} onClick={() => setRecording(true)} data-testid="record-attendance">
              {t.township.training.record}
            </Button>
            <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => (importSheet(file), false)}>
              <Button size="small" type="primary" icon={<UploadOutlined />} loading={busy} data-testid="import-sign-in">
                {t.township.training.importSignIn}
              </Button>
            </Upload>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t.township.training.signInHint}</Typography.Paragraph>
        <ErrorAlert error={importError} />
        {problems && (
          <>
            <Alert
              type="error"
              showIcon
              message={t.township.training.signInRefused(problems.length)}
              style={{ marginBottom: 16 }}
              data-testid="sign-in-refused"
            />
            <Table<Problem>
              size="small"
              rowKey={(p) => `${p.line}:${p.column}:${p.problem}`}
              pagination={false}
              dataSource={problems}
              data-testid="sign-in-problems"
              style={{ marginBottom: 16 }}
              columns={[
                { title: t.township.import.line, dataIndex: 'line', width: 80 },
                { title: t.township.import.column, dataIndex: 'column', width: 120 },
                { title: t.township.import.value, dataIndex: 'value', width: 200 },
                { title: t.township.import.problem, dataIndex: 'problem' },
              ]}
            />
          </>
        )}
        <Table<Attendance>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={s.attendance}
          data-testid="attendance"
          columns={[
            { title: t.workers.name, render: (_, a) => a.worker.name },
            { title: t.workers.region, render: (_, a) => a.worker.region.name },
            { title: t.township.training.status, render: (_, a) => <Tag color={STATUS_COLORS[a.status]}>{t.enums.attendance[a.status]}</Tag> },
            { title: t.township.training.note, render: (_, a) => a.note ?? '' },
          ]}
        />
      </Card>
      {recording && (
        <RecordAttendance
          session={s}
          onClose={(saved) => {
            setRecording(false);
            if (saved) reload();
          }}
        />
      )}
    </>
  );
}

/** recordAttendance: the township's active workers, each present, absent, excused or not recorded. */
function RecordAttendance({ session, onClose }: { session: Session; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const candidates = useQuery(AttendanceCandidatesDocument, {});
  const [entries, setEntries] = useState<Record<string, { status?: AttendanceStatus; note?: string }>>(() =>
    Object.fromEntries(session.attendance.map((a) => [a.worker.id, { status: a.status, note: a.note ?? undefined }])),
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (workerId: string, change: { status?: AttendanceStatus; note?: string }) =>
    setEntries((e) => ({ ...e, [workerId]: { ...e[workerId], ...change } }));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const list = Object.entries(entries)
        .filter(([, e]) => e.status)
        .map(([workerId, e]) => ({ workerId, status: e.status!, note: e.note || undefined }));
      await request(RecordAttendanceDocument, { input: { sessionId: session.id, entries: list } });
      message.success(t.township.training.recorded);
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const rows = candidates.data?.workers.edges.map((e) => e.node) ?? [];
  return (
    <Modal
      open
      width={860}
      title={t.township.training.recordTitle(session.topic)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={save}
      onCancel={() => onClose(false)}
      okButtonProps={{ id: 'save-attendance' }}
    >
      <ErrorAlert error={error ?? candidates.error} />
      <Table
        size="small"
        rowKey="id"
        loading={candidates.loading}
        dataSource={rows}
        pagination={{ pageSize: 10 }}
        data-testid="attendance-form"
        columns={[
          { title: t.workers.name, dataIndex: 'name' },
          { title: t.workers.region, render: (_, w) => w.region.name },
          {
            title: t.township.training.status,
            render: (_, w) => (
              <Radio.Group
                size="small"
                value={entries[w.id]?.status ?? null}
                onChange={(e) => set(w.id, { status: e.target.value ?? undefined })}
                options={[
                  { value: 'PRESENT', label: t.enums.attendance.PRESENT },
                  { value: 'ABSENT', label: t.enums.attendance.ABSENT },
                  { value: 'EXCUSED', label: t.enums.attendance.EXCUSED },
                ]}
              />
            ),
          },
          {
            title: t.township.training.note,
            render: (_, w) => <Input size="small" value={entries[w.id]?.note ?? ''} onChange={(e) => set(w.id, { note: e.target.value })} />,
          },
        ]}
      />
    </Modal>
  );
}
