import { useState } from 'react';
import { Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { GridDutyCard } from './township/GridDutyCard';
import { EXIT_ROLES } from './exit/access';
import { OpenExitModal } from './exit/OpenExitModal';
import { CurrentUserFragment, Severity, WorkerDetailDocument, WorkerHistoryDocument, WorkerHistoryQuery } from '../graphql/generated';
import { t } from '../messages';
import { EDIT_ROLES, HISTORY_ROLES } from '../roles';
import { useQuery } from '../use-query';
import { auditChanges } from '../view-model';
import { EditWorker } from './EditWorker';

type History = WorkerHistoryQuery['auditHistory']['edges'][number]['node'];

const SEVERITY_COLORS: Record<Severity, string> = { CRITICAL: 'red', HIGH: 'volcano', MEDIUM: 'gold', LOW: 'default' };
const yesNo = (value: boolean) => (value ? t.common.yes : t.common.no);

/** Labels for the fields an audit entry may list (others show by their field name). */
const FIELD_LABELS: Record<string, string> = {
  name: t.workers.name,
  phone: t.workers.phone,
  workPhone: t.worker.workPhone,
  education: t.worker.education,
  politicalStatus: t.worker.politicalStatus,
  professionalTitle: t.worker.professionalTitle,
  socialWorkCertificate: t.worker.certificate,
  hireSource: t.worker.hireSource,
  veteran: t.worker.veteran,
  lowIncome: t.worker.lowIncome,
  status: t.workers.status,
  category: t.workers.category,
  hiredOn: t.workers.hiredOn,
  exitedOn: t.worker.exitedOn,
};

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : typeof value === 'boolean' ? yesNo(value) : String(value));

export function WorkerPage({ user }: { user: CurrentUserFragment }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, reload } = useQuery(WorkerDetailDocument, { id });
  const [editing, setEditing] = useState(false);
  const [exiting, setExiting] = useState(false);
  if (!data) return error ? <ErrorAlert error={error} /> : <Skeleton active />;
  const w = data.worker;
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button onClick={() => navigate(-1)}>{t.common.back}</Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="worker-name">
          {w.name}
        </Typography.Title>
        <Tag>{t.enums.status[w.status]}</Tag>
        {EDIT_ROLES.includes(user.role) && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-worker">
            {t.common.edit}
          </Button>
        )}
        {EXIT_ROLES.includes(user.role) && w.status !== 'EXITED' && (
          <Button danger onClick={() => setExiting(true)} data-testid="open-exit">
            {t.exit.open}
          </Button>
        )}
      </Space>
      <ErrorAlert error={error} />
      <Card size="small" title={t.worker.basics}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label={t.workers.idNumber}>{w.idNumber}</Descriptions.Item>
          <Descriptions.Item label={t.workers.sex}>{t.enums.sex[w.sex]}</Descriptions.Item>
          <Descriptions.Item label={t.worker.birthDate}>{w.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t.workers.phone}>
            <span data-testid="worker-phone">{w.phone}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t.worker.workPhone}>{show(w.workPhone)}</Descriptions.Item>
          <Descriptions.Item label={t.workers.category}>{t.enums.category[w.category]}</Descriptions.Item>
          <Descriptions.Item label={t.workers.region}>{w.region.name}</Descriptions.Item>
          <Descriptions.Item label={t.workers.hiredOn}>{show(w.hiredOn)}</Descriptions.Item>
          <Descriptions.Item label={t.worker.exitedOn}>{show(w.exitedOn)}</Descriptions.Item>
          <Descriptions.Item label={t.worker.education}>{w.education ? t.enums.education[w.education] : '—'}</Descriptions.Item>
          <Descriptions.Item label={t.worker.politicalStatus}>{w.politicalStatus ? t.enums.politicalStatus[w.politicalStatus] : '—'}</Descriptions.Item>
          <Descriptions.Item label={t.worker.professionalTitle}>
            <span data-testid="worker-professional-title">{show(w.professionalTitle)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t.worker.certificate}>{t.enums.certificate[w.socialWorkCertificate]}</Descriptions.Item>
          <Descriptions.Item label={t.worker.hireSource}>{w.hireSource ? t.enums.hireSource[w.hireSource] : '—'}</Descriptions.Item>
          <Descriptions.Item label={t.worker.starLevel}>{show(w.starLevel)}</Descriptions.Item>
          <Descriptions.Item label={t.worker.veteran}>{yesNo(w.veteran)}</Descriptions.Item>
          <Descriptions.Item label={t.worker.lowIncome}>{yesNo(w.lowIncome)}</Descriptions.Item>
          <Descriptions.Item label={t.worker.drawsPension}>{yesNo(w.drawsPension)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <GridDutyCard worker={w} canEdit={EDIT_ROLES.includes(user.role)} onChanged={reload} />
      <Card size="small" title={t.worker.flags} style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={w.flags}
          locale={{ emptyText: t.home.noFlags }}
          columns={[
            { title: t.worker.severity, render: (_, f) => <Tag color={SEVERITY_COLORS[f.severity]}>{t.enums.severity[f.severity]}</Tag> },
            { title: t.home.rule, render: (_, f) => t.rules[f.rule] ?? f.rule },
            { title: t.worker.message, dataIndex: 'message' },
            { title: t.worker.period, render: (_, f) => f.period ?? '—' },
            { title: t.worker.citation, dataIndex: 'citation' },
          ]}
        />
      </Card>
      <Card size="small" title={t.worker.misconducts} style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={w.misconducts}
          columns={[
            { title: t.worker.occurredOn, dataIndex: 'occurredOn' },
            { title: t.worker.kind, render: (_, m) => t.enums.misconduct[m.kind] },
            { title: t.worker.finding, dataIndex: 'finding' },
            { title: t.worker.decidedBy, dataIndex: 'decidedBy' },
          ]}
        />
      </Card>
      {HISTORY_ROLES.includes(user.role) && <WorkerHistory id={w.id} version={w.version} />}
      {exiting && <OpenExitModal worker={w} onClose={() => setExiting(false)} />}
      {editing && (
        <EditWorker
          worker={w}
          onClose={(saved) => {
            setEditing(false);
            if (saved) reload();
          }}
          onReload={reload}
        />
      )}
    </>
  );
}

/** The audited changes of the record, newest first (reloaded when the record's version changes). */
function WorkerHistory({ id, version }: { id: string; version: number }) {
  const { data, error } = useQuery(WorkerHistoryDocument, { id }, version);
  return (
    <>
      <ErrorAlert error={error} />
      <Card size="small" title={t.worker.history} style={{ marginTop: 16 }}>
        <Table<History>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data?.auditHistory.edges.map((e) => e.node) ?? []}
          loading={!data && !error}
          data-testid="worker-history"
          columns={[
            { title: t.worker.at, render: (_, h) => new Date(h.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) },
            { title: t.worker.actor, render: (_, h) => `${h.actorName}（${t.enums.role[h.actorRole as keyof typeof t.enums.role] ?? h.actorRole}）` },
            { title: t.worker.action, render: (_, h) => t.enums.action[h.action] ?? h.action },
            {
              title: t.worker.changes,
              render: (_, h) =>
                h.action === 'UPDATE'
                  ? auditChanges(h.before, h.after)
                      .map((c) => `${FIELD_LABELS[c.field] ?? c.field}：${show(c.before)} → ${show(c.after)}`)
                      .join('；')
                  : '',
            },
          ]}
        />
      </Card>
    </>
  );
}
