import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, FileSearchOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportWorkersDocument, ImportWorkersMutation, WorkerImportTemplateDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { readBase64, saveFile, sheetFormat } from './files';

type Report = ImportWorkersMutation['importWorkers'];
type Problem = Report['problems'][number];
type Note = NonNullable<Report['sheet']>['notes'][number];

/**
 * importWorkers in two steps: a dry run lists every line's problems (and offers the api's problem sheet),
 * and only a clean dry run of the same file enables the import, which the api writes all or nothing.
 */
export function ImportWorkersPage() {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<{ dryRun: boolean; value: Report } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const format = file ? sheetFormat(file.name) : null;

  const run = async (dryRun: boolean) => {
    if (!file || !format) return;
    setBusy(true);
    setError(null);
    try {
      const contentBase64 = await readBase64(file);
      const { importWorkers } = await request(ImportWorkersDocument, { input: { format, contentBase64, dryRun } });
      setReport({ dryRun, value: importWorkers });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const template = async () => {
    try {
      saveFile((await request(WorkerImportTemplateDocument, {})).workerImportTemplate);
    } catch (e) {
      setError(e);
    }
  };

  const value = report?.value;
  const clean = !!report && report.dryRun && !value?.problems.length;
  const step = !file ? 0 : !report ? 1 : value?.written ? 3 : clean ? 2 : 1;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.township.import.title}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} onClick={template} data-testid="download-template">
          {t.township.import.template}
        </Button>
      </Space>
      <Steps
        size="small"
        current={step}
        status={value?.problems.length ? 'error' : 'process'}
        style={{ marginBottom: 16 }}
        items={[
          { title: t.township.import.stepFile },
          { title: t.township.import.stepCheck },
          { title: t.township.import.stepImport },
          { title: t.township.import.stepDone },
        ]}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            setReport(null);
            setError(null);
            return false; // read here and sent through GraphQL, not posted by the upload
          }}
          onRemove={() => {
            setFile(null);
            setReport(null);
          }}
          fileList={file ? [{ uid: 'sheet', name: file.name, status: 'done' }] : []}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t.township.import.drop}</p>
          <p className="ant-upload-hint">{t.township.import.hint}</p>
        </Upload.Dragger>
        {file && !format && <Alert type="warning" showIcon message={t.township.import.badFormat} style={{ marginTop: 16 }} />}
        <Space style={{ marginTop: 16 }}>
          <Button icon={<FileSearchOutlined />} disabled={!format} loading={busy} onClick={() => run(true)} data-testid="import-check">
            {t.township.import.check}
          </Button>
          <Button type="primary" icon={<UploadOutlined />} disabled={!clean} loading={busy} onClick={() => run(false)} data-testid="import-run">
            {t.township.import.run}
          </Button>
        </Space>
      </Card>
      <ErrorAlert error={error} />
      {value && <ImportReport report={value} dryRun={report.dryRun} />}
    </>
  );
}

function ImportReport({ report, dryRun }: { report: Report; dryRun: boolean }) {
  const sheet = report.sheet;
  return (
    <>
      {report.written ? (
        <Alert
          type="success"
          showIcon
          data-testid="import-result"
          message={t.township.import.written(report.created, report.updated)}
          action={<Link to="/workers">{t.township.import.toRegister}</Link>}
          style={{ marginBottom: 16 }}
        />
      ) : report.problems.length ? (
        <Alert
          type="error"
          showIcon
          data-testid="import-result"
          message={t.township.import.refused(report.rows, report.problems.length)}
          action={
            report.problemSheet && (
              <Button size="small" danger icon={<DownloadOutlined />} onClick={() => saveFile(report.problemSheet!)} data-testid="download-problems">
                {t.township.import.problemSheet}
              </Button>
            )
          }
          style={{ marginBottom: 16 }}
        />
      ) : (
        dryRun && (
          <Alert
            type="info"
            showIcon
            data-testid="import-result"
            message={t.township.import.checked(report.rows, report.created, report.updated)}
            style={{ marginBottom: 16 }}
          />
        )
      )}
      {report.problems.length > 0 && (
        <Card size="small" title={t.township.import.problems} style={{ marginBottom: 16 }}>
          <Table<Problem>
            size="small"
            rowKey={(p) => `${p.line}:${p.column}:${p.problem}`}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={report.problems}
            data-testid="import-problems"
            columns={[
              { title: t.township.import.line, dataIndex: 'line', width: 80 },
              { title: t.township.import.column, dataIndex: 'column', width: 140 },
              { title: t.township.import.value, dataIndex: 'value', width: 220 },
              { title: t.township.import.problem, dataIndex: 'problem' },
            ]}
          />
        </Card>
      )}
      {sheet && (
        <Card size="small" title={t.township.import.reading} style={{ marginBottom: 16 }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t.township.import.columns}>
              {sheet.columns.map((c) => (
                <Tag key={c.field}>{c.sheetHeader === c.header ? c.header : `${c.sheetHeader} → ${c.header}`}</Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t.township.import.ignored}>{sheet.ignoredColumns.join('、') || t.common.none}</Descriptions.Item>
            <Descriptions.Item label={t.township.import.missing}>
              {sheet.missingColumns.map((m) => m.headers.join(' / ')).join('；') || t.common.none}
            </Descriptions.Item>
          </Descriptions>
          {sheet.notes.length > 0 && (
            <Table<Note>
              size="small"
              style={{ marginTop: 16 }}
              rowKey={(n) => `${n.line}:${n.column}`}
              pagination={false}
              dataSource={sheet.notes}
              columns={[
                { title: t.township.import.line, dataIndex: 'line', width: 80 },
                { title: t.township.import.column, dataIndex: 'column', width: 140 },
                { title: t.township.import.value, dataIndex: 'value', width: 220 },
                { title: t.township.import.note, dataIndex: 'note' },
              ]}
            />
          )}
        </Card>
      )}
    </>
  );
}
